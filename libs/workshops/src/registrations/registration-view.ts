import type { RegistrationDto } from './registration.dto.js';
import type { RegistrationRecord } from './registration.repository.js';

export function toRegistrationDto(workshopId: string, r: RegistrationRecord): RegistrationDto {
  return {
    id: r.id,
    workshopId,
    status: r.status,
    queuedAt: r.queuedAt.toISOString(),
    checkedInAt: r.checkedInAt?.toISOString() ?? null,
  };
}
