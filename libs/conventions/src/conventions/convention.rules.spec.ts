import { describe, expect, it } from '@jest/globals';
import {
  executedPercent,
  executionOf,
  ifMatchSatisfied,
  nextDeadline,
  normalizeMoney,
  ownerCode,
  partiesWithOwner,
  referenceOf,
  termErrors,
} from './convention.rules.js';

describe('convention rules', () => {
  it.each([
    ['root', 'jazari-root', 'JZR'],
    ['institute', 'jazari-ai-casablanca', 'JAC'],
    ['institute', 'uir', 'UIR'],
    ['institute', 'inpt2', 'INPT'],
    ['institute', 'institute-ab12cd', 'IA'],
    ['institute', 'a-b-c-d-e-f-g-h', 'ABCDEF'],
  ])('codes a %s with slug %s as %s', (kind, slug, code) => {
    expect(ownerCode(kind, slug)).toBe(code);
  });

  it('numbers references with a 4-digit sequence', () => {
    expect(referenceOf('JZR', 2026, 7)).toBe('JZR-2026-0007');
    expect(referenceOf('JAC', 2026, 12345)).toBe('JAC-2026-12345');
  });

  it('normalises money as PostgreSQL prints it', () => {
    expect(normalizeMoney('001250000')).toBe('1250000.00');
    expect(normalizeMoney('0.5')).toBe('0.50');
  });

  it('refuses an expiry before the effective date', () => {
    const terms = { title: 't', valueMad: null, signingDeadline: null, reminderIntervalDays: 3 };
    expect(termErrors({ ...terms, effectiveDate: '2026-02-01', expiryDate: '2026-01-01' })).toHaveLength(1);
    expect(termErrors({ ...terms, effectiveDate: '2026-01-01', expiryDate: '2026-01-01' })).toEqual([]);
  });

  it('adds the owner as the first party, once, and refuses duplicates', () => {
    const { parties, errors } = partiesWithOwner(
      'o',
      [{ tenantId: 'p', roleLabel: 'Partenaire' }],
      'Porteur',
    );
    expect(errors).toEqual([]);
    expect(parties).toEqual([
      { tenantId: 'o', roleLabel: 'Porteur', position: 0 },
      { tenantId: 'p', roleLabel: 'Partenaire', position: 1 },
    ]);
    const listed = partiesWithOwner(
      'o',
      [
        { tenantId: 'p', roleLabel: 'A' },
        { tenantId: 'o', roleLabel: 'B' },
      ],
      'X',
    );
    expect(listed.parties.map((p) => p.tenantId)).toEqual(['p', 'o']);
    expect(
      partiesWithOwner(
        'o',
        [
          { tenantId: 'p', roleLabel: 'A' },
          { tenantId: 'p', roleLabel: 'B' },
        ],
        'X',
      ).errors,
    ).toHaveLength(1);
  });

  it('matches If-Match strongly', () => {
    expect(ifMatchSatisfied('"3"', 3)).toBe(true);
    expect(ifMatchSatisfied('"2", "3"', 3)).toBe(true);
    expect(ifMatchSatisfied('*', 3)).toBe(true);
    expect(ifMatchSatisfied('W/"3"', 3)).toBe(false);
    expect(ifMatchSatisfied('"2"', 3)).toBe(false);
  });

  it('shows the signing deadline before activation and the expiry after', () => {
    expect(nextDeadline('draft', '2026-03-01', '2030-01-01')).toEqual({
      kind: 'signing',
      date: '2026-03-01',
    });
    expect(nextDeadline('active', '2026-03-01', '2030-01-01')).toEqual({
      kind: 'expiry',
      date: '2030-01-01',
    });
    expect(nextDeadline('voided', '2026-03-01', '2030-01-01')).toBeNull();
  });
});

describe('execution of a convention', () => {
  it('is met over due, in percent with one decimal, and nothing while nothing is due', () => {
    expect(executedPercent(2, 3)).toBe(66.7);
    expect(executedPercent(1, 8)).toBe(12.5);
    expect(executedPercent(0, 4)).toBe(0);
    expect(executedPercent(0, 0)).toBeNull();
  });

  it('adds the parties up, and gives each its own figure', () => {
    const figure = executionOf('2031-02-10', [
      { tenantId: 'a', name: 'Atlas', due: 2, met: 2, overdue: 0 },
      { tenantId: 'b', name: 'Rabat', due: 1, met: 0, overdue: 1 },
      { tenantId: 'c', name: 'Souss', due: 0, met: 0, overdue: 0 },
    ]);
    expect(figure).toEqual({
      asOf: '2031-02-10',
      due: 3,
      met: 2,
      overdue: 1,
      executedPercent: 66.7,
      byParty: [
        { tenantId: 'a', name: 'Atlas', due: 2, met: 2, overdue: 0, executedPercent: 100 },
        { tenantId: 'b', name: 'Rabat', due: 1, met: 0, overdue: 1, executedPercent: 0 },
        { tenantId: 'c', name: 'Souss', due: 0, met: 0, overdue: 0, executedPercent: null },
      ],
    });
  });
});
