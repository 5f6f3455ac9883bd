import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { FieldError } from '@jazari/http';
import { ProjectReferenceRepository } from './project-reference.repository.js';

/** References a write brings in; only the values being added are checked (see `ProjectService`). */
export interface ProjectReferences {
  readonly priorityCodes?: readonly string[];
  readonly regionCodes?: readonly string[];
  readonly domainCodes?: readonly string[];
  readonly partnerTenantIds?: readonly string[];
  /** People, by the field that names them (`leadUserId`, `team`). */
  readonly people?: readonly { readonly field: string; readonly ids: readonly string[] }[];
}

/**
 * Unknown or unusable references are a 400 `validation-failed` naming the field, like a malformed value:
 * an inactive priority or domain, a region that does not exist, a partner that is not an active partner
 * tenant, a person who is not a member of the institute.
 */
@Injectable()
export class ProjectReferenceCheck {
  constructor(private readonly references: ProjectReferenceRepository) {}

  async errors(tx: TenantTx, instituteId: string, given: ProjectReferences): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const check = async (
      field: string,
      values: readonly string[] | undefined,
      found: (values: readonly string[]) => Promise<string[]>,
      what: string,
    ): Promise<void> => {
      if (!values || values.length === 0) return;
      const known = new Set((await found(values)).map((v) => v.toLowerCase()));
      const unknown = [...new Set(values)].filter((v) => !known.has(v.toLowerCase()));
      if (unknown.length > 0) errors.push({ field, messages: [`${what}: ${unknown.join(', ')}`] });
    };
    await check(
      'priorityCodes',
      given.priorityCodes,
      (v) => this.references.activePriorityCodes(tx, v),
      'not an active national priority',
    );
    await check('regionCodes', given.regionCodes, (v) => this.references.regionCodes(tx, v), 'not a region');
    await check(
      'domainCodes',
      given.domainCodes,
      (v) => this.references.activeDomainCodes(tx, v),
      'not an active thematic domain',
    );
    await check(
      'partnerTenantIds',
      given.partnerTenantIds,
      (v) => this.references.activePartners(tx, v),
      'not an active partner',
    );
    for (const people of given.people ?? []) {
      await check(
        people.field,
        people.ids,
        (v) => this.references.instituteMembers(tx, instituteId, v),
        'not a member of the institute',
      );
    }
    return errors;
  }
}
