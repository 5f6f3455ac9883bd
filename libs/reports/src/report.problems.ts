import { HttpStatus } from '@nestjs/common';
import { ProblemException, ValidationProblem } from '@jazari/http';

export const ReportProblems = {
  notFound(what: 'report' | 'schedule' | 'tenant' = 'report'): ProblemException {
    return new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', `No such ${what}.`);
  },
  nationalScopeForbidden(): ProblemException {
    return new ProblemException(
      HttpStatus.FORBIDDEN,
      'forbidden',
      'Forbidden',
      'A national report is for Root staff who read the national dashboard.',
    );
  },
  notReady(status: string): ProblemException {
    return new ProblemException(
      HttpStatus.CONFLICT,
      'report-not-ready',
      'The report is not ready',
      `The report is ${status}: download it once its status is ready.`,
      { currentStatus: status },
    );
  },
  notFailed(status: string): ProblemException {
    return new ProblemException(
      HttpStatus.CONFLICT,
      'report-not-failed',
      'Only a failed report is retried',
      `The report is ${status}.`,
      { currentStatus: status },
    );
  },
  expired(expiredAt: Date): ProblemException {
    return new ProblemException(
      HttpStatus.GONE,
      'report-expired',
      'The report has expired',
      'Its download period is over: request the report again.',
      { expiredAt: expiredAt.toISOString() },
    );
  },
  unavailable(): ProblemException {
    return new ProblemException(
      HttpStatus.INTERNAL_SERVER_ERROR,
      'file-unavailable',
      "The report's file cannot be found in storage",
      'The report is recorded but its file is missing; request it again.',
    );
  },
  linkInvalid(): ProblemException {
    return new ProblemException(
      HttpStatus.FORBIDDEN,
      'download-link-invalid',
      'This download link is not valid',
      "Open the report's page and download it from there.",
    );
  },
  linkExpired(): ProblemException {
    return new ProblemException(
      HttpStatus.GONE,
      'download-link-expired',
      'This download link has expired',
      "A download link works for a few minutes: open the report's page and download it again.",
    );
  },
  invalid(field: string, message: string): ValidationProblem {
    return new ValidationProblem([{ field, messages: [message] }]);
  },
};
