import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ProblemError } from '../api/problem';
import { getSession, signIn, signOut, switchTenant } from '../auth/session';
import { useMe } from '../features/identity/me';
import { useT } from '../i18n/format';

/**
 * The session ended (15 minutes idle past the refresh's life, signed out elsewhere, a password change):
 * the page stays as it is under this dialog, and the request that met the end is sent again once the
 * person has signed in — what they typed is not lost.
 */
export function ReauthModal() {
  const t = useT();
  const me = useMe();
  const [email, setEmail] = useState(me.data?.user.email ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const before = getSession();
    setBusy(true);
    setError(undefined);
    try {
      const pair = await signIn(email, password);
      if (before.status === 'locked' && pair.tenant.id !== before.tenant.id)
        await switchTenant(before.tenant.id);
    } catch (e) {
      setError(e instanceof ProblemError && e.title ? e.title : t('common.error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={t('auth.reauth.title')}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">{t('auth.reauth.body')}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            required
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            required
            data-autofocus
          />
          <Group justify="space-between">
            <Button variant="subtle" onClick={() => void signOut()}>
              {t('shell.signOut')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('auth.reauth.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
