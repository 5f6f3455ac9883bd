import { HttpStatus } from '@nestjs/common';
import { describe, expect, it } from '@jest/globals';
import { toProblem } from './problem.filter.js';
import { ProblemException } from './problem.js';

describe('problem documents', () => {
  it('puts extensions beside the members', () => {
    const problem = new ProblemException(
      HttpStatus.CONFLICT,
      'report-not-failed',
      'Only failed',
      'It is ready.',
      {
        currentStatus: 'ready',
      },
    );
    expect(toProblem(problem, { url: '/api/v1/reports/1/retry', id: 'r1' })).toEqual({
      type: 'https://jazari.ma/problems/report-not-failed',
      title: 'Only failed',
      status: 409,
      detail: 'It is ready.',
      instance: '/api/v1/reports/1/retry',
      requestId: 'r1',
      currentStatus: 'ready',
    });
  });

  it('refuses an extension named like a member, which the document would overwrite', () => {
    for (const name of ['status', 'type', 'title', 'detail', 'instance', 'requestId']) {
      expect(() => new ProblemException(HttpStatus.CONFLICT, 'x', 'X', undefined, { [name]: 'y' })).toThrow(
        `the extension "${name}"`,
      );
    }
  });
});
