import {
  Anchor,
  Blockquote,
  Button,
  Card,
  FileButton,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconSend, IconUpload, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useFormat, useT } from '../../i18n/format';
import { downloadWithSession } from '../../ui/authed-download';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { EmptyState, ProblemAlert, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';
import { WholeBadge } from '../../ui/whole-badge';
import { useCan } from '../identity/me';
import { useInvalidatePath } from '../identity/admin';
import {
  DELIVERABLE_COLOR,
  useDeliverableFiles,
  useDeliverables,
  useEvaluations,
  type Deliverable,
  type Project,
} from './projects';
import { ACCEPTED_FILES, uploadDeliverableFile } from './upload';

type Review = { kind: 'accept' | 'reject'; deliverable: Deliverable };

/**
 * The project's deliverables by due date: their review (the institute's managers accept or send back a
 * submitted one, saying why), their files (uploaded with a progress bar while planned or rejected), and
 * the model-evaluation results recorded against them.
 */
export function DeliverablesTab({ project, focus }: { project: Project; focus?: string }) {
  const t = useT();
  const can = useCan();
  const invalidate = useInvalidatePath();
  const deliverables = useDeliverables(project.id);
  const [review, setReview] = useState<Review>();
  const mayReview = can('deliverables.review') && project.canManage;

  const decide = async (r: Review, comment: string | undefined) => {
    const params = { path: { id: project.id, deliverableId: r.deliverable.id } };
    if (r.kind === 'accept') {
      await unwrap(
        api.POST('/api/v1/projects/{id}/deliverables/{deliverableId}/accept', {
          params,
          body: comment ? { comment } : {},
        }),
      );
    } else {
      await unwrap(
        api.POST('/api/v1/projects/{id}/deliverables/{deliverableId}/reject', {
          params,
          body: { comment: comment ?? '' },
        }),
      );
    }
    toast(t(r.kind === 'accept' ? 'projects.deliverables.accepted' : 'projects.deliverables.rejected'));
    await invalidate(`/api/v1/projects`);
  };

  return (
    <QueryState query={deliverables}>
      {(items) =>
        items.length === 0 ? (
          <EmptyState title={t('projects.deliverables.empty')} />
        ) : (
          <Stack gap="md">
            {items.map((d) => (
              <DeliverableCard
                key={d.id}
                project={project}
                deliverable={d}
                highlighted={focus === d.id}
                mayReview={mayReview}
                onReview={(kind) => setReview({ kind, deliverable: d })}
              />
            ))}
            <ConfirmActionModal
              opened={review !== undefined}
              onClose={() => setReview(undefined)}
              title={
                review
                  ? t(
                      review.kind === 'accept'
                        ? 'projects.deliverables.acceptTitle'
                        : 'projects.deliverables.rejectTitle',
                      { title: review.deliverable.title },
                    )
                  : ''
              }
              confirmLabel={t(
                review?.kind === 'reject' ? 'projects.deliverables.reject' : 'projects.deliverables.accept',
              )}
              color={review?.kind === 'reject' ? 'red' : 'teal.9'}
              reason={
                review?.kind === 'reject'
                  ? {
                      label: t('projects.deliverables.rejectComment'),
                      description: t('projects.deliverables.rejectCommentHelp'),
                      required: true,
                      requiredMessage: t('projects.deliverables.rejectCommentRequired'),
                      field: 'comment',
                    }
                  : { label: t('projects.deliverables.acceptComment'), field: 'comment' }
              }
              onConfirm={(comment) => (review ? decide(review, comment) : Promise.resolve())}
            />
          </Stack>
        )
      }
    </QueryState>
  );
}

function DeliverableCard({
  project,
  deliverable: d,
  highlighted,
  mayReview,
  onReview,
}: {
  project: Project;
  deliverable: Deliverable;
  highlighted: boolean;
  mayReview: boolean;
  onReview: (kind: 'accept' | 'reject') => void;
}) {
  const t = useT();
  const f = useFormat();
  const invalidate = useInvalidatePath();
  const [submitError, setSubmitError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  const open = d.status === 'planned' || d.status === 'rejected';
  // A manager rejects what was submitted, and may still reject what was accepted (a flaw found later).
  const rejectButton = (
    <Button
      color="red.9"
      variant="outline"
      leftSection={<IconX size={16} aria-hidden />}
      onClick={() => onReview('reject')}
    >
      {t('projects.deliverables.reject')}
    </Button>
  );
  const headingId = `deliverable-${d.id}-title`;

  const submit = async () => {
    setSubmitError(undefined);
    setSubmitting(true);
    try {
      await unwrap(
        api.POST('/api/v1/projects/{id}/deliverables/{deliverableId}/submit', {
          params: { path: { id: project.id, deliverableId: d.id } },
        }),
      );
      toast(t('projects.deliverables.submitted'));
      await invalidate('/api/v1/projects');
    } catch (e) {
      setSubmitError(e);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="article"
      id={d.id}
      aria-labelledby={headingId}
      data-testid="deliverable"
      data-status={d.status}
      tabIndex={-1}
      style={highlighted ? { outline: '2px solid var(--mantine-color-blue-5)' } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h5" id={headingId}>
            {d.title}
          </Title>
          <Text size="xs" c="dimmed">
            {t(`projects.kind.${d.kind}`)} · {t('projects.deliverables.due', { date: f.date(d.dueDate) })}
          </Text>
        </Stack>
        <Group gap="xs">
          {d.overdue && (
            <WholeBadge
              color="red.8"
              variant="filled"
              leftSection={<IconAlertTriangle size={12} aria-hidden />}
            >
              {t('projects.late')}
            </WholeBadge>
          )}
          <WholeBadge color={DELIVERABLE_COLOR[d.status]} variant="light" data-testid="deliverable-status">
            {t(`projects.deliverable.${d.status}`)}
          </WholeBadge>
        </Group>
      </Group>
      {d.description && (
        <Text size="sm" mt="sm" dir="auto">
          {d.description}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {[
          d.submittedAt && t('projects.deliverables.submittedAt', { date: f.dateTime(d.submittedAt) }),
          d.reviewedAt && t('projects.deliverables.reviewedAt', { date: f.dateTime(d.reviewedAt) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {d.reviewComment && (
        <Blockquote
          mt="sm"
          p="sm"
          color={d.status === 'rejected' ? 'red' : 'green'}
          data-testid="review-comment"
          dir="auto"
          cite={t('projects.deliverables.reviewComment')}
        >
          {d.reviewComment}
        </Blockquote>
      )}
      <DeliverableFiles project={project} deliverable={d} mayUpload={project.canEdit && open} />
      {d.kind === 'model_evaluation' && <Evaluations projectId={project.id} deliverableId={d.id} />}
      {submitError !== undefined && (
        <div style={{ marginTop: 12 }}>
          <ProblemAlert error={submitError} />
        </div>
      )}
      <Group gap="xs" mt="md" justify="flex-end">
        {project.canEdit && open && (
          <Button
            variant="light"
            leftSection={<IconSend size={16} className="mirror" aria-hidden />}
            loading={submitting}
            onClick={() => void submit()}
          >
            {t('projects.deliverables.submit')}
          </Button>
        )}
        {mayReview && d.status === 'accepted' && rejectButton}
        {mayReview && d.status === 'submitted' && (
          <>
            {rejectButton}
            <Button
              color="teal.9"
              leftSection={<IconCheck size={16} aria-hidden />}
              onClick={() => onReview('accept')}
            >
              {t('projects.deliverables.accept')}
            </Button>
          </>
        )}
      </Group>
    </Card>
  );
}

function DeliverableFiles({
  project,
  deliverable: d,
  mayUpload,
}: {
  project: Project;
  deliverable: Deliverable;
  mayUpload: boolean;
}) {
  const t = useT();
  const f = useFormat();
  const invalidate = useInvalidatePath();
  const files = useDeliverableFiles(project.id, d.id);
  const [progress, setProgress] = useState<{ name: string; percent: number }>();
  const [error, setError] = useState<unknown>();

  const upload = async (file: File | null) => {
    if (!file) return;
    setError(undefined);
    setProgress({ name: file.name, percent: 0 });
    try {
      await uploadDeliverableFile(project.id, d.id, file, (percent) =>
        setProgress({ name: file.name, percent }),
      );
      toast(t('projects.files.uploaded', { name: file.name }));
      await invalidate('/api/v1/projects');
    } catch (e) {
      setError(e);
    } finally {
      setProgress(undefined);
    }
  };

  const download = async (fileId: string, name: string) => {
    try {
      await downloadWithSession(`/api/v1/projects/${project.id}/deliverables/${d.id}/files/${fileId}`, name);
    } catch (e) {
      toast(e instanceof ProblemError ? e.title : t('common.error.title'), 'error');
    }
  };

  const list = files.data ?? [];
  return (
    <Stack gap="xs" mt="md">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t('projects.files.title')}
        </Text>
        {mayUpload && (
          <FileButton onChange={(file) => void upload(file)} accept={ACCEPTED_FILES}>
            {(props) => (
              <Button
                {...props}
                size="xs"
                variant="default"
                leftSection={<IconUpload size={14} aria-hidden />}
                disabled={progress !== undefined}
                aria-label={t('projects.files.uploadTo', { title: d.title })}
              >
                {t('projects.files.upload')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {progress && (
        <Stack gap={2} data-testid="upload-progress">
          <Text size="xs">{t('projects.files.uploading', { name: progress.name })}</Text>
          <Progress
            value={progress.percent}
            striped
            animated
            aria-label={t('projects.files.progress', { percent: f.percent(progress.percent) })}
          />
        </Stack>
      )}
      {error !== undefined && <ProblemAlert error={error} />}
      {files.isError ? (
        <ProblemAlert error={files.error} onRetry={() => void files.refetch()} />
      ) : list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {files.isPending ? t('common.loading') : t('projects.files.none')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((file) => (
            <li key={file.id} data-testid="deliverable-file">
              <Group gap="xs" wrap="nowrap">
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => void download(file.id, file.filename)}
                >
                  {file.filename}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {f.number(Math.max(1, Math.round(file.sizeBytes / 1024)))} KB ·{' '}
                  {f.dateTime(file.uploadedAt)}
                </Text>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function Evaluations({ projectId, deliverableId }: { projectId: string; deliverableId: string }) {
  const t = useT();
  const f = useFormat();
  const evaluations = useEvaluations(projectId, deliverableId, true);
  const rows = evaluations.data ?? [];
  if (evaluations.isError) return <ProblemAlert error={evaluations.error} />;
  return (
    <Stack gap="xs" mt="md">
      <Text size="sm" fw={600} id={`evaluations-${deliverableId}`}>
        {t('projects.evaluations.title')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {evaluations.isPending ? t('common.loading') : t('projects.evaluations.none')}
        </Text>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <Table
            striped
            withTableBorder
            aria-labelledby={`evaluations-${deliverableId}`}
            data-testid="evaluations"
            miw={640}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('projects.evaluations.model')}</Table.Th>
                <Table.Th scope="col">{t('projects.evaluations.benchmark')}</Table.Th>
                <Table.Th scope="col">{t('projects.evaluations.metric')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'end' }}>
                  {t('projects.evaluations.score')}
                </Table.Th>
                <Table.Th scope="col">{t('projects.evaluations.evaluator')}</Table.Th>
                <Table.Th scope="col">{t('projects.evaluations.on')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    <span dir="ltr" style={{ unicodeBidi: 'isolate' }}>
                      {e.modelName} {e.modelVersion}
                    </span>
                  </Table.Td>
                  <Table.Td>
                    <span dir="ltr" style={{ unicodeBidi: 'isolate' }}>
                      {e.benchmark}
                    </span>
                  </Table.Td>
                  <Table.Td>{e.metric}</Table.Td>
                  <Table.Td style={{ textAlign: 'end', fontVariantNumeric: 'tabular-nums' }}>
                    {f.number(e.score, 3)}
                  </Table.Td>
                  <Table.Td>{e.evaluator}</Table.Td>
                  <Table.Td>{f.date(e.evaluatedOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Stack>
  );
}
