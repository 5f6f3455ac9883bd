import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { WholeBadge } from '../../ui/whole-badge';
import { IconArrowLeft, IconDownload, IconSignature } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import {
  AmendButton,
  SignersEditor,
  UploadDocumentButton,
} from '../../features/conventions/convention-drafting';
import { ConventionMoves } from '../../features/conventions/convention-moves';
import { EvidenceTimeline } from '../../features/conventions/evidence-timeline';
import { PdfViewer } from '../../features/conventions/pdf-viewer';
import { VersionCompare } from '../../features/conventions/version-compare';
import {
  mySigningTurn,
  STATUS_COLOR,
  useConvention,
  useObligations,
  type Convention,
  type ConventionSigner,
} from '../../features/conventions/conventions';
import { useMe } from '../../features/identity/me';
import { useFormat, useT } from '../../i18n/format';
import { downloadWithSession } from '../../ui/authed-download';
import { EmptyState, PageHeader, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';

const SIGNER_COLOR: Record<ConventionSigner['status'], string> = {
  pending: 'orange',
  signed: 'green',
  declined: 'red',
  cancelled: 'gray',
};

/**
 * A convention as its parties read it: terms, parties, documents, signers step by step, obligations, and
 * the moves the API allows this person (`/conventions/:id/obligations` opens at the obligations).
 */
export function Component() {
  const { id = '', '*': rest } = useParams();
  const t = useT();
  const convention = useConvention(id);
  return (
    <>
      <Anchor
        component={Link}
        to="/conventions"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} className="mirror" aria-hidden />
        {t('conventions.back')}
      </Anchor>
      <QueryState query={convention}>
        {(c) => <ConventionView convention={c} focus={rest === 'obligations' ? 'obligations' : undefined} />}
      </QueryState>
    </>
  );
}

function Section({
  id,
  title,
  children,
  extra,
}: {
  id: string;
  title: string;
  children: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby={id}
      id={`${id}-section`}
      tabIndex={-1}
    >
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {extra}
      </Group>
      {children}
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" fw={500}>
        {children}
      </Text>
    </div>
  );
}

function ConventionView({ convention: c, focus }: { convention: Convention; focus?: 'obligations' }) {
  const t = useT();
  const f = useFormat();
  const me = useMe();
  const turn = mySigningTurn(c, me.data?.user.id, me.data?.current.tenant.id);
  const partyName = (tenantId: string) => c.parties.find((p) => p.id === tenantId)?.name ?? '—';
  const steps = [...new Set(c.signers.signers.map((s) => s.step))].sort((a, b) => a - b);
  // The version in the viewer: the latest, unless the comparison asked for another.
  const [chosenId, setChosenId] = useState<string>();
  const shown = c.documents.find((d) => d.id === chosenId) ?? c.documents.at(-1);
  const show = (documentId: string) => {
    setChosenId(documentId);
    const section = document.getElementById('convention-document-section');
    section?.scrollIntoView({ block: 'start' });
    section?.focus({ preventScroll: true });
  };

  return (
    <>
      <PageHeader
        title={c.title}
        subtitle={
          <>
            <span style={{ direction: 'ltr', unicodeBidi: 'isolate' }}>{c.reference}</span> ·{' '}
            {t(`conventions.type.${c.type}`)} · {t('conventions.ownedBy', { owner: c.owner.name })}
          </>
        }
        badge={
          <WholeBadge
            size="lg"
            variant="light"
            color={STATUS_COLOR[c.status]}
            data-testid="convention-status"
          >
            {t(`conventions.status.${c.status}`)}
          </WholeBadge>
        }
        actions={
          <>
            <ConventionMoves convention={c} />
            {c.canManage && c.status === 'active' && <AmendButton convention={c} />}
          </>
        }
      />
      <Stack gap="lg">
        {turn && (
          <Alert color="orange" icon={<IconSignature aria-hidden />} title={t('conventions.yourTurn.title')}>
            {t('conventions.yourTurn.body', {
              party: partyName(turn.partyTenantId),
              deadline: c.signingDeadline ? f.date(c.signingDeadline) : '—',
            })}
          </Alert>
        )}
        {c.closeReason && ['terminated', 'declined', 'voided', 'expired'].includes(c.status) && (
          <Alert color="gray" title={t('conventions.closed', { date: f.date(c.closedAt) })}>
            {c.closeReason}
          </Alert>
        )}
        <Section id="convention-terms" title={t('conventions.terms')}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
            <Fact label={t('conventions.value')}>
              {c.valueMad !== null ? f.money(c.valueMad) : t('conventions.noValue')}
            </Fact>
            <Fact label={t('conventions.effectiveDate')}>{f.date(c.effectiveDate)}</Fact>
            <Fact label={t('conventions.expiryDate')}>{f.date(c.expiryDate)}</Fact>
            <Fact label={t('conventions.signingDeadline')}>{f.date(c.signingDeadline)}</Fact>
            <Fact label={t('conventions.createdAt')}>{f.dateTime(c.createdAt)}</Fact>
            <Fact label={t('conventions.sentAt')}>{f.dateTime(c.sentAt)}</Fact>
            <Fact label={t('conventions.activatedAt')}>{f.dateTime(c.activatedAt)}</Fact>
            <Fact label={t('conventions.reminders')}>
              {t('conventions.remindersValue', { count: c.reminderIntervalDays })}
            </Fact>
          </SimpleGrid>
          {(c.lineage.ancestors.length > 0 || c.lineage.amendments.length > 0) && (
            <Group gap="xs" mt="md">
              <Text size="sm" c="dimmed">
                {t('conventions.lineage')}
              </Text>
              {[...c.lineage.ancestors, ...c.lineage.amendments].map((l) => (
                <Anchor key={l.id} component={Link} to={`/conventions/${l.id}`} size="sm">
                  {l.reference}
                </Anchor>
              ))}
            </Group>
          )}
        </Section>
        {shown && (
          <Section
            id="convention-document"
            title={t('conventions.documentSection')}
            extra={
              shown !== c.documents.at(-1) && (
                <Group gap="xs">
                  <WholeBadge variant="light" color="orange" data-testid="viewer-older">
                    {t('conventions.viewer.older', { version: shown.version })}
                  </WholeBadge>
                  <Button size="compact-sm" variant="subtle" onClick={() => setChosenId(undefined)}>
                    {t('conventions.viewer.showLatest')}
                  </Button>
                </Group>
              )
            }
          >
            <PdfViewer
              key={shown.id}
              conventionId={c.id}
              documentId={shown.id}
              label={t('conventions.viewer.label', { version: shown.version, filename: shown.filename })}
            />
          </Section>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Section id="convention-parties" title={t('conventions.parties')}>
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {c.parties.map((p) => (
                <li key={p.id}>
                  <Group justify="space-between" wrap="nowrap">
                    <div>
                      <Text size="sm" fw={600}>
                        {p.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {p.roleLabel}
                      </Text>
                    </div>
                    <Group gap={4}>
                      {p.id === c.owner.id && (
                        <WholeBadge size="sm" variant="outline" color="jazari">
                          {t('conventions.owner')}
                        </WholeBadge>
                      )}
                      <WholeBadge size="sm" variant="light" color="gray">
                        {t(`conventions.kind.${p.kind}`)}
                      </WholeBadge>
                    </Group>
                  </Group>
                </li>
              ))}
            </Stack>
          </Section>
          <Documents convention={c} />
        </SimpleGrid>
        {c.documents.length > 1 && (
          <Section id="convention-compare" title={t('conventions.compare.title')}>
            <VersionCompare convention={c} shownId={shown?.id} onShow={show} />
          </Section>
        )}
        <Section
          id="convention-signers"
          title={t('conventions.signers')}
          extra={
            <Group gap="sm">
              {c.signers.total > 0 && (
                <Text size="sm" c="dimmed">
                  {t('conventions.signersProgress', { signed: c.signers.signed, total: c.signers.total })}
                </Text>
              )}
              {c.canManage && ['draft', 'in_review'].includes(c.status) && c.signers.signed === 0 && (
                <SignersEditor convention={c} />
              )}
            </Group>
          }
        >
          {steps.length === 0 ? (
            <EmptyState title={t('conventions.noSigners')} />
          ) : (
            <Stack gap="md">
              {steps.map((step) => (
                <div key={step}>
                  <Group gap="xs" mb={6}>
                    <Text size="sm" fw={700}>
                      {t('conventions.step', { step })}
                    </Text>
                    {c.signers.currentStep === step && c.status === 'out_for_signature' && (
                      <WholeBadge size="sm" color="orange" variant="light">
                        {t('conventions.currentStep')}
                      </WholeBadge>
                    )}
                  </Group>
                  <Stack
                    gap={0}
                    component="ul"
                    style={{ listStyle: 'none', padding: 0, margin: 0 }}
                    aria-label={t('conventions.step', { step })}
                  >
                    {c.signers.signers
                      .filter((s) => s.step === step)
                      .map((s) => (
                        <Group
                          component="li"
                          key={s.id}
                          data-testid="signer"
                          justify="space-between"
                          wrap="wrap"
                          gap="xs"
                          py={8}
                          style={{ borderBlockStart: '1px solid var(--mantine-color-gray-2)' }}
                        >
                          <div>
                            <Group gap={6}>
                              <Text size="sm" fw={600}>
                                {s.displayName ?? t('conventions.unknownSigner')}
                              </Text>
                              {s.userId === me.data?.user.id && (
                                <WholeBadge size="xs" variant="outline" color="gray">
                                  {t('conventions.you')}
                                </WholeBadge>
                              )}
                            </Group>
                            <Text size="xs" c="dimmed">
                              {t('conventions.signsFor', { party: partyName(s.partyTenantId) })}
                            </Text>
                          </div>
                          <Group gap="xs">
                            <WholeBadge variant="light" color={SIGNER_COLOR[s.status]}>
                              {t(`conventions.signerStatus.${s.status}`)}
                            </WholeBadge>
                            {s.actedAt && (
                              <Text size="xs" c="dimmed">
                                {f.dateTime(s.actedAt)}
                              </Text>
                            )}
                          </Group>
                        </Group>
                      ))}
                  </Stack>
                </div>
              ))}
            </Stack>
          )}
        </Section>
        <Obligations convention={c} focus={focus === 'obligations'} />
        <Section id="convention-timeline" title={t('conventions.timeline')}>
          <EvidenceTimeline convention={c} />
        </Section>
      </Stack>
    </>
  );
}

function Documents({ convention: c }: { convention: Convention }) {
  const t = useT();
  const f = useFormat();
  const [busy, setBusy] = useState<string>();
  const download = async (documentId: string, filename: string) => {
    setBusy(documentId);
    try {
      await downloadWithSession(`/api/v1/conventions/${c.id}/documents/${documentId}`, filename);
    } catch {
      toast(t('conventions.downloadFailed'), 'error');
    } finally {
      setBusy(undefined);
    }
  };
  const documents = [...c.documents].reverse();
  return (
    <Section
      id="convention-documents"
      title={t('conventions.documents')}
      extra={
        c.canManage &&
        ['draft', 'in_review', 'out_for_signature'].includes(c.status) && (
          <UploadDocumentButton convention={c} />
        )
      }
    >
      {documents.length === 0 ? (
        <EmptyState title={t('conventions.noDocuments')} />
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {documents.map((d, i) => (
            <li key={d.id}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <div style={{ minWidth: 0 }}>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={600} truncate>
                      {d.filename}
                    </Text>
                    {i === 0 && (
                      <WholeBadge size="xs" variant="light">
                        {t('conventions.latest')}
                      </WholeBadge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('conventions.documentMeta', {
                      version: d.version,
                      size: f.number(Math.max(1, Math.round(d.sizeBytes / 1024))),
                      date: f.dateTime(d.uploadedAt),
                    })}
                  </Text>
                </div>
                <Tooltip label={`SHA-256 ${d.sha256}`} multiline w={300}>
                  <Button
                    size="compact-sm"
                    variant="light"
                    style={{ flexShrink: 0 }}
                    leftSection={<IconDownload size={14} aria-hidden />}
                    loading={busy === d.id}
                    onClick={() => void download(d.id, d.filename)}
                    aria-label={t('conventions.downloadOf', { filename: d.filename, version: d.version })}
                  >
                    {t('common.download')}
                  </Button>
                </Tooltip>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function Obligations({ convention: c, focus }: { convention: Convention; focus: boolean }) {
  const t = useT();
  const f = useFormat();
  const obligations = useObligations(c.id);
  useEffect(() => {
    if (focus && obligations.data) {
      const section = document.getElementById('convention-obligations-section');
      section?.scrollIntoView({ block: 'start' });
      section?.focus({ preventScroll: true });
    }
  }, [focus, obligations.data]);
  return (
    <Section
      id="convention-obligations"
      title={t('conventions.obligations')}
      extra={
        <Text size="sm" c="dimmed">
          {t('conventions.obligationCounts', {
            open: c.obligations.open,
            met: c.obligations.met,
            waived: c.obligations.waived,
          })}
        </Text>
      }
    >
      <Execution convention={c} />
      <QueryState query={obligations}>
        {(data) =>
          data.data.length === 0 ? (
            <EmptyState title={t('conventions.noObligations')} />
          ) : (
            <div style={{ overflowX: 'auto' }}>
              <Table verticalSpacing="sm" miw={640}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('conventions.obligation')}</Table.Th>
                    <Table.Th scope="col">{t('conventions.responsible')}</Table.Th>
                    <Table.Th scope="col">{t('conventions.dueDate')}</Table.Th>
                    <Table.Th scope="col">{t('conventions.obligationStatus')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.data.map((o) => (
                    <Table.Tr key={o.id} id={o.id} data-testid="obligation">
                      <Table.Th scope="row" fw={500}>
                        {o.description}
                        {o.note && (
                          <Text size="xs" c="dimmed">
                            {o.note}
                          </Text>
                        )}
                      </Table.Th>
                      <Table.Td>{o.responsibleTenantName}</Table.Td>
                      <Table.Td>{f.date(o.dueDate)}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <WholeBadge
                            variant="light"
                            color={
                              o.status === 'met'
                                ? 'green'
                                : o.status === 'waived'
                                  ? 'gray'
                                  : o.overdue
                                    ? 'red'
                                    : 'blue'
                            }
                          >
                            {o.overdue
                              ? t('conventions.obligationStatus.overdue')
                              : t(`conventions.obligationStatus.${o.status}`)}
                          </WholeBadge>
                          {o.metAt && (
                            <Text size="xs" c="dimmed">
                              {f.date(o.metAt)}
                            </Text>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )
        }
      </QueryState>
    </Section>
  );
}

/** How far the obligations due to date are met, overall and per responsible party (the API counts). */
function Execution({ convention: c }: { convention: Convention }) {
  const t = useT();
  const f = useFormat();
  const e = c.execution;
  if (c.obligations.total === 0) return null;
  return (
    <Stack gap={6} mb="md" data-testid="execution">
      <Group gap="sm" align="baseline">
        <Text size="xl" fw={700}>
          {e.executedPercent === null ? '—' : f.percent(e.executedPercent, 1)}
        </Text>
        <Text size="sm" c="dimmed">
          {e.due === 0
            ? t('conventions.execution.none')
            : t('conventions.execution.summary', { met: e.met, due: e.due })}
        </Text>
        {e.overdue > 0 && (
          <WholeBadge color="red" variant="light">
            {t('conventions.execution.overdue', { count: e.overdue })}
          </WholeBadge>
        )}
      </Group>
      {e.byParty.length > 1 && (
        <Group gap="lg">
          {e.byParty.map((p) => (
            <Text key={p.tenantId} size="xs" c="dimmed">
              {t('conventions.execution.party', { party: p.name })}{' '}
              {p.executedPercent === null ? '—' : f.percent(p.executedPercent, 1)}
              {p.overdue > 0 ? ` · ${t('conventions.execution.overdue', { count: p.overdue })}` : ''}
            </Text>
          ))}
        </Group>
      )}
    </Stack>
  );
}
