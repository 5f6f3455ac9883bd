import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { WholeBadge } from '../../ui/whole-badge';
import { IconArrowLeft, IconSignature } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { AmendButton, SignersEditor } from '../../features/conventions/convention-drafting';
import { ConventionMoves } from '../../features/conventions/convention-moves';
import { EvidenceTimeline } from '../../features/conventions/evidence-timeline';
import { PdfViewer } from '../../features/conventions/pdf-viewer';
import { VersionCompare } from '../../features/conventions/version-compare';
import {
  mySigningTurn,
  STATUS_COLOR,
  useConvention,
  type Convention,
  type ConventionSigner,
} from '../../features/conventions/conventions';
import { useMe } from '../../features/identity/me';
import { useFormat, useT } from '../../i18n/format';
import { EmptyState, PageHeader, QueryState } from '../../ui/page';
import { Documents, Obligations, Section } from './convention-sections';

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
