import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ProblemError } from '../api/problem';
import { useT } from '../i18n/format';
import { ProblemAlert } from './page';

/**
 * Asks before a destructive or irreversible move. With `reason`, the person writes why (required when
 * `reason.required`), and the text is handed to `onConfirm`. The API's problem stays in the dialog; a
 * `validation-failed` on `reason` (or `reason.field`) shows under the field. The dialog traps focus and gives it back on close.
 */
export function ConfirmActionModal({
  opened,
  onClose,
  title,
  children,
  confirmLabel,
  color = 'red',
  reason,
  onConfirm,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  color?: string;
  reason?: {
    label: string;
    required?: boolean;
    description?: string;
    requiredMessage?: string;
    /** The API's name for the field, where its `validation-failed` errors point (default `reason`). */
    field?: string;
  };
  onConfirm: (reason: string | undefined) => Promise<unknown>;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  const close = () => {
    if (busy) return;
    setText('');
    setError(undefined);
    setMissing(false);
    onClose();
  };

  const confirm = async () => {
    setError(undefined);
    const trimmed = text.trim();
    if (reason?.required && !trimmed) {
      setMissing(true);
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason ? trimmed || undefined : undefined);
      setText('');
      setMissing(false);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const fieldError =
    (missing ? (reason?.requiredMessage ?? reason?.label) : undefined) ??
    (error instanceof ProblemError ? error.fieldErrors()[reason?.field ?? 'reason'] : undefined);

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={close}
      title={title}
      centered
    >
      <Stack>
        {children && (
          <Text size="sm" component="div">
            {children}
          </Text>
        )}
        {reason && (
          <Textarea
            label={reason.label}
            description={reason.description}
            required={reason.required}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError}
            autosize
            minRows={3}
            data-autofocus
          />
        )}
        {error !== undefined && !(error instanceof ProblemError && error.slug === 'validation-failed') && (
          <ProblemAlert error={error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            color={color === 'red' ? 'red.8' : color === 'orange' ? 'orange.9' : color}
            onClick={() => void confirm()}
            loading={busy}
            data-autofocus={!reason}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
