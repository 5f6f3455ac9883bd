import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useT } from '../../i18n/format';
import { ProblemAlert } from '../../ui/page';
import { AuthFrame } from './auth-frame';

/**
 * Asking for a reset link. The API answers the same whether the address has an account or not, so the
 * page says "if an account exists" and never more.
 */
export function Component() {
  const t = useT();
  const [params] = useSearchParams();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [sent, setSent] = useState<{ email: string; minutes: number }>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setFields({});
    if (!email.trim()) {
      setFields({ email: t('auth.forgot.emailRequired') });
      return;
    }
    setBusy(true);
    try {
      const answer = await unwrap(api.POST('/api/v1/auth/password-reset', { body: { email: email.trim() } }));
      // Isolated, so an address keeps its order inside a right-to-left sentence.
      setSent({ email: `\u2068${email.trim()}\u2069`, minutes: answer.validMinutes });
    } catch (e) {
      setError(e);
      if (e instanceof ProblemError) setFields(e.fieldErrors());
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthFrame title={t('auth.forgot.title')}>
      {sent ? (
        <Alert color="green" role="status">
          {t('auth.forgot.sent', { email: sent.email, minutes: sent.minutes })}
        </Alert>
      ) : (
        <>
          <Text c="dimmed" size="sm">
            {t('auth.forgot.intro')}
          </Text>
          {error !== undefined && !(error instanceof ProblemError && error.slug === 'validation-failed') && (
            <ProblemAlert error={error} />
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
              <Button type="submit" loading={busy} fullWidth>
                {t('auth.forgot.submit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
      <Anchor component={Link} to="/sign-in" size="sm">
        {t('auth.forgot.back')}
      </Anchor>
    </AuthFrame>
  );
}
