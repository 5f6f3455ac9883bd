import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ensureNamespaces, namespacesShown, type PageNamespace } from '../i18n/messages';
import { Loading } from '../ui/page';
import { Splash } from '../ui/splash';
import { ErrorBoundary } from './error-boundary';
import { AppLayout } from './layout/app-layout';
import { SessionGate } from './session-gate';

type PageModule = { Component: ComponentType };
type Page = LazyExoticComponent<ComponentType> & { preload(): Promise<unknown> };

/**
 * A page is its own chunk, loaded the first time it is visited (a page module exports `Component`), with
 * the message namespaces it shows beyond the core ones (i18n/messages.ts). `preload()` fetches both ahead;
 * a page already loaded, whose messages are shown, then renders at once instead of suspending for a turn
 * (React settles a lazy component synchronously when its thenable calls back synchronously).
 */
function page(load: () => Promise<PageModule>, namespaces: readonly PageNamespace[] = []): Page {
  let component: ComponentType | undefined;
  const preload = () =>
    Promise.all([load(), ensureNamespaces(namespaces)]).then(([m]) => {
      component = m.Component;
      return component;
    });
  const Lazy = lazy(() => {
    if (component && namespacesShown(namespaces)) {
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
  forgotPassword: page(() => import('../pages/auth/forgot-password.page')),
  resetPassword: page(() => import('../pages/auth/reset-password.page')),
  verify: page(() => import('../pages/verify/verify.page'), ['verify']),
  home: page(() => import('../pages/home/home.page')),
  projects: page(() => import('../pages/projects/projects.page'), ['projects']),
  project: page(() => import('../pages/projects/project.page'), ['projects']),
  resources: page(() => import('../pages/resources/resources.page'), ['resources']),
  resource: page(() => import('../pages/resources/resource.page'), ['resources']),
  allocations: page(() => import('../pages/resources/allocations.page'), ['resources']),
  allocation: page(() => import('../pages/resources/allocation.page'), ['resources']),
  workshops: page(() => import('../pages/workshops/workshops.page'), ['workshops']),
  workshop: page(() => import('../pages/workshops/workshop.page'), ['workshops', 'resources']),
  conventions: page(() => import('../pages/conventions/conventions.page'), ['conventions']),
  convention: page(() => import('../pages/conventions/convention.page'), ['conventions']),
  reports: page(() => import('../pages/reports/reports.page'), ['reports']),
  report: page(() => import('../pages/reports/report.page'), ['reports']),
  reportSchedules: page(() => import('../pages/reports/schedules.page'), ['reports']),
  national: page(() => import('../pages/dashboards/national.page'), ['dashboards', 'projects', 'resources']),
  tenantDashboard: page(
    () => import('../pages/dashboards/tenant-dashboard.page'),
    ['dashboards', 'resources', 'workshops', 'conventions'],
  ),
  inbox: page(() => import('../pages/inbox/inbox.page'), ['inbox']),
  preferences: page(() => import('../pages/inbox/preferences.page'), ['inbox']),
  profile: page(() => import('../pages/profile/profile.page'), ['profile']),
  members: page(() => import('../pages/admin/members.page'), ['admin']),
  invitations: page(() => import('../pages/admin/invitations.page'), ['admin']),
  apiKeys: page(() => import('../pages/admin/api-keys.page'), ['admin']),
  sso: page(() => import('../pages/admin/sso.page'), ['admin']),
  webhooks: page(() => import('../pages/admin/webhooks.page'), ['admin']),
  webhook: page(() => import('../pages/admin/webhook.page'), ['admin']),
  tenants: page(() => import('../pages/admin/tenants.page'), ['admin']),
  reference: page(() => import('../pages/admin/reference.page'), ['admin']),
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
            <Route path="/forgot-password" element={<P.forgotPassword />} />
            <Route path="/reset-password" element={<P.resetPassword />} />
            <Route path="/verify" element={<P.verify />} />
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
                <Route path="reports/schedules" element={<P.reportSchedules />} />
                <Route path="reports/:id" element={<P.report />} />
                <Route path="dashboards/national" element={<P.national />} />
                <Route path="dashboards/institutes/:id" element={<P.tenantDashboard />} />
                <Route path="dashboards/partners/:id" element={<P.tenantDashboard />} />
                <Route path="dashboard" element={<P.tenantDashboard />} />
                {/* The plural typed by hand, as the other dashboards' addresses have it: the reader's own. */}
                <Route path="dashboards" element={<Navigate to="/dashboard" replace />} />
                <Route path="inbox" element={<P.inbox />} />
                <Route path="settings/notifications" element={<P.preferences />} />
                <Route path="profile" element={<P.profile />} />
                <Route path="admin" element={<Navigate to="/admin/members" replace />} />
                <Route path="admin/members" element={<P.members />} />
                <Route path="admin/invitations" element={<P.invitations />} />
                <Route path="admin/api-keys" element={<P.apiKeys />} />
                <Route path="admin/sso" element={<P.sso />} />
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
