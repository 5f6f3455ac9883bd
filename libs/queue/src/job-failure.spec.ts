import { describe, expect, it } from '@jest/globals';
import { isInfrastructureFailure } from './job-failure.js';
import { RedisUnavailableError } from './redis.js';

describe('isInfrastructureFailure', () => {
  it('names stalls, lost locks and lost connections as not the handler’s', () => {
    expect(isInfrastructureFailure(new Error('job stalled more than allowable limit'))).toBe(true);
    expect(isInfrastructureFailure(new Error('Missing lock for job 42. moveToFinished'))).toBe(true);
    expect(isInfrastructureFailure(new RedisUnavailableError('reconnecting'))).toBe(true);
    expect(isInfrastructureFailure(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isInfrastructureFailure(Object.assign(new Error('gone'), { code: '57P01' }))).toBe(true);
    expect(isInfrastructureFailure(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
    expect(isInfrastructureFailure(new Error('wrapped', { cause: new Error('Connection terminated') }))).toBe(
      true,
    );
  });

  it('leaves every other error to the handler', () => {
    expect(isInfrastructureFailure(new Error('Webhook delivery 1 failed: HTTP 500'))).toBe(false);
    expect(isInfrastructureFailure(Object.assign(new Error('dup'), { code: '23505' }))).toBe(false);
    expect(isInfrastructureFailure(new TypeError('x is undefined'))).toBe(false);
    expect(
      isInfrastructureFailure(Object.assign(new Error('smtp'), { code: 'ETIMEDOUT', command: 'CONN' })),
    ).toBe(false);
    expect(isInfrastructureFailure(undefined)).toBe(false);
    expect(isInfrastructureFailure('text')).toBe(false);
  });
});
