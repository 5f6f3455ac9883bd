import {
  Alert,
  Button,
  Card,
  Group,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { WholeBadge } from '../../ui/whole-badge';
import { IconCheck, IconShieldLock } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { LANGUAGE_NAMES } from '../../app/layout/language-menu';
import { switchTenant } from '../../auth/session';
import { meKey, useMe, type Me } from '../../features/identity/me';
import { useT } from '../../i18n/format';
import { isLocale, LOCALES, setLocale, type Locale } from '../../i18n/locale';
import { useLocale } from '../../i18n/provider';
import { PageHeader, ProblemAlert, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';
import { PasskeysSection } from './passkeys-section';
import { SecondFactorSection } from './second-factor-section';
import { SessionsSection } from './sessions-section';

const PASSWORD_MIN_LENGTH = 12;

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="md" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** The person's own account: name and language, password, and the organisations they belong to. */
export function Component() {
  const t = useT();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('profile.title')} subtitle={me.data?.user.email} />
      <QueryState query={me}>
        {(data) => (
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <IdentityForm me={data} />
              <PasswordForm />
            </SimpleGrid>
            <Memberships me={data} />
            <SecondFactorSection />
            <PasskeysSection />
            <SessionsSection />
          </Stack>
        )}
      </QueryState>
    </>
  );
}

function IdentityForm({ me }: { me: Me }) {
  const t = useT();
  const client = useQueryClient();
  const [displayName, setDisplayName] = useState(me.user.displayName);
  const [language, setLanguage] = useState<Locale>(isLocale(me.user.locale) ? me.user.locale : 'fr');
  const [fields, setFields] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (body: { displayName: string; locale: Locale }) => unwrap(api.PATCH('/api/v1/me', { body })),
    onSuccess: (data) => {
      client.setQueryData(meKey, data);
      // The page speaks the language just saved, in its direction.
      if (isLocale(data.user.locale)) setLocale(data.user.locale);
      toast(t('profile.identity.saved'));
    },
    onError: (e) => setFields(e instanceof ProblemError ? e.fieldErrors() : {}),
  });
  const dirty = displayName.trim() !== me.user.displayName || language !== me.user.locale;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!displayName.trim()) {
      setFields({ displayName: t('profile.identity.nameRequired') });
      return;
    }
    setFields({});
    save.mutate({ displayName: displayName.trim(), locale: language });
  };

  return (
    <Section title={t('profile.identity.title')} id="profile-identity">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('profile.identity.email')} value={me.user.email} readOnly variant="filled" />
          <TextInput
            label={t('profile.identity.displayName')}
            autoComplete="name"
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={fields.displayName}
            required
            maxLength={200}
          />
          <Select
            label={t('profile.identity.language')}
            description={t('profile.identity.languageHelp')}
            data={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            value={language}
            onChange={(v) => v && isLocale(v) && setLanguage(v)}
            allowDeselect={false}
            error={fields.locale}
          />
          {save.isError &&
            !(save.error instanceof ProblemError && save.error.slug === 'validation-failed') && (
              <ProblemAlert error={save.error} />
            )}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={!dirty}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function PasswordForm() {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [ended, setEnded] = useState<number>();
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      unwrap(api.POST('/api/v1/me/password', { body })),
    onSuccess: (data) => {
      setCurrent('');
      setNext('');
      setConfirm('');
      setEnded(data.revokedSessions);
      toast(t('profile.password.changed'));
    },
    onError: (e) => {
      if (!(e instanceof ProblemError)) return setFields({});
      if (e.slug === 'wrong-password') return setFields({ currentPassword: e.title });
      if (e.slug === 'password-unchanged') return setFields({ newPassword: e.title });
      setFields(e.fieldErrors());
    },
  });
  const fieldProblem =
    change.error instanceof ProblemError &&
    ['validation-failed', 'wrong-password', 'password-unchanged'].includes(change.error.slug);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setEnded(undefined);
    const local: Record<string, string> = {};
    if (!current) local.currentPassword = t('profile.password.currentRequired');
    if (next.length < PASSWORD_MIN_LENGTH)
      local.newPassword = t('profile.password.tooShort', { min: PASSWORD_MIN_LENGTH });
    else if (next === current) local.newPassword = t('profile.password.same');
    if (confirm !== next) local.confirm = t('profile.password.mismatch');
    setFields(local);
    if (Object.keys(local).length > 0) return;
    change.mutate({ currentPassword: current, newPassword: next });
  };

  return (
    <Section title={t('profile.password.title')} id="profile-password">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('profile.password.intro')}
          </Text>
          <PasswordInput
            label={t('profile.password.current')}
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={fields.currentPassword}
            required
          />
          <PasswordInput
            label={t('profile.password.new')}
            description={t('profile.password.rule', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={fields.newPassword}
            required
          />
          <PasswordInput
            label={t('profile.password.confirm')}
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={fields.confirm}
            required
          />
          {change.isError && !fieldProblem && <ProblemAlert error={change.error} />}
          {ended !== undefined && (
            <Alert color="teal" icon={<IconCheck aria-hidden />} role="status">
              {t('profile.password.ended', { count: ended })}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={change.isPending}
              leftSection={<IconShieldLock size={16} aria-hidden />}
            >
              {t('profile.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function Memberships({ me }: { me: Me }) {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const [switching, setSwitching] = useState<string>();
  const go = async (tenantId: string) => {
    setSwitching(tenantId);
    try {
      await switchTenant(tenantId);
      await navigate('/');
    } catch {
      toast(t('profile.memberships.switchFailed'), 'error');
    } finally {
      setSwitching(undefined);
    }
  };
  return (
    <Section title={t('profile.memberships.title')} id="profile-memberships">
      <Text size="sm" c="dimmed" mb="sm">
        {t('profile.memberships.intro', { count: me.memberships.length })}
      </Text>
      <div style={{ overflowX: 'auto' }}>
        <Table verticalSpacing="sm" miw={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('profile.memberships.tenant')}</Table.Th>
              <Table.Th scope="col">{t('profile.memberships.kind')}</Table.Th>
              <Table.Th scope="col">{t('profile.memberships.role')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {me.memberships.map((m) => {
              const current = m.tenant.id === me.current.tenant.id;
              return (
                <Table.Tr key={m.tenant.id}>
                  <Table.Th scope="row" fw={600}>
                    {m.tenant.name[locale]}
                  </Table.Th>
                  <Table.Td>{t(`profile.kind.${m.tenant.kind}`)}</Table.Td>
                  <Table.Td>{t(`role.${m.role}`)}</Table.Td>
                  <Table.Td>
                    {current ? (
                      <WholeBadge variant="light" color="jazari">
                        {t('profile.memberships.current')}
                      </WholeBadge>
                    ) : m.tenant.status === 'suspended' ? (
                      <WholeBadge variant="light" color="red">
                        {t('profile.memberships.suspended')}
                      </WholeBadge>
                    ) : (
                      <Button
                        size="compact-sm"
                        variant="light"
                        loading={switching === m.tenant.id}
                        onClick={() => void go(m.tenant.id)}
                      >
                        {t('profile.memberships.switch')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
    </Section>
  );
}
