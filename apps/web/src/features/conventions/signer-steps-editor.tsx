import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical } from '@tabler/icons-react';
import { useId, useMemo, type ReactNode } from 'react';
import { useT } from '../../i18n/format';
import { MAX_STEP, moveSigner, renumber, signerKey, stepsOf, type SignerRow } from './signer-steps';

const NEW_STEP = 'step:new';

/** Where a signer may be dropped: on another signer (its step, before it), or on the new step's box. */
type DropData = { kind: 'signer'; step: number } | { kind: 'step'; step: number };

/**
 * What is under the pointer (a signer, or the new step's box), else the closest centre (keyboard moves
 * have no pointer). Only signers and the new step's box are drop targets: a step is reached through its
 * signers, so the keyboard's arrows go from signer to signer across steps.
 */
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : closestCenter(args);
};

/**
 * The signing steps as boxes, in order: the signers of a box sign in parallel, a box starts when the one
 * before it is done. A signer is dragged (pointer, or keyboard: Space, arrows, Space) onto another
 * signer, into another step, or onto the last box to open a new step; the arrows beside each signer move
 * it one step earlier or later. Steps are renumbered 1, 2, 3… so none is left empty.
 */
export function SignerStepsEditor({
  rows,
  onChange,
  nameOf,
  partyOf,
}: {
  rows: readonly SignerRow[];
  onChange: (rows: SignerRow[]) => void;
  nameOf: (userId: string) => string;
  partyOf: (tenantId: string) => string | undefined;
}) {
  const t = useT();
  const helpId = useId();
  const steps = stepsOf(rows);
  const last = steps.length;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const byKey = useMemo(() => new Map(rows.map((r) => [signerKey(r), r])), [rows]);
  const name = (id: string | number) => {
    const row = byKey.get(String(id));
    return row ? nameOf(row.userId) : String(id);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('conventions.signersEditor.dragStart', { name: name(active.id) }),
    onDragOver: ({ active, over }) => {
      const data = over?.data.current as DropData | undefined;
      if (!data) return undefined;
      return data.step > last
        ? t('conventions.signersEditor.dragOverNew', { name: name(active.id) })
        : t('conventions.signersEditor.dragOver', { name: name(active.id), step: data.step });
    },
    onDragEnd: ({ active, over }) => {
      const data = over?.data.current as DropData | undefined;
      if (!data) return t('conventions.signersEditor.dragCancel', { name: name(active.id) });
      return t('conventions.signersEditor.dragEnd', {
        name: name(active.id),
        step: Math.min(data.step, last + 1),
      });
    },
    onDragCancel: ({ active }) => t('conventions.signersEditor.dragCancel', { name: name(active.id) }),
  };

  const dropped = ({ active, over }: DragEndEvent) => {
    const data = over?.data.current as DropData | undefined;
    const moving = byKey.get(String(active.id));
    if (!over || !data || !moving) return;
    if (data.kind === 'signer') {
      const target = byKey.get(String(over.id));
      if (!target) return;
      if (target.step === moving.step) {
        // Within a step: the order shown (they sign in parallel, so it is the drafter's to choose).
        const from = rows.indexOf(moving);
        const to = rows.indexOf(target);
        onChange(renumber(arrayMove([...rows], from, to)));
      } else {
        onChange(moveSigner(rows, String(active.id), target.step, String(over.id)));
      }
    } else if (data.step !== moving.step) {
      onChange(moveSigner(rows, String(active.id), data.step));
    }
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragEnd={dropped}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('conventions.signersEditor.dragHelp') },
      }}
    >
      <Text id={helpId} size="xs" c="dimmed">
        {t('conventions.signersEditor.dragHelp')}
      </Text>
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {steps.map(({ step, rows: signers }) => (
          <StepBox
            key={step}
            step={step}
            label={t('conventions.step', { step })}
            hint={t('conventions.signersEditor.parallel', { count: signers.length })}
          >
            <SortableContext items={signers.map(signerKey)} strategy={verticalListSortingStrategy}>
              <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {signers.map((r) => (
                  <SignerItem
                    key={signerKey(r)}
                    row={r}
                    name={nameOf(r.userId)}
                    party={partyOf(r.partyTenantId)}
                    describedBy={helpId}
                    earlier={
                      r.step > 1 ? () => onChange(moveSigner(rows, signerKey(r), r.step - 1)) : undefined
                    }
                    later={
                      // Alone in the last step, a step later is the same step.
                      (r.step < last || signers.length > 1) && r.step < MAX_STEP
                        ? () => onChange(moveSigner(rows, signerKey(r), r.step + 1))
                        : undefined
                    }
                  />
                ))}
              </Stack>
            </SortableContext>
          </StepBox>
        ))}
        {last < MAX_STEP && <NewStepBox step={last + 1} label={t('conventions.signersEditor.newStep')} />}
      </Stack>
    </DndContext>
  );
}

function StepBox({
  step,
  label,
  hint,
  children,
}: {
  step: number;
  label: string;
  hint: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      aria-labelledby={headingId}
      data-testid="signing-step"
      data-step={step}
    >
      <Group justify="space-between" mb={4}>
        <Text id={headingId} size="sm" fw={700}>
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      </Group>
      {children}
    </Paper>
  );
}

function NewStepBox({ step, label }: { step: number; label: string }) {
  const { setNodeRef, isOver } = useDroppable({ id: NEW_STEP, data: { kind: 'step', step } });
  return (
    <Paper
      component="li"
      ref={setNodeRef}
      p="sm"
      data-testid="new-signing-step"
      style={{ border: '1px dashed var(--mantine-color-gray-6)' }}
      bg={isOver ? 'var(--mantine-color-blue-light)' : undefined}
    >
      <Text size="sm" ta="center" c="dimmed">
        {label}
      </Text>
    </Paper>
  );
}

function SignerItem({
  row,
  name,
  party,
  describedBy,
  earlier,
  later,
}: {
  row: SignerRow;
  name: string;
  party: string | undefined;
  describedBy: string;
  earlier?: () => void;
  later?: () => void;
}) {
  const t = useT();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: signerKey(row),
      data: { kind: 'signer', step: row.step },
      attributes: { roleDescription: t('conventions.signersEditor.roleDescription') },
    });
  return (
    <Group
      component="li"
      ref={setNodeRef}
      justify="space-between"
      wrap="nowrap"
      data-testid="signer-row"
      data-user={row.userId}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        opacity: isDragging ? 0.6 : undefined,
        position: 'relative',
        zIndex: isDragging ? 1 : undefined,
      }}
    >
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray.8"
          style={{ cursor: 'grab', touchAction: 'none' }}
          {...attributes}
          {...listeners}
          aria-label={t('conventions.signersEditor.drag', { name })}
          aria-describedby={describedBy}
          data-testid="signer-handle"
        >
          <IconGripVertical size={16} aria-hidden />
        </ActionIcon>
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} truncate>
            {name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {party}
          </Text>
        </div>
      </Group>
      <Group gap={4} wrap="nowrap">
        <ActionIcon
          variant="subtle"
          aria-label={t('conventions.signersEditor.earlier', { name })}
          disabled={!earlier}
          onClick={earlier}
        >
          <IconArrowUp size={16} aria-hidden />
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          aria-label={t('conventions.signersEditor.later', { name })}
          disabled={!later}
          onClick={later}
        >
          <IconArrowDown size={16} aria-hidden />
        </ActionIcon>
      </Group>
    </Group>
  );
}
