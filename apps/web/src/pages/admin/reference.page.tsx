import {
  ActionIcon,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { WholeBadge } from '../../ui/whole-badge';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus } from '@tabler/icons-react';
import { Fragment, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useInvalidatePath } from '../../features/identity/admin';
import { useDomains, usePriorities } from '../../features/network/network';
import { useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { EmptyState, PageHeader, ProblemAlert, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';
import { useUrlFilters } from '../../ui/url-query-state';
import { AdminTable } from './admin-bits';

type Labels = { fr: string; ar: string; en: string };
type Entry = { code: string; labels: Labels; position: number; active: boolean };
type Kind = 'priority' | 'domain';
type Patch = { labels?: Partial<Labels>; position?: number; active?: boolean };

function patchEntry(kind: Kind, code: string, body: Patch) {
  return unwrap(
    kind === 'priority'
      ? api.PATCH('/api/v1/priorities/{code}', { params: { path: { code } }, body })
      : api.PATCH('/api/v1/domains/{code}', { params: { path: { code } }, body }),
  );
}

/**
 * Root's reference data: national priorities (pillars and their sub-priorities) and thematic domains.
 * Entries are added, relabelled in the three languages, reordered, and deactivated (never deleted: what
 * references them keeps them) or reactivated.
 */
export function Component() {
  const t = useT();
  const [filters, setFilters] = useUrlFilters(['tab'] as const);
  const tab = filters.tab === 'domains' ? 'domains' : 'priorities';
  return (
    <>
      <PageHeader title={t('admin.reference.title')} subtitle={t('admin.reference.subtitle')} />
      <Tabs
        value={tab}
        onChange={(v) => setFilters({ tab: v === 'domains' ? 'domains' : undefined })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="priorities">{t('admin.reference.priorities')}</Tabs.Tab>
          <Tabs.Tab value="domains">{t('admin.reference.domains')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="priorities">
          <PrioritiesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="domains">
          <DomainsPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

/** Moves an entry one place among its siblings, renumbering those whose place changes. */
function useReorder(kind: Kind) {
  const invalidate = useInvalidatePath();
  const t = useT();
  const [busy, setBusy] = useState<string>();
  const move = async (siblings: readonly Entry[], code: string, by: -1 | 1) => {
    const order = [...siblings];
    const from = order.findIndex((e) => e.code === code);
    const to = from + by;
    if (from < 0 || to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to]!, order[from]!];
    setBusy(code);
    try {
      for (const [index, entry] of order.entries()) {
        if (entry.position !== index + 1) await patchEntry(kind, entry.code, { position: index + 1 });
      }
      toast(t('admin.reference.moved'));
    } catch {
      toast(t('admin.reference.moveFailed'), 'error');
    } finally {
      await invalidate(kind === 'priority' ? '/api/v1/priorities' : '/api/v1/domains');
      setBusy(undefined);
    }
  };
  return { move, busy };
}

type Editing = { kind: Kind; entry?: Entry; parent?: Entry };

function EntryRows({
  kind,
  entries,
  depth,
  onEdit,
  onToggle,
  onAddChild,
}: {
  kind: Kind;
  entries: readonly (Entry & { children?: readonly Entry[] })[];
  depth: 0 | 1;
  onEdit: (entry: Entry) => void;
  onToggle: (entry: Entry) => void;
  onAddChild?: (parent: Entry) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const { move, busy } = useReorder(kind);
  return (
    <>
      {entries.map((e, i) => (
        <Fragment key={e.code}>
          <Table.Tr data-testid="reference-entry" data-code={e.code} style={{ opacity: e.active ? 1 : 0.75 }}>
            <Table.Th scope="row" style={{ paddingInlineStart: depth === 1 ? 40 : undefined }}>
              <Text size="sm" fw={depth === 0 ? 700 : 500}>
                {e.labels[locale]}
              </Text>
              <Text size="xs" c="dimmed" style={{ direction: 'ltr', unicodeBidi: 'isolate' }}>
                {e.code}
              </Text>
            </Table.Th>
            <Table.Td>
              <WholeBadge variant="light" color={e.active ? 'green' : 'gray'}>
                {e.active ? t('admin.reference.active') : t('admin.reference.inactive')}
              </WholeBadge>
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  aria-label={t('admin.reference.moveUp', { label: e.labels[locale] })}
                  disabled={i === 0 || busy !== undefined}
                  onClick={() => void move(entries, e.code, -1)}
                >
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('admin.reference.moveDown', { label: e.labels[locale] })}
                  disabled={i === entries.length - 1 || busy !== undefined}
                  onClick={() => void move(entries, e.code, 1)}
                >
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => onEdit(e)}
                  aria-label={t('admin.reference.relabelOf', { label: e.labels[locale] })}
                >
                  {t('admin.reference.relabel')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color={e.active ? 'red' : 'jazari'}
                  onClick={() => onToggle(e)}
                  aria-label={t(e.active ? 'admin.reference.deactivateOf' : 'admin.reference.reactivateOf', {
                    label: e.labels[locale],
                  })}
                >
                  {e.active ? t('admin.reference.deactivate') : t('admin.reference.reactivate')}
                </Button>
                {onAddChild && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => onAddChild(e)}
                    aria-label={t('admin.reference.addSubOf', { label: e.labels[locale] })}
                  >
                    {t('admin.reference.addSub')}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
          {e.children && e.children.length > 0 && (
            <EntryRows kind={kind} entries={e.children} depth={1} onEdit={onEdit} onToggle={onToggle} />
          )}
        </Fragment>
      ))}
    </>
  );
}

function useToggle(kind: Kind) {
  const t = useT();
  const locale = useLocale();
  const invalidate = useInvalidatePath();
  const [target, setTarget] = useState<Entry>();
  const modal = (
    <ConfirmActionModal
      opened={target !== undefined}
      onClose={() => setTarget(undefined)}
      title={target?.active ? t('admin.reference.deactivateTitle') : t('admin.reference.reactivateTitle')}
      confirmLabel={target?.active ? t('admin.reference.deactivate') : t('admin.reference.reactivate')}
      color={target?.active ? 'red' : 'jazari'}
      onConfirm={async () => {
        if (!target) return;
        await patchEntry(kind, target.code, { active: !target.active });
        await invalidate(kind === 'priority' ? '/api/v1/priorities' : '/api/v1/domains');
        toast(
          t(target.active ? 'admin.reference.deactivated' : 'admin.reference.reactivated', {
            label: target.labels[locale],
          }),
        );
      }}
    >
      {target &&
        t(target.active ? 'admin.reference.deactivateBody' : 'admin.reference.reactivateBody', {
          label: target.labels[locale],
        })}
    </ConfirmActionModal>
  );
  return { ask: setTarget, modal };
}

function Header({ title, onAdd, addLabel }: { title: string; onAdd: () => void; addLabel: string }) {
  return (
    <Group justify="space-between" mb="sm">
      <Title order={2} size="h4">
        {title}
      </Title>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
        {addLabel}
      </Button>
    </Group>
  );
}

function PrioritiesPanel() {
  const t = useT();
  const priorities = usePriorities(true);
  const [editing, setEditing] = useState<Editing>();
  const toggle = useToggle('priority');
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-label={t('admin.reference.priorities')}
    >
      <Header
        title={t('admin.reference.priorities')}
        addLabel={t('admin.reference.addPillar')}
        onAdd={() => setEditing({ kind: 'priority' })}
      />
      <Text size="sm" c="dimmed" mb="md">
        {t('admin.reference.prioritiesHelp')}
      </Text>
      <QueryState query={priorities}>
        {(data) =>
          data.data.length === 0 ? (
            <EmptyState title={t('admin.reference.empty')} />
          ) : (
            <AdminTable minWidth={760}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.reference.label')}</Table.Th>
                  <Table.Th scope="col">{t('admin.reference.state')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <EntryRows
                  kind="priority"
                  entries={data.data}
                  depth={0}
                  onEdit={(entry) => setEditing({ kind: 'priority', entry })}
                  onToggle={toggle.ask}
                  onAddChild={(parent) => setEditing({ kind: 'priority', parent })}
                />
              </Table.Tbody>
            </AdminTable>
          )
        }
      </QueryState>
      {editing && <EntryModal {...editing} onClose={() => setEditing(undefined)} />}
      {toggle.modal}
    </Card>
  );
}

function DomainsPanel() {
  const t = useT();
  const domains = useDomains(true);
  const [editing, setEditing] = useState<Editing>();
  const toggle = useToggle('domain');
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={t('admin.reference.domains')}>
      <Header
        title={t('admin.reference.domains')}
        addLabel={t('admin.reference.addDomain')}
        onAdd={() => setEditing({ kind: 'domain' })}
      />
      <Text size="sm" c="dimmed" mb="md">
        {t('admin.reference.domainsHelp')}
      </Text>
      <QueryState query={domains}>
        {(data) =>
          data.data.length === 0 ? (
            <EmptyState title={t('admin.reference.empty')} />
          ) : (
            <AdminTable minWidth={700}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.reference.label')}</Table.Th>
                  <Table.Th scope="col">{t('admin.reference.state')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <EntryRows
                  kind="domain"
                  entries={data.data}
                  depth={0}
                  onEdit={(entry) => setEditing({ kind: 'domain', entry })}
                  onToggle={toggle.ask}
                />
              </Table.Tbody>
            </AdminTable>
          )
        }
      </QueryState>
      {editing && <EntryModal {...editing} onClose={() => setEditing(undefined)} />}
      {toggle.modal}
    </Card>
  );
}

/** Adds an entry (a pillar, a sub-priority under `parent`, a domain) or relabels one in the three languages. */
function EntryModal({ kind, entry, parent, onClose }: Editing & { onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const invalidate = useInvalidatePath();
  const [code, setCode] = useState('');
  const [labels, setLabels] = useState<Labels>(entry?.labels ?? { fr: '', ar: '', en: '' });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const prefix = parent ? `${parent.code}.` : '';
  const title = entry
    ? t('admin.reference.relabelTitle', { label: entry.labels[locale] })
    : parent
      ? t('admin.reference.addSubTitle', { label: parent.labels[locale] })
      : kind === 'priority'
        ? t('admin.reference.addPillar')
        : t('admin.reference.addDomain');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const local: Record<string, string> = {};
    if (!entry && !/^[a-z0-9_]{1,100}$/.test(code)) local.code = t('admin.reference.codeRule');
    for (const l of ['fr', 'ar', 'en'] as const)
      if (!labels[l].trim()) local[`labels.${l}`] = t('admin.reference.labelRequired');
    setFields(local);
    if (Object.keys(local).length > 0) return;
    const trimmed = { fr: labels.fr.trim(), ar: labels.ar.trim(), en: labels.en.trim() };
    setBusy(true);
    try {
      if (entry) await patchEntry(kind, entry.code, { labels: trimmed });
      else if (kind === 'priority')
        await unwrap(api.POST('/api/v1/priorities', { body: { code: `${prefix}${code}`, labels: trimmed } }));
      else await unwrap(api.POST('/api/v1/domains', { body: { code, labels: trimmed } }));
      await invalidate(kind === 'priority' ? '/api/v1/priorities' : '/api/v1/domains');
      toast(entry ? t('admin.reference.relabelled') : t('admin.reference.added', { label: trimmed[locale] }));
      onClose();
    } catch (e) {
      setError(e);
      if (e instanceof ProblemError) {
        const f = e.fieldErrors();
        if (e.slug === 'code-taken') f.code = e.title;
        setFields(f);
      }
    } finally {
      setBusy(false);
    }
  };
  const handled = error instanceof ProblemError && ['validation-failed', 'code-taken'].includes(error.slug);

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={() => !busy && onClose()}
      title={title}
      size="lg"
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {!entry && (
            <TextInput
              label={t('admin.reference.code')}
              description={t('admin.reference.codeHelp')}
              leftSection={
                prefix ? (
                  <Text size="xs" c="dimmed">
                    {prefix}
                  </Text>
                ) : undefined
              }
              leftSectionWidth={prefix ? Math.min(200, 8 + prefix.length * 7) : undefined}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value.toLowerCase())}
              error={fields.code}
              required
              data-autofocus
              styles={{ input: { direction: 'ltr', textAlign: 'start' } }}
            />
          )}
          <SimpleGrid cols={1}>
            {(['fr', 'ar', 'en'] as const).map((l) => (
              <TextInput
                key={l}
                label={t(`admin.reference.label.${l}`)}
                value={labels[l]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setLabels((x) => ({ ...x, [l]: value }));
                }}
                error={fields[`labels.${l}`]}
                maxLength={200}
                required
                dir={l === 'ar' ? 'rtl' : 'ltr'}
                data-autofocus={entry && l === locale ? true : undefined}
              />
            ))}
          </SimpleGrid>
          {error !== undefined && !handled && <ProblemAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {entry ? t('common.save') : t('admin.reference.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
