import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@jazari/http';

const BEARER = { 'www-authenticate': 'Bearer realm="jazari"' };

/** The same answer for an unknown email and a wrong password, so neither can be told apart. */
export const invalidCredentials = (): ProblemException =>
  new ProblemException(
    HttpStatus.UNAUTHORIZED,
    'invalid-credentials',
    'Email or password is wrong',
    undefined,
    {},
    BEARER,
  );

export const invalidRefreshToken = (): ProblemException =>
  new ProblemException(
    HttpStatus.UNAUTHORIZED,
    'invalid-refresh-token',
    'The refresh token is not valid',
    'Sign in again.',
    {},
    BEARER,
  );

export const unauthenticated = (detail?: string): ProblemException =>
  new ProblemException(
    HttpStatus.UNAUTHORIZED,
    'unauthenticated',
    'Authentication required',
    detail,
    {},
    BEARER,
  );

export const noActiveMembership = (): ProblemException =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'no-active-membership',
    'You have no active membership',
    'Your account is not a member of any active tenant; ask an administrator for an invitation.',
  );

export const passwordSignInDisabled = (): ProblemException =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'password-sign-in-disabled',
    'Your organisation signs you in through its identity provider',
    'Password sign-in is turned off here: use the button "Sign in with …" of your organisation.',
  );
