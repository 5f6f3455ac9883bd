import {
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useT } from '../../i18n/format';
import { ProblemAlert } from '../../ui/page';
import { toast } from '../../ui/toast';
import { useMe } from '../identity/me';
import { useInvalidateResources, type Resource } from './resources';
import { addDays, today } from './week';

/**
 * Asks for a quantity of a resource for one of the tenant's projects, over dates in one quota period,
 * accepting the resource's current terms. The API's per-field errors show under their fields; another
 * refusal (resource unavailable, terms changed) above the buttons. Success opens the new allocation.
 */
export function RequestAllocationModal({ resource, onClose }: { resource: Resource; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const invalidate = useInvalidateResources();
  const tenantId = me.data?.current.tenant.id;
  const projects = useQuery({
    queryKey: ['/api/v1/projects', { institute: tenantId, limit: 100 }],
    enabled: !!tenantId,
    queryFn: () =>
      unwrap(api.GET('/api/v1/projects', { params: { query: { institute: tenantId, limit: 100 } } })),
  });
  const [projectId, setProjectId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState('');
  const [startsOn, setStartsOn] = useState(today());
  const [endsOn, setEndsOn] = useState(addDays(today(), 6));
  const [justification, setJustification] = useState('');
  const [accepted, setAccepted] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const local: Record<string, string> = {};
    if (!accepted) local.acceptTermsVersion = t('resources.request.acceptRequired');
    setFields(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const created = await unwrap(
        api.POST('/api/v1/resources/{id}/allocations', {
          params: { path: { id: resource.id } },
          body: {
            // The API answers an empty choice with its own per-field message.
            projectId: projectId ?? '',
            quantity: quantity.trim(),
            startsOn,
            endsOn,
            justification,
            acceptTermsVersion: resource.termsVersion,
          },
        }),
      );
      await invalidate();
      toast(t('resources.request.sent'));
      onClose();
      void navigate(`/allocations/${created.id}`);
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
      title={t('resources.request.title', { name: resource.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Select
            label={t('resources.request.project')}
            data={(projects.data?.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
            value={projectId}
            onChange={setProjectId}
            error={fields.projectId}
            searchable
            required
            nothingFoundMessage={t('resources.request.noProject')}
            data-autofocus
          />
          <TextInput
            label={t('resources.request.quantity', { unit: t(`resources.unitName.${resource.unit}`) })}
            value={quantity}
            onChange={(e) => setQuantity(e.currentTarget.value)}
            error={fields.quantity}
            inputMode="decimal"
            required
            styles={{ input: { direction: 'ltr', textAlign: 'start' } }}
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('resources.request.startsOn')}
              value={startsOn}
              onChange={(e) => setStartsOn(e.currentTarget.value)}
              error={fields.startsOn}
              required
            />
            <TextInput
              type="date"
              label={t('resources.request.endsOn')}
              description={t('resources.request.samePeriod', {
                period: t(`resources.period.${resource.period}`),
              })}
              value={endsOn}
              onChange={(e) => setEndsOn(e.currentTarget.value)}
              error={fields.endsOn}
              required
            />
          </Group>
          <Textarea
            label={t('resources.request.justification')}
            value={justification}
            onChange={(e) => setJustification(e.currentTarget.value)}
            error={fields.justification}
            autosize
            minRows={3}
            maxLength={4000}
            required
          />
          {resource.terms && (
            <Paper withBorder radius="sm" p="sm" bg="var(--mantine-color-gray-0)">
              <Text size="xs" fw={600} c="dimmed" mb={4}>
                {t('resources.request.terms', { version: resource.termsVersion })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {resource.terms}
              </Text>
            </Paper>
          )}
          <Checkbox
            label={t('resources.request.accept')}
            checked={accepted}
            onChange={(e) => setAccepted(e.currentTarget.checked)}
            error={fields.acceptTermsVersion}
          />
          {error !== undefined && !(error instanceof ProblemError && error.slug === 'validation-failed') && (
            <ProblemAlert error={error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('resources.request.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
