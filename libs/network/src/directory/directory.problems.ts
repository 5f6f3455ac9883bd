import { HttpStatus } from '@nestjs/common';
import { ProblemException, ValidationProblem } from '@jazari/http';

/** Problems of the network directory; their slugs are listed in docs/network.md. */
export const DirectoryProblems = {
  entryNotFound: (): ProblemException =>
    new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No directory entry has this id'),

  /** Like the projects' references: an unusable domain is a bad value of the field. */
  unknownDomains: (domainCodes: readonly string[]): ValidationProblem =>
    new ValidationProblem([
      { field: 'domainCodes', messages: [`not an active thematic domain: ${domainCodes.join(', ')}`] },
    ]),
};
