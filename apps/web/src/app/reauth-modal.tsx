import { Alert, Anchor, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ProblemError } from '../api/problem';
import {
  answerSecondFactor,
  getSession,
  SecondFactorNeeded,
  signIn,
  signOut,
  switchTenant,
  type SecondFactorChallenge,
} from '../auth/session';
import { useMe } from '../features/identity/me';
import { FactorCodeInput } from '../features/identity/second-factor';
import { useT } from '../i18n/format';

/**
 * The session ended (15 minutes idle past the refresh's life, signed out elsewhere, a password change):
 * the page stays as it is under this dialog, and the request that met the end is sent again once the
 * person has signed in — what they typed is not lost. Signing in again is a sign-in like any other: a
 * person with a second factor (or who must have one) is asked for it after the password, as the API's
 * login answers 202 with a challenge; the code is asked here, over the page.
 */
export function ReauthModal() {
  const t = useT();
  const me = useMe();
  const [email, setEmail] = useState(me.data?.user.email ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [challenge, setChallenge] = useState<SecondFactorChallenge>();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<unknown>();
  // The tenant the page was working in: a new sign-in lands in the one used last, so switch back to it.
  const [before] = useState(getSession);

  const backToTenant = async (tenantId: string) => {
    if (before.status === 'locked' && tenantId !== before.tenant.id) await switchTenant(before.tenant.id);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const pair = await signIn(email, password);
      await backToTenant(pair.tenant.id);
    } catch (e) {
      if (e instanceof SecondFactorNeeded) {
        setChallenge(e.challenge);
        setPassword('');
        return;
      }
      setError(e instanceof ProblemError && e.title ? e.title : t('common.error.network'));
    } finally {
      setBusy(false);
    }
  };

  const answer = async (event: FormEvent) => {
    event.preventDefault();
    if (!challenge) return;
    setBusy(true);
    setCodeError(undefined);
    try {
      const tenantId = await answerSecondFactor(challenge.challengeToken, code.trim());
      await backToTenant(tenantId);
    } catch (e) {
      setCodeError(e);
    } finally {
      setBusy(false);
    }
  };

  const restart = () => {
    setChallenge(undefined);
    setCode('');
    setCodeError(undefined);
  };

  const signOutButton = (
    <Button variant="subtle" onClick={() => void signOut()}>
      {t('shell.signOut')}
    </Button>
  );

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
      {challenge?.enrolmentRequired ? (
        // Setting a factor up shows recovery codes once: that belongs on the sign-in page, not over a form.
        <Stack>
          <Alert color="orange" role="alert">
            {t('auth.reauth.enrolRequired')}
          </Alert>
          <Group justify="space-between">
            <Anchor component="button" type="button" size="sm" onClick={restart}>
              {t('auth.factor.restart')}
            </Anchor>
            {signOutButton}
          </Group>
        </Stack>
      ) : challenge ? (
        <form onSubmit={(e) => void answer(e)} noValidate>
          <Stack>
            <Text size="sm">{t('auth.factor.intro')}</Text>
            <FactorCodeInput value={code} onChange={setCode} error={codeError} />
            <Group justify="space-between">
              <Anchor component="button" type="button" size="sm" onClick={restart}>
                {t('auth.factor.restart')}
              </Anchor>
              <Button type="submit" loading={busy}>
                {t('auth.factor.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
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
              {signOutButton}
              <Button type="submit" loading={busy}>
                {t('auth.reauth.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
