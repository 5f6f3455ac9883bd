import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@jazari/http';

/**
 * A wrong, reused or unknown code. 401 at sign-in (no session yet); 403 for a signed-in person, whose
 * session is fine — only the code is wrong.
 */
export const invalidSecondFactor = (
  status: HttpStatus.UNAUTHORIZED | HttpStatus.FORBIDDEN,
  method: 'code' | 'passkey' = 'code',
): ProblemException =>
  method === 'passkey'
    ? new ProblemException(
        status,
        'invalid-second-factor',
        'The passkey was not accepted',
        'Use one of your passkeys on this site, with your fingerprint, face or PIN, and try again: each answer works once.',
      )
    : new ProblemException(
        status,
        'invalid-second-factor',
        'The code is not right',
        'Type the current code of your authenticator app, or one of your unused recovery codes. A code works once.',
      );

/** A passkey's registration that does not verify (another origin, no user verification, a stale challenge). */
export const passkeyNotRegistered = (): ProblemException =>
  new ProblemException(
    HttpStatus.BAD_REQUEST,
    'passkey-not-registered',
    'The passkey could not be added',
    'Start again from this site and confirm with your fingerprint, face or PIN within five minutes.',
  );

export const noPasskey = (): ProblemException =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'no-passkey',
    'You have no passkey',
    'Add a passkey in your security settings, or use a code.',
  );

export const passkeyNotFound = (): ProblemException =>
  new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such passkey.');

export const secondFactorRequired = (): ProblemException =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'second-factor-required',
    'A second factor is required',
    'Set up an authenticator app in your security settings first.',
  );

export const secondFactorAlreadyEnabled = (): ProblemException =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'second-factor-enabled',
    'A second factor is already set up',
    'Turn it off first to set up another one.',
  );

export const noPendingEnrolment = (): ProblemException =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'no-pending-enrolment',
    'No authenticator app is being set up',
    'Start the set-up again to get a new secret.',
  );

export const secondFactorMandatory = (): ProblemException =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'second-factor-mandatory',
    'Your second factor cannot be turned off',
    'One of your organisations requires a second factor for its members.',
  );

export const invalidChallenge = (): ProblemException =>
  new ProblemException(
    HttpStatus.UNAUTHORIZED,
    'invalid-challenge',
    'This sign-in step has expired',
    'Sign in again with your password.',
    {},
    { 'www-authenticate': 'Bearer realm="jazari"' },
  );
