import { Foundation1764144000000 } from './1764144000000-foundation.js';
import { NetworkIdentity1764144100000 } from './1764144100000-network-identity.js';
import { Access1764230400000 } from './1764230400000-access.js';
import { Projects1764316800000 } from './1764316800000-projects.js';
import { AccessCheck1764320000000 } from './1764320000000-access-check.js';
import { Conventions1764403200000 } from './1764403200000-conventions.js';
import { Maintenance1764489600000 } from './1764489600000-maintenance.js';
import { Notifications1764576000000 } from './1764576000000-notifications.js';
import { Webhooks1764662400000 } from './1764662400000-webhooks.js';
import { NotificationPreferences1764666000000 } from './1764666000000-notification-preferences.js';
import { Operations1764670000000 } from './1764670000000-operations.js';
import { DeliveryClaims1764673600000 } from './1764673600000-delivery-claims.js';
import { ApiKeyCreator1764680000000 } from './1764680000000-api-key-creator.js';
import { Resources1764748800000 } from './1764748800000-resources.js';
import { Workshops1764835200000 } from './1764835200000-workshops.js';
import { Dashboards1764921600000 } from './1764921600000-dashboards.js';
import { Reports1765008000000 } from './1765008000000-reports.js';
import { ReportExpiry1765094400000 } from './1765094400000-report-expiry.js';
import { AllocationWithdrawal1765180800000 } from './1765180800000-allocation-withdrawal.js';
import { WorkshopKindGrant1765270000000 } from './1765270000000-workshop-kind-grant.js';
import { SessionLocale1765356400000 } from './1765356400000-session-locale.js';
import { KpiDirection1765443000000 } from './1765443000000-kpi-direction.js';
import { BeneficiaryMismatch1765443100000 } from './1765443100000-beneficiary-mismatch.js';
import { DeclaredSeries1765443200000 } from './1765443200000-declared-series.js';
import { JobsSurviveWorkers1765443300000 } from './1765443300000-jobs-survive-workers.js';
import { IdempotencyKeys1765443400000 } from './1765443400000-idempotency-keys.js';
import { PasswordReset1765446000000 } from './1765446000000-password-reset.js';
import { ProjectSearch1796636477000 } from './1796636477000-project-search.js';
import { OutboxTelemetry1796640437000 } from './1796640437000-outbox-telemetry.js';
import { SecondFactor1796649462417 } from './1796649462417-second-factor.js';
import { DashboardDeltas1796650061000 } from './1796650061000-dashboard-deltas.js';
import { Passkeys1796652600000 } from './1796652600000-passkeys.js';
import { SingleSignOn1796651241000 } from './1796651241000-single-sign-on.js';
import { DocumentMetadata1796652000000 } from './1796652000000-document-metadata.js';
import { SsoSecondFactor1796652700000 } from './1796652700000-sso-second-factor.js';
import { SignInLeftoversPrune1796652851000 } from './1796652851000-sign-in-leftovers-prune.js';
import { DashboardProjectDeltas1796654123000 } from './1796654123000-dashboard-project-deltas.js';
import { DashboardProjectLists1796656000000 } from './1796656000000-dashboard-project-lists.js';
import { DashboardMarksHorizon1796656100000 } from './1796656100000-dashboard-marks-horizon.js';
import { DashboardNationalGone1796656200000 } from './1796656200000-dashboard-national-gone.js';

/** Every migration, in order. New migrations are appended here. */
export const migrations = [
  Foundation1764144000000,
  NetworkIdentity1764144100000,
  Access1764230400000,
  Projects1764316800000,
  AccessCheck1764320000000,
  Conventions1764403200000,
  Maintenance1764489600000,
  Notifications1764576000000,
  Webhooks1764662400000,
  NotificationPreferences1764666000000,
  Operations1764670000000,
  DeliveryClaims1764673600000,
  ApiKeyCreator1764680000000,
  Resources1764748800000,
  Workshops1764835200000,
  Dashboards1764921600000,
  Reports1765008000000,
  ReportExpiry1765094400000,
  AllocationWithdrawal1765180800000,
  WorkshopKindGrant1765270000000,
  SessionLocale1765356400000,
  KpiDirection1765443000000,
  BeneficiaryMismatch1765443100000,
  DeclaredSeries1765443200000,
  JobsSurviveWorkers1765443300000,
  IdempotencyKeys1765443400000,
  PasswordReset1765446000000,
  ProjectSearch1796636477000,
  OutboxTelemetry1796640437000,
  SecondFactor1796649462417,
  DashboardDeltas1796650061000,
  SingleSignOn1796651241000,
  DocumentMetadata1796652000000,
  Passkeys1796652600000,
  SsoSecondFactor1796652700000,
  SignInLeftoversPrune1796652851000,
  DashboardProjectDeltas1796654123000,
  DashboardProjectLists1796656000000,
  DashboardMarksHorizon1796656100000,
  DashboardNationalGone1796656200000,
];
