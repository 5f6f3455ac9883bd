import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useUnreadCount } from '../../features/notifications/unread';
import { useT } from '../../i18n/format';

export function InboxBell() {
  const t = useT();
  const unread = useUnreadCount().data?.unread ?? 0;
  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={18} disabled={unread === 0} offset={4} color="red">
      <ActionIcon
        component={Link}
        to="/inbox"
        variant="default"
        size="lg"
        aria-label={t('shell.inbox', { count: unread })}
        data-testid="inbox-bell"
        data-unread={unread}
      >
        <IconBell size={18} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
