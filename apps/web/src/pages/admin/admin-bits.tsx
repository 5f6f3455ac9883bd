import { Paper, Table, type MantineColor, type MantineSpacing } from '@mantine/core';
import { WholeBadge } from '../../ui/whole-badge';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages/fr';

/** A table in a bordered paper that scrolls sideways on a narrow screen instead of squeezing. */
export function AdminTable({
  children,
  minWidth = 720,
  horizontalSpacing = 'md',
}: {
  children: ReactNode;
  minWidth?: number;
  horizontalSpacing?: MantineSpacing;
}) {
  return (
    <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
      <Table verticalSpacing="sm" horizontalSpacing={horizontalSpacing} miw={minWidth} highlightOnHover>
        {children}
      </Table>
    </Paper>
  );
}

/** A status in words and colour (the colour repeats the words; it never carries meaning alone). */
export function StatusBadge({ label, color }: { label: MessageKey; color: MantineColor }) {
  const t = useT();
  return (
    <WholeBadge variant="light" color={color} style={{ flexShrink: 0 }}>
      {t(label)}
    </WholeBadge>
  );
}
