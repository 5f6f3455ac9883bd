import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@jazari/http';
import type { ProjectStatus } from '../project-access.js';
import { etagOf } from './project.rules.js';

/** Problems the projects core raises; their slugs are listed in docs/projects.md and never change. */
export const ProjectProblems = {
  instituteOnly: (): ProblemException =>
    new ProblemException(
      HttpStatus.FORBIDDEN,
      'forbidden',
      'Not allowed',
      'Only institutes run projects; partners and Root take part in and follow them.',
    ),

  personRequired: (): ProblemException =>
    new ProblemException(HttpStatus.FORBIDDEN, 'person-required', 'Only a signed-in person can do this'),

  /** Carries the current ETag, so the client can reload and retry. */
  preconditionFailed: (version: number): ProblemException =>
    new ProblemException(
      HttpStatus.PRECONDITION_FAILED,
      'precondition-failed',
      'The project changed since you read it',
      `If-Match does not name the current version (${etagOf(version)}); reload the project and apply your change again.`,
      { currentVersion: version },
      { etag: etagOf(version) },
    ),

  illegalTransition: (
    from: ProjectStatus,
    to: ProjectStatus,
    allowed: readonly ProjectStatus[],
  ): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'illegal-transition',
      'This status change is not allowed',
      allowed.length === 0
        ? `A ${from} project is final: it cannot become ${to}.`
        : `A ${from} project cannot become ${to}; it can become ${allowed.join(' or ')}.`,
      { from, to, allowed },
    ),
};
