import {
  Alert,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { WholeBadge } from '../../ui/whole-badge';
import { IconArrowLeft, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  usePreferences,
  useSavePreferences,
  type EmailMode,
  type Preference,
  type PreferenceChange,
} from '../../features/notifications/preferences';
import { isCategory } from '../../features/notifications/inbox';
import { useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { PageHeader, ProblemAlert, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';

type Draft = Record<string, { inApp: boolean; email: EmailMode }>;

/**
 * Per category of notice, whether it reaches the inbox and how e-mails come (at once, in the morning's
 * digest, or not at all), as the API defines them: categories that ask the person to act stay in the inbox,
 * and the digest is offered only for news.
 */
export function Component() {
  const t = useT();
  const prefs = usePreferences();
  return (
    <>
      <PageHeader
        title={t('inbox.prefs.title')}
        subtitle={t('inbox.prefs.subtitle')}
        actions={
          <Button
            component={Link}
            to="/inbox"
            variant="default"
            leftSection={<IconArrowLeft size={16} className="mirror" aria-hidden />}
          >
            {t('inbox.prefs.back')}
          </Button>
        }
      />
      <QueryState query={prefs}>{(data) => <PreferencesForm list={data.data} />}</QueryState>
    </>
  );
}

function PreferencesForm({ list }: { list: readonly Preference[] }) {
  const t = useT();
  const locale = useLocale();
  const save = useSavePreferences();
  const saved = useMemo<Draft>(
    () => Object.fromEntries(list.map((p) => [p.category, { inApp: p.inApp, email: p.email }])),
    [list],
  );
  const [draft, setDraft] = useState<Draft>(saved);
  const changes: PreferenceChange[] = list
    .filter((p) => draft[p.category]!.inApp !== p.inApp || draft[p.category]!.email !== p.email)
    .flatMap((p) => {
      if (!isCategory(p.category)) return [];
      const d = draft[p.category]!;
      return [
        {
          category: p.category,
          ...(d.inApp !== p.inApp ? { inApp: d.inApp } : {}),
          ...(d.email !== p.email ? { email: d.email } : {}),
        },
      ];
    });
  const dirty = changes.length > 0;

  const set = (category: string, change: Partial<Draft[string]>) =>
    setDraft((d) => ({ ...d, [category]: { ...d[category]!, ...change } }));

  const submit = () =>
    save.mutate(changes, {
      onSuccess: (data) => {
        setDraft(Object.fromEntries(data.data.map((p) => [p.category, { inApp: p.inApp, email: p.email }])));
        toast(t('inbox.prefs.saved'));
      },
    });

  return (
    <Stack>
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
        {t('inbox.prefs.digestInfo')}
      </Alert>
      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        <Table verticalSpacing="sm" horizontalSpacing="md" miw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('inbox.prefs.category')}</Table.Th>
              <Table.Th scope="col">{t('inbox.prefs.inApp')}</Table.Th>
              <Table.Th scope="col">{t('inbox.prefs.email')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((p) => {
              const d = draft[p.category]!;
              const label = p.label[locale];
              const changed = d.inApp !== p.inApp || d.email !== p.email;
              return (
                <Table.Tr key={p.category} data-category={p.category}>
                  <Table.Th scope="row" fw={500}>
                    <Group gap="xs">
                      <Text fw={600} size="sm">
                        {label}
                      </Text>
                      {changed && (
                        <WholeBadge size="xs" variant="light" color="orange">
                          {t('inbox.prefs.changed')}
                        </WholeBadge>
                      )}
                    </Group>
                  </Table.Th>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Switch
                        checked={p.inAppLocked ? true : d.inApp}
                        disabled={p.inAppLocked || save.isPending}
                        onChange={(e) => set(p.category, { inApp: e.currentTarget.checked })}
                        aria-label={t('inbox.prefs.inAppOf', { category: label })}
                      />
                      {p.inAppLocked && (
                        <Tooltip label={t('inbox.prefs.lockedHelp')} multiline w={260}>
                          <Group gap={4} wrap="nowrap" tabIndex={0}>
                            <IconLock size={14} aria-hidden />
                            <Text size="xs" c="dimmed">
                              {t('inbox.prefs.locked')}
                            </Text>
                          </Group>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={t('inbox.prefs.emailOf', { category: label })}
                      value={d.email}
                      disabled={save.isPending}
                      onChange={(value) => set(p.category, { email: value })}
                      data={[
                        { value: 'immediate', label: t('inbox.prefs.email.immediate') },
                        {
                          value: 'digest',
                          label: t('inbox.prefs.email.digest'),
                          disabled: !p.digestAvailable,
                        },
                        { value: 'off', label: t('inbox.prefs.email.off') },
                      ]}
                    />
                    {!p.digestAvailable && (
                      <Text size="xs" c="dimmed" mt={4}>
                        {t('inbox.prefs.noDigest')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      {save.isError && <ProblemAlert error={save.error} />}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {dirty ? t('inbox.prefs.pending', { count: changes.length }) : t('inbox.prefs.upToDate')}
        </Text>
        <Group gap="xs">
          <Button variant="default" disabled={!dirty || save.isPending} onClick={() => setDraft(saved)}>
            {t('inbox.prefs.reset')}
          </Button>
          <Button onClick={submit} disabled={!dirty} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
