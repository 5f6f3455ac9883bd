import type { MessageKey } from '../../i18n/messages/fr';
import type { DeliveryStatus } from '../../features/webhooks/webhooks';

export const ENDPOINT_STATE: Record<
  'active' | 'failing' | 'disabledFailing' | 'disabledManual',
  { label: MessageKey; color: string }
> = {
  active: { label: 'admin.webhooks.state.active', color: 'green' },
  failing: { label: 'admin.webhooks.state.failing', color: 'orange' },
  disabledFailing: { label: 'admin.webhooks.state.disabledFailing', color: 'red' },
  disabledManual: { label: 'admin.webhooks.state.disabledManual', color: 'gray' },
};

export const DELIVERY_STATE: Record<DeliveryStatus, { label: MessageKey; color: string }> = {
  pending: { label: 'admin.deliveries.status.pending', color: 'blue' },
  delivered: { label: 'admin.deliveries.status.delivered', color: 'green' },
  failed: { label: 'admin.deliveries.status.failed', color: 'red' },
};
