import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Loading } from '../ui/page';
import { Splash } from '../ui/splash';
import { ErrorBoundary } from './error-boundary';
import { AppLayout } from './layout/app-layout';
import { SessionGate } from './session-gate';

type PageModule = { Component: ComponentType };
type Page = LazyExoticComponent<ComponentType> & { preload(): Promise<unknown> };

/**
 * A page is its own chunk, loaded the first time it is visited (a page module exports `Component`).
 * `preload()` fetches it ahead; a page already loaded then renders at once instead of suspending for a
 * turn (React settles a lazy component synchronously when its thenable calls back synchronously).
 */
function page(load: () => Promise<PageModule>): Page {
  let component: ComponentType | undefined;
  const preload = () =>
    load().then((m) => {
      component = m.Component;
      return component;
    });
  const Lazy = lazy(() => {
    if (component) {
      const ready = component;
      return {
        then: (resolve: (m: { default: ComponentType }) => void) => resolve({ default: ready }),
      } as Promise<{
        default: ComponentType;
      }>;
    }
    return preload().then((c) => ({ default: c }));
  });
  return Object.assign(Lazy, { preload });
}

export const pages = {
  signIn: page(() => import('../pages/auth/sign-in.page')),
  acceptInvitation: page(() => import('../pages/auth/accept-invitation.page')),
  home: page(() => import('../pages/home/home.page')),
  projects: page(() => import('../pages/projects/projects.page')),
  project: page(() => import('../pages/projects/project.page')),
  resources: page(() => import('../pages/resources/resources.page')),
  resource: page(() => import('../pages/resources/resource.page')),
  allocations: page(() => import('../pages/resources/allocations.page')),
  allocation: page(() => import('../pages/resources/allocation.page')),
  workshops: page(() => import('../pages/workshops/workshops.page')),
  workshop: page(() => import('../pages/workshops/workshop.page')),
  conventions: page(() => import('../pages/conventions/conventions.page')),
  convention: page(() => import('../pages/conventions/convention.page')),
  reports: page(() => import('../pages/reports/reports.page')),
  report: page(() => import('../pages/reports/report.page')),
  inbox: page(() => import('../pages/inbox/inbox.page')),
  preferences: page(() => import('../pages/inbox/preferences.page')),
  profile: page(() => import('../pages/profile/profile.page')),
  members: page(() => import('../pages/admin/members.page')),
  invitations: page(() => import('../pages/admin/invitations.page')),
  apiKeys: page(() => import('../pages/admin/api-keys.page')),
  webhooks: page(() => import('../pages/admin/webhooks.page')),
  webhook: page(() => import('../pages/admin/webhook.page')),
  tenants: page(() => import('../pages/admin/tenants.page')),
  reference: page(() => import('../pages/admin/reference.page')),
  notFound: page(() => import('../pages/not-found.page')),
};

/**
 * Every page's URL mirrors its object, so a link from an e-mail, a notice, an .ics file or a webhook
 * opens it (DESIGN.md §4). `/webhooks/:id` is where webhook notices point.
 */
export function AppRoutes() {
  const P = pages;
  return (
    <BrowserRouter>
      <ErrorBoundary>
        <Suspense fallback={<Splash />}>
          <Routes>
            <Route path="/sign-in" element={<P.signIn />} />
            <Route path="/invitations/accept" element={<P.acceptInvitation />} />
            <Route element={<SessionGate />}>
              <Route element={<AppLayout fallback={<Loading />} />}>
                <Route index element={<P.home />} />
                <Route path="projects" element={<P.projects />} />
                <Route path="projects/:id/*" element={<P.project />} />
                <Route path="resources" element={<P.resources />} />
                <Route path="resources/:id" element={<P.resource />} />
                <Route path="allocations" element={<P.allocations />} />
                <Route path="allocations/:id" element={<P.allocation />} />
                <Route path="workshops" element={<P.workshops />} />
                <Route path="workshops/:id/*" element={<P.workshop />} />
                <Route path="conventions" element={<P.conventions />} />
                <Route path="conventions/:id/*" element={<P.convention />} />
                <Route path="reports" element={<P.reports />} />
                <Route path="reports/:id" element={<P.report />} />
                <Route path="inbox" element={<P.inbox />} />
                <Route path="settings/notifications" element={<P.preferences />} />
                <Route path="profile" element={<P.profile />} />
                <Route path="admin" element={<Navigate to="/admin/members" replace />} />
                <Route path="admin/members" element={<P.members />} />
                <Route path="admin/invitations" element={<P.invitations />} />
                <Route path="admin/api-keys" element={<P.apiKeys />} />
                <Route path="admin/webhooks" element={<P.webhooks />} />
                <Route path="admin/webhooks/:id" element={<P.webhook />} />
                <Route path="webhooks/:id" element={<P.webhook />} />
                <Route path="admin/tenants" element={<P.tenants />} />
                <Route path="admin/reference" element={<P.reference />} />
                <Route path="*" element={<P.notFound />} />
              </Route>
            </Route>
          </Routes>
        </Suspense>
      </ErrorBoundary>
    </BrowserRouter>
  );
}
