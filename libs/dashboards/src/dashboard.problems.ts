import { HttpStatus } from '@nestjs/common';
import { ProblemException, ValidationProblem } from '@jazari/http';

/** The problems of the dashboards; slugs are stable (docs/dashboards.md, docs/problems.md). */
export const DashboardProblems = {
  notFound: (): ProblemException =>
    new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such dashboard.'),
  badFilter: (field: string, message: string): ValidationProblem =>
    new ValidationProblem([{ field, messages: [message] }]),
};
