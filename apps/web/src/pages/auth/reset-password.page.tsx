import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useFormat, useT } from '../../i18n/format';
import { Loading, ProblemAlert } from '../../ui/page';
import { AuthFrame } from './auth-frame';

const PASSWORD_MIN_LENGTH = 12;

/** Why a link no longer works, in words, from the API's answer. */
function linkRefusal(error: unknown): 'unknown' | 'used' | 'expired' | undefined {
  if (!(error instanceof ProblemError)) return undefined;
  if (error.status === 404) return 'unknown';
  if (error.slug === 'reset-link-used') return 'used';
  if (error.slug === 'reset-link-expired') return 'expired';
  return undefined;
}

/**
 * The reset link's page: the new password twice; on success, the sign-in page with a notice. A link that
 * no longer works says why, with a way to ask for another.
 */
export function Component() {
  const t = useT();
  const f = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const link = useQuery({
    queryKey: ['/api/v1/auth/password-reset/check', token],
    queryFn: () => unwrap(api.POST('/api/v1/auth/password-reset/check', { body: { token } })),
    enabled: token.length > 0,
    retry: false,
  });
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const title = t('auth.reset.title');
  const refused = (why: 'unknown' | 'used' | 'expired' | 'missing') => (
    <AuthFrame title={title}>
      <Alert color="orange" role="alert">
        {t(`auth.reset.${why}`)}
      </Alert>
      <Button component={Link} to="/forgot-password" variant="light">
        {t('auth.reset.askAgain')}
      </Button>
    </AuthFrame>
  );
  if (!token) return refused('missing');
  if (link.isPending) {
    return (
      <AuthFrame title={title}>
        <Loading />
      </AuthFrame>
    );
  }
  const refusal = linkRefusal(link.error) ?? linkRefusal(error);
  if (refusal) return refused(refusal);
  if (link.isError) {
    return (
      <AuthFrame title={title}>
        <ProblemAlert error={link.error} onRetry={() => void link.refetch()} />
      </AuthFrame>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const local: Record<string, string> = {};
    if (password.length < PASSWORD_MIN_LENGTH)
      local.password = t('auth.password.tooShort', { min: PASSWORD_MIN_LENGTH });
    if (confirm !== password) local.confirm = t('auth.password.mismatch');
    setFields(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await unwrap(api.POST('/api/v1/auth/password-reset/complete', { body: { token, password } }));
      await navigate('/sign-in?reset=done', { replace: true });
    } catch (e) {
      setError(e);
      if (e instanceof ProblemError) setFields(e.fieldErrors());
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthFrame title={title}>
      <Text c="dimmed" size="sm">
        {t('auth.reset.intro')}
      </Text>
      {link.data && (
        <Text size="xs" c="dimmed">
          {t('auth.reset.validUntil', { time: f.dateTime(link.data.expiresAt) })}
        </Text>
      )}
      {error !== undefined && !(error instanceof ProblemError && error.slug === 'validation-failed') && (
        <ProblemAlert error={error} />
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <PasswordInput
            label={t('auth.newPassword')}
            description={t('auth.password.rule', { min: PASSWORD_MIN_LENGTH })}
            name="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fields.password}
            required
            autoFocus
          />
          <PasswordInput
            label={t('auth.confirmPassword')}
            name="confirm"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={fields.confirm}
            required
          />
          <Button type="submit" loading={busy} fullWidth>
            {t('auth.reset.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/sign-in" size="sm">
        {t('auth.forgot.back')}
      </Anchor>
    </AuthFrame>
  );
}
