import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ProblemError } from '../../api/problem';
import type { Role } from '../../features/identity/roles';
import { useT } from '../../i18n/format';
import { ProblemAlert } from '../../ui/page';

/**
 * Invites someone by e-mail with one of the roles allowed (a tenant's own roles; for Root inviting into
 * another tenant, that tenant's administrator role only). The API's field errors show under the fields.
 */
export function InviteModal({
  opened,
  title,
  intro,
  roles,
  onClose,
  onInvite,
}: {
  opened: boolean;
  title: string;
  intro?: string;
  roles: readonly Role[];
  onClose: () => void;
  onInvite: (body: { email: string; role: Role }) => Promise<unknown>;
}) {
  const t = useT();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | null>(roles.length === 1 ? roles[0]! : null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const close = () => {
    if (busy) return;
    setEmail('');
    setRole(roles.length === 1 ? roles[0]! : null);
    setFields({});
    setError(undefined);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const local: Record<string, string> = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) local.email = t('admin.invite.emailInvalid');
    if (!role) local.role = t('admin.invite.roleRequired');
    setFields(local);
    if (Object.keys(local).length > 0 || !role) return;
    setBusy(true);
    try {
      await onInvite({ email: email.trim(), role });
      setBusy(false);
      setEmail('');
      setFields({});
      onClose();
    } catch (e) {
      setBusy(false);
      setError(e);
      if (e instanceof ProblemError) setFields(e.fieldErrors());
    }
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={close}
      title={title}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {intro && <Text size="sm">{intro}</Text>}
          <TextInput
            label={t('admin.invite.email')}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fields.email}
            required
            data-autofocus
            styles={{ input: { direction: 'ltr', textAlign: 'start' } }}
          />
          <Select
            label={t('admin.invite.role')}
            description={t('admin.invite.roleHelp')}
            data={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={role}
            onChange={(v) => setRole(v)}
            allowDeselect={false}
            error={fields.role}
            required
            readOnly={roles.length === 1}
          />
          <Text size="xs" c="dimmed">
            {t('admin.invite.validity')}
          </Text>
          {error !== undefined && !(error instanceof ProblemError && error.slug === 'validation-failed') && (
            <ProblemAlert error={error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('admin.invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
