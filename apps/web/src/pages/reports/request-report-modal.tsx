import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { LANGUAGE_NAMES } from '../../app/layout/language-menu';
import { useCan, useMe } from '../../features/identity/me';
import { useTenants } from '../../features/network/network';
import { recentQuarters, type ReportFormat, type ReportScope } from '../../features/reports/reports';
import { useT } from '../../i18n/format';
import { isLocale, LOCALES, type Locale } from '../../i18n/locale';
import { useLocale } from '../../i18n/provider';
import { ProblemAlert } from '../../ui/page';
import { toast } from '../../ui/toast';

/**
 * Asks for a report: its scope (the network for Root's staff, an institute or a partner — one's own, or
 * for Root any), its period (a quarter or a span of months, at most 24), its format and its language.
 */
export function RequestReportModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const can = useCan();
  const client = useQueryClient();
  const navigate = useNavigate();
  const kind = me.data?.current.tenant.kind;
  const scopes: ReportScope[] =
    kind === 'root'
      ? [...(can('dashboards.national') ? (['national'] as const) : []), 'institute', 'partner']
      : kind === 'partner'
        ? ['partner']
        : ['institute'];
  const quarters = recentQuarters(new Date(), 8);
  const [scope, setScope] = useState<ReportScope>(scopes[0] ?? 'institute');
  const [subject, setSubject] = useState<string | null>(null);
  const [periodKind, setPeriodKind] = useState<'quarter' | 'months'>('quarter');
  const [quarter, setQuarter] = useState(quarters[0]!);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [format, setFormat] = useState<ReportFormat>('xlsx');
  const [language, setLanguage] = useState<Locale>(locale);
  const [fields, setFields] = useState<Record<string, string>>({});
  const needsSubject = kind === 'root' && scope !== 'national';
  const tenants = useTenants(
    { kind: scope === 'partner' ? 'partner' : 'institute', status: 'active' },
    needsSubject,
  );
  const subjects = tenants.data?.pages.flatMap((p) => p.data) ?? [];

  const request = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/reports', {
          body: {
            scope,
            ...(needsSubject && subject ? { tenantId: subject } : {}),
            period: periodKind === 'quarter' ? quarter : { from, to },
            format,
            locale: language,
          },
        }),
      ),
    onSuccess: async (report) => {
      await client.invalidateQueries({ queryKey: ['/api/v1/reports'] });
      toast(t('reports.requested'));
      onClose();
      await navigate(`/reports/${report.id}`, {
        state: { requested: { id: report.id, status: report.status } },
      });
    },
    onError: (e) => setFields(e instanceof ProblemError ? e.fieldErrors() : {}),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (needsSubject && !subject) local.tenantId = t('reports.form.subjectRequired');
    if (periodKind === 'months') {
      if (!from) local['period.from'] = t('reports.form.monthRequired');
      if (!to) local['period.to'] = t('reports.form.monthRequired');
      if (from && to && from > to) local['period.to'] = t('reports.form.monthOrder');
    }
    setFields(local);
    if (Object.keys(local).length === 0) request.mutate();
  };
  const handled = request.error instanceof ProblemError && request.error.slug === 'validation-failed';
  const periodError = fields.period;

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={() => !request.isPending && onClose()}
      title={t('reports.form.title')}
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
            <Text size="sm" fw={500} mb={4} id="report-period-label">
              {t('reports.form.period')}
            </Text>
            <SegmentedControl
              aria-labelledby="report-period-label"
              value={periodKind}
              onChange={(v) => setPeriodKind(v)}
              data={[
                { value: 'quarter', label: t('reports.form.quarter') },
                { value: 'months', label: t('reports.form.months') },
              ]}
              mb="xs"
            />
            {periodKind === 'quarter' ? (
              <Select
                label={t('reports.form.whichQuarter')}
                data={quarters.map((q) => ({
                  value: q,
                  label: t('reports.form.quarterLabel', { quarter: q.slice(-1), year: q.slice(0, 4) }),
                }))}
                value={quarter}
                onChange={(v) => v && setQuarter(v)}
                allowDeselect={false}
                error={periodError}
              />
            ) : (
              <SimpleGrid cols={2}>
                <TextInput
                  type="month"
                  label={t('reports.form.from')}
                  value={from}
                  onChange={(e) => setFrom(e.currentTarget.value)}
                  error={fields['period.from'] ?? periodError}
                  required
                />
                <TextInput
                  type="month"
                  label={t('reports.form.to')}
                  value={to}
                  onChange={(e) => setTo(e.currentTarget.value)}
                  error={fields['period.to']}
                  required
                />
              </SimpleGrid>
            )}
            {periodKind === 'months' && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('reports.form.monthsHelp')}
              </Text>
            )}
          </div>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <div>
              <Text size="sm" fw={500} mb={4} id="report-format-label">
                {t('reports.form.format')}
              </Text>
              <SegmentedControl
                aria-labelledby="report-format-label"
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
          </SimpleGrid>
          {request.isError && !handled && <ProblemAlert error={request.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={request.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={request.isPending}>
              {t('reports.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
