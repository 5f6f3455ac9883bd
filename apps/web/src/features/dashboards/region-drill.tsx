import { Anchor, Badge, Button, CloseButton, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useFormat, useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, ProblemAlert } from '../../ui/page';
import { STATUS_COLOR } from '../projects/projects';
import { useInstituteProjects, useRegionInstitutes } from './dashboards';

/**
 * The map's drill-down: a region's institutes, then the chosen institute's projects (each a link to the
 * project). Both steps are in the URL (`region`, `institute`), so a drilled view can be shared.
 */
export function RegionDrill({
  region,
  regionName,
  institute,
  priority,
  onInstitute,
  onClose,
}: {
  region: string;
  regionName: string;
  institute: string | undefined;
  priority: string | undefined;
  onInstitute: (id: string | undefined) => void;
  onClose: () => void;
}) {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const institutes = useRegionInstitutes(region);
  const items = institutes.data?.pages.flatMap((p) => p.data) ?? [];
  const chosen = items.find((i) => i.id === institute);
  const projects = useInstituteProjects(institute, priority);
  const projectItems = projects.data?.pages.flatMap((p) => p.data) ?? [];
  const headingId = `drill-${region}`;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId} data-testid="drill">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('dashboards.drill.title', { region: regionName })}
        </Title>
        <CloseButton onClick={onClose} aria-label={t('dashboards.drill.close')} />
      </Group>
      <Title order={3} size="h6" mb="xs">
        {t('dashboards.drill.institutes')}
      </Title>
      {institutes.isPending ? (
        <Loading />
      ) : institutes.isError ? (
        <ProblemAlert error={institutes.error} onRetry={() => void institutes.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('dashboards.drill.noInstitutes')} />
      ) : (
        <Stack gap={6}>
          {items.map((i) => (
            <Button
              key={i.id}
              variant={i.id === institute ? 'filled' : 'light'}
              justify="space-between"
              aria-pressed={i.id === institute}
              onClick={() => onInstitute(i.id === institute ? undefined : i.id)}
              rightSection={
                <Text size="xs" c={i.id === institute ? undefined : 'dimmed'}>
                  {i.city}
                </Text>
              }
              styles={{ label: { whiteSpace: 'normal', textAlign: 'start' } }}
              h="auto"
              py={6}
            >
              {i.names[locale]}
            </Button>
          ))}
          <LoadMoreFooter
            shown={items.length}
            hasMore={institutes.hasNextPage}
            loading={institutes.isFetchingNextPage}
            onMore={() => void institutes.fetchNextPage()}
          />
        </Stack>
      )}
      {institute && (
        <Stack gap="xs" mt="md">
          <Title order={3} size="h6">
            {t('dashboards.drill.projects', { institute: chosen?.names[locale] ?? '' })}
          </Title>
          {projects.isPending ? (
            <Loading />
          ) : projects.isError ? (
            <ProblemAlert error={projects.error} onRetry={() => void projects.refetch()} />
          ) : projectItems.length === 0 ? (
            <EmptyState title={t('dashboards.drill.noProjects')} />
          ) : (
            <>
              <Table verticalSpacing={6} data-testid="drill-projects">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dashboards.drill.project')}</Table.Th>
                    <Table.Th scope="col">{t('dashboards.drill.status')}</Table.Th>
                    <Table.Th scope="col">{t('dashboards.drill.budget')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {projectItems.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Th scope="row" fw={500}>
                        <Anchor component={Link} to={`/projects/${p.id}`} size="sm">
                          {p.title}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>
                        <Badge color={STATUS_COLOR[p.status]} variant="light">
                          {t(`projects.status.${p.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td className="tabular">{f.money(p.budgetMad)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <LoadMoreFooter
                shown={projectItems.length}
                hasMore={projects.hasNextPage}
                loading={projects.isFetchingNextPage}
                onMore={() => void projects.fetchNextPage()}
              />
            </>
          )}
        </Stack>
      )}
    </Paper>
  );
}
