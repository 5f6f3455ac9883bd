import { Button, Menu } from '@mantine/core';
import { IconCheck, IconSwitchHorizontal } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { switchTenant } from '../../auth/session';
import { useMe } from '../../features/identity/me';
import { useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { toast } from '../../ui/toast';

/** For people in several tenants: work in another one (a new session; this one ends). */
export function TenantSwitcher() {
  const t = useT();
  const me = useMe();
  const locale = useLocale();
  const navigate = useNavigate();
  const memberships = me.data?.memberships.filter((m) => m.tenant.status === 'active') ?? [];
  if (memberships.length < 2 || !me.data) return null;
  const current = me.data.current.tenant.id;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconSwitchHorizontal size={16} aria-hidden />}
          aria-label={t('shell.switchTenantFrom', { tenant: me.data.current.tenant.name[locale] })}
        >
          <span className="tenant-switcher-label">{me.data.current.tenant.name[locale]}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.switchTenant')}</Menu.Label>
        {memberships.map((m) => (
          <Menu.Item
            key={m.tenant.id}
            leftSection={
              m.tenant.id === current ? <IconCheck size={16} aria-hidden /> : <span style={{ width: 16 }} />
            }
            aria-current={m.tenant.id === current ? 'true' : undefined}
            onClick={() => {
              if (m.tenant.id === current) return;
              void switchTenant(m.tenant.id)
                .then(() => navigate('/'))
                .catch(() => toast(t('shell.switchFailed'), 'error'));
            }}
          >
            {m.tenant.name[locale]} · {t(`role.${m.role}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
