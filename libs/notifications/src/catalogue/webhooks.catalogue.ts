import { webhookEndpointDisabledJob } from '@jazari/webhooks';
import { entriesOf } from './entry.js';

const integrations = entriesOf('integrations');

/** The catalogue's entries for webhooks' events: an endpoint disabled after failing. */
export const WEBHOOKS_EVENTS = [
  integrations(webhookEndpointDisabledJob, {
    // Deliveries stop until an admin fixes the receiver and enables the endpoint again.
    actionRequired: true,
    async resolve({ envelope, read }) {
      const { endpointId, url } = envelope.payload;
      const recipients = await read.admins([envelope.tenantId]);
      return { recipients, link: `/webhooks/${endpointId}`, vars: { url } };
    },
    templates: {
      fr: {
        subject: 'Webhook désactivé : {url}',
        body: 'Le webhook {url} échoue depuis 24 heures ; il a été désactivé. Corrigez le récepteur puis réactivez-le.',
        action: 'Voir le webhook',
      },
      ar: {
        subject: 'تم تعطيل خطاف الويب: {url}',
        body: 'يفشل خطاف الويب {url} منذ 24 ساعة، فتم تعطيله. أصلحوا جهاز الاستقبال ثم أعيدوا تفعيله.',
        action: 'عرض خطاف الويب',
      },
      en: {
        subject: 'Webhook disabled: {url}',
        body: 'The webhook {url} has been failing for 24 hours, so it was disabled. Fix the receiver, then enable it again.',
        action: 'View the webhook',
      },
    },
  }),
  // Shared resources (libs/resources): payloads carry the words; resolvers only look people up.
];
