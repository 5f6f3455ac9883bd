import { Group, Progress, Stack, Text } from '@mantine/core';
import { useFormat, useT } from '../../i18n/format';
import { usageShare, useUnitLabel, type Allocation } from './resources';

/** Used against the approved quota, as a bar with its figures (orange from 80 %, red when spent). */
export function UsageBar({ allocation: a }: { allocation: Allocation }) {
  const t = useT();
  const f = useFormat();
  const share = usageShare(a);
  const unit = useUnitLabel()(a.unit);
  if (share === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('resources.usage.notApproved', { amount: f.number(a.quantityRequested), unit })}
      </Text>
    );
  }
  const color = share >= 100 ? 'red' : share >= 80 ? 'orange' : 'teal';
  const label = t('resources.usage.label', {
    used: f.number(a.quantityUsed),
    approved: f.number(a.quantityApproved),
    unit,
  });
  return (
    <Stack gap={4} miw={180}>
      <Progress.Root size="lg" radius="xl" data-testid="usage-bar" data-value={Math.round(share)}>
        <Progress.Section
          value={share}
          color={color}
          aria-label={t('resources.usage.aria')}
          aria-valuetext={`${f.percent(share)} — ${label}`}
        />
      </Progress.Root>
      <Group justify="space-between" gap="xs">
        <Text size="xs">{label}</Text>
        <Text size="xs" fw={600}>
          {f.percent(share)}
        </Text>
      </Group>
    </Stack>
  );
}
