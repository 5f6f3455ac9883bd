import { Badge, type BadgeProps } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';

/**
 * A badge that never cuts its words: the library's label hides its overflow, which lets a table squeeze
 * a status to "En sig…"; this one keeps its whole text (a status must be read, not guessed).
 */
export function WholeBadge(props: BadgeProps & Omit<ComponentPropsWithoutRef<'div'>, keyof BadgeProps>) {
  return (
    <Badge {...props} styles={{ label: { overflow: 'visible' } }} style={{ flexShrink: 0, ...props.style }} />
  );
}
