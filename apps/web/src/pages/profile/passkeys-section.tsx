import { Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconFingerprint } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import {
  ConfirmWithFactor,
  PasskeyProblem,
  passkeyRegistration,
  type FactorProof,
} from '../../features/identity/passkeys';
import { RecoveryCodes } from '../../features/identity/second-factor';
import { useFormat, useT } from '../../i18n/format';
import { QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';

const listKey = ['/api/v1/me/passkeys'] as const;
const statusKey = ['/api/v1/me/second-factor'] as const;

type Step =
  | { kind: 'idle' }
  | { kind: 'name' }
  | { kind: 'confirm-add'; name: string }
  | { kind: 'confirm-remove'; id: string; name: string }
  | { kind: 'codes'; codes: string[] };

/**
 * My passkeys (fingerprint, face, PIN or security key), each a second factor: add one (a first one brings
 * recovery codes; a later one takes a fresh factor), see when each was used, remove one (a fresh factor).
 */
export function PasskeysSection() {
  const t = useT();
  const f = useFormat();
  const client = useQueryClient();
  const list = useQuery({ queryKey: listKey, queryFn: () => unwrap(api.GET('/api/v1/me/passkeys')) });
  const status = useQuery({
    queryKey: statusKey,
    queryFn: () => unwrap(api.GET('/api/v1/me/second-factor')),
  });
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: listKey });
    void client.invalidateQueries({ queryKey: statusKey });
  };
  const hasFactor = Boolean(status.data && (status.data.totp || status.data.passkeys > 0));

  const add = async (label: string, proof?: FactorProof) => {
    const { options } = await unwrap(
      api.POST('/api/v1/me/passkeys/registration-options', { body: proof ?? {} }),
    );
    const response = (await passkeyRegistration(options)) as components['schemas']['PasskeyAttestationDto'];
    const added = await unwrap(api.POST('/api/v1/me/passkeys', { body: { name: label, response } }));
    refresh();
    setName('');
    toast(t('profile.passkeys.added', { name: added.passkey.name }));
    setStep(added.recoveryCodes ? { kind: 'codes', codes: added.recoveryCodes } : { kind: 'idle' });
  };

  const submitName = async (event: FormEvent) => {
    event.preventDefault();
    const label = name.trim();
    if (!label) return;
    if (hasFactor) {
      setStep({ kind: 'confirm-add', name: label });
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await add(label);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="passkeys-title">
      <Title order={2} size="h4" mb="md" id="passkeys-title">
        {t('profile.passkeys.title')}
      </Title>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('profile.passkeys.intro')}
        </Text>
        <QueryState query={list}>
          {(data) =>
            data.data.length === 0 ? (
              <Text size="sm" data-testid="passkeys-none">
                {t('profile.passkeys.none')}
              </Text>
            ) : (
              <div style={{ overflowX: 'auto' }}>
                <Table verticalSpacing="xs" data-testid="passkeys">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('profile.passkeys.name')}</Table.Th>
                      <Table.Th scope="col">{t('profile.passkeys.createdAt')}</Table.Th>
                      <Table.Th scope="col">{t('profile.passkeys.lastUsed')}</Table.Th>
                      <Table.Th scope="col">{t('common.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.data.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Th scope="row" fw={600}>
                          {p.name}
                        </Table.Th>
                        <Table.Td>{f.date(p.createdAt)}</Table.Td>
                        <Table.Td>
                          {p.lastUsedAt ? f.dateTime(p.lastUsedAt) : t('profile.passkeys.never')}
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="compact-sm"
                            variant="light"
                            color="red"
                            aria-label={t('profile.passkeys.removeNamed', { name: p.name })}
                            onClick={() => setStep({ kind: 'confirm-remove', id: p.id, name: p.name })}
                          >
                            {t('profile.passkeys.remove')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            )
          }
        </QueryState>
        {step.kind === 'codes' && (
          <RecoveryCodes codes={step.codes} onDone={() => setStep({ kind: 'idle' })} />
        )}
        {(step.kind === 'confirm-add' || step.kind === 'confirm-remove') && (
          <ConfirmWithFactor
            passkeys={(status.data?.passkeys ?? 0) > 0}
            submitLabel={
              step.kind === 'confirm-add' ? t('profile.passkeys.add') : t('profile.passkeys.remove')
            }
            onCancel={() => setStep({ kind: 'idle' })}
            onProof={async (proof) => {
              if (step.kind === 'confirm-add') {
                await add(step.name, proof);
                return;
              }
              await unwrap(
                api.POST('/api/v1/me/passkeys/{id}/remove', {
                  params: { path: { id: step.id } },
                  body: proof,
                }),
              );
              refresh();
              toast(t('profile.passkeys.removed', { name: step.name }));
              setStep({ kind: 'idle' });
            }}
          />
        )}
        {step.kind === 'idle' && (
          <Button
            variant="light"
            leftSection={<IconFingerprint size={18} aria-hidden />}
            onClick={() => setStep({ kind: 'name' })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('profile.passkeys.add')}
          </Button>
        )}
        {step.kind === 'name' && (
          <form onSubmit={(e) => void submitName(e)} noValidate>
            <Stack>
              <TextInput
                label={t('profile.passkeys.name')}
                description={t('profile.passkeys.nameHelp')}
                name="passkeyName"
                maxLength={60}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                required
                data-autofocus
              />
              {error !== undefined && <PasskeyProblem error={error} />}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setStep({ kind: 'idle' })} disabled={busy}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={busy} disabled={!name.trim()}>
                  {t('profile.passkeys.create')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
