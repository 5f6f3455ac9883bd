import { Alert, Button, Code, Group, Image, List, Stack, Text, TextInput } from '@mantine/core';
import { toDataURL } from 'qrcode';
import { useEffect, useState, type FormEvent } from 'react';
import { ProblemError } from '../../api/problem';
import { useT } from '../../i18n/format';
import { ProblemAlert } from '../../ui/page';

/** The code field of every second-factor form: six digits of the app, or a recovery code. */
export function FactorCodeInput({
  value,
  onChange,
  error,
  label,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: unknown;
  label?: string;
}) {
  const t = useT();
  const wrong = error instanceof ProblemError && error.slug === 'invalid-second-factor';
  return (
    <>
      <TextInput
        label={label ?? t('auth.factor.code')}
        description={t('auth.factor.codeHelp')}
        name="code"
        autoComplete="one-time-code"
        inputMode="numeric"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={wrong ? t('auth.factor.wrongCode') : undefined}
        required
        data-autofocus
      />
      {error !== undefined && !wrong && <ProblemAlert error={error} />}
    </>
  );
}

/**
 * Setting up an authenticator app: the secret as a QR code and as text (to type by hand), then its first
 * code. `confirm` answers the recovery codes, which `RecoveryCodes` shows once.
 */
export function TotpSetup({
  enrolment,
  confirm,
  onCancel,
}: {
  enrolment: { secret: string; otpauthUri: string };
  confirm: (code: string) => Promise<void>;
  onCancel?: () => void;
}) {
  const t = useT();
  const [qr, setQr] = useState<string>();
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void toDataURL(enrolment.otpauthUri, { margin: 1, width: 200 }).then((url) => live && setQr(url));
    return () => {
      live = false;
    };
  }, [enrolment.otpauthUri]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await confirm(code.trim());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">{t('auth.factor.scan')}</Text>
        {qr && <Image src={qr} alt={t('auth.factor.qrAlt')} w={200} h={200} />}
        <Text size="sm">
          {t('auth.factor.manual')} <Code data-testid="totp-secret">{enrolment.secret}</Code>
        </Text>
        <FactorCodeInput value={code} onChange={setCode} error={error} label={t('auth.factor.firstCode')} />
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={busy}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={busy}>
            {t('auth.factor.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Recovery codes, shown once: the person writes them down before going on. */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const t = useT();
  return (
    <Stack>
      <Alert color="yellow" title={t('auth.factor.codesTitle')}>
        {t('auth.factor.codesIntro')}
      </Alert>
      <List data-testid="recovery-codes" ff="monospace" spacing={2}>
        {codes.map((c) => (
          <List.Item key={c}>{c}</List.Item>
        ))}
      </List>
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('auth.factor.codesDone')}</Button>
      </Group>
    </Stack>
  );
}
