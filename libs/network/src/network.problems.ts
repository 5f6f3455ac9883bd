import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@jazari/http';

/** Problems this context raises; their slugs are listed in docs/network.md and never change. */
export const NetworkProblems = {
  tenantNotFound: (): ProblemException =>
    new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No tenant has this id'),

  rootOnly: (): ProblemException =>
    new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', 'Not allowed', 'Only Root administers tenants'),

  slugTaken: (slug: string): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'slug-taken',
      'Slug already taken',
      `Another tenant already uses the slug "${slug}"`,
      { slug },
    ),

  unknownRegion: (regionCode: string): ProblemException =>
    new ProblemException(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'unknown-region',
      'Unknown region',
      `No region has the code "${regionCode}"`,
      { regionCode },
    ),

  instituteLocationRequired: (missing: readonly string[]): ProblemException =>
    new ProblemException(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'institute-location-required',
      'An institute needs a region and a city',
      `An institute cannot be left without ${missing.join(' and ')}`,
      { missing },
    ),

  cannotSuspendRoot: (): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'cannot-suspend-root',
      'Root cannot be suspended',
      'Suspending Root would lock every administrator out of the network',
    ),
};
