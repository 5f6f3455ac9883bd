import { AppShell, Box, Burger, Divider, Group, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBell,
  IconBriefcase,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChartBar,
  IconFileCertificate,
  IconHome,
  IconMap2,
  IconServer2,
  IconSettings,
  IconTicket,
} from '@tabler/icons-react';
import { Suspense, type ComponentType, type ReactNode } from 'react';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useCan, useMe } from '../../features/identity/me';
import { useSession } from '../../auth/use-session';
import { useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { InboxBell } from './inbox-bell';
import { LanguageMenu } from './language-menu';
import { ADMIN_ITEMS, NAV_ITEMS, type NavItem } from './nav';
import { TenantSwitcher } from './tenant-switcher';
import { UserMenu } from './user-menu';

const ICONS: Record<
  NavItem['icon'],
  ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>
> = {
  home: IconHome,
  national: IconMap2,
  projects: IconBriefcase,
  resources: IconServer2,
  allocations: IconTicket,
  workshops: IconCalendarEvent,
  conventions: IconFileCertificate,
  reports: IconChartBar,
  inbox: IconBell,
  admin: IconSettings,
};

/** The frame of every signed-in page: header (tenant, language, inbox, person), navigation, main. */
export function AppLayout({ fallback }: { fallback: ReactNode }) {
  const t = useT();
  const me = useMe();
  const locale = useLocale();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const can = useCan();
  const session = useSession();
  const kind =
    session.status === 'signed-in' || session.status === 'locked' ? session.tenant.kind : undefined;
  const visible = (item: NavItem) =>
    (!item.permission || can(item.permission)) && (!item.kinds || (kind && item.kinds.includes(kind)));
  const several = (me.data?.memberships.filter((m) => m.tenant.status === 'active').length ?? 0) > 1;
  // With several tenants, the switcher names the current one already.
  const tenantName = several ? undefined : me.data?.current.tenant.name[locale];

  const link = (item: NavItem) => {
    const Icon = ICONS[item.icon];
    const active = item.end ? location.pathname === item.to : location.pathname.startsWith(item.to);
    return (
      <NavLink
        key={item.to}
        component={RouterNavLink}
        to={item.to}
        end={item.end}
        label={t(item.label)}
        leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
        active={active}
        onClick={close}
        aria-current={active ? 'page' : undefined}
      />
    );
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <UnstyledButton component={RouterNavLink} to="/" title={t('shell.homeLink')}>
              <Group gap={8} wrap="nowrap">
                <img src="/favicon.svg" alt="" width={28} height={28} />
                <Text fw={700} size="lg" c="jazari.8">
                  Jazari
                </Text>
              </Group>
            </UnstyledButton>
            {tenantName && (
              <Text size="sm" c="dimmed" visibleFrom="md" truncate maw={260}>
                {tenantName}
              </Text>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <TenantSwitcher />
            <LanguageMenu />
            <InboxBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        <AppShell.Section grow style={{ overflowY: 'auto' }}>
          <nav aria-label={t('shell.navigation')}>
            {NAV_ITEMS.filter(visible).map(link)}
            {ADMIN_ITEMS.some(visible) && (
              <>
                <Divider my="sm" />
                <Text size="xs" fw={700} c="dimmed" px="sm" pb={4} tt="uppercase">
                  <IconBuildingCommunity
                    size={14}
                    aria-hidden
                    style={{ verticalAlign: 'middle', marginInlineEnd: 4 }}
                  />
                  {t('nav.admin')}
                </Text>
                {ADMIN_ITEMS.filter(visible).map(link)}
              </>
            )}
          </nav>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Box className="page">
          <Suspense fallback={fallback}>
            <Outlet />
          </Suspense>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
