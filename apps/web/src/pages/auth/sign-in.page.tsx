import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ProblemError } from '../../api/problem';
import { pages } from '../../app/router';
import { safeNext } from '../../app/session-gate';
import { signIn } from '../../auth/session';
import { useSession } from '../../auth/use-session';
import { useT } from '../../i18n/format';
import { Splash } from '../../ui/splash';
import { AuthFrame } from './auth-frame';

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

  // While the person types, fetch what the home page needs, so it shows at once after signing in.
  useEffect(() => {
    const id = setTimeout(() => void pages.home.preload(), 300);
    return () => clearTimeout(id);
  }, []);

  if (session.status === 'restoring') return <Splash />;
  if (session.status === 'signed-in' && !busy) return <Navigate to={next} replace />;

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
      const problem = e instanceof ProblemError ? e : undefined;
      setError(problem);
      setFields(problem?.fieldErrors() ?? {});
      if (!problem) setError(new ProblemError(0, '', '', undefined));
    } finally {
      setBusy(false);
    }
  };

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
            error={fields.email}
            required
            autoFocus
          />
          <PasswordInput
            label={t('auth.password')}
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fields.password}
            required
          />
          <Group justify="flex-end" mt={-8}>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('auth.forgot.link')}
            </Anchor>
          </Group>
          <Button type="submit" loading={busy} fullWidth>
            {t('auth.signIn.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
