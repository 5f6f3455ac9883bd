import { Avatar, Menu, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconBellCog, IconLogout, IconUser } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { signOut } from '../../auth/session';
import { useMe } from '../../features/identity/me';
import { useT } from '../../i18n/format';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

export function UserMenu() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const name = me.data?.user.displayName ?? '';
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton>
          {/* The initials are a picture of the person; the button's name is said in full. */}
          <Avatar color="jazari" radius="xl" size={34} aria-hidden>
            {initials(name) || <IconUser size={18} />}
          </Avatar>
          <VisuallyHidden>{t('shell.account', { name })}</VisuallyHidden>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {name}
          {me.data && ` · ${t(`role.${me.data.current.role}`)}`}
        </Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUser size={16} aria-hidden />}>
          {t('shell.profile')}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/settings/notifications"
          leftSection={<IconBellCog size={16} aria-hidden />}
        >
          {t('shell.notificationSettings')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void signOut().then(() => navigate('/sign-in'))}
        >
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
