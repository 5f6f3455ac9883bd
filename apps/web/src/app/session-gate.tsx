import { Alert, Center, Loader } from '@mantine/core';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client';
import { switchTenant } from '../auth/session';
import { useSession } from '../auth/use-session';
import { meKey, useMe } from '../features/identity/me';
import { useT } from '../i18n/format';
import { chosenLocale, currentLocale, isLocale, savedChosenLocale, setLocale } from '../i18n/locale';
import { Splash } from '../ui/splash';
import { queryClient } from './query-client';

// Only needed when a session ends mid-work: its own chunk.
const ReauthModal = lazy(() => import('./reauth-modal').then((m) => ({ default: m.ReauthModal })));

/** The path to come back to after signing in: only a path of this app, never another site. */
export function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

/**
 * The pages behind sign-in. Someone not signed in goes to the sign-in page and comes straight back here
 * afterwards. A link naming a tenant (`?tenant=`, as notices carry) opens it in that tenant when the person
 * belongs to it; `?lang=` is remembered on their profile. When the session ends mid-work, the page stays
 * and a sign-in dialog covers it.
 */
export function SessionGate() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const t = useT();
  const [dismissed, setDismissed] = useState<unknown>();
  const synced = useRef(false);

  const wantedTenant = new URLSearchParams(location.search).get('tenant');
  const current = session.status === 'signed-in' ? session.tenant.id : undefined;
  // What a link's ?tenant= asks for, once we know the person's memberships.
  const target =
    !wantedTenant || !current || !me.data
      ? undefined
      : wantedTenant === current
        ? 'here'
        : me.data.memberships.some((m) => m.tenant.id === wantedTenant && m.tenant.status === 'active')
          ? 'switch'
          : 'foreign';

  useEffect(() => {
    if (!target || !wantedTenant) return;
    const strip = (foreign: boolean) => {
      const next = new URLSearchParams(location.search);
      next.delete('tenant');
      const search = next.toString();
      void navigate(
        { pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash },
        { replace: true, state: foreign ? { foreignTenant: Date.now() } : null },
      );
    };
    if (target !== 'switch') return strip(target === 'foreign');
    void switchTenant(wantedTenant).then(
      () => strip(false),
      () => strip(true),
    );
  }, [target, wantedTenant, location, navigate]);

  // The profile's language: a choice made here (?lang=, a language menu) is saved to it; otherwise the
  // profile's language is applied.
  useEffect(() => {
    if (!me.data || synced.current) return;
    synced.current = true;
    const chosen = chosenLocale();
    if (chosen && chosen !== me.data.user.locale) {
      void api.PATCH('/api/v1/me', { body: { locale: chosen } }).then(({ response }) => {
        if (response.ok) savedChosenLocale();
        return queryClient.invalidateQueries({ queryKey: meKey });
      });
    } else if (chosen) {
      savedChosenLocale();
    } else if (isLocale(me.data.user.locale) && me.data.user.locale !== currentLocale()) {
      setLocale(me.data.user.locale);
    }
    const next = new URLSearchParams(location.search);
    if (next.has('lang')) {
      next.delete('lang');
      const search = next.toString();
      void navigate(
        { pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash },
        { replace: true },
      );
    }
  }, [me.data, location, navigate]);

  if (session.status === 'restoring') return <Splash />;
  if (session.status === 'signed-out') {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  if (wantedTenant && (target === 'switch' || (target === undefined && me.isPending))) {
    return (
      <Center h="100vh" role="status" aria-label={t('common.loading')}>
        <Loader />
      </Center>
    );
  }
  const foreign = (location.state as { foreignTenant?: number } | null)?.foreignTenant;
  return (
    <>
      {foreign !== undefined && foreign !== dismissed && (
        <Alert
          color="orange"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setDismissed(foreign)}
          m="md"
          role="alert"
        >
          {t('shell.foreignTenant')}
        </Alert>
      )}
      <Outlet />
      {session.status === 'locked' && (
        <Suspense fallback={null}>
          <ReauthModal />
        </Suspense>
      )}
    </>
  );
}
