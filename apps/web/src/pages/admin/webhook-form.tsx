import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ProblemError } from '../../api/problem';
import { isKnownEvent, useEventTypes, type Webhook } from '../../features/webhooks/webhooks';
import { useT } from '../../i18n/format';
import { Loading, ProblemAlert } from '../../ui/page';

export interface WebhookFormValues {
  url: string;
  description: string;
  eventTypes: string[];
  enabled: boolean;
}

/** The event's words, or its name when the app does not know it yet. */
export function useEventLabel(): (name: string) => string {
  const t = useT();
  return (name) => (isKnownEvent(name) ? t(`admin.event.${name}`) : name);
}

/** Creating or editing an endpoint: its URL, a description, the events it receives, and whether it is on. */
export function WebhookFormModal({
  title,
  initial,
  submitLabel,
  onClose,
  onSubmit,
}: {
  title: string;
  initial?: Webhook;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (values: WebhookFormValues) => Promise<unknown>;
}) {
  const t = useT();
  const label = useEventLabel();
  const types = useEventTypes();
  const [url, setUrl] = useState(initial?.url ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [eventTypes, setEventTypes] = useState<string[]>(initial?.eventTypes ?? []);
  const [enabled, setEnabled] = useState(initial?.enabled ?? true);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const local: Record<string, string> = {};
    if (!url.trim()) local.url = t('admin.webhooks.urlRequired');
    if (eventTypes.length === 0) local.eventTypes = t('admin.webhooks.eventsRequired');
    setFields(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await onSubmit({ url: url.trim(), description: description.trim(), eventTypes, enabled });
    } catch (e) {
      setError(e);
      if (e instanceof ProblemError) {
        const f = e.fieldErrors();
        if (e.slug === 'webhook-url-not-allowed') f.url = e.detail ?? e.title;
        if (e.slug === 'webhook-unknown-event-types') f.eventTypes = e.detail ?? e.title;
        setFields(f);
      }
    } finally {
      setBusy(false);
    }
  };
  const handled =
    error instanceof ProblemError &&
    ['validation-failed', 'webhook-url-not-allowed', 'webhook-unknown-event-types'].includes(error.slug);
  const groups = [...new Set((types.data?.data ?? []).map((e) => e.split('.')[0]!))];

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={() => !busy && onClose()}
      title={title}
      size="xl"
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput
            label={t('admin.webhooks.url')}
            description={t('admin.webhooks.urlHelp')}
            placeholder="https://erp.example.ma/jazari/events"
            type="url"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={fields.url}
            required
            data-autofocus
            styles={{ input: { direction: 'ltr', textAlign: 'start' } }}
          />
          <TextInput
            label={t('admin.webhooks.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fields.description}
            maxLength={500}
          />
          {types.isPending ? (
            <Loading />
          ) : types.isError ? (
            <ProblemAlert error={types.error} onRetry={() => void types.refetch()} />
          ) : (
            <Checkbox.Group
              label={t('admin.webhooks.events')}
              description={t('admin.webhooks.eventsHelp')}
              value={eventTypes}
              onChange={setEventTypes}
              error={fields.eventTypes}
              required
            >
              <Stack gap="sm" mt="xs">
                {groups.map((group) => (
                  <div key={group}>
                    <Text size="sm" fw={600} mb={4}>
                      {t(`admin.eventGroup.${group as 'conventions'}`)}
                    </Text>
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6}>
                      {types.data.data
                        .filter((e) => e.startsWith(`${group}.`))
                        .map((e) => (
                          <Checkbox key={e} value={e} label={label(e)} />
                        ))}
                    </SimpleGrid>
                  </div>
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <Switch
            label={t('admin.webhooks.enabled')}
            description={t('admin.webhooks.enabledHelp')}
            checked={enabled}
            onChange={(e) => setEnabled(e.currentTarget.checked)}
          />
          {error !== undefined && !handled && <ProblemAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
