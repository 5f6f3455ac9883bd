import { Alert, Badge, Button, Group, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { signIn, switchTenant } from '../../auth/session';
import { LANGUAGE_NAMES } from '../../app/layout/language-menu';
import { useFormat, useT } from '../../i18n/format';
import { chooseLocale, isLocale, LOCALES, type Locale } from '../../i18n/locale';
import { useLocale } from '../../i18n/provider';
import { Loading, ProblemAlert } from '../../ui/page';
import { AuthFrame } from './auth-frame';

const PASSWORD_MIN_LENGTH = 12;

/**
 * The invitation link's page. With an account already: the person confirms with its password. Without:
 * they choose their name, language and password. Either way they are signed in and land in the tenant.
 */
export function Component() {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useQuery({
    queryKey: ['/api/v1/invitations/preview', token],
    queryFn: () => unwrap(api.GET('/api/v1/invitations/preview', { params: { query: { token } } })),
    enabled: token.length > 0,
    retry: false,
  });
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [language, setLanguage] = useState<Locale>(locale);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const title = t('auth.invitation.title');
  if (!token) {
    return (
      <AuthFrame title={title}>
        <Alert color="orange">{t('auth.invitation.missingToken')}</Alert>
      </AuthFrame>
    );
  }
  if (preview.isPending) {
    return (
      <AuthFrame title={title}>
        <Loading />
      </AuthFrame>
    );
  }
  if (preview.isError || !preview.data) {
    return (
      <AuthFrame title={title}>
        {preview.error instanceof ProblemError && preview.error.status === 404 ? (
          <Alert color="orange">{t('auth.invitation.unknown')}</Alert>
        ) : (
          <ProblemAlert error={preview.error} onRetry={() => void preview.refetch()} />
        )}
      </AuthFrame>
    );
  }
  const invitation = preview.data;
  const tenantName = invitation.tenant.name[locale];

  if (invitation.status !== 'open') {
    return (
      <AuthFrame title={title}>
        <Alert color="orange" role="alert">
          {invitation.status === 'accepted' ? t('auth.invitation.used') : t('auth.invitation.expired')}
        </Alert>
        <Button component={Link} to="/sign-in" variant="light">
          {t('auth.signIn.submit')}
        </Button>
      </AuthFrame>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const local: Record<string, string> = {};
    if (!invitation.accountExists) {
      if (!displayName.trim()) local.displayName = t('auth.invitation.nameRequired');
      if (password.length < PASSWORD_MIN_LENGTH)
        local.password = t('auth.password.tooShort', { min: PASSWORD_MIN_LENGTH });
      if (confirm !== password) local.confirm = t('auth.password.mismatch');
    }
    setFields(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const accepted = await unwrap(
        api.POST('/api/v1/invitations/accept', {
          body: invitation.accountExists
            ? { token, password }
            : { token, password, displayName: displayName.trim(), locale: language },
        }),
      );
      if (!invitation.accountExists) chooseLocale(language);
      const pair = await signIn(invitation.email, password);
      if (pair.tenant.id !== accepted.tenant.id) await switchTenant(accepted.tenant.id);
      await navigate('/', { replace: true });
    } catch (e) {
      setError(e);
      if (e instanceof ProblemError) setFields(e.fieldErrors());
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthFrame title={title} wide>
      <Text>{t('auth.invitation.intro', { tenant: tenantName, role: t(`role.${invitation.role}`) })}</Text>
      <Group gap="xs">
        <Badge variant="light">{invitation.email}</Badge>
        <Text size="xs" c="dimmed">
          {t('auth.invitation.validUntil', { date: f.dateTime(invitation.expiresAt) })}
        </Text>
      </Group>
      {error !== undefined && <ProblemAlert error={error} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {invitation.accountExists ? (
            <>
              <Text size="sm">{t('auth.invitation.existingAccount')}</Text>
              <PasswordInput
                label={t('auth.password')}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={fields.password}
                required
                autoFocus
              />
            </>
          ) : (
            <>
              <Text size="sm">{t('auth.invitation.newAccount')}</Text>
              <TextInput
                label={t('auth.displayName')}
                autoComplete="name"
                value={displayName}
                onChange={(e) => setDisplayName(e.currentTarget.value)}
                error={fields.displayName}
                required
                autoFocus
              />
              <Select
                label={t('auth.language')}
                data={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
                value={language}
                onChange={(v) => v && isLocale(v) && setLanguage(v)}
                allowDeselect={false}
              />
              <PasswordInput
                label={t('auth.newPassword')}
                description={t('auth.password.rule', { min: PASSWORD_MIN_LENGTH })}
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={fields.password}
                required
              />
              <PasswordInput
                label={t('auth.confirmPassword')}
                autoComplete="new-password"
                value={confirm}
                onChange={(e) => setConfirm(e.currentTarget.value)}
                error={fields.confirm}
                required
              />
            </>
          )}
          <Button type="submit" loading={busy}>
            {t('auth.invitation.accept')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
