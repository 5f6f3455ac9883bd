import { Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconUpload, IconUsers } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, authFetch, unwrap } from '../../api/client';
import { problemFrom, ProblemError } from '../../api/problem';
import { useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { ProblemAlert } from '../../ui/page';
import { toast } from '../../ui/toast';
import { useMe } from '../identity/me';
import {
  CONVENTION_TYPES,
  isConventionQuery,
  useNetworkTenants,
  useSignerCandidates,
  type Convention,
  type ConventionType,
} from './conventions';
import { SignerStepsEditor } from './signer-steps-editor';
import type { SignerRow } from './signer-steps';

const CREATABLE = CONVENTION_TYPES.filter(
  (type): type is Exclude<ConventionType, 'amendment'> => type !== 'amendment',
);

/**
 * A new convention of the caller's tenant (Root or an institute): its title, type, the other parties
 * from the network's directory, dates and value. The owner is always a party; its page opens next.
 */
export function NewConventionModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const tenants = useNetworkTenants(opened);
  const [title, setTitle] = useState('');
  const [type, setType] = useState<(typeof CREATABLE)[number]>('partnership');
  const [parties, setParties] = useState<string[]>([]);
  const [effectiveDate, setEffectiveDate] = useState('');
  const [expiryDate, setExpiryDate] = useState('');
  const [signingDeadline, setSigningDeadline] = useState('');
  const [value, setValue] = useState('');
  const own = me.data?.current.tenant.id;

  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/conventions', {
          body: {
            title: title.trim(),
            type,
            parties: parties.map((tenantId) => ({ tenantId, roleLabel: t('conventions.new.partyRole') })),
            ...(effectiveDate ? { effectiveDate } : {}),
            ...(expiryDate ? { expiryDate } : {}),
            ...(signingDeadline ? { signingDeadline } : {}),
            ...(value.trim() ? { valueMad: value.trim().replace(',', '.') } : {}),
          },
        }),
      ),
    onSuccess: async (convention) => {
      toast(t('conventions.new.created'));
      await client.invalidateQueries({ predicate: isConventionQuery });
      onClose();
      void navigate(`/conventions/${convention.id}`);
    },
  });
  const fields = create.error instanceof ProblemError ? create.error.fieldErrors() : {};
  const handled = create.error instanceof ProblemError && create.error.slug === 'validation-failed';
  const options = (tenants.data?.data ?? [])
    .filter((d) => d.id !== own)
    .map((d) => ({ value: d.id, label: d.names[locale] || d.legalName }));

  return (
    <Modal
      opened={opened}
      onClose={() => !create.isPending && onClose()}
      title={t('conventions.new.title')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
        noValidate
      >
        <Stack>
          <TextInput
            label={t('conventions.new.name')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fields.title}
            required
            data-autofocus
          />
          <Select
            label={t('conventions.list.type')}
            data={CREATABLE.map((s) => ({ value: s, label: t(`conventions.type.${s}`) }))}
            value={type}
            onChange={(v) => v && setType(v)}
            allowDeselect={false}
            error={fields.type}
            required
          />
          <MultiSelect
            label={t('conventions.new.parties')}
            description={t('conventions.new.partiesHelp')}
            data={options}
            value={parties}
            onChange={setParties}
            searchable
            error={fields.parties}
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('conventions.effectiveDate')}
              value={effectiveDate}
              onChange={(e) => setEffectiveDate(e.currentTarget.value)}
              error={fields.effectiveDate}
            />
            <TextInput
              type="date"
              label={t('conventions.expiryDate')}
              value={expiryDate}
              onChange={(e) => setExpiryDate(e.currentTarget.value)}
              error={fields.expiryDate}
            />
            <TextInput
              type="date"
              label={t('conventions.signingDeadline')}
              value={signingDeadline}
              onChange={(e) => setSigningDeadline(e.currentTarget.value)}
              error={fields.signingDeadline}
            />
            <TextInput
              label={t('conventions.new.value')}
              inputMode="decimal"
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              error={fields.valueMad}
            />
          </SimpleGrid>
          {create.isError && !handled && <ProblemAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('conventions.new.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** A new version of the convention's PDF (the API says which statuses take one). */
export function UploadDocumentButton({ convention: c }: { convention: Convention }) {
  const t = useT();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setBusy(true);
    try {
      const response = await authFetch(
        new Request(`/api/v1/conventions/${c.id}/documents?filename=${encodeURIComponent(file.name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/pdf' },
          body: file,
        }),
      );
      if (!response.ok) throw problemFrom(response.status, await response.json().catch(() => ({})));
      await client.invalidateQueries({ predicate: isConventionQuery });
      toast(t('conventions.upload.done'));
    } catch (e) {
      toast(e instanceof ProblemError && e.title ? e.title : t('conventions.upload.failed'), 'error');
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <>
      <input
        ref={input}
        type="file"
        accept="application/pdf,.pdf"
        hidden
        aria-label={t('conventions.upload.label')}
        data-testid="convention-upload"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void upload(file);
        }}
      />
      <Button
        size="compact-sm"
        variant="light"
        leftSection={<IconUpload size={14} aria-hidden />}
        loading={busy}
        onClick={() => input.current?.click()}
      >
        {t('conventions.upload.label')}
      </Button>
    </>
  );
}

/**
 * The signers per party in ordered steps: equal steps sign in parallel, a lower step first. Each
 * party's people come from the API (its active members); every party needs one. Signers are dragged
 * between steps, or moved a step earlier or later with the arrows (SignerStepsEditor).
 */
export function SignersEditor({ convention: c }: { convention: Convention }) {
  const t = useT();
  const client = useQueryClient();
  const [opened, setOpened] = useState(false);
  const candidates = useSignerCandidates(c.id, opened);
  const [rows, setRows] = useState<SignerRow[]>([]);
  const start = () => {
    setRows(
      c.signers.signers.map((s) => ({ partyTenantId: s.partyTenantId, userId: s.userId, step: s.step })),
    );
    save.reset();
    setOpened(true);
  };
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/conventions/{id}/signers', {
          params: { path: { id: c.id } },
          body: { signers: rows },
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ predicate: isConventionQuery });
      toast(t('conventions.signersEditor.saved'));
      setOpened(false);
    },
  });
  const nameOf = (userId: string) =>
    candidates.data?.data.flatMap((p) => p.members).find((m) => m.userId === userId)?.displayName ??
    c.signers.signers.find((s) => s.userId === userId)?.displayName ??
    userId;

  return (
    <>
      <Button
        size="compact-sm"
        variant="light"
        leftSection={<IconUsers size={14} aria-hidden />}
        onClick={start}
      >
        {t('conventions.signersEditor.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => !save.isPending && setOpened(false)}
        title={t('conventions.signersEditor.title')}
        size="lg"
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('conventions.signersEditor.help')}
          </Text>
          {(candidates.data?.data ?? []).map((party) => (
            <MultiSelect
              key={party.partyTenantId}
              label={t('conventions.signersEditor.for', { party: party.name })}
              data={party.members.map((m) => ({ value: m.userId, label: m.displayName }))}
              value={rows.filter((r) => r.partyTenantId === party.partyTenantId).map((r) => r.userId)}
              onChange={(ids) =>
                setRows((all) => {
                  const kept = all.filter(
                    (r) => r.partyTenantId !== party.partyTenantId || ids.includes(r.userId),
                  );
                  const next = Math.max(1, ...all.map((r) => r.step));
                  const added = ids
                    .filter(
                      (id) => !kept.some((r) => r.partyTenantId === party.partyTenantId && r.userId === id),
                    )
                    .map((userId) => ({ partyTenantId: party.partyTenantId, userId, step: next }));
                  return [...kept, ...added];
                })
              }
              searchable
            />
          ))}
          {candidates.isError && <ProblemAlert error={candidates.error} />}
          {rows.length > 0 && (
            <SignerStepsEditor
              rows={rows}
              onChange={setRows}
              nameOf={nameOf}
              partyOf={(id) => c.parties.find((p) => p.id === id)?.name}
            />
          )}
          {save.isError && <ProblemAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)} disabled={save.isPending}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => save.mutate()} loading={save.isPending} disabled={rows.length === 0}>
              {t('conventions.signersEditor.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** An amendment of an active convention: a new draft with the same parties; its page opens next. */
export function AmendButton({ convention: c }: { convention: Convention }) {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [title, setTitle] = useState('');
  const amend = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/conventions/{id}/amendments', {
          params: { path: { id: c.id } },
          body: { title: title.trim() },
        }),
      ),
    onSuccess: async (amendment) => {
      await client.invalidateQueries({ predicate: isConventionQuery });
      toast(t('conventions.amend.created'));
      setOpened(false);
      void navigate(`/conventions/${amendment.id}`);
    },
  });
  const fields = amend.error instanceof ProblemError ? amend.error.fieldErrors() : {};
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('conventions.amend.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => !amend.isPending && setOpened(false)}
        title={t('conventions.amend.title', { reference: c.reference })}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            amend.mutate();
          }}
          noValidate
        >
          <Stack>
            <TextInput
              label={t('conventions.new.name')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={fields.title}
              required
              data-autofocus
            />
            {amend.isError && !fields.title && <ProblemAlert error={amend.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)} disabled={amend.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={amend.isPending}>
                {t('conventions.amend.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
