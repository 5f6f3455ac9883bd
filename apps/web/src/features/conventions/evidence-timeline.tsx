import { Alert, Button, Group, Stack, Text, Timeline } from '@mantine/core';
import { IconCertificate, IconDownload, IconShieldCheck, IconShieldSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useState } from 'react';
import { useFormat, useT } from '../../i18n/format';
import { downloadWithSession } from '../../ui/authed-download';
import { EmptyState, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';
import { useEvidence, type Convention, type EvidenceBundleView } from './conventions';

/** Event types the page names; any other is shown by its code. */
const KNOWN_EVENTS = [
  'created',
  'updated',
  'document_added',
  'submitted_for_review',
  'returned_to_draft',
  'signers_set',
  'sent',
  'viewed',
  'signed',
  'declined',
  'activated',
  'amended',
  'expired',
  'voided',
  'terminated',
  'obligation_added',
  'obligation_updated',
  'obligation_met',
  'obligation_reopened',
  'obligation_waived',
] as const;
type KnownEvent = (typeof KNOWN_EVENTS)[number];
const isKnown = (type: string): type is KnownEvent => (KNOWN_EVENTS as readonly string[]).includes(type);

const SIGNED_STATUSES = ['active', 'expired', 'terminated'];

/** Who acted: the person by name when the convention names them (a signer), else their party. */
function actorOf(c: Convention, bundle: EvidenceBundleView, userId: string | null, tenantId: string | null) {
  const person =
    bundle.signers.find((s) => s.userId === userId)?.name ??
    c.signers.signers.find((s) => s.userId === userId)?.displayName;
  const party = c.parties.find((p) => p.id === tenantId)?.name;
  return [person, party].filter(Boolean).join(' · ');
}

/**
 * The convention's evidence chain, event by event (who, what, when, the event's hash), and once it is
 * signed its seal, with the signing certificate and the evidence bundle to download.
 */
export function EvidenceTimeline({ convention: c }: { convention: Convention }) {
  const t = useT();
  const f = useFormat();
  const evidence = useEvidence(c.id);
  const [busy, setBusy] = useState<string>();
  const download = async (what: 'certificate' | 'bundle') => {
    setBusy(what);
    try {
      if (what === 'certificate')
        await downloadWithSession(
          `/api/v1/conventions/${c.id}/certificate.pdf`,
          `certificate-${c.reference}.pdf`,
        );
      else await downloadWithSession(`/api/v1/conventions/${c.id}/evidence`, `evidence-${c.reference}.json`);
    } catch {
      toast(t('conventions.downloadFailed'), 'error');
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <QueryState query={evidence}>
      {(bundle) => {
        const seal = bundle.seals.at(-1);
        return (
          <Stack gap="md">
            {SIGNED_STATUSES.includes(c.status) && seal && (
              <Alert
                color="green"
                variant="light"
                icon={<IconShieldCheck aria-hidden />}
                title={t('conventions.sealed.title')}
                data-testid="sealed"
              >
                <Stack gap="xs">
                  <Text size="sm">
                    {t('conventions.sealed.body', {
                      date: f.dateTime(seal.sealedAt),
                      count: seal.headSeq,
                    })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {/* The key id is Latin text inside a sentence that may be Arabic: isolated (LRI … PDI). */}
                    {t('conventions.sealed.key', { key: `\u2066${seal.keyId}\u2069` })}
                  </Text>
                  <Group gap="xs">
                    <Button
                      size="compact-sm"
                      leftSection={<IconCertificate size={14} aria-hidden />}
                      loading={busy === 'certificate'}
                      onClick={() => void download('certificate')}
                    >
                      {t('conventions.sealed.certificate')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      leftSection={<IconDownload size={14} aria-hidden />}
                      loading={busy === 'bundle'}
                      onClick={() => void download('bundle')}
                    >
                      {t('conventions.sealed.bundle')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      component={Link}
                      to="/verify"
                      target="_blank"
                      leftSection={<IconShieldSearch size={14} aria-hidden />}
                    >
                      {t('conventions.sealed.verify')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            )}
            {bundle.events.length === 0 ? (
              <EmptyState title={t('conventions.timeline.empty')} />
            ) : (
              <Timeline
                active={bundle.events.length}
                bulletSize={14}
                lineWidth={2}
                aria-label={t('conventions.timeline')}
              >
                {[...bundle.events].reverse().map((e) => (
                  <Timeline.Item
                    key={e.id}
                    data-testid="evidence-event"
                    data-type={e.type}
                    title={
                      <Text size="sm" fw={600} component="span">
                        {isKnown(e.type) ? t(`conventions.event.${e.type}`) : e.type}
                      </Text>
                    }
                  >
                    <Text size="xs" c="dimmed">
                      {f.dateTime(e.occurredAt)}
                      {actorOf(c, bundle, e.actorUserId, e.actorTenantId)
                        ? ` · ${actorOf(c, bundle, e.actorUserId, e.actorTenantId)}`
                        : ''}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      <span dir="ltr">
                        #{e.seq} · {e.hash.slice(0, 16)}…
                      </span>
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
