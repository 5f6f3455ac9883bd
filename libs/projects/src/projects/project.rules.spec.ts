import { describe, expect, it } from '@jest/globals';
import {
  applyPatch,
  codeSet,
  dateOrderErrors,
  etagOf,
  ifMatchSatisfied,
  normalizeMoney,
  setDelta,
} from './project.rules.js';
import type { ProjectContent } from './project.types.js';

const current: ProjectContent = {
  title: 'Prédiction des récoltes',
  summary: 'Modèles de rendement',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  budgetMad: '1250000.00',
  spentMad: '0.00',
  priorityCodes: ['research_innovation'],
  regionCodes: ['MA-03', 'MA-06'],
  domainCodes: ['agriculture'],
};

describe('project rules', () => {
  it.each([
    ['1250000', '1250000.00'],
    ['1250000.5', '1250000.50'],
    ['0', '0.00'],
    ['000.07', '0.07'],
    ['0012.30', '12.30'],
    ['99999999999999.99', '99999999999999.99'],
  ])('normalises money %s as %s', (input, output) => {
    expect(normalizeMoney(input)).toBe(output);
  });

  it('refuses an end before the start, accepts equal or open dates', () => {
    expect(dateOrderErrors('2026-02-01', '2026-01-31')).toEqual([
      { field: 'endDate', messages: ['endDate must be on or after startDate'] },
    ]);
    expect(dateOrderErrors('2026-02-01', '2026-02-01')).toEqual([]);
    expect(dateOrderErrors(null, '2026-02-01')).toEqual([]);
  });

  it('compares code sets regardless of order and duplicates', () => {
    expect(codeSet(['b', 'a', 'b'])).toEqual(['a', 'b']);
    expect(setDelta(['a', 'b'], ['b', 'c'])).toEqual({ added: ['c'], removed: ['a'] });
  });

  it('reports only the fields that change, with from and to', () => {
    const { next, changes } = applyPatch(current, {
      title: 'Prédiction des récoltes',
      budgetMad: '1300000',
      spentMad: '0',
      regionCodes: ['MA-06', 'MA-03', 'MA-06'],
      domainCodes: ['water', 'agriculture'],
    });
    expect(changes).toEqual({
      budgetMad: { from: '1250000.00', to: '1300000.00' },
      domainCodes: { from: ['agriculture'], to: ['agriculture', 'water'] },
    });
    expect(next).toMatchObject({ title: current.title, budgetMad: '1300000.00', spentMad: '0.00' });
  });

  it('reports nothing for an empty or identical patch', () => {
    expect(applyPatch(current, {}).changes).toEqual({});
    expect(applyPatch(current, { ...current }).changes).toEqual({});
  });

  it('matches If-Match strongly against the version', () => {
    expect(etagOf(3)).toBe('"3"');
    expect(ifMatchSatisfied(undefined, 3)).toBe(true);
    expect(ifMatchSatisfied('*', 3)).toBe(true);
    expect(ifMatchSatisfied('"3"', 3)).toBe(true);
    expect(ifMatchSatisfied('"1", "3"', 3)).toBe(true);
    expect(ifMatchSatisfied('"2"', 3)).toBe(false);
    expect(ifMatchSatisfied('W/"3"', 3)).toBe(false);
    expect(ifMatchSatisfied('3', 3)).toBe(false);
  });
});
