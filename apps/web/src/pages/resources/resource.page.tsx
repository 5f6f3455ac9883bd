import { Anchor, Button, Card, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useCan, useMe } from '../../features/identity/me';
import { RequestAllocationModal } from '../../features/resources/request-allocation-modal';
import {
  ALLOCATION_STATUS_COLOR,
  RESOURCE_STATUS_COLOR,
  useResource,
  useResourceAllocations,
  type Resource,
} from '../../features/resources/resources';
import { WeekCalendar } from '../../features/resources/week-calendar';
import { useFormat, useT } from '../../i18n/format';
import { EmptyState, Loading, PageHeader, ProblemAlert, QueryState } from '../../ui/page';
import { WholeBadge } from '../../ui/whole-badge';

/** One shared resource: what it is and on which terms, a request for an allocation, and its bookings. */
export function Component() {
  const { id = '' } = useParams();
  const t = useT();
  const resource = useResource(id);
  return (
    <>
      <Anchor
        component={Link}
        to="/resources"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} className="mirror" aria-hidden />
        {t('resources.back')}
      </Anchor>
      <QueryState query={resource}>{(r) => <ResourceView resource={r} />}</QueryState>
    </>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function ResourceView({ resource: r }: { resource: Resource }) {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const me = useMe();
  const [requesting, setRequesting] = useState(false);
  const tenantId = me.data?.current.tenant.id;
  const mayRequest = can('resources.request') && r.status === 'available';
  const unit = t(`resources.unitName.${r.unit}`);

  return (
    <>
      <PageHeader
        title={r.name}
        subtitle={t('resources.detail.hostedBy', { owner: r.ownerName })}
        badge={
          <WholeBadge variant="dot" color={RESOURCE_STATUS_COLOR[r.status] ?? 'gray'}>
            {t(`resources.status.${r.status}`)}
          </WholeBadge>
        }
        actions={
          mayRequest && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRequesting(true)}>
              {t('resources.request.open')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
            <Fact label={t('resources.field.kind')}>{t(`resources.kind.${r.kind}`)}</Fact>
            <Fact label={t('resources.field.capacity')}>
              {t('resources.capacityPer', {
                amount: f.number(r.capacity),
                unit,
                period: t(`resources.period.${r.period}`),
              })}
            </Fact>
            <Fact label={t('resources.field.share')}>
              {r.defaultShare ? `${f.number(r.defaultShare)} ${unit}` : t('resources.detail.noShare')}
            </Fact>
            <Fact label={t('resources.field.region')}>
              <span style={{ direction: 'ltr', unicodeBidi: 'isolate' }}>{r.regionCode}</span>
            </Fact>
            <Fact label={t('resources.field.booking')}>
              {r.bookable
                ? r.directBooking
                  ? t('resources.detail.bookableDirect')
                  : t('resources.detail.bookableAllocation')
                : t('resources.detail.notBookable')}
            </Fact>
            <Fact label={t('resources.field.threshold')}>
              {r.largeRequestThreshold
                ? `${f.number(r.largeRequestThreshold)} ${unit}`
                : t('resources.detail.noThreshold')}
            </Fact>
            <Fact label={t('resources.field.updated')}>{f.date(r.updatedAt)}</Fact>
          </SimpleGrid>
          {r.description && (
            <Text mt="md" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {r.description}
            </Text>
          )}
          {r.terms && (
            <>
              <Title order={2} size="h5" mt="md" mb={4}>
                {t('resources.detail.terms', { version: r.termsVersion })}
              </Title>
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                {r.terms}
              </Text>
            </>
          )}
        </Card>
        <MyAllocations resourceId={r.id} />
        {r.bookable && (
          <WeekCalendar
            resourceId={r.id}
            mineTenantId={tenantId}
            booking={r.directBooking && mayRequest ? {} : undefined}
          />
        )}
      </Stack>
      {requesting && <RequestAllocationModal resource={r} onClose={() => setRequesting(false)} />}
    </>
  );
}

function MyAllocations({ resourceId }: { resourceId: string }) {
  const t = useT();
  const f = useFormat();
  const list = useResourceAllocations(resourceId);
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="resource-allocations">
      <Title order={2} size="h4" mb="sm" id="resource-allocations">
        {t('resources.detail.allocations')}
      </Title>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('resources.detail.noAllocations')} />
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('resources.alloc.requester')}</Table.Th>
              <Table.Th scope="col">{t('resources.alloc.quantity')}</Table.Th>
              <Table.Th scope="col">{t('resources.alloc.dates')}</Table.Th>
              <Table.Th scope="col">{t('resources.field.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/allocations/${a.id}`}>
                    {a.requesterName}
                  </Anchor>
                </Table.Th>
                <Table.Td>{f.number(a.quantityApproved ?? a.quantityRequested)}</Table.Td>
                <Table.Td>
                  {f.date(a.startsOn)} – {f.date(a.endsOn)}
                </Table.Td>
                <Table.Td>
                  <WholeBadge variant="light" color={ALLOCATION_STATUS_COLOR[a.status] ?? 'gray'}>
                    {t(`resources.allocStatus.${a.status}`)}
                  </WholeBadge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
