import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useT } from '../../i18n/format';

/**
 * A secret the API shows once (an API key, a webhook's signing secret): in a dialog with a copy button
 * and a clear warning. Closing the dialog forgets it: the caller drops the value with `onClose`.
 */
export function ShownOnceSecretModal({
  secret,
  title,
  intro,
  onClose,
}: {
  secret: string | undefined;
  title: string;
  intro?: string;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={secret !== undefined}
      onClose={onClose}
      title={title}
      centered
      size="lg"
      closeOnClickOutside={false}
    >
      <Stack>
        {intro && <Text size="sm">{intro}</Text>}
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('admin.secret.warningTitle')}>
          {t('admin.secret.warning')}
        </Alert>
        <Code
          block
          data-testid="shown-once-secret"
          style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap', direction: 'ltr', textAlign: 'start' }}
        >
          {secret}
        </Code>
        <Group justify="space-between">
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'filled'}
                color={copied ? 'teal' : 'jazari'}
                leftSection={
                  copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                }
                onClick={copy}
                aria-live="polite"
              >
                {copied ? t('admin.secret.copied') : t('admin.secret.copy')}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onClose}>
            {t('admin.secret.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
