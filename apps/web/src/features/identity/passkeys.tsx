import { Button, Divider, Group, Stack, Text } from '@mantine/core';
import { IconFingerprint } from '@tabler/icons-react';
import {
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import {
  answerSecondFactorWithPasskey,
  enrolPasskeyAtSignIn,
  type PasskeyAssertion,
} from '../../auth/session';
import { useT } from '../../i18n/format';
import { ProblemAlert } from '../../ui/page';
import { FactorCodeInput } from './second-factor';

/** What the API takes as a fresh second factor: a code, or a passkey's answer. */
export type FactorProof = { code: string } | { passkey: PasskeyAssertion };

/**
 * The browser's passkey prompt (fingerprint, face, PIN or security key) for options the API made. A
 * person who closes it, or a browser without passkeys, gets a local problem the page shows in words.
 */
export async function passkeyAssertion(options: Record<string, unknown>): Promise<PasskeyAssertion> {
  try {
    return (await startAuthentication({
      optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON,
    })) as PasskeyAssertion;
  } catch {
    throw ceremonyCancelled();
  }
}

export async function passkeyRegistration(options: Record<string, unknown>) {
  try {
    return await startRegistration({
      optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON,
    });
  } catch {
    throw ceremonyCancelled();
  }
}

/** A signed-in person proves one of their passkeys now (to sign, add or remove a passkey). */
export async function myPasskeyAssertion(): Promise<PasskeyAssertion> {
  const { options } = await unwrap(api.POST('/api/v1/me/passkeys/authentication-options'));
  return passkeyAssertion(options);
}

function ceremonyCancelled(): ProblemError {
  return new ProblemError(0, 'local/passkey-cancelled', '', undefined);
}

/** The words for a passkey prompt that was closed or failed (the API's problems speak for themselves). */
export function PasskeyProblem({ error }: { error: unknown }) {
  const t = useT();
  if (error instanceof ProblemError && error.slug === 'passkey-cancelled') {
    return (
      <Text role="alert" c="red.9" size="sm">
        {t('auth.passkey.cancelled')}
      </Text>
    );
  }
  return <ProblemAlert error={error} />;
}

/** Sign-in's second step with a passkey: one button; the session opens when the API accepts it. */
export function SignInWithPasskey({ challengeToken, next }: { challengeToken: string; next: string }) {
  const t = useT();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const use = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await answerSecondFactorWithPasskey(challengeToken, passkeyAssertion);
      await navigate(next, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <Button
        leftSection={<IconFingerprint size={18} aria-hidden />}
        onClick={() => void use()}
        loading={busy}
        fullWidth
      >
        {t('auth.passkey.use')}
      </Button>
      {error !== undefined && <PasskeyProblem error={error} />}
      <Divider label={t('auth.passkey.orCode')} labelPosition="center" />
    </Stack>
  );
}

/**
 * Setting a required second factor up at sign-in with a passkey of this device (shown only where the
 * browser has passkeys): one button; the session opens and the recovery codes follow.
 */
export function EnrolPasskeyAtSignIn({
  challengeToken,
  onEnrolled,
  onBusy,
}: {
  challengeToken: string;
  onEnrolled: (recoveryCodes: string[]) => void;
  /** The page's own busy flag: the session opens before the codes arrive, and the page must wait for them. */
  onBusy: (busy: boolean) => void;
}) {
  const t = useT();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  if (typeof window.PublicKeyCredential !== 'function') return null;
  const create = async () => {
    setBusy(true);
    onBusy(true);
    setError(undefined);
    try {
      const name = t('auth.passkey.defaultName', {
        date: new Date().toLocaleDateString(document.documentElement.lang),
      });
      onEnrolled(await enrolPasskeyAtSignIn(challengeToken, name, passkeyRegistration));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      onBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <Button
        leftSection={<IconFingerprint size={18} aria-hidden />}
        onClick={() => void create()}
        loading={busy}
        fullWidth
      >
        {t('auth.passkey.create')}
      </Button>
      {error !== undefined && <PasskeyProblem error={error} />}
      <Divider label={t('auth.passkey.orApp')} labelPosition="center" />
    </Stack>
  );
}

/**
 * A fresh second factor before a change to one's passkeys: one of the person's passkeys, or a code of
 * their app (or a recovery code).
 */
export function ConfirmWithFactor({
  passkeys,
  onProof,
  onCancel,
  submitLabel,
}: {
  passkeys: boolean;
  onProof: (proof: FactorProof) => Promise<void>;
  onCancel: () => void;
  submitLabel: string;
}) {
  const t = useT();
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const run = async (proof: () => Promise<FactorProof>) => {
    setBusy(true);
    setError(undefined);
    try {
      await onProof(await proof());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => Promise.resolve({ code: code.trim() }));
  };
  return (
    <Stack>
      <Text size="sm">{t('profile.passkeys.confirm')}</Text>
      {passkeys && (
        <Button
          variant="light"
          leftSection={<IconFingerprint size={18} aria-hidden />}
          loading={busy}
          onClick={() => void run(async () => ({ passkey: await myPasskeyAssertion() }))}
        >
          {t('auth.passkey.use')}
        </Button>
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <FactorCodeInput value={code} onChange={setCode} error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
