import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconArrowLeft, IconCalendarPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import type { components } from '../../api/schema';
import { LANGUAGE_NAMES } from '../../app/layout/language-menu';
import { useCan, useMe } from '../../features/identity/me';
import { useTenants } from '../../features/network/network';
import type { ReportFormat, ReportScope } from '../../features/reports/reports';
import { useFormat, useT } from '../../i18n/format';
import { isLocale, LOCALES, type Locale } from '../../i18n/locale';
import { useLocale } from '../../i18n/provider';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { toast } from '../../ui/toast';

type Schedule = components['schemas']['ReportScheduleDto'];
type Cadence = Schedule['cadence'];

const SCHEDULES = '/api/v1/report-schedules';

function useSchedules() {
  return useQuery({
    queryKey: [SCHEDULES],
    queryFn: () => unwrap(api.GET('/api/v1/report-schedules')),
  });
}

/** An institute's or partner's name in the page's language (the network's own for a national report). */
function SubjectName({ id }: { id: string | null }) {
  const locale = useLocale();
  const tenant = useQuery({
    queryKey: ['/api/v1/tenants/{id}', { id }],
    queryFn: () => unwrap(api.GET('/api/v1/tenants/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
    staleTime: 300_000,
  });
  if (id === null) return null;
  return <Text size="sm">{tenant.data?.names[locale] ?? '…'}</Text>;
}

/**
 * Recurring reports: what the API allows — list them, schedule one (scope, cadence, format, language;
 * it is made on the 1st of each month or quarter and its requester is told), and stop one.
 */
export function Component() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const client = useQueryClient();
  const list = useSchedules();
  const [creating, setCreating] = useState(false);
  const [stopping, setStopping] = useState<Schedule | null>(null);
  const items = list.data?.data ?? [];
  const mayManage = can('reports.schedule');
  const name = (s: Schedule) => t('reports.schedules.name', { scope: t(`reports.scope.${s.scope}`) });

  return (
    <>
      <Anchor
        component={Link}
        to="/reports"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} className="mirror" aria-hidden />
        {t('reports.back')}
      </Anchor>
      <PageHeader
        title={t('reports.schedules.title')}
        subtitle={t('reports.schedules.subtitle')}
        actions={
          mayManage && (
            <Button
              leftSection={<IconCalendarPlus size={16} aria-hidden />}
              onClick={() => setCreating(true)}
            >
              {t('reports.schedules.create')}
            </Button>
          )
        }
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder radius="md">
          <EmptyState title={t('reports.schedules.empty')}>{t('reports.schedules.emptyBody')}</EmptyState>
        </Paper>
      ) : (
        <>
          <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
            <Table verticalSpacing="sm" horizontalSpacing="md" miw={720} highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reports.list.report')}</Table.Th>
                  <Table.Th scope="col">{t('reports.schedules.cadence')}</Table.Th>
                  <Table.Th scope="col">{t('reports.list.format')}</Table.Th>
                  <Table.Th scope="col">{t('reports.schedules.since')}</Table.Th>
                  {mayManage && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((s) => (
                  <Table.Tr key={s.id} data-testid="report-schedule">
                    <Table.Th scope="row">
                      <Text size="sm" fw={600}>
                        {name(s)}
                      </Text>
                      <SubjectName id={s.tenantId} />
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm">{t(`reports.schedules.cadence.${s.cadence}`)}</Text>
                      <Text size="xs" c="dimmed">
                        {t(`reports.schedules.when.${s.cadence}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {t(`reports.format.${s.format}`)} · {LANGUAGE_NAMES[s.locale]}
                      </Text>
                    </Table.Td>
                    <Table.Td>{f.dateTime(s.createdAt)}</Table.Td>
                    {mayManage && (
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('reports.schedules.stopNamed', { name: name(s) })}
                          onClick={() => setStopping(s)}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </>
      )}
      {creating && <CreateScheduleModal onClose={() => setCreating(false)} />}
      <ConfirmActionModal
        opened={stopping !== null}
        onClose={() => setStopping(null)}
        title={t('reports.schedules.stopTitle')}
        confirmLabel={t('reports.schedules.stop')}
        onConfirm={async () => {
          if (!stopping) return;
          await unwrap(
            api.DELETE('/api/v1/report-schedules/{id}', { params: { path: { id: stopping.id } } }),
          );
          await client.invalidateQueries({ queryKey: [SCHEDULES] });
          toast(t('reports.schedules.stopped'));
          setStopping(null);
        }}
      >
        {t('reports.schedules.stopBody')}
      </ConfirmActionModal>
    </>
  );
}

function CreateScheduleModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const can = useCan();
  const client = useQueryClient();
  const kind = me.data?.current.tenant.kind;
  const scopes: ReportScope[] =
    kind === 'root'
      ? [...(can('dashboards.national') ? (['national'] as const) : []), 'institute', 'partner']
      : kind === 'partner'
        ? ['partner']
        : ['institute'];
  const [scope, setScope] = useState<ReportScope>(scopes[0] ?? 'institute');
  const [subject, setSubject] = useState<string | null>(null);
  const [cadence, setCadence] = useState<Cadence>('monthly');
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [language, setLanguage] = useState<Locale>(locale);
  const [fields, setFields] = useState<Record<string, string>>({});
  const needsSubject = kind === 'root' && scope !== 'national';
  const tenants = useTenants(
    { kind: scope === 'partner' ? 'partner' : 'institute', status: 'active' },
    needsSubject,
  );
  const subjects = tenants.data?.pages.flatMap((p) => p.data) ?? [];
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/report-schedules', {
          body: {
            scope,
            ...(needsSubject && subject ? { tenantId: subject } : {}),
            cadence,
            format,
            locale: language,
          },
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [SCHEDULES] });
      toast(t('reports.schedules.created'));
      onClose();
    },
    onError: (e) => setFields(e instanceof ProblemError ? e.fieldErrors() : {}),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (needsSubject && !subject) {
      setFields({ tenantId: t('reports.form.subjectRequired') });
      return;
    }
    setFields({});
    create.mutate();
  };
  const handled = create.error instanceof ProblemError && create.error.slug === 'validation-failed';

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={() => !create.isPending && onClose()}
      title={t('reports.schedules.create')}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('reports.form.scope')}
            data={scopes.map((s) => ({ value: s, label: t(`reports.scope.${s}`) }))}
            value={scope}
            onChange={(v) => {
              if (!v) return;
              setScope(v);
              setSubject(null);
            }}
            allowDeselect={false}
            error={fields.scope}
            data-autofocus
          />
          {needsSubject && (
            <Select
              label={t(scope === 'partner' ? 'reports.form.partner' : 'reports.form.institute')}
              data={subjects.map((s) => ({ value: s.id, label: s.names[locale] }))}
              value={subject}
              onChange={setSubject}
              searchable
              required
              error={fields.tenantId}
              nothingFoundMessage={t('reports.form.noSubject')}
            />
          )}
          <div>
            <Text size="sm" fw={500} mb={4} id="schedule-cadence-label">
              {t('reports.schedules.cadence')}
            </Text>
            <SegmentedControl
              aria-labelledby="schedule-cadence-label"
              value={cadence}
              onChange={(v) => setCadence(v)}
              data={[
                { value: 'monthly', label: t('reports.schedules.cadence.monthly') },
                { value: 'quarterly', label: t('reports.schedules.cadence.quarterly') },
              ]}
            />
            <Text size="xs" c="dimmed" mt={4}>
              {t(`reports.schedules.when.${cadence}`)}
            </Text>
          </div>
          <div>
            <Text size="sm" fw={500} mb={4} id="schedule-format-label">
              {t('reports.form.format')}
            </Text>
            <SegmentedControl
              aria-labelledby="schedule-format-label"
              fullWidth
              value={format}
              onChange={(v) => setFormat(v)}
              data={[
                { value: 'xlsx', label: t('reports.format.xlsx') },
                { value: 'pdf', label: t('reports.format.pdf') },
                { value: 'csv', label: t('reports.format.csv') },
              ]}
            />
          </div>
          <Select
            label={t('reports.form.language')}
            data={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            value={language}
            onChange={(v) => v && isLocale(v) && setLanguage(v)}
            allowDeselect={false}
          />
          <Text size="sm" c="dimmed">
            {t('reports.schedules.recipients')}
          </Text>
          {create.isError && !handled && <ProblemAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('reports.schedules.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
