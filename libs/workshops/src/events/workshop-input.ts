import { Injectable } from '@nestjs/common';
import type { Actor } from '@jazari/access';
import { ConventionAccess, ObligationService } from '@jazari/conventions';
import type { TenantTx } from '@jazari/database';
import { ProblemException, ValidationProblem, type FieldError } from '@jazari/http';
import { ProjectAccess } from '@jazari/projects';
import type { CreateWorkshopDto, UpdateWorkshopDto } from './workshop.dto.js';
import { WorkshopProblems } from '../workshop.problems.js';
import { DEFAULT_TIME_ZONE, isTimeZone, type WorkshopRow } from '../workshop.types.js';
import { WorkshopRepository, type WorkshopFields } from './workshop.repository.js';

export interface Participants {
  readonly coOrganiserTenantIds: readonly string[];
  readonly audienceTenantIds: readonly string[];
}

/**
 * A workshop's fields from a request, and the checks of what they refer to: times and zone, where it
 * happens, participant tenants, the convention obligation it serves, its projects.
 */
@Injectable()
export class WorkshopInput {
  constructor(
    private readonly workshops: WorkshopRepository,
    private readonly projectAccess: ProjectAccess,
    private readonly conventionAccess: ConventionAccess,
    private readonly obligations: ObligationService,
  ) {}

  /** The workshop's fields from the input, over `current` for a PATCH. */
  fields(input: CreateWorkshopDto | UpdateWorkshopDto, current: WorkshopRow | null): WorkshopFields {
    const date = (value: string | null | undefined, fallback: Date | null): Date | null =>
      value === undefined ? fallback : value === null ? null : new Date(value);
    const obligation =
      input.obligation === undefined
        ? current?.obligationId
          ? {
              tenantId: current.conventionTenantId!,
              conventionId: current.conventionId!,
              obligationId: current.obligationId,
            }
          : null
        : input.obligation === null
          ? null
          : // The owner tenant is filled in by check().
            {
              tenantId: '',
              conventionId: input.obligation.conventionId.toLowerCase(),
              obligationId: input.obligation.obligationId.toLowerCase(),
            };
    return {
      kind: input.kind ?? current!.kind,
      title: input.title ?? current!.title,
      description: input.description ?? current?.description ?? '',
      languages: input.languages ?? current?.languages ?? ['fr'],
      startsAt: date(input.startsAt, current?.startsAt ?? null)!,
      endsAt: date(input.endsAt, current?.endsAt ?? null)!,
      timeZone: input.timeZone ?? current?.timeZone ?? DEFAULT_TIME_ZONE,
      venue: input.venue === undefined ? (current?.venue ?? null) : input.venue || null,
      onlineUrl: input.onlineUrl === undefined ? (current?.onlineUrl ?? null) : input.onlineUrl || null,
      capacity: input.capacity === undefined ? (current?.capacity ?? null) : input.capacity,
      audience: input.audience ?? current?.audience ?? 'listed',
      registrationOpensAt: date(input.registrationOpensAt, current?.registrationOpensAt ?? null),
      registrationClosesAt: date(input.registrationClosesAt, current?.registrationClosesAt ?? null),
      obligation,
    };
  }

  /** Checks what the fields refer to; fills in the obligation's owner. Answers the linked projects. */
  async check(
    tx: TenantTx,
    actor: Actor,
    organiserTenantId: string,
    fields: WorkshopFields,
    participants: Participants,
    projectIds: readonly string[],
  ): Promise<{ tenantId: string; id: string }[]> {
    const errors: FieldError[] = [];
    if (fields.startsAt >= fields.endsAt)
      errors.push({ field: 'endsAt', messages: ['endsAt must be after startsAt'] });
    if (!isTimeZone(fields.timeZone)) errors.push({ field: 'timeZone', messages: ['not an IANA time zone'] });
    if (!fields.venue && !fields.onlineUrl) {
      errors.push({ field: 'venue', messages: ['give a venue, an online link, or both'] });
    }
    if (
      fields.registrationOpensAt &&
      fields.registrationClosesAt &&
      fields.registrationOpensAt >= fields.registrationClosesAt
    ) {
      errors.push({ field: 'registrationClosesAt', messages: ['must be after registrationOpensAt'] });
    }
    if (fields.registrationClosesAt && fields.registrationClosesAt > fields.endsAt) {
      errors.push({ field: 'registrationClosesAt', messages: ['must not be after the end'] });
    }
    const co = participants.coOrganiserTenantIds.map((t) => t.toLowerCase());
    const aud = participants.audienceTenantIds.map((t) => t.toLowerCase());
    if (co.includes(organiserTenantId) || aud.includes(organiserTenantId)) {
      errors.push({ field: 'coOrganiserTenantIds', messages: ['the organiser is not its own participant'] });
    }
    if (co.some((t) => aud.includes(t))) {
      errors.push({ field: 'audienceTenantIds', messages: ['a co-organiser is not also audience'] });
    }
    if (errors.length > 0) throw new ValidationProblem(errors);

    const all = [...new Set([...co, ...aud])];
    const active = new Set(await this.workshops.activeTenants(tx, all));
    const bad = all.filter((t) => !active.has(t));
    if (bad.length > 0) {
      throw WorkshopProblems.invalidReference(
        'coOrganiserTenantIds',
        `not an active tenant: ${bad.join(', ')}`,
      );
    }
    if (fields.obligation) {
      const convention = await this.conventionAccess
        .read(tx, actor, fields.obligation.conventionId)
        .catch(() => {
          throw WorkshopProblems.invalidReference('obligation', 'no such convention obligation');
        });
      await this.obligations
        .checkMarkable(actor, fields.obligation.conventionId, fields.obligation.obligationId)
        .catch((error: unknown) => {
          if (error instanceof ProblemException && error.getStatus() === 403) {
            throw WorkshopProblems.invalidReference(
              'obligation',
              'only the obligation’s responsible party or the convention’s owner links evidence to it',
            );
          }
          throw WorkshopProblems.invalidReference('obligation', 'no such convention obligation');
        });
      (fields as { obligation: WorkshopFields['obligation'] }).obligation = {
        ...fields.obligation,
        tenantId: convention.ownerTenantId,
      };
    }
    return this.projectRefs(tx, actor, projectIds);
  }

  async projectRefs(
    tx: TenantTx,
    actor: Actor,
    projectIds: readonly string[],
  ): Promise<{ tenantId: string; id: string }[]> {
    const projects: { tenantId: string; id: string }[] = [];
    for (const id of projectIds) {
      try {
        const scope = await this.projectAccess.read(tx, actor, id);
        projects.push({ tenantId: scope.tenantId, id: id.toLowerCase() });
      } catch (error) {
        if (error instanceof ProblemException && error.getStatus() === 404) {
          throw WorkshopProblems.invalidReference('projectIds', `no such project: ${id}`);
        }
        throw error;
      }
    }
    return projects;
  }
}
