import { reportReadyJob } from '@jazari/reports';
import { entriesOf } from './entry.js';

const reports = entriesOf('reports');

/** The catalogue's entries for the reports' events: a report is ready. */
export const REPORTS_EVENTS = [
  reports(reportReadyJob, {
    // The report's requester, in their tenant (where the report lives), with a link to its page.
    async resolve({ envelope, read }) {
      const { reportId, requestedBy, periodLabel, format } = envelope.payload;
      const recipients = await read.users(envelope.tenantId, [requestedBy]);
      return {
        recipients,
        link: `/reports/${reportId}`,
        vars: { period: periodLabel, format: format.toUpperCase() },
      };
    },
    templates: {
      fr: {
        subject: 'Votre rapport est prêt ({period})',
        body: 'Le rapport {format} demandé pour la période {period} est prêt à être téléchargé.',
        action: 'Télécharger le rapport',
      },
      ar: {
        subject: 'تقريرك جاهز ({period})',
        body: 'التقرير {format} المطلوب عن الفترة {period} جاهز للتحميل.',
        action: 'تحميل التقرير',
      },
      en: {
        subject: 'Your report is ready ({period})',
        body: 'The {format} report you requested for {period} is ready to download.',
        action: 'Download the report',
      },
    },
  }),
];
