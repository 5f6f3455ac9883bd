import {
  Alert,
  Anchor,
  Button,
  Divider,
  Group,
  Loader,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ProblemError } from '../../api/problem';
import { pages } from '../../app/router';
import { safeNext } from '../../app/session-gate';
import { api, unwrap } from '../../api/client';
import {
  answerSecondFactor,
  beginSignInEnrolment,
  confirmSignInEnrolment,
  refresh,
  SecondFactorNeeded,
  signIn,
  type SecondFactorChallenge,
} from '../../auth/session';
import { useSession } from '../../auth/use-session';
import { useT } from '../../i18n/format';
import { currentLocale } from '../../i18n/locale';
import { Splash } from '../../ui/splash';
import { AuthFrame } from './auth-frame';

// The second step's pieces (a code field, setting an app up with its QR code, passkeys) are loaded only
// when the API asks for a second factor: people without one never download them (bench:web's budget
// counts what the sign-in and home pages fetch).
const secondFactor = () => import('../../features/identity/second-factor');
const passkeys = () => import('../../features/identity/passkeys');
const FactorCodeInput = lazy(() => secondFactor().then((m) => ({ default: m.FactorCodeInput })));
const RecoveryCodes = lazy(() => secondFactor().then((m) => ({ default: m.RecoveryCodes })));
const TotpSetup = lazy(() => secondFactor().then((m) => ({ default: m.TotpSetup })));
const SignInWithPasskey = lazy(() => passkeys().then((m) => ({ default: m.SignInWithPasskey })));
const EnrolPasskeyAtSignIn = lazy(() => passkeys().then((m) => ({ default: m.EnrolPasskeyAtSignIn })));

export function Component() {
  const t = useT();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ProblemError>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // Back from the organisation's provider with a second step to answer: the callback put the challenge
  // in the address's fragment (sent to no server); it is read once, then dropped from the address.
  const [fromSso] = useState(() =>
    params.get('sso') === 'challenge' ? { challenge: challengeIn(window.location.hash) } : undefined,
  );
  // The second step, once the password (or the provider) is right: a code, or setting a factor up first.
  const [challenge, setChallenge] = useState<SecondFactorChallenge | undefined>(fromSso?.challenge);
  const [enrolment, setEnrolment] = useState<{ secret: string; otpauthUri: string }>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const ssoDone = params.get('sso') === 'done';
  const [adopting, setAdopting] = useState(ssoDone);
  const ssoError = params.get('sso-error');
  // The tenant to offer single sign-on for: the page's ?tenant=, the one of the page asked for, or the
  // domain of the address typed (asked once the field is left).
  const tenant = params.get('tenant') ?? new URL(next, window.location.origin).searchParams.get('tenant');
  const [typedDomainOf, setTypedDomainOf] = useState<string>();
  const [passwordAnyway, setPasswordAnyway] = useState(false);
  const sso = useQuery({
    queryKey: ['/api/v1/auth/sso/options', tenant, typedDomainOf],
    enabled: Boolean(tenant || typedDomainOf),
    retry: false,
    queryFn: () =>
      // 204 (no single sign-on there) has no body: null, as a query's data cannot be undefined.
      unwrap(
        api.GET('/api/v1/auth/sso/options', {
          params: { query: tenant ? { tenant } : { email: typedDomainOf } },
        }),
      )
        .then((found) => found ?? null)
        .catch(() => null),
  });
  const options = sso.data ?? undefined;
  const passwordShown = !options || options.passwordSignIn || passwordAnyway;

  // Back from the organisation's provider: the API set the session cookie; take the session up from it.
  useEffect(() => {
    if (!ssoDone) return;
    void refresh()
      .catch(() => false)
      .then((ok) => {
        if (ok) void navigate(next, { replace: true });
        else setAdopting(false);
      });
  }, [ssoDone, next, navigate]);

  const enrolling = useRef(false);
  useEffect(() => {
    if (!fromSso) return;
    void navigate(
      { pathname: '/sign-in', search: `?${new URLSearchParams({ next }).toString()}` },
      {
        replace: true,
      },
    );
    const found = fromSso.challenge;
    if (!found?.enrolmentRequired || enrolling.current) return;
    enrolling.current = true;
    beginSignInEnrolment(found.challengeToken).then(setEnrolment, (failed: unknown) =>
      setError(failed instanceof ProblemError ? failed : new ProblemError(0, '', '', undefined)),
    );
  }, [fromSso, next, navigate]);
  const ssoLost = fromSso !== undefined && !fromSso.challenge;

  // While the person types, fetch what the home page needs, so it shows at once after signing in.
  useEffect(() => {
    const id = setTimeout(() => void pages.home.preload(), 300);
    return () => clearTimeout(id);
  }, []);

  if (session.status === 'restoring' || adopting) return <Splash />;
  // Recovery codes are shown once, before going on, although the session is already open.
  if (session.status === 'signed-in' && !busy && !recoveryCodes) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    void pages.home.preload();
    setBusy(true);
    setError(undefined);
    setFields({});
    try {
      await signIn(email.trim(), password);
      await navigate(next, { replace: true });
    } catch (e) {
      if (e instanceof SecondFactorNeeded) {
        setChallenge(e.challenge);
        if (e.challenge.enrolmentRequired) {
          try {
            setEnrolment(await beginSignInEnrolment(e.challenge.challengeToken));
          } catch (failed) {
            setError(failed instanceof ProblemError ? failed : new ProblemError(0, '', '', undefined));
          }
        }
        return;
      }
      const problem = e instanceof ProblemError ? e : undefined;
      setError(problem);
      setFields(problem?.fieldErrors() ?? {});
      if (!problem) setError(new ProblemError(0, '', '', undefined));
    } finally {
      setBusy(false);
    }
  };

  const restart = () => {
    setChallenge(undefined);
    setEnrolment(undefined);
    setPassword('');
    setError(undefined);
  };

  if (recoveryCodes) {
    return (
      <AuthFrame title={t('auth.factor.codesTitle')}>
        <Suspense fallback={<Loader />}>
          <RecoveryCodes codes={recoveryCodes} onDone={() => void navigate(next, { replace: true })} />
        </Suspense>
      </AuthFrame>
    );
  }

  if (challenge?.enrolmentRequired) {
    return (
      <AuthFrame title={t('auth.factor.enrolTitle')}>
        <Text c="dimmed" size="sm">
          {t('auth.factor.enrolIntro')}
        </Text>
        {error && <Alert color="red" role="alert" title={error.title || t('common.error.network')} />}
        <Suspense fallback={<Loader />}>
          <EnrolPasskeyAtSignIn
            challengeToken={challenge.challengeToken}
            onEnrolled={setRecoveryCodes}
            onBusy={setBusy}
          />
          {enrolment && (
            <TotpSetup
              enrolment={enrolment}
              confirm={async (code) => {
                setBusy(true);
                try {
                  setRecoveryCodes(await confirmSignInEnrolment(challenge.challengeToken, code));
                } finally {
                  setBusy(false);
                }
              }}
              onCancel={restart}
            />
          )}
        </Suspense>
      </AuthFrame>
    );
  }

  if (challenge) {
    return (
      <AuthFrame title={t('auth.factor.title')}>
        <SecondStep challenge={challenge} next={next} onRestart={restart} />
      </AuthFrame>
    );
  }

  return (
    <AuthFrame title={t('auth.signIn.title')}>
      <Text c="dimmed" size="sm">
        {t('auth.signIn.intro')}
      </Text>
      {params.get('reset') === 'done' && !error && (
        <Alert color="green" role="status">
          {t('auth.reset.done')}
        </Alert>
      )}
      {(ssoError || (ssoDone && !adopting) || ssoLost) && !error && (
        <Alert color="red" role="alert" title={t('auth.sso.refused')}>
          {ssoMessage(t, ssoLost ? 'sso-state-invalid' : ssoError)}
        </Alert>
      )}
      {options && (
        <Stack gap="xs">
          <Button
            component="a"
            href={`${options.startUrl}?${new URLSearchParams({ next }).toString()}`}
            variant={passwordShown ? 'light' : 'filled'}
            fullWidth
          >
            {t('auth.sso.button', { name: options.ssoName })}
          </Button>
          <Text size="xs" c="dimmed" ta="center">
            {t('auth.sso.for', { tenant: options.tenant.name[currentLocale()] })}
          </Text>
          {passwordShown && <Divider label={t('auth.sso.or')} labelPosition="center" />}
        </Stack>
      )}
      {error && (
        <Alert
          color="red"
          role="alert"
          title={error.status && error.title ? error.title : t('common.error.network')}
        >
          {error.slug === 'too-many-requests' && error.detail}
        </Alert>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput
            label={t('auth.email')}
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            onBlur={() => {
              const typed = email.trim();
              if (!tenant && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(typed)) setTypedDomainOf(typed);
            }}
            error={fields.email}
            required
            autoFocus
          />
          {passwordShown && (
            <PasswordInput
              label={t('auth.password')}
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fields.password}
              required
            />
          )}
          {passwordShown && (
            <Group justify="flex-end" mt={-8}>
              <Anchor component={Link} to="/forgot-password" size="sm">
                {t('auth.forgot.link')}
              </Anchor>
            </Group>
          )}
          {passwordShown ? (
            <Button type="submit" loading={busy} fullWidth>
              {t('auth.signIn.submit')}
            </Button>
          ) : (
            <Anchor component="button" type="button" size="sm" onClick={() => setPasswordAnyway(true)}>
              {t('auth.sso.adminPassword')}
            </Anchor>
          )}
        </Stack>
      </form>
    </AuthFrame>
  );
}

/** Sign-in's second step: a code of the person's app, or a recovery code. */
function SecondStep({
  challenge,
  next,
  onRestart,
}: {
  challenge: SecondFactorChallenge;
  next: string;
  onRestart: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await answerSecondFactor(challenge.challengeToken, code.trim());
      await navigate(next, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const expired = error instanceof ProblemError && error.slug === 'invalid-challenge';
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Suspense fallback={<Loader />}>
          {challenge.passkey && <SignInWithPasskey challengeToken={challenge.challengeToken} next={next} />}
          <Text c="dimmed" size="sm">
            {t('auth.factor.intro')}
          </Text>
          <FactorCodeInput value={code} onChange={setCode} error={error} />
        </Suspense>
        <Group justify="space-between">
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={onRestart}
            fw={expired ? 700 : undefined}
          >
            {t('auth.factor.restart')}
          </Anchor>
          <Button type="submit" loading={busy}>
            {t('auth.factor.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const SSO_REASONS = [
  'sso-unavailable',
  'sso-provider-unavailable',
  'sso-state-invalid',
  'sso-failed',
  'sso-email-unverified',
  'sso-domain-not-allowed',
  'sso-invitation-required',
  'sso-account-disabled',
] as const;

/** What went wrong on the way back from the provider, in words (the API names the reason). */
function ssoMessage(t: ReturnType<typeof useT>, reason: string | null): string {
  const known = SSO_REASONS.find((r) => r === reason);
  return known ? t(`auth.sso.error.${known}`) : t('auth.sso.error.sso-failed');
}

/** The challenge the SSO callback put in the fragment (`#challenge=<JSON in base64url>`), if it is there. */
function challengeIn(hash: string): SecondFactorChallenge | undefined {
  try {
    const raw = new URLSearchParams(hash.replace(/^#/, '')).get('challenge');
    if (!raw) return undefined;
    const found = JSON.parse(atob(raw.replace(/-/g, '+').replace(/_/g, '/'))) as SecondFactorChallenge;
    return typeof found.challengeToken === 'string' ? found : undefined;
  } catch {
    return undefined;
  }
}
