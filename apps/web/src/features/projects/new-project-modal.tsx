import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useFormat, useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { ProblemAlert } from '../../ui/page';
import { toast } from '../../ui/toast';
import { useInvalidatePath, useMembers } from '../identity/admin';
import { useMe } from '../identity/me';
import { usePriorities } from '../network/network';
import { PROJECT_TYPES, type ProjectType } from './projects';

/**
 * A new project of the institute (it starts as proposed). The API checks every field; its
 * `validation-failed` errors show under their fields. On success, the new project's page opens.
 */
export function NewProjectModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const navigate = useNavigate();
  const invalidate = useInvalidatePath();
  const me = useMe();
  const members = useMembers();
  const priorities = usePriorities(false);
  const [title, setTitle] = useState('');
  const [type, setType] = useState<ProjectType>('research');
  const [summary, setSummary] = useState('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [budget, setBudget] = useState('');
  const [lead, setLead] = useState<string | null>(null);
  const [priorityCodes, setPriorityCodes] = useState<string[]>([]);

  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/projects', {
          body: {
            title: title.trim(),
            type,
            summary: summary.trim(),
            startDate,
            endDate,
            budgetMad: budget.trim().replace(',', '.'),
            leadUserId: lead ?? me.data?.user.id ?? '',
            priorityCodes,
          },
        }),
      ),
    onSuccess: async (project) => {
      toast(t('projects.new.created'));
      await invalidate('/api/v1/projects');
      onClose();
      void navigate(`/projects/${project.id}`);
    },
  });
  const fields = create.error instanceof ProblemError ? create.error.fieldErrors() : {};
  const handled = create.error instanceof ProblemError && create.error.slug === 'validation-failed';
  const people = (members.data?.pages.flatMap((p) => p.data) ?? []).map((m) => ({
    value: m.id,
    label: m.displayName,
  }));
  // The person creating it leads by default, even when they may not list the members.
  if (me.data && !people.some((p) => p.value === me.data.user.id))
    people.unshift({ value: me.data.user.id, label: me.data.user.displayName });
  const priorityOptions = (priorities.data?.data ?? []).flatMap((pillar) => [
    { value: pillar.code, label: pillar.labels[locale] },
    ...pillar.children.map((c) => ({ value: c.code, label: `— ${c.labels[locale]}` })),
  ]);

  return (
    <Modal
      opened={opened}
      onClose={() => !create.isPending && onClose()}
      title={t('projects.new.title')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
        noValidate
      >
        <Stack>
          <TextInput
            label={t('projects.new.name')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fields.title}
            required
            data-autofocus
          />
          <Select
            label={t('projects.list.type')}
            data={PROJECT_TYPES.map((s) => ({ value: s, label: t(`projects.type.${s}`) }))}
            value={type}
            onChange={(v) => v && setType(v)}
            allowDeselect={false}
            error={fields.type}
            required
          />
          <Textarea
            label={t('projects.overview.summary')}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={fields.summary}
            autosize
            minRows={3}
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              type="date"
              label={t('projects.new.start')}
              value={startDate}
              onChange={(e) => setStartDate(e.currentTarget.value)}
              error={fields.startDate}
              required
            />
            <TextInput
              type="date"
              label={t('projects.new.end')}
              value={endDate}
              onChange={(e) => setEndDate(e.currentTarget.value)}
              error={fields.endDate}
              required
            />
            <TextInput
              label={t('projects.new.budget')}
              description={
                budget && Number(budget.replace(',', '.')) ? f.money(budget.replace(',', '.')) : undefined
              }
              inputMode="decimal"
              value={budget}
              onChange={(e) => setBudget(e.currentTarget.value)}
              error={fields.budgetMad}
              required
            />
          </SimpleGrid>
          <Select
            label={t('projects.overview.lead')}
            data={people}
            value={lead ?? me.data?.user.id ?? null}
            onChange={setLead}
            searchable
            error={fields.leadUserId}
            required
          />
          <MultiSelect
            label={t('projects.overview.priorities')}
            data={priorityOptions}
            value={priorityCodes}
            onChange={setPriorityCodes}
            searchable
            error={fields.priorityCodes}
            required
          />
          {create.isError && !handled && <ProblemAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('projects.new.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
