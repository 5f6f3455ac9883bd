import type { MyRegistrationDto, SeatsDto, WorkshopDto, WorkshopSummaryDto } from './workshop.dto.js';
import type { RegistrationRecord } from '../registrations/registration.repository.js';
import type { AgendaItemRow, ParticipantRow, WorkshopRow } from '../workshop.types.js';

export interface WorkshopView {
  readonly workshop: WorkshopRow;
  readonly participants: readonly ParticipantRow[];
  readonly projects: readonly { tenantId: string; id: string }[];
  readonly agenda: readonly AgendaItemRow[];
  readonly seats: { registered: number; waitlisted: number };
  readonly mine: RegistrationRecord | undefined;
  /** The caller's place on the waitlist, when waiting. */
  readonly position: number | null;
  readonly canManage: boolean;
}

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

export function toWorkshopDto(v: WorkshopView): WorkshopDto {
  const w = v.workshop;
  return {
    id: w.id,
    kind: w.kind,
    status: w.status,
    title: w.title,
    description: w.description,
    languages: w.languages,
    startsAt: w.startsAt.toISOString(),
    endsAt: w.endsAt.toISOString(),
    timeZone: w.timeZone,
    venue: w.venue,
    onlineUrl: w.onlineUrl,
    capacity: w.capacity,
    audience: w.audience,
    registrationOpensAt: iso(w.registrationOpensAt),
    registrationClosesAt: iso(w.registrationClosesAt),
    organiser: { tenantId: w.tenantId, name: w.organiserName },
    participants: v.participants.map((p) => ({ tenantId: p.tenantId, name: p.name, role: p.role })),
    projects: [...v.projects],
    obligation:
      w.conventionTenantId && w.conventionId && w.obligationId
        ? {
            tenantId: w.conventionTenantId,
            conventionId: w.conventionId,
            obligationId: w.obligationId,
            evidenceRecordedAt: iso(w.obligationEvidenceAt),
          }
        : null,
    agenda: v.agenda.map((a) => ({
      id: a.id,
      position: a.position,
      startsAt: iso(a.startsAt),
      endsAt: iso(a.endsAt),
      title: a.title,
      speakerUserId: a.speakerUserId,
      speakerName: a.speakerName,
    })),
    seats: seatsOf(w, v.seats),
    myRegistration: myRegistrationOf(v.mine, v.position),
    // The code is shown at the venue: only organisers read it.
    checkInCode: v.canManage ? w.checkInCode : null,
    canManage: v.canManage,
    version: w.version,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
    heldAt: iso(w.heldAt),
    cancelledAt: iso(w.cancelledAt),
  };
}

function seatsOf(w: WorkshopRow, seats: { registered: number; waitlisted: number }): SeatsDto {
  return { ...seats, left: w.capacity === null ? null : Math.max(w.capacity - seats.registered, 0) };
}

function myRegistrationOf(
  mine: RegistrationRecord | undefined,
  position: number | null,
): MyRegistrationDto | null {
  if (!mine) return null;
  return {
    id: mine.id,
    status: mine.status,
    checkedInAt: iso(mine.checkedInAt),
    waitlistPosition: mine.status === 'waitlisted' ? position : null,
  };
}

/** A list row: the workshop, its seats, and the caller's own registration. */
export function toSummaryDto(
  w: WorkshopRow,
  v: Pick<WorkshopView, 'seats' | 'mine' | 'position' | 'canManage'>,
): WorkshopSummaryDto {
  return {
    id: w.id,
    kind: w.kind,
    status: w.status,
    title: w.title,
    startsAt: w.startsAt.toISOString(),
    endsAt: w.endsAt.toISOString(),
    timeZone: w.timeZone,
    organiser: { tenantId: w.tenantId, name: w.organiserName },
    capacity: w.capacity,
    venue: w.venue,
    seats: seatsOf(w, v.seats),
    myRegistration: myRegistrationOf(v.mine, v.position),
    canManage: v.canManage,
  };
}

export function etagOf(version: number): string {
  return `"${version}"`;
}

/** RFC 9110 `If-Match`: `*` or a list naming the current version (strong comparison). */
export function ifMatchSatisfied(header: string, version: number): boolean {
  const value = header.trim();
  if (value === '*') return true;
  return value.split(',').some((tag) => tag.trim() === etagOf(version));
}
