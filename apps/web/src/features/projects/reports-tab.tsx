import { Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useFormat, useT } from '../../i18n/format';
import { EmptyState, QueryState } from '../../ui/page';
import { WholeBadge } from '../../ui/whole-badge';
import { RAG_COLOR, useStatusReports, type Project } from './projects';

/** The status reports, newest first, under their RAG history (oldest to newest, one mark per period). */
export function ReportsTab({ project }: { project: Project }) {
  const t = useT();
  const f = useFormat();
  const reports = useStatusReports(project.id);
  return (
    <QueryState query={reports}>
      {(items) => {
        if (items.length === 0) return <EmptyState title={t('projects.reports.empty')} />;
        const newest = [...items].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd));
        const history = [...newest].reverse();
        return (
          <Stack gap="lg">
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="rag-history">
              <Title order={2} size="h4" id="rag-history" mb="md">
                {t('projects.reports.history')}
              </Title>
              <Group
                gap="xs"
                component="ol"
                style={{ listStyle: 'none', padding: 0, margin: 0 }}
                data-testid="rag-history"
              >
                {history.map((r) => (
                  <li key={r.id}>
                    <Tooltip label={`${f.date(r.periodStart)} – ${f.date(r.periodEnd)}`}>
                      <Stack gap={2} align="center" tabIndex={0}>
                        <div
                          style={{
                            inlineSize: 48,
                            blockSize: 12,
                            borderRadius: 6,
                            background: `var(--mantine-color-${RAG_COLOR[r.rag]}-6)`,
                          }}
                          aria-hidden
                        />
                        <Text size="xs">{t(`projects.rag.${r.rag}`)}</Text>
                        <Text size="xs" c="dimmed">
                          {f.date(r.periodEnd, 'short')}
                        </Text>
                      </Stack>
                    </Tooltip>
                  </li>
                ))}
              </Group>
            </Card>
            {newest.map((r) => (
              <Card
                key={r.id}
                withBorder
                radius="md"
                padding="lg"
                component="article"
                data-testid="status-report"
              >
                <Group justify="space-between" mb="xs">
                  <Title order={3} size="h5">
                    {t('projects.reports.period', { from: f.date(r.periodStart), to: f.date(r.periodEnd) })}
                  </Title>
                  <WholeBadge color={RAG_COLOR[r.rag]} variant="dot" size="lg">
                    {t(`projects.rag.${r.rag}`)}
                  </WholeBadge>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} dir="auto">
                  {r.narrative}
                </Text>
                {r.risks && (
                  <Text size="sm" mt="xs">
                    <Text span fw={600}>
                      {t('projects.reports.risks')}
                    </Text>{' '}
                    {r.risks}
                  </Text>
                )}
              </Card>
            ))}
          </Stack>
        );
      }}
    </QueryState>
  );
}
