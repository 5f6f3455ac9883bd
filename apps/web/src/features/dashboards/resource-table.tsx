import { Table } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useFormat, useT } from '../../i18n/format';
import { EmptyState } from '../../ui/page';
import type { ResourceUse } from './dashboards';

/** A kind or unit the web app knows is named in the reader's language; a new one shows as the API says it. */
export function useNamed() {
  const intl = useIntl();
  return (key: string, fallback: string) =>
    intl.messages[key] === undefined ? fallback : intl.formatMessage({ id: key });
}

/** Shared resources by kind and unit: allocated, used, share used (national, institute and partner dashboards). */
export function ResourceTable({ rows }: { rows: readonly ResourceUse[] }) {
  const t = useT();
  const f = useFormat();
  const named = useNamed();
  if (rows.length === 0) return <EmptyState title={t('dashboards.tenant.none')} />;
  return (
    <Table verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('dashboards.resources.kind')}</Table.Th>
          <Table.Th scope="col" ta="end">
            {t('dashboards.resources.allocated')}
          </Table.Th>
          <Table.Th scope="col" ta="end">
            {t('dashboards.resources.used')}
          </Table.Th>
          <Table.Th scope="col" ta="end">
            {t('dashboards.resources.usedPercent')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={`${r.kind}|${r.unit}`}>
            <Table.Th scope="row" fw={500}>
              {t('dashboards.resources.kindUnit', {
                kind: named(`resources.kind.${r.kind}`, r.kind),
                unit: named(`resources.unitName.${r.unit}`, r.unit),
              })}
            </Table.Th>
            <Table.Td ta="end" className="tabular">
              {f.number(r.allocated, 1)}
            </Table.Td>
            <Table.Td ta="end" className="tabular">
              {f.number(r.used, 1)}
            </Table.Td>
            <Table.Td ta="end" className="tabular">
              {f.percent(r.usedPercent, 1)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
