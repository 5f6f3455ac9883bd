import {
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconArrowLeft, IconCheck, IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useMe } from '../../features/identity/me';
import {
  ALLOCATION_STATUS_COLOR,
  useAllocation,
  useInvalidateResources,
  useResource,
  useUnitLabel,
  type Allocation,
} from '../../features/resources/resources';
import { UsageBar } from '../../features/resources/usage-bar';
import { WeekCalendar } from '../../features/resources/week-calendar';
import { useFormat, useT } from '../../i18n/format';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { PageHeader, ProblemAlert, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';
import { WholeBadge } from '../../ui/whole-badge';
import { Fact } from './resource.page';

type Move = 'approve' | 'reject' | 'revoke' | 'withdraw';

/**
 * One allocation (where the API's notices point): its figures and usage, the moves the API allows this
 * person (approve, reject, revoke for the host; withdraw for the requester), and, for a slot-based
 * resource, the week calendar to book inside it.
 */
export function Component() {
  const { id = '' } = useParams();
  const t = useT();
  const allocation = useAllocation(id);
  return (
    <>
      <Anchor
        component={Link}
        to="/allocations"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} className="mirror" aria-hidden />
        {t('resources.allocations.back')}
      </Anchor>
      <QueryState query={allocation}>{(a) => <AllocationView allocation={a} />}</QueryState>
    </>
  );
}

function AllocationView({ allocation: a }: { allocation: Allocation }) {
  const t = useT();
  const f = useFormat();
  const me = useMe();
  const unitLabel = useUnitLabel();
  const resource = useResource(a.resourceId);
  const invalidate = useInvalidateResources();
  const [open, setOpen] = useState<Move>();
  const moves = new Set(a.allowedActions);
  const unit = unitLabel(a.unit);
  const path = { path: { id: a.id }, header: { 'If-Match': `"${a.version}"` } };
  const tenantId = me.data?.current.tenant.id;
  const mine = a.requesterTenantId === tenantId;
  const live = a.status === 'approved' || a.status === 'active';
  const asked = open === 'approve' ? undefined : open;

  const done = async (message: string) => {
    await invalidate();
    toast(message);
  };

  return (
    <>
      <PageHeader
        title={a.resourceName}
        subtitle={t('resources.allocation.subtitle', { requester: a.requesterName, owner: a.ownerName })}
        badge={
          <WholeBadge
            variant="light"
            color={ALLOCATION_STATUS_COLOR[a.status] ?? 'gray'}
            data-testid="allocation-status"
            data-status={a.status}
          >
            {t(`resources.allocStatus.${a.status}`)}
          </WholeBadge>
        }
        actions={
          <>
            {moves.has('approve') && (
              <Button leftSection={<IconCheck size={16} aria-hidden />} onClick={() => setOpen('approve')}>
                {t('resources.moves.approve')}
              </Button>
            )}
            {moves.has('reject') && (
              <Button
                variant="default"
                color="red"
                leftSection={<IconX size={16} aria-hidden />}
                onClick={() => setOpen('reject')}
              >
                {t('resources.moves.reject')}
              </Button>
            )}
            {moves.has('revoke') && (
              <Button variant="default" color="red" onClick={() => setOpen('revoke')}>
                {t('resources.moves.revoke')}
              </Button>
            )}
            {moves.has('withdraw') && (
              <Button variant="subtle" color="red" onClick={() => setOpen('withdraw')}>
                {t('resources.moves.withdraw')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
            <Fact label={t('resources.alloc.resource')}>
              <Anchor component={Link} to={`/resources/${a.resourceId}`}>
                {a.resourceName}
              </Anchor>
            </Fact>
            <Fact label={t('resources.alloc.requested')}>{`${f.number(a.quantityRequested)} ${unit}`}</Fact>
            <Fact label={t('resources.alloc.approved')}>
              {a.quantityApproved ? `${f.number(a.quantityApproved)} ${unit}` : '—'}
            </Fact>
            <Fact label={t('resources.alloc.dates')}>
              {f.date(a.startsOn)} – {f.date(a.endsOn)}
            </Fact>
            <Fact label={t('resources.alloc.createdAt')}>{f.dateTime(a.createdAt)}</Fact>
            <Fact label={t('resources.alloc.decidedAt')}>{f.dateTime(a.decidedAt)}</Fact>
            {a.needsRoot && (
              <Fact label={t('resources.alloc.needsRoot')}>{t('resources.alloc.needsRootBody')}</Fact>
            )}
          </SimpleGrid>
          <Text size="xs" c="dimmed" fw={600} mt="md">
            {t('resources.alloc.usage')}
          </Text>
          <UsageBar allocation={a} />
          <Text size="xs" c="dimmed" fw={600} mt="md">
            {t('resources.request.justification')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {a.justification}
          </Text>
          {a.decisionReason && (
            <>
              <Text size="xs" c="dimmed" fw={600} mt="md">
                {t('resources.alloc.decisionReason')}
              </Text>
              <Text size="sm">{a.decisionReason}</Text>
            </>
          )}
        </Card>
        {resource.data?.bookable && (
          <WeekCalendar
            resourceId={a.resourceId}
            mineTenantId={tenantId}
            booking={
              mine && live ? { allocationId: a.id, firstDay: a.startsOn, lastDay: a.endsOn } : undefined
            }
          />
        )}
        {resource.isError && <ProblemAlert error={resource.error} />}
      </Stack>
      {open === 'approve' && (
        <ApproveModal
          allocation={a}
          unit={unit}
          onClose={() => setOpen(undefined)}
          onDone={() => done(t('resources.moves.approved'))}
        />
      )}
      <ConfirmActionModal
        opened={asked !== undefined}
        onClose={() => setOpen(undefined)}
        title={asked ? t(`resources.moves.${asked}Title`) : ''}
        confirmLabel={asked ? t(`resources.moves.${asked}`) : ''}
        reason={{ label: t('resources.moves.reason'), required: asked !== 'withdraw' }}
        onConfirm={async (reason) => {
          if (asked === 'reject')
            await unwrap(
              api.POST('/api/v1/allocations/{id}/reject', { params: path, body: { reason: reason ?? '' } }),
            );
          else if (asked === 'revoke')
            await unwrap(
              api.POST('/api/v1/allocations/{id}/revoke', { params: path, body: { reason: reason ?? '' } }),
            );
          else
            await unwrap(
              api.POST('/api/v1/allocations/{id}/withdraw', {
                params: path,
                body: reason ? { reason } : {},
              }),
            );
          await done(t('resources.moves.done'));
        }}
      >
        {asked ? t(`resources.moves.${asked}Body`) : null}
      </ConfirmActionModal>
    </>
  );
}

function ApproveModal({
  allocation: a,
  unit,
  onClose,
  onDone,
}: {
  allocation: Allocation;
  unit: string;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const t = useT();
  const [quantity, setQuantity] = useState(a.quantityRequested);
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/v1/allocations/{id}/approve', {
          params: { path: { id: a.id }, header: { 'If-Match': `"${a.version}"` } },
          body: { quantity: quantity.trim(), ...(reason.trim() ? { reason: reason.trim() } : {}) },
        }),
      );
      await onDone();
      onClose();
    } catch (e) {
      setError(e);
      if (e instanceof ProblemError) setFields(e.fieldErrors());
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={() => !busy && onClose()}
      title={t('resources.moves.approveTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput
            label={t('resources.moves.quantity', { unit })}
            description={t('resources.moves.quantityHelp')}
            value={quantity}
            onChange={(e) => setQuantity(e.currentTarget.value)}
            error={fields.quantity}
            inputMode="decimal"
            styles={{ input: { direction: 'ltr', textAlign: 'start' } }}
            data-autofocus
          />
          <Textarea
            label={t('resources.moves.reasonOptional')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fields.reason}
            autosize
            minRows={2}
            maxLength={2000}
          />
          {error !== undefined && !(error instanceof ProblemError && error.slug === 'validation-failed') && (
            <ProblemAlert error={error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('resources.moves.approve')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
