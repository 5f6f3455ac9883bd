import { HttpStatus } from '@nestjs/common';
import { ProblemException, ValidationProblem, type FieldError } from '@jazari/http';

/** Problems of the beneficiary registry; their slugs are listed in docs/beneficiaries.md. */
export const BeneficiaryProblems = {
  notFound: (): ProblemException =>
    new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No beneficiary has this id'),

  notLinked: (): ProblemException =>
    new ProblemException(
      HttpStatus.NOT_FOUND,
      'not-found',
      'Not found',
      'This beneficiary is not linked to this project',
    ),

  alreadyLinked: (beneficiaryId: string): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'beneficiary-already-linked',
      'Already a beneficiary of this project',
      'This company (same ICE) is already linked to this project; unlink it first to record another support',
      { beneficiaryId },
    ),

  rootOnly: (): ProblemException =>
    new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', 'Not allowed', 'Only Root corrects the registry'),

  rootOnlyReview: (): ProblemException =>
    new ProblemException(
      HttpStatus.FORBIDDEN,
      'forbidden',
      'Not allowed',
      'Only Root reviews the registry mismatches',
    ),

  /** Like the projects' references: an unknown region or sector is a bad value of its field. */
  unknownReferences: (errors: readonly FieldError[]): ValidationProblem => new ValidationProblem(errors),
};
