import { Notification, Stack } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/format';

/**
 * Short confirmations ("Saved") and failures of background actions, announced to screen readers (a polite
 * live region) and gone after a few seconds. Errors that concern a form are shown in the form instead.
 */
interface Toast {
  readonly id: number;
  readonly message: string;
  readonly tone: 'success' | 'error';
}

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function dismiss(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export function toast(message: string, tone: Toast['tone'] = 'success'): void {
  const id = nextId++;
  toasts = [...toasts, { id, message, tone }].slice(-4);
  emit();
  setTimeout(() => dismiss(id), tone === 'error' ? 8_000 : 4_000);
}

export function Toasts() {
  const tr = useT();
  const list = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => toasts,
  );
  return (
    <Stack
      gap="xs"
      aria-live="polite"
      style={{
        position: 'fixed',
        insetBlockStart: 72,
        insetInlineEnd: 16,
        zIndex: 400,
        width: 'min(360px, calc(100vw - 32px))',
      }}
    >
      {list.map((t) => (
        <Notification
          key={t.id}
          color={t.tone === 'success' ? 'jazari' : 'red'}
          icon={t.tone === 'success' ? <IconCheck size={18} aria-hidden /> : <IconX size={18} aria-hidden />}
          onClose={() => dismiss(t.id)}
          closeButtonProps={{ 'aria-label': tr('common.close') }}
          withBorder
          role={t.tone === 'error' ? 'alert' : 'status'}
        >
          {t.message}
        </Notification>
      ))}
    </Stack>
  );
}
