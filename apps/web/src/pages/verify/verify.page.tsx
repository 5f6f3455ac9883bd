import {
  Alert,
  Anchor,
  Button,
  Code,
  Collapse,
  FileButton,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconDownload,
  IconFileCheck,
  IconKey,
  IconShieldCheck,
  IconShieldX,
  IconUpload,
} from '@tabler/icons-react';
import { useEffect, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import verifierSource from '../../features/verify/jazari-verify.mjs?raw';
import {
  checkDocument,
  publicKeyId,
  verifyEvidenceBundle,
  type Verification,
} from '../../features/verify/jazari-verify.mjs';
import { useFormat, useT } from '../../i18n/format';
import { AuthFrame } from '../auth/auth-frame';

/** Where a key the person pinned is kept, in this browser only. */
const PINNED_KEY = 'jazari.verify.pinnedKey';

interface Key {
  readonly pem: string;
  readonly keyId: string;
  readonly source: 'platform' | 'pinned';
}

interface BundleView {
  convention?: { reference?: string; title?: string; parties?: { tenantId: string; name: string }[] };
  signers?: { id: string; name: string | null }[];
  signatures?: {
    id: string;
    signerId: string;
    partyTenantId: string;
    signedAt: string;
    /** How the signer proved it was them: `password`, `password+totp`… (absent in the oldest bundles). */
    method?: string;
    cancelledAt: string | null;
  }[];
}

type Outcome =
  | { kind: 'valid'; result: Extract<Verification, { valid: true }>; bundle: BundleView; pinned: boolean }
  | { kind: 'tampered'; location: string; problem: string }
  | { kind: 'unknown-key'; bundleKey: string; pinnedKey: string }
  | { kind: 'unreadable' }
  | { kind: 'no-bundle' };

interface DocumentCheck {
  readonly filename: string;
  readonly sha256: string;
  readonly signed: boolean;
  readonly version?: number;
}

/** The section a problem's location is in (`events[3].hash` → events), as the page names it. */
const SECTIONS = [
  'events',
  'seals',
  'signatures',
  'documents',
  'signers',
  'convention',
  'attestation',
  'format',
] as const;
type Section = (typeof SECTIONS)[number] | 'key' | 'bundle';
function sectionOf(location: string): Section {
  const head = location.split(/[.[]/)[0] ?? '';
  if (['publicKey', 'publicKeyRaw', 'keyId', 'pinned public key'].includes(location) || head === 'publicKey')
    return 'key';
  if (head === 'generatedAt') return 'attestation';
  return (SECTIONS as readonly string[]).includes(head) ? (head as Section) : 'bundle';
}

/** Latin text (a hash, a key id, a file name) inside a sentence that may be Arabic: isolated. */
const iso = (text: string) => `\u2068${text}\u2069`;

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Anyone, signed in or not, checks a sealed convention's evidence bundle here. Everything happens in the
 * browser (jazari-verify.mjs, WebCrypto): the files are never uploaded, and once the page and the
 * platform's public key are loaded it works with the network off. The key can be replaced by one the
 * person pinned out of band.
 */
export function Component() {
  const t = useT();
  const f = useFormat();
  const [key, setKey] = useState<Key | null>();
  const [editing, setEditing] = useState(false);
  const [pem, setPem] = useState('');
  const [pemError, setPemError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [documentCheck, setDocumentCheck] = useState<DocumentCheck>();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let live = true;
    const stored = localStorage.getItem(PINNED_KEY);
    const load = async (): Promise<Key | null> => {
      if (stored) {
        try {
          return { pem: stored, keyId: await publicKeyId(stored), source: 'pinned' };
        } catch {
          localStorage.removeItem(PINNED_KEY);
        }
      }
      try {
        const response = await fetch('/api/v1/evidence/public-key');
        if (!response.ok) return null;
        const body = (await response.json()) as { publicKey: string; keyId: string };
        return { pem: body.publicKey, keyId: await publicKeyId(body.publicKey), source: 'platform' };
      } catch {
        return null;
      }
    };
    void load().then((k) => live && setKey(k));
    return () => {
      live = false;
    };
  }, []);

  const pin = async () => {
    try {
      const keyId = await publicKeyId(pem);
      localStorage.setItem(PINNED_KEY, pem);
      setKey({ pem, keyId, source: 'pinned' });
      setEditing(false);
      setPemError(undefined);
      setOutcome(undefined);
    } catch {
      setPemError(t('verify.key.invalid'));
    }
  };

  const unpin = () => {
    localStorage.removeItem(PINNED_KEY);
    window.location.reload();
  };

  const check = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setOutcome(undefined);
    setDocumentCheck(undefined);
    try {
      const json = files.find((file) => !/\.pdf$/i.test(file.name) && file.type !== 'application/pdf');
      const pdf = files.find((file) => /\.pdf$/i.test(file.name) || file.type === 'application/pdf');
      if (!json) {
        setOutcome({ kind: 'no-bundle' });
        return;
      }
      let bundle: unknown;
      try {
        bundle = JSON.parse(await json.text());
      } catch {
        setOutcome({ kind: 'unreadable' });
        return;
      }
      const result = await verifyEvidenceBundle(bundle, key ? { pinnedPublicKeyPem: key.pem } : {});
      if (result.valid) {
        setOutcome({ kind: 'valid', result, bundle: bundle as BundleView, pinned: !!key });
      } else if (
        key &&
        result.location === 'publicKey' &&
        result.problem === 'is not the pinned public key'
      ) {
        const own = await verifyEvidenceBundle(bundle);
        setOutcome(
          own.valid
            ? { kind: 'unknown-key', bundleKey: own.keyId, pinnedKey: key.keyId }
            : { kind: 'tampered', location: own.location, problem: own.problem },
        );
      } else {
        setOutcome({ kind: 'tampered', location: result.location, problem: result.problem });
      }
      if (pdf) {
        const doc = await checkDocument(bundle, await pdf.arrayBuffer());
        setDocumentCheck({
          filename: pdf.name,
          sha256: doc.sha256,
          signed: doc.signed,
          ...(doc.document ? { version: doc.document.version } : {}),
        });
      }
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void check([...event.dataTransfer.files]);
  };

  return (
    <AuthFrame title={t('verify.title')} wide>
      <Text size="sm" c="dimmed">
        {t('verify.intro')}
      </Text>

      <Paper withBorder p="sm" radius="md" data-testid="verify-key">
        <Stack gap={6}>
          <Group gap={6}>
            <IconKey size={16} aria-hidden />
            <Text size="sm" fw={600}>
              {t('verify.key.title')}
            </Text>
          </Group>
          <Text size="sm">
            {key === undefined
              ? t('verify.key.loading')
              : key === null
                ? t('verify.key.none')
                : t(key.source === 'platform' ? 'verify.key.platform' : 'verify.key.pinned', {
                    key: iso(key.keyId),
                  })}
          </Text>
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => setEditing((e) => !e)}
              aria-expanded={editing}
            >
              {t('verify.key.pin')}
            </Button>
            {key?.source === 'pinned' && (
              <Button size="compact-sm" variant="subtle" onClick={unpin}>
                {t('verify.key.reset')}
              </Button>
            )}
          </Group>
          <Collapse expanded={editing}>
            <Stack gap="xs">
              <Textarea
                label={t('verify.key.pem')}
                dir="ltr"
                autosize
                minRows={3}
                value={pem}
                onChange={(e) => setPem(e.currentTarget.value)}
                error={pemError}
                styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
              />
              <Button size="compact-sm" onClick={() => void pin()} disabled={!pem.trim()}>
                {t('verify.key.save')}
              </Button>
            </Stack>
          </Collapse>
        </Stack>
      </Paper>

      <Paper
        withBorder
        p="lg"
        radius="md"
        onDragOver={(e: DragEvent) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{ borderStyle: 'dashed', borderWidth: 2 }}
        bg={dragging ? 'jazari.0' : undefined}
        data-testid="verify-drop"
      >
        <Stack align="center" gap="xs">
          <IconUpload size={28} aria-hidden />
          <Text size="sm" ta="center">
            {t('verify.drop')}
          </Text>
          <FileButton
            onChange={(files) => void check(files)}
            multiple
            accept=".json,.pdf,application/json,application/pdf"
          >
            {(props) => (
              <Button {...props} variant="light" loading={busy}>
                {t('verify.choose')}
              </Button>
            )}
          </FileButton>
        </Stack>
      </Paper>

      <div role="status" aria-live="polite">
        {outcome && resultOf(outcome)}
        {documentCheck && (
          <Alert
            mt="sm"
            color={documentCheck.signed ? 'green' : 'red'}
            icon={<IconFileCheck aria-hidden />}
            data-testid="verify-document"
            data-signed={documentCheck.signed}
          >
            {documentCheck.signed
              ? t('verify.document.match', {
                  filename: iso(documentCheck.filename),
                  version: documentCheck.version ?? 0,
                })
              : t('verify.document.mismatch', {
                  filename: iso(documentCheck.filename),
                  sha: iso(documentCheck.sha256),
                })}
          </Alert>
        )}
      </div>

      <Paper withBorder p="sm" radius="md">
        <Stack gap={6}>
          <Title order={2} size="h5">
            {t('verify.offline.title')}
          </Title>
          <Text size="sm">{t('verify.offline.body')}</Text>
          <Code block dir="ltr" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            node jazari-verify.mjs evidence.json --public-key jazari.pem --document convention.pdf
          </Code>
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={() => download('jazari-verify.mjs', verifierSource, 'text/javascript')}
            >
              {t('verify.offline.download')}
            </Button>
            {key && (
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconDownload size={14} aria-hidden />}
                onClick={() => download('jazari.pem', key.pem, 'application/x-pem-file')}
              >
                {t('verify.offline.key')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>

      <Anchor component={Link} to="/" size="sm">
        {t('verify.home')}
      </Anchor>
    </AuthFrame>
  );

  function resultOf(o: Outcome) {
    switch (o.kind) {
      case 'valid': {
        const b = o.bundle;
        const signatures = (b.signatures ?? []).filter((s) => s.cancelledAt === null);
        return (
          <Alert
            color="green"
            icon={<IconShieldCheck aria-hidden />}
            title={t('verify.valid.title')}
            data-testid="verify-result"
            data-outcome="valid"
          >
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {iso(b.convention?.reference ?? '')} — {b.convention?.title}
              </Text>
              <Text size="sm">{t('verify.valid.events', { count: o.result.events })}</Text>
              <Text size="sm">{t('verify.valid.key', { key: iso(o.result.keyId) })}</Text>
              {signatures.length > 0 && (
                <List size="sm" spacing={2}>
                  {signatures.map((s) => (
                    <List.Item key={s.id}>
                      {t('verify.valid.signed', {
                        name: b.signers?.find((g) => g.id === s.signerId)?.name ?? '—',
                        party:
                          b.convention?.parties?.find((p) => p.tenantId === s.partyTenantId)?.name ?? '—',
                        date: f.dateTime(s.signedAt),
                      })}{' '}
                      {s.method && (
                        <Text span size="xs" c="dimmed" data-testid="signature-method">
                          {t('verify.valid.method', { method: s.method.replaceAll('+', '_') })}
                        </Text>
                      )}
                    </List.Item>
                  ))}
                </List>
              )}
              {!o.pinned && (
                <Text size="sm" c="orange.9">
                  {t('verify.valid.unpinned')}
                </Text>
              )}
            </Stack>
          </Alert>
        );
      }
      case 'tampered':
        return (
          <Alert
            color="red"
            icon={<IconShieldX aria-hidden />}
            title={t('verify.tampered.title')}
            data-testid="verify-result"
            data-outcome="tampered"
            data-location={o.location}
          >
            <Stack gap={4}>
              <Text size="sm">
                {t('verify.tampered.body', { section: t(`verify.section.${sectionOf(o.location)}`) })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('verify.tampered.detail')}
              </Text>
              <Code dir="ltr">
                {o.location} {o.problem}
              </Code>
            </Stack>
          </Alert>
        );
      case 'unknown-key':
        return (
          <Alert
            color="orange"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('verify.unknownKey.title')}
            data-testid="verify-result"
            data-outcome="unknown-key"
          >
            {t('verify.unknownKey.body', { bundleKey: iso(o.bundleKey), pinnedKey: iso(o.pinnedKey) })}
          </Alert>
        );
      case 'unreadable':
        return (
          <Alert
            color="red"
            title={t('verify.unreadable.title')}
            data-testid="verify-result"
            data-outcome="unreadable"
          >
            {t('verify.unreadable.body')}
          </Alert>
        );
      case 'no-bundle':
        return (
          <Alert color="orange" data-testid="verify-result" data-outcome="no-bundle">
            {t('verify.noBundle')}
          </Alert>
        );
    }
  }
}
