import {
  Alert,
  Button,
  Code,
  Group,
  Paper,
  PasswordInput,
  Radio,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { ProblemError } from '../../api/problem';
import { useSession } from '../../auth/use-session';
import { useCan } from '../../features/identity/me';
import { ADMIN_ROLE, ROLES_BY_KIND, type Role } from '../../features/identity/roles';
import { useFormat, useT } from '../../i18n/format';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { toast } from '../../ui/toast';

type Settings = components['schemas']['SsoSettingsDto'];
type Saved = NonNullable<Settings['config']>;
type Body = components['schemas']['SaveSsoConfigDto'];

const KEY = ['/api/v1/sso-config'] as const;

interface Draft {
  enabled: boolean;
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string[];
  firstSignIn: Body['firstSignIn'];
  defaultRole: Role | null;
  passwordSignIn: boolean;
  trustProviderMfa: boolean;
}

function draftOf(saved: Saved | null, roles: readonly Role[]): Draft {
  return {
    enabled: saved?.enabled ?? true,
    displayName: saved?.displayName ?? '',
    issuer: saved?.issuer ?? '',
    clientId: saved?.clientId ?? '',
    clientSecret: '',
    allowedDomains: saved?.allowedDomains ?? [],
    firstSignIn: saved?.firstSignIn ?? 'invitation_required',
    defaultRole: saved?.defaultRole ?? roles[0] ?? null,
    passwordSignIn: saved?.passwordSignIn ?? true,
    trustProviderMfa: saved?.trustProviderMfa ?? false,
  };
}

/**
 * The tenant's single sign-on: its OpenID provider (issuer, client id and secret — the secret is written,
 * never shown again), the e-mail domains it vouches for, what happens at someone's first sign-in, and
 * whether members may still use a password (administrators always may: the break-glass way in).
 */
export function Component() {
  const t = useT();
  const can = useCan();
  const settings = useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET('/api/v1/sso-config')) });

  return (
    <Stack>
      <PageHeader title={t('admin.sso.title')} subtitle={t('admin.sso.subtitle')} />
      {settings.error ? (
        <ProblemAlert error={settings.error} onRetry={() => void settings.refetch()} />
      ) : !settings.data ? (
        <Loading />
      ) : (
        <SsoForm settings={settings.data} manage={can('sso.manage')} />
      )}
    </Stack>
  );
}

function SsoForm({ settings, manage }: { settings: Settings; manage: boolean }) {
  const t = useT();
  const f = useFormat();
  const session = useSession();
  const client = useQueryClient();
  const kind = session.status === 'signed-in' ? session.tenant.kind : 'institute';
  const joinRoles = ROLES_BY_KIND[kind].filter((r) => r !== ADMIN_ROLE[kind]);
  const saved = settings.config;
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved, joinRoles));
  const [fields, setFields] = useState<Record<string, string>>({});
  const [removing, setRemoving] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = useMutation({
    mutationFn: () => {
      const body: Body = {
        enabled: draft.enabled,
        displayName: draft.displayName.trim(),
        issuer: draft.issuer.trim(),
        clientId: draft.clientId.trim(),
        allowedDomains: draft.allowedDomains,
        firstSignIn: draft.firstSignIn,
        passwordSignIn: draft.passwordSignIn,
        trustProviderMfa: draft.trustProviderMfa,
        ...(draft.clientSecret ? { clientSecret: draft.clientSecret } : {}),
        ...(draft.firstSignIn === 'default_role' && draft.defaultRole
          ? { defaultRole: draft.defaultRole }
          : {}),
      };
      return unwrap(api.PUT('/api/v1/sso-config', { body }));
    },
    onMutate: () => setFields({}),
    onSuccess: (next) => {
      client.setQueryData(KEY, next);
      setDraft(draftOf(next.config, joinRoles));
      toast(t('admin.sso.saved'));
    },
    onError: (error) => {
      if (error instanceof ProblemError) setFields(error.fieldErrors());
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        <Paper withBorder p="md" radius="md">
          <Stack gap={4}>
            <Text fw={600}>{t('admin.sso.redirectUri')}</Text>
            <Text size="sm" c="dimmed">
              {t('admin.sso.redirectUriHelp')}
            </Text>
            <Code block dir="ltr">
              {settings.redirectUri}
            </Code>
          </Stack>
        </Paper>
        {saved && (
          <Text size="sm" c="dimmed">
            {t('admin.sso.updatedAt', { date: f.dateTime(saved.updatedAt) })}
          </Text>
        )}
        <Switch
          label={t('admin.sso.enabled')}
          description={t('admin.sso.enabledHelp')}
          checked={draft.enabled}
          onChange={(e) => set('enabled', e.currentTarget.checked)}
          disabled={!manage}
        />
        <TextInput
          label={t('admin.sso.displayName')}
          description={t('admin.sso.displayNameHelp')}
          value={draft.displayName}
          onChange={(e) => set('displayName', e.currentTarget.value)}
          error={fields.displayName}
          required
          disabled={!manage}
        />
        <TextInput
          label={t('admin.sso.issuer')}
          description={t('admin.sso.issuerHelp')}
          placeholder="https://login.example.ma/realms/staff"
          dir="ltr"
          value={draft.issuer}
          onChange={(e) => set('issuer', e.currentTarget.value)}
          error={fields.issuer}
          required
          disabled={!manage}
        />
        <TextInput
          label={t('admin.sso.clientId')}
          dir="ltr"
          value={draft.clientId}
          onChange={(e) => set('clientId', e.currentTarget.value)}
          error={fields.clientId}
          required
          disabled={!manage}
        />
        <PasswordInput
          label={t('admin.sso.clientSecret')}
          description={saved ? t('admin.sso.clientSecretSet') : t('admin.sso.clientSecretHelp')}
          dir="ltr"
          autoComplete="new-password"
          value={draft.clientSecret}
          onChange={(e) => set('clientSecret', e.currentTarget.value)}
          error={fields.clientSecret}
          required={!saved}
          disabled={!manage}
        />
        <TagsInput
          label={t('admin.sso.domains')}
          description={t('admin.sso.domainsHelp')}
          placeholder="example.ma"
          dir="ltr"
          value={draft.allowedDomains}
          onChange={(value) => set('allowedDomains', value)}
          error={
            fields.allowedDomains ??
            Object.entries(fields).find(([k]) => k.startsWith('allowedDomains.'))?.[1]
          }
          splitChars={[',', ' ', ';']}
          required
          disabled={!manage}
        />
        <Radio.Group
          label={t('admin.sso.firstSignIn')}
          value={draft.firstSignIn}
          onChange={(value) => set('firstSignIn', value)}
        >
          <Stack gap="xs" mt="xs">
            <Radio
              value="invitation_required"
              label={t('admin.sso.invitationRequired')}
              description={t('admin.sso.invitationRequiredHelp')}
              disabled={!manage}
            />
            <Radio
              value="default_role"
              label={t('admin.sso.defaultRoleChoice')}
              description={t('admin.sso.defaultRoleHelp')}
              disabled={!manage}
            />
          </Stack>
        </Radio.Group>
        {draft.firstSignIn === 'default_role' && (
          <Select
            label={t('admin.sso.defaultRole')}
            data={joinRoles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={draft.defaultRole}
            onChange={(value) => set('defaultRole', value)}
            allowDeselect={false}
            error={fields.defaultRole}
            disabled={!manage}
          />
        )}
        <Switch
          label={t('admin.sso.passwordSignIn')}
          description={t('admin.sso.passwordSignInHelp', { role: t(`role.${ADMIN_ROLE[kind]}`) })}
          checked={draft.passwordSignIn}
          onChange={(e) => set('passwordSignIn', e.currentTarget.checked)}
          disabled={!manage}
        />
        {!draft.passwordSignIn && (
          <Alert color="yellow" title={t('admin.sso.passwordOffTitle')}>
            {t('admin.sso.passwordOff')}
          </Alert>
        )}
        <Switch
          label={t('admin.sso.trustProviderMfa')}
          description={t('admin.sso.trustProviderMfaHelp')}
          checked={draft.trustProviderMfa}
          onChange={(e) => set('trustProviderMfa', e.currentTarget.checked)}
          disabled={!manage}
        />
        {save.error && !(save.error instanceof ProblemError && save.error.slug === 'validation-failed') && (
          <ProblemAlert error={save.error} />
        )}
        {manage && (
          <Group justify="space-between">
            <Button type="submit" loading={save.isPending}>
              {t('admin.sso.save')}
            </Button>
            {saved && (
              <Button variant="subtle" color="red" onClick={() => setRemoving(true)}>
                {t('admin.sso.remove')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmActionModal
        opened={removing}
        onClose={() => setRemoving(false)}
        title={t('admin.sso.removeTitle')}
        confirmLabel={t('admin.sso.remove')}
        onConfirm={async () => {
          await unwrap(api.DELETE('/api/v1/sso-config'));
          const next = await unwrap(api.GET('/api/v1/sso-config'));
          client.setQueryData(KEY, next);
          setDraft(draftOf(null, joinRoles));
          toast(t('admin.sso.removed'));
        }}
      >
        <Text>{t('admin.sso.removeBody')}</Text>
      </ConfirmActionModal>
    </form>
  );
}
