import { Button, Group, Menu, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconBuildingPlus,
  IconDots,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconSearch,
  IconUserPlus,
} from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useInvalidatePath } from '../../features/identity/admin';
import { useCan } from '../../features/identity/me';
import { ADMIN_ROLE } from '../../features/identity/roles';
import { useRegions, useTenants, type Tenant, type TenantFilters } from '../../features/network/network';
import { useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { toast } from '../../ui/toast';
import { useUrlFilters } from '../../ui/url-query-state';
import { AdminTable, StatusBadge } from './admin-bits';
import { InviteModal } from './invite-modal';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'suspend' | 'reactivate' | 'invite'; tenant: Tenant };

/**
 * Root's view of the network: its institutes and partners, filtered and searched (the filters live in
 * the URL); create one, edit its profile, suspend or reactivate it, invite its first administrator.
 */
export function Component() {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const invalidate = useInvalidatePath();
  const regions = useRegions();
  const [filters, setFilters] = useUrlFilters(['q', 'kind', 'status', 'region'] as const);
  const [search, setSearch] = useState(filters.q ?? '');
  const [debounced] = useDebouncedValue(search, 300);
  useEffect(() => {
    if ((filters.q ?? '') !== debounced.trim()) setFilters({ q: debounced.trim() || undefined });
  }, [debounced, filters.q, setFilters]);
  const query: TenantFilters = {
    q: filters.q,
    kind: (['root', 'institute', 'partner'] as const).find((k) => k === filters.kind),
    status: (['active', 'suspended'] as const).find((s) => s === filters.status),
    region: filters.region,
  };
  const list = useTenants(query);
  const [dialog, setDialog] = useState<Dialog>();
  const manage = can('tenants.manage');
  const invite = can('tenants.invite');
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];
  const close = () => setDialog(undefined);
  const filtered = Object.values(query).some(Boolean);

  const move = async (tenant: Tenant, to: 'suspend' | 'reactivate') => {
    const params = { path: { id: tenant.id } };
    await unwrap(
      to === 'suspend'
        ? api.POST('/api/v1/tenants/{id}/suspend', { params })
        : api.POST('/api/v1/tenants/{id}/reactivate', { params }),
    );
    await invalidate('/api/v1/tenants');
    toast(
      t(to === 'suspend' ? 'admin.tenants.suspended' : 'admin.tenants.reactivated', {
        name: tenant.names[locale],
      }),
    );
  };

  return (
    <>
      <PageHeader
        title={t('admin.tenants.title')}
        subtitle={t('admin.tenants.subtitle')}
        actions={
          manage && (
            <Button
              leftSection={<IconBuildingPlus size={16} aria-hidden />}
              onClick={() => setDialog({ kind: 'create' })}
            >
              {t('admin.tenants.create')}
            </Button>
          )
        }
      />
      <Group mb="md" align="flex-end" wrap="wrap" gap="sm">
        <TextInput
          label={t('common.search')}
          placeholder={t('admin.tenants.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: '1 1 220px' }}
        />
        <Select
          label={t('admin.tenants.kind')}
          data={[
            { value: 'institute', label: t('admin.kind.institute') },
            { value: 'partner', label: t('admin.kind.partner') },
            { value: 'root', label: t('admin.kind.root') },
          ]}
          value={filters.kind ?? null}
          onChange={(v) => setFilters({ kind: v ?? undefined })}
          placeholder={t('common.all')}
          clearable
          w={170}
        />
        <Select
          label={t('admin.tenants.status')}
          data={[
            { value: 'active', label: t('admin.tenants.status.active') },
            { value: 'suspended', label: t('admin.tenants.status.suspended') },
          ]}
          value={filters.status ?? null}
          onChange={(v) => setFilters({ status: v ?? undefined })}
          placeholder={t('common.all')}
          clearable
          w={170}
        />
        <Select
          label={t('admin.tenants.region')}
          data={(regions.data?.data ?? []).map((r) => ({ value: r.code, label: r.names[locale] }))}
          value={filters.region ?? null}
          onChange={(v) => setFilters({ region: v ?? undefined })}
          placeholder={t('common.all')}
          clearable
          searchable
          w={220}
        />
        {filtered && (
          <Button
            variant="subtle"
            onClick={() => {
              setSearch('');
              setFilters({ q: undefined, kind: undefined, status: undefined, region: undefined });
            }}
          >
            {t('common.clearFilters')}
          </Button>
        )}
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={filtered ? t('admin.tenants.noMatch') : t('admin.tenants.empty')} />
      ) : (
        <>
          <AdminTable minWidth={820}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.tenants.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.tenants.kind')}</Table.Th>
                <Table.Th scope="col">{t('admin.tenants.location')}</Table.Th>
                <Table.Th scope="col">{t('admin.tenants.status')}</Table.Th>
                {(manage || invite) && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((tenant) => (
                <Table.Tr key={tenant.id} data-testid="tenant" data-slug={tenant.slug}>
                  <Table.Th scope="row">
                    <Text size="sm" fw={600}>
                      {tenant.names[locale]}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {tenant.legalName} ·{' '}
                      <span style={{ direction: 'ltr', unicodeBidi: 'isolate' }}>{tenant.slug}</span>
                    </Text>
                  </Table.Th>
                  <Table.Td>{t(`admin.kind.${tenant.kind}`)}</Table.Td>
                  <Table.Td>
                    {[tenant.city, tenant.region?.names[locale]].filter(Boolean).join(' · ') || '—'}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge
                      label={
                        tenant.status === 'active'
                          ? 'admin.tenants.status.active'
                          : 'admin.tenants.status.suspended'
                      }
                      color={tenant.status === 'active' ? 'green' : 'red'}
                    />
                  </Table.Td>
                  {(manage || invite) && (
                    <Table.Td>
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <Button
                            size="compact-sm"
                            variant="default"
                            rightSection={<IconDots size={14} aria-hidden />}
                            aria-label={t('admin.tenants.actionsOf', { name: tenant.names[locale] })}
                          >
                            {t('common.actions')}
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          {manage && (
                            <Menu.Item
                              leftSection={<IconPencil size={16} aria-hidden />}
                              onClick={() => setDialog({ kind: 'edit', tenant })}
                            >
                              {t('admin.tenants.edit')}
                            </Menu.Item>
                          )}
                          {invite && tenant.kind !== 'root' && tenant.status === 'active' && (
                            <Menu.Item
                              leftSection={<IconUserPlus size={16} aria-hidden />}
                              onClick={() => setDialog({ kind: 'invite', tenant })}
                            >
                              {t('admin.tenants.inviteAdmin')}
                            </Menu.Item>
                          )}
                          {manage && tenant.kind !== 'root' && tenant.status === 'active' && (
                            <Menu.Item
                              color="red"
                              leftSection={<IconPlayerPause size={16} aria-hidden />}
                              onClick={() => setDialog({ kind: 'suspend', tenant })}
                            >
                              {t('admin.tenants.suspend')}
                            </Menu.Item>
                          )}
                          {manage && tenant.status === 'suspended' && (
                            <Menu.Item
                              leftSection={<IconPlayerPlay size={16} aria-hidden />}
                              onClick={() => setDialog({ kind: 'reactivate', tenant })}
                            >
                              {t('admin.tenants.reactivate')}
                            </Menu.Item>
                          )}
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </AdminTable>
          <LoadMoreFooter
            shown={items.length}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onMore={() => void list.fetchNextPage()}
          />
        </>
      )}
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <TenantFormModal tenant={dialog.kind === 'edit' ? dialog.tenant : undefined} onClose={close} />
      )}
      <ConfirmActionModal
        opened={dialog?.kind === 'suspend'}
        onClose={close}
        title={t('admin.tenants.suspendTitle')}
        confirmLabel={t('admin.tenants.suspend')}
        onConfirm={() =>
          dialog && dialog.kind === 'suspend' ? move(dialog.tenant, 'suspend') : Promise.resolve()
        }
      >
        {dialog?.kind === 'suspend' && t('admin.tenants.suspendBody', { name: dialog.tenant.names[locale] })}
      </ConfirmActionModal>
      <ConfirmActionModal
        opened={dialog?.kind === 'reactivate'}
        onClose={close}
        title={t('admin.tenants.reactivateTitle')}
        confirmLabel={t('admin.tenants.reactivate')}
        color="jazari"
        onConfirm={() =>
          dialog && dialog.kind === 'reactivate' ? move(dialog.tenant, 'reactivate') : Promise.resolve()
        }
      >
        {dialog?.kind === 'reactivate' &&
          t('admin.tenants.reactivateBody', { name: dialog.tenant.names[locale] })}
      </ConfirmActionModal>
      {dialog?.kind === 'invite' && dialog.tenant.kind !== 'root' && (
        <InviteModal
          opened
          title={t('admin.tenants.inviteTitle', { name: dialog.tenant.names[locale] })}
          intro={t('admin.tenants.inviteIntro', { name: dialog.tenant.names[locale] })}
          roles={[ADMIN_ROLE[dialog.tenant.kind]]}
          onClose={close}
          onInvite={async (body) => {
            await unwrap(
              api.POST('/api/v1/tenants/{id}/invitations', {
                params: { path: { id: dialog.tenant.id } },
                body,
              }),
            );
            toast(t('admin.invite.sent', { email: body.email }));
          }}
        />
      )}
    </>
  );
}

function TenantFormModal({ tenant, onClose }: { tenant?: Tenant; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const regions = useRegions();
  const invalidate = useInvalidatePath();
  const [kind, setKind] = useState<'institute' | 'partner'>(
    tenant?.kind === 'partner' ? 'partner' : 'institute',
  );
  const [slug, setSlug] = useState(tenant?.slug ?? '');
  const [legalName, setLegalName] = useState(tenant?.legalName ?? '');
  const [names, setNames] = useState({
    fr: tenant?.names.fr ?? '',
    ar: tenant?.names.ar ?? '',
    en: tenant?.names.en ?? '',
  });
  const [regionCode, setRegionCode] = useState<string | null>(tenant?.region?.code ?? null);
  const [city, setCity] = useState(tenant?.city ?? '');
  const [host, setHost] = useState(tenant?.hostOrganisation ?? '');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const institute = (tenant?.kind ?? kind) === 'institute';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const local: Record<string, string> = {};
    const required = t('admin.tenants.required');
    if (!tenant && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) local.slug = t('admin.tenants.slugRule');
    if (!legalName.trim()) local.legalName = required;
    for (const l of ['fr', 'ar', 'en'] as const) if (!names[l].trim()) local[`names.${l}`] = required;
    if (institute && !regionCode) local.regionCode = t('admin.tenants.instituteLocated');
    if (institute && !city.trim()) local.city = t('admin.tenants.instituteLocated');
    setFields(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    const common = {
      legalName: legalName.trim(),
      names: { fr: names.fr.trim(), ar: names.ar.trim(), en: names.en.trim() },
      regionCode: regionCode ?? null,
      city: city.trim() || null,
      hostOrganisation: host.trim() || null,
    };
    try {
      if (tenant) {
        await unwrap(
          api.PATCH('/api/v1/tenants/{id}', { params: { path: { id: tenant.id } }, body: common }),
        );
        toast(t('admin.tenants.saved', { name: common.names[locale] }));
      } else {
        await unwrap(api.POST('/api/v1/tenants', { body: { ...common, kind, slug } }));
        toast(t('admin.tenants.createdToast', { name: common.names[locale] }));
      }
      await invalidate('/api/v1/tenants');
      onClose();
    } catch (e) {
      setError(e);
      if (e instanceof ProblemError) {
        const f = e.fieldErrors();
        if (e.slug === 'slug-taken') f.slug = e.title;
        if (e.slug === 'unknown-region') f.regionCode = e.title;
        setFields(f);
      }
    } finally {
      setBusy(false);
    }
  };
  const handled =
    error instanceof ProblemError &&
    ['validation-failed', 'slug-taken', 'unknown-region'].includes(error.slug);

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={() => !busy && onClose()}
      title={tenant ? t('admin.tenants.editTitle') : t('admin.tenants.createTitle')}
      size="lg"
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {!tenant && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('admin.tenants.kind')}
                data={[
                  { value: 'institute', label: t('admin.kind.institute') },
                  { value: 'partner', label: t('admin.kind.partner') },
                ]}
                value={kind}
                onChange={(v) => v && setKind(v)}
                allowDeselect={false}
                required
              />
              <TextInput
                label={t('admin.tenants.slug')}
                description={t('admin.tenants.slugHelp')}
                value={slug}
                onChange={(e) => setSlug(e.currentTarget.value.toLowerCase())}
                error={fields.slug}
                required
                styles={{ input: { direction: 'ltr', textAlign: 'start' } }}
              />
            </SimpleGrid>
          )}
          <TextInput
            label={t('admin.tenants.legalName')}
            value={legalName}
            onChange={(e) => setLegalName(e.currentTarget.value)}
            error={fields.legalName}
            required
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {(['fr', 'ar', 'en'] as const).map((l) => (
              <TextInput
                key={l}
                label={t(`admin.tenants.name.${l}`)}
                value={names[l]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setNames((n) => ({ ...n, [l]: value }));
                }}
                error={fields[`names.${l}`]}
                required
                dir={l === 'ar' ? 'rtl' : 'ltr'}
              />
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('admin.tenants.region')}
              data={(regions.data?.data ?? []).map((r) => ({ value: r.code, label: r.names[locale] }))}
              value={regionCode}
              onChange={setRegionCode}
              clearable={!institute}
              searchable
              required={institute}
              error={fields.regionCode}
            />
            <TextInput
              label={t('admin.tenants.city')}
              value={city}
              onChange={(e) => setCity(e.currentTarget.value)}
              error={fields.city}
              required={institute}
            />
          </SimpleGrid>
          <TextInput
            label={t('admin.tenants.host')}
            description={t('admin.tenants.hostHelp')}
            value={host}
            onChange={(e) => setHost(e.currentTarget.value)}
            error={fields.hostOrganisation}
          />
          {error !== undefined && !handled && <ProblemAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {tenant ? t('common.save') : t('admin.tenants.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
