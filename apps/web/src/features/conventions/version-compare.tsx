import {
  ActionIcon,
  Button,
  CopyButton,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconCheck, IconCopy, IconEye } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useFormat, useT } from '../../i18n/format';
import { WholeBadge } from '../../ui/whole-badge';
import type { Convention } from './conventions';

type Version = Convention['documents'][number];

/** The two versions compared first: the latest two, older first. */
export function defaultPair(documents: readonly Version[]): [string, string] | undefined {
  if (documents.length < 2) return undefined;
  return [documents.at(-2)!.id, documents.at(-1)!.id];
}

interface Row {
  readonly key: string;
  readonly label: string;
  /** What is compared: two versions differ on this row when these differ. */
  readonly value: (v: Version) => string | number | boolean | null;
  readonly show: (v: Version) => ReactNode;
}

/**
 * Two versions of a convention's document side by side: what each says about itself, the rows that
 * differ marked in words (a badge and the summary above the table, read out when the choice changes), the
 * full SHA-256 to copy, and a button that shows either version in the page's viewer.
 */
export function VersionCompare({
  convention: c,
  shownId,
  onShow,
}: {
  convention: Convention;
  shownId: string | undefined;
  onShow: (documentId: string) => void;
}) {
  const t = useT();
  const f = useFormat();
  const initial = defaultPair(c.documents);
  // Until the person picks, the latest two (a version uploaded meanwhile joins the comparison).
  const [chosen, setPair] = useState<[string, string]>();
  const pair = chosen ?? initial;
  if (!initial || !pair) return null;
  const byId = (id: string) => c.documents.find((d) => d.id === id);
  const a = byId(pair[0]) ?? byId(initial[0])!;
  const b = byId(pair[1]) ?? byId(initial[1])!;

  // A version recorded before pages and info were read says nothing of them ("unknown"); a version read
  // whose PDF gives no title says so ("not given").
  const info = (v: Version, value: string | null) =>
    value ?? (v.pageCount === null ? t('conventions.compare.unknown') : t('conventions.compare.notGiven'));
  const rows: Row[] = [
    {
      key: 'filename',
      label: t('conventions.compare.row.filename'),
      value: (v) => v.filename,
      show: (v) => <bdi>{v.filename}</bdi>,
    },
    {
      key: 'uploadedBy',
      label: t('conventions.compare.row.uploadedBy'),
      value: (v) => v.uploadedByName,
      show: (v) => v.uploadedByName ?? t('conventions.compare.unknown'),
    },
    {
      key: 'uploadedAt',
      label: t('conventions.compare.row.uploadedAt'),
      // As shown (to the minute): two uploads within a minute read the same, and are not marked.
      value: (v) => f.dateTime(v.uploadedAt),
      show: (v) => f.dateTime(v.uploadedAt),
    },
    {
      key: 'size',
      label: t('conventions.compare.row.size'),
      value: (v) => v.sizeBytes,
      show: (v) =>
        t('conventions.compare.sizeValue', {
          kb: f.number(Math.max(1, Math.round(v.sizeBytes / 1024))),
          bytes: f.number(v.sizeBytes),
        }),
    },
    {
      key: 'pages',
      label: t('conventions.compare.row.pages'),
      value: (v) => v.pageCount,
      show: (v) =>
        v.pageCount === null
          ? t('conventions.compare.unknown')
          : t('conventions.compare.pagesValue', { count: v.pageCount }),
    },
    {
      key: 'title',
      label: t('conventions.compare.row.title'),
      value: (v) => v.pdfTitle,
      show: (v) => info(v, v.pdfTitle),
    },
    {
      key: 'author',
      label: t('conventions.compare.row.author'),
      value: (v) => v.pdfAuthor,
      show: (v) => info(v, v.pdfAuthor),
    },
    {
      key: 'producer',
      label: t('conventions.compare.row.producer'),
      value: (v) => v.pdfProducer,
      show: (v) => info(v, v.pdfProducer),
    },
    {
      key: 'sha256',
      label: t('conventions.compare.row.sha256'),
      value: (v) => v.sha256,
      show: (v) => (
        <Group gap={4} wrap="nowrap" align="flex-start">
          <Text
            component="code"
            size="xs"
            ff="monospace"
            dir="ltr"
            data-testid="compare-sha256"
            style={{ wordBreak: 'break-all', unicodeBidi: 'isolate' }}
          >
            {v.sha256}
          </Text>
          <CopyButton value={v.sha256}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('conventions.compare.copied') : t('conventions.compare.copy')}>
                <ActionIcon
                  variant="subtle"
                  color={copied ? 'green' : 'gray'}
                  size="sm"
                  onClick={copy}
                  aria-label={t('conventions.compare.copyOf', { version: v.version })}
                >
                  {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      ),
    },
    {
      key: 'signing',
      label: t('conventions.compare.row.signing'),
      value: (v) => `${v.sealed}:${v.sentForSignatureAt}`,
      show: (v) =>
        v.sealed ? (
          <WholeBadge color="green" variant="light">
            {t('conventions.compare.signing.sealed')}
          </WholeBadge>
        ) : v.sentForSignatureAt ? (
          t('conventions.compare.signing.sent', { date: f.dateTime(v.sentForSignatureAt) })
        ) : (
          t('conventions.compare.signing.notSent')
        ),
    },
  ];
  const differing = a.id === b.id ? [] : rows.filter((r) => r.value(a) !== r.value(b));
  const options = [...c.documents].reverse().map((d) => ({
    value: d.id,
    label: t('conventions.compare.option', { version: d.version, filename: d.filename }),
  }));
  const choose = (side: 0 | 1) => (id: string | null) => {
    if (!id) return;
    const next: [string, string] = [a.id, b.id];
    next[side] = id;
    setPair(next);
  };

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('conventions.compare.first')}
          data={options}
          value={a.id}
          onChange={choose(0)}
          allowDeselect={false}
          w={280}
          data-testid="compare-first"
        />
        <Select
          label={t('conventions.compare.second')}
          data={options}
          value={b.id}
          onChange={choose(1)}
          allowDeselect={false}
          w={280}
          data-testid="compare-second"
        />
      </Group>
      <Text size="sm" role="status" aria-live="polite" id="compare-summary" data-testid="compare-summary">
        {a.id === b.id
          ? t('conventions.compare.sameVersion')
          : t('conventions.compare.summary', {
              count: differing.length,
              fields: differing.map((r) => r.label).join(t('conventions.compare.separator')),
            })}
      </Text>
      <Table
        withTableBorder
        verticalSpacing="xs"
        layout="fixed"
        data-testid="compare-table"
        aria-describedby="compare-summary"
      >
        <VisuallyHidden component="caption">
          {t('conventions.compare.caption', { a: a.version, b: b.version })}
        </VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="24%">
              {t('conventions.compare.field')}
            </Table.Th>
            {[a, b].map((v, i) => (
              <Table.Th scope="col" key={i}>
                <Stack gap={4} align="flex-start">
                  <Text fw={700} size="sm">
                    {t('conventions.compare.column', { version: v.version })}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant={shownId === v.id ? 'filled' : 'light'}
                    leftSection={<IconEye size={12} aria-hidden />}
                    onClick={() => onShow(v.id)}
                    aria-pressed={shownId === v.id}
                  >
                    {shownId === v.id
                      ? t('conventions.compare.shown', { version: v.version })
                      : t('conventions.compare.open', { version: v.version })}
                  </Button>
                </Stack>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const differs = differing.includes(r);
            return (
              <Table.Tr
                key={r.key}
                data-testid={`compare-row-${r.key}`}
                data-differs={differs}
                bg={differs ? 'var(--mantine-color-yellow-0)' : undefined}
              >
                <Table.Th scope="row" fw={600} style={{ verticalAlign: 'top' }}>
                  <Text size="sm" fw={600}>
                    {r.label}
                  </Text>
                  {differs && (
                    <WholeBadge size="xs" color="orange" variant="outline" mt={4}>
                      {t('conventions.compare.differs')}
                    </WholeBadge>
                  )}
                </Table.Th>
                {[a, b].map((v, i) => (
                  <Table.Td key={i} style={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>
                    <Text size="sm" component="div" fw={differs ? 600 : undefined}>
                      {r.show(v)}
                    </Text>
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
