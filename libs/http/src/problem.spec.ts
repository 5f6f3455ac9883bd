import { HttpStatus } from '@nestjs/common';
import { describe, expect, it } from '@jest/globals';
import { toProblem } from './problem.filter.js';
import { ProblemException, ValidationProblem } from './problem.js';

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
    expect(toProblem(problem, { url: '/api/v1/reports/1/retry', id: 'r1' }, 'en')).toEqual({
      type: 'https://jazari.ma/problems/report-not-failed',
      title: 'Only failed',
      status: 409,
      detail: 'It is ready.',
      instance: '/api/v1/reports/1/retry',
      requestId: 'r1',
      currentStatus: 'ready',
    });
  });

  it('writes a problem in the language asked for, with the same type', () => {
    const problem = new ValidationProblem([
      { field: 'email', messages: ['email must be an email'], faults: [{ constraint: 'isEmail' }] },
      { field: 'title', messages: ['title too short'], faults: [{ constraint: 'maxLength', args: [3] }] },
    ]);
    const request = { url: '/x', id: 'r1', headers: { 'accept-language': 'ar, en;q=0.5' } };
    expect(toProblem(problem, request)).toEqual({
      type: 'https://jazari.ma/problems/validation-failed',
      title: 'طلبك غير صالح',
      status: 400,
      detail: 'email: يجب أن يكون email بريدًا إلكترونيًا | title: يجب ألا يتجاوز title 3 حرفًا',
      errors: [
        { field: 'email', messages: ['يجب أن يكون email بريدًا إلكترونيًا'] },
        { field: 'title', messages: ['يجب ألا يتجاوز title 3 حرفًا'] },
      ],
      instance: '/x',
      requestId: 'r1',
    });
    const unknown = new ProblemException(HttpStatus.CONFLICT, 'report-not-failed', 'Only failed');
    expect(toProblem(unknown, { url: '/x', id: 'r1' })).toMatchObject({
      type: 'https://jazari.ma/problems/report-not-failed',
      title: 'Conflit',
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
