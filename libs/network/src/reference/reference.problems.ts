import { HttpStatus } from '@nestjs/common';
import { ProblemException, ValidationProblem } from '@jazari/http';

/** Problems of the reference data and the directory; their slugs are listed in docs/network.md. */
export const ReferenceProblems = {
  priorityNotFound: (code: string): ProblemException =>
    new ProblemException(
      HttpStatus.NOT_FOUND,
      'not-found',
      'Not found',
      `No national priority has the code "${code}"`,
    ),

  domainNotFound: (code: string): ProblemException =>
    new ProblemException(
      HttpStatus.NOT_FOUND,
      'not-found',
      'Not found',
      `No thematic domain has the code "${code}"`,
    ),

  codeTaken: (code: string): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'code-taken',
      'Code already taken',
      `"${code}" is already used (codes are never reused, even once deactivated)`,
      { code },
    ),

  /** The code names its pillar; one that does not exist makes the code a bad value. */
  unknownPillar: (parentCode: string): ValidationProblem =>
    new ValidationProblem([
      { field: 'code', messages: [`there is no pillar "${parentCode}" to put this sub-priority under`] },
    ]),

  rootOnly: (what: string): ProblemException =>
    new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', 'Not allowed', `Only Root ${what}`),
};
