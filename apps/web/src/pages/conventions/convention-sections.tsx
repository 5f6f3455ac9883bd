import { Button, Group, Stack, Table, Text, Title, Tooltip, Card } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { UploadDocumentButton } from '../../features/conventions/convention-drafting';
import { useObligations, type Convention } from '../../features/conventions/conventions';
import { useFormat, useT } from '../../i18n/format';
import { downloadWithSession } from '../../ui/authed-download';
import { EmptyState, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';
import { WholeBadge } from '../../ui/whole-badge';

/* The convention page's sections (its documents, obligations and execution), apart from the page itself. */

export function Section({
  id,
  title,
  children,
  extra,
}: {
  id: string;
  title: string;
  children: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby={id}
      id={`${id}-section`}
      tabIndex={-1}
    >
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {extra}
      </Group>
      {children}
    </Card>
  );
}

export function Documents({ convention: c }: { convention: Convention }) {
  const t = useT();
  const f = useFormat();
  const [busy, setBusy] = useState<string>();
  const download = async (documentId: string, filename: string) => {
    setBusy(documentId);
    try {
      await downloadWithSession(`/api/v1/conventions/${c.id}/documents/${documentId}`, filename);
    } catch {
      toast(t('conventions.downloadFailed'), 'error');
    } finally {
      setBusy(undefined);
    }
  };
  const documents = [...c.documents].reverse();
  return (
    <Section
      id="convention-documents"
      title={t('conventions.documents')}
      extra={
        c.canManage &&
        ['draft', 'in_review', 'out_for_signature'].includes(c.status) && (
          <UploadDocumentButton convention={c} />
        )
      }
    >
      {documents.length === 0 ? (
        <EmptyState title={t('conventions.noDocuments')} />
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {documents.map((d, i) => (
            <li key={d.id}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <div style={{ minWidth: 0 }}>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={600} truncate>
                      {d.filename}
                    </Text>
                    {i === 0 && (
                      <WholeBadge size="xs" variant="light">
                        {t('conventions.latest')}
                      </WholeBadge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('conventions.documentMeta', {
                      version: d.version,
                      size: f.number(Math.max(1, Math.round(d.sizeBytes / 1024))),
                      date: f.dateTime(d.uploadedAt),
                    })}
                  </Text>
                </div>
                <Tooltip label={`SHA-256 ${d.sha256}`} multiline w={300}>
                  <Button
                    size="compact-sm"
                    variant="light"
                    style={{ flexShrink: 0 }}
                    leftSection={<IconDownload size={14} aria-hidden />}
                    loading={busy === d.id}
                    onClick={() => void download(d.id, d.filename)}
                    aria-label={t('conventions.downloadOf', { filename: d.filename, version: d.version })}
                  >
                    {t('common.download')}
                  </Button>
                </Tooltip>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}

export function Obligations({ convention: c, focus }: { convention: Convention; focus: boolean }) {
  const t = useT();
  const f = useFormat();
  const obligations = useObligations(c.id);
  useEffect(() => {
    if (focus && obligations.data) {
      const section = document.getElementById('convention-obligations-section');
      section?.scrollIntoView({ block: 'start' });
      section?.focus({ preventScroll: true });
    }
  }, [focus, obligations.data]);
  return (
    <Section
      id="convention-obligations"
      title={t('conventions.obligations')}
      extra={
        <Text size="sm" c="dimmed">
          {t('conventions.obligationCounts', {
            open: c.obligations.open,
            met: c.obligations.met,
            waived: c.obligations.waived,
          })}
        </Text>
      }
    >
      <Execution convention={c} />
      <QueryState query={obligations}>
        {(data) =>
          data.data.length === 0 ? (
            <EmptyState title={t('conventions.noObligations')} />
          ) : (
            <div style={{ overflowX: 'auto' }}>
              <Table verticalSpacing="sm" miw={640}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('conventions.obligation')}</Table.Th>
                    <Table.Th scope="col">{t('conventions.responsible')}</Table.Th>
                    <Table.Th scope="col">{t('conventions.dueDate')}</Table.Th>
                    <Table.Th scope="col">{t('conventions.obligationStatus')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.data.map((o) => (
                    <Table.Tr key={o.id} id={o.id} data-testid="obligation">
                      <Table.Th scope="row" fw={500}>
                        {o.description}
                        {o.note && (
                          <Text size="xs" c="dimmed">
                            {o.note}
                          </Text>
                        )}
                      </Table.Th>
                      <Table.Td>{o.responsibleTenantName}</Table.Td>
                      <Table.Td>{f.date(o.dueDate)}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <WholeBadge
                            variant="light"
                            color={
                              o.status === 'met'
                                ? 'green'
                                : o.status === 'waived'
                                  ? 'gray'
                                  : o.overdue
                                    ? 'red'
                                    : 'blue'
                            }
                          >
                            {o.overdue
                              ? t('conventions.obligationStatus.overdue')
                              : t(`conventions.obligationStatus.${o.status}`)}
                          </WholeBadge>
                          {o.metAt && (
                            <Text size="xs" c="dimmed">
                              {f.date(o.metAt)}
                            </Text>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )
        }
      </QueryState>
    </Section>
  );
}

/** How far the obligations due to date are met, overall and per responsible party (the API counts). */
export function Execution({ convention: c }: { convention: Convention }) {
  const t = useT();
  const f = useFormat();
  const e = c.execution;
  if (c.obligations.total === 0) return null;
  return (
    <Stack gap={6} mb="md" data-testid="execution">
      <Group gap="sm" align="baseline">
        <Text size="xl" fw={700}>
          {e.executedPercent === null ? '—' : f.percent(e.executedPercent, 1)}
        </Text>
        <Text size="sm" c="dimmed">
          {e.due === 0
            ? t('conventions.execution.none')
            : t('conventions.execution.summary', { met: e.met, due: e.due })}
        </Text>
        {e.overdue > 0 && (
          <WholeBadge color="red" variant="light">
            {t('conventions.execution.overdue', { count: e.overdue })}
          </WholeBadge>
        )}
      </Group>
      {e.byParty.length > 1 && (
        <Group gap="lg">
          {e.byParty.map((p) => (
            <Text key={p.tenantId} size="xs" c="dimmed">
              {t('conventions.execution.party', { party: p.name })}{' '}
              {p.executedPercent === null ? '—' : f.percent(p.executedPercent, 1)}
              {p.overdue > 0 ? ` · ${t('conventions.execution.overdue', { count: p.overdue })}` : ''}
            </Text>
          ))}
        </Group>
      )}
    </Stack>
  );
}
