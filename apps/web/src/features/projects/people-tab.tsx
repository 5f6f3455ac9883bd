import { Avatar, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useFormat, useT } from '../../i18n/format';
import { EmptyState, QueryState } from '../../ui/page';
import { WholeBadge } from '../../ui/whole-badge';
import { useProjectBeneficiaries, type Project } from './projects';

const initials = (name: string | null) =>
  (name ?? '?')
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w[0])
    .join('')
    .toUpperCase();

/** Who works on the project (lead and team), the partner organisations, and the companies it supports. */
export function PeopleTab({ project: p }: { project: Project }) {
  const t = useT();
  const f = useFormat();
  const beneficiaries = useProjectBeneficiaries(p.id);
  const team = [p.lead, ...p.team.filter((m) => m.id !== p.lead.id)];
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="project-team">
          <Title order={2} size="h4" id="project-team" mb="md">
            {t('projects.people.team')}
          </Title>
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {team.map((m) => (
              <li key={m.id} data-testid="team-member">
                <Group gap="sm">
                  <Avatar radius="xl" size="md" color="blue" aria-hidden>
                    {initials(m.displayName)}
                  </Avatar>
                  <Text size="sm" fw={500}>
                    {m.displayName ?? '—'}
                  </Text>
                  {m.id === p.lead.id && (
                    <WholeBadge variant="light" size="sm">
                      {t('projects.people.lead')}
                    </WholeBadge>
                  )}
                </Group>
              </li>
            ))}
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="project-partners">
          <Title order={2} size="h4" id="project-partners" mb="md">
            {t('projects.people.partners')}
          </Title>
          {p.partners.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('projects.people.noPartners')}
            </Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {p.partners.map((partner) => (
                <li key={partner.id}>
                  <Text size="sm" fw={500}>
                    {partner.name}
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </Card>
      </SimpleGrid>
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="project-beneficiaries">
        <Title order={2} size="h4" id="project-beneficiaries" mb="md">
          {t('projects.people.beneficiaries')}
        </Title>
        <QueryState query={beneficiaries}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState title={t('projects.people.noBeneficiaries')} />
            ) : (
              <div style={{ overflowX: 'auto' }}>
                <Table striped aria-labelledby="project-beneficiaries" miw={600}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('projects.people.company')}</Table.Th>
                      <Table.Th scope="col">{t('projects.people.support')}</Table.Th>
                      <Table.Th scope="col">{t('projects.people.since')}</Table.Th>
                      <Table.Th scope="col">{t('projects.people.note')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((b) => (
                      <Table.Tr key={b.beneficiary.id}>
                        <Table.Th scope="row" style={{ fontWeight: 500 }}>
                          {b.beneficiary.name}
                          <Text
                            size="xs"
                            c="dimmed"
                            dir="ltr"
                            style={{ unicodeBidi: 'isolate' }}
                            component="span"
                            display="block"
                          >
                            ICE {b.beneficiary.ice}
                          </Text>
                        </Table.Th>
                        <Table.Td>{t(`projects.support.${b.supportKind}`)}</Table.Td>
                        <Table.Td>{f.date(b.startedOn)}</Table.Td>
                        <Table.Td>{b.note ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            )
          }
        </QueryState>
      </Card>
    </Stack>
  );
}
