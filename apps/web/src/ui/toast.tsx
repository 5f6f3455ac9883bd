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

/**
 * Each toast's countdown: how long it still shows, and the timer while it runs. The countdowns pause while
 * the pointer is over the toasts or focus is in them (WCAG 2.2.1: a reader gets the time they need), and go
 * on when it leaves.
 */
const countdowns = new Map<number, { left: number; since: number; timer?: ReturnType<typeof setTimeout> }>();
let paused = false;

function dismiss(id: number): void {
  const c = countdowns.get(id);
  if (c?.timer) clearTimeout(c.timer);
  countdowns.delete(id);
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

function run(id: number): void {
  const c = countdowns.get(id);
  if (!c || c.timer) return;
  c.since = Date.now();
  c.timer = setTimeout(() => dismiss(id), c.left);
}

function pause(): void {
  paused = true;
  for (const c of countdowns.values()) {
    if (!c.timer) continue;
    clearTimeout(c.timer);
    c.timer = undefined;
    c.left = Math.max(c.left - (Date.now() - c.since), 1_000);
  }
}

function resume(): void {
  paused = false;
  for (const id of countdowns.keys()) run(id);
}

export function toast(message: string, tone: Toast['tone'] = 'success'): void {
  const id = nextId++;
  const kept = [...toasts, { id, message, tone }];
  for (const gone of kept.slice(0, -4)) dismiss(gone.id);
  toasts = kept.slice(-4);
  countdowns.set(id, { left: tone === 'error' ? 8_000 : 4_000, since: Date.now() });
  if (!paused) run(id);
  emit();
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
      onPointerEnter={pause}
      onPointerLeave={resume}
      onFocus={pause}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) resume();
      }}
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
