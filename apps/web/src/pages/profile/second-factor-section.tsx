import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { FactorCodeInput, RecoveryCodes, TotpSetup } from '../../features/identity/second-factor';
import { useT } from '../../i18n/format';
import { ProblemAlert, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';

const statusKey = ['/api/v1/me/second-factor'] as const;

type Step =
  | { kind: 'idle' }
  | { kind: 'setup'; secret: string; otpauthUri: string }
  | { kind: 'codes'; codes: string[] }
  | { kind: 'confirm'; action: 'disable' | 'renew' };

/** My second factor: set up an authenticator app, see recovery codes once, renew them, turn it off. */
export function SecondFactorSection() {
  const t = useT();
  const client = useQueryClient();
  const status = useQuery({
    queryKey: statusKey,
    queryFn: () => unwrap(api.GET('/api/v1/me/second-factor')),
  });
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<unknown>();
  const refresh = () => void client.invalidateQueries({ queryKey: statusKey });

  const begin = async () => {
    setError(undefined);
    try {
      const enrolment = await unwrap(api.POST('/api/v1/me/second-factor/totp'));
      setStep({ kind: 'setup', ...enrolment });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="second-factor-title">
      <Title order={2} size="h4" mb="md" id="second-factor-title">
        {t('profile.factor.title')}
      </Title>
      <QueryState query={status}>
        {(s) => (
          <Stack>
            <Group gap="xs">
              <Text size="sm">{t('profile.factor.app')}</Text>
              <Badge color={s.totp ? 'green.9' : 'gray.7'} data-testid="second-factor-state">
                {s.totp ? t('profile.factor.on') : t('profile.factor.off')}
              </Badge>
              {s.required && <Badge color="blue.9">{t('profile.factor.required')}</Badge>}
            </Group>
            {(s.totp || s.passkeys > 0) && (
              <Text size="sm" c="dimmed">
                {t('profile.factor.codesLeft', { count: s.recoveryCodesLeft })}
              </Text>
            )}
            {step.kind === 'setup' && (
              <TotpSetup
                enrolment={step}
                onCancel={() => setStep({ kind: 'idle' })}
                confirm={async (code) => {
                  const done = await unwrap(
                    api.POST('/api/v1/me/second-factor/totp/confirm', { body: { code } }),
                  );
                  setStep({ kind: 'codes', codes: done.recoveryCodes });
                  refresh();
                }}
              />
            )}
            {step.kind === 'codes' && (
              <RecoveryCodes codes={step.codes} onDone={() => setStep({ kind: 'idle' })} />
            )}
            {step.kind === 'confirm' && (
              <ConfirmWithCode
                action={step.action}
                onCancel={() => setStep({ kind: 'idle' })}
                onDone={(codes) => {
                  refresh();
                  if (codes) setStep({ kind: 'codes', codes });
                  else {
                    setStep({ kind: 'idle' });
                    toast(t('profile.factor.disabled'));
                  }
                }}
              />
            )}
            {step.kind === 'idle' && (
              <Group>
                {!s.totp && <Button onClick={() => void begin()}>{t('profile.factor.setUp')}</Button>}
                {(s.totp || s.passkeys > 0) && (
                  <Button variant="default" onClick={() => setStep({ kind: 'confirm', action: 'renew' })}>
                    {t('profile.factor.renew')}
                  </Button>
                )}
                {s.totp && (!s.required || s.passkeys > 0) && (
                  <Button
                    color="red"
                    variant="light"
                    onClick={() => setStep({ kind: 'confirm', action: 'disable' })}
                  >
                    {t('profile.factor.disable')}
                  </Button>
                )}
              </Group>
            )}
            {error !== undefined && <ProblemAlert error={error} />}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

/** Turning the factor off, or new recovery codes, takes a current code. */
function ConfirmWithCode({
  action,
  onCancel,
  onDone,
}: {
  action: 'disable' | 'renew';
  onCancel: () => void;
  onDone: (codes?: string[]) => void;
}) {
  const t = useT();
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { code: code.trim() };
      if (action === 'disable') {
        await unwrap(api.POST('/api/v1/me/second-factor/disable', { body }));
        onDone();
      } else {
        onDone((await unwrap(api.POST('/api/v1/me/second-factor/recovery-codes', { body }))).recoveryCodes);
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <FactorCodeInput value={code} onChange={setCode} error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} color={action === 'disable' ? 'red' : undefined}>
            {action === 'disable' ? t('profile.factor.disable') : t('profile.factor.renew')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
