import { describe, expect, it } from '@jest/globals';
import { PROBLEM_PHRASES, PROBLEM_TEMPLATES } from './problem-catalogue.js';
import { fieldMessage } from './problem-field-language.js';
import { catalogueEntryOf, translatePhrase } from './problem-language.js';
import { sampleOf, scanProblemTexts } from './problem-texts.scan.js';

/**
 * Issue 16 point 6: every title and detail a service raises reads in French and Arabic. The sources are
 * read (problem-texts.scan.ts), so a problem added with English text only fails here, naming where it is
 * raised. A text with values is checked with sample values in their place.
 */
/**
 * Field messages put together from a phrase and the values at fault (`${what}: ${values}`), where
 * `what` is one of the phrases the catalogue has (fieldMessage translates the phrase, keeps the values).
 */
const COMPOSED = new Set(['libs/projects/src/projects/project-reference.check.ts']);

describe('problem texts in every language', () => {
  const { texts, unresolved } = scanProblemTexts(['libs', 'apps']);

  it('finds the problem texts of every context', () => {
    // A sanity floor: the scan reads the sources it should (about 270 texts when this was written).
    expect(texts.length).toBeGreaterThan(250);
    const contexts = new Set(texts.map((text) => text.at.split('/')[1]));
    for (const context of ['conventions', 'identity', 'network', 'projects', 'resources', 'workshops']) {
      expect(contexts).toContain(context);
    }
  });

  it('turns every title and detail expression into text (none is computed out of its sight)', () => {
    expect(unresolved).toEqual([]);
  });

  it('has French and Arabic for every problem text raised in the code', () => {
    const missing: string[] = [];
    for (const text of texts) {
      const english = sampleOf(text, (i) => `value${i}`);
      if (COMPOSED.has(text.at.replace(/:\d+$/, '')) && text.parts[0] === null) continue;
      for (const language of ['fr', 'ar'] as const) {
        // A field message the catalogue lacks would read "the value of <field> is not valid".
        const generic = fieldMessage('field', undefined, '\u0000', language);
        const translated =
          text.role === 'field'
            ? fieldMessage('field', undefined, english, language)
            : translatePhrase(english, language);
        if (translated === english || translated.startsWith(generic) || /\{\w+\}/.test(translated)) {
          missing.push(`${text.at} (${text.role}, ${language}): ${english}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no catalogue entry that no problem of the code uses', () => {
    const used = new Set<string>();
    for (const text of texts) {
      const english = sampleOf(text, (i) => `value${i}`);
      // A field message "phrase: values" is written from its phrase.
      for (const candidate of [english, english.replace(/: [^:]+$/, '')]) {
        const entry = catalogueEntryOf(candidate);
        if (entry) used.add(entry);
      }
    }
    const unused = [...Object.keys(PROBLEM_PHRASES), ...Object.keys(PROBLEM_TEMPLATES)].filter(
      (entry) => !used.has(entry),
    );
    expect(unused).toEqual([]);
  });

  it('keeps the values of a text with values', () => {
    const english = 'An allocation that is pending cannot be withdrawn.';
    expect(translatePhrase(english, 'fr')).toBe(
      'Une attribution à l’état « en attente » ne peut pas être retirée.',
    );
    expect(translatePhrase(english, 'ar')).toBe('لا يمكن سحب تخصيص في حالة «قيد الانتظار».');
    expect(translatePhrase('No such deliverable in this project.', 'fr')).toBe(
      'Livrable introuvable dans ce projet.',
    );
    expect(
      translatePhrase('12 gpu_hour remain of 100 in the period starting 2032-03-01; 20 asked.', 'fr'),
    ).toBe('Il reste 12 gpu_hour sur 100 pour la période commençant le 2032-03-01 ; 20 demandés.');
    expect(translatePhrase('An institute cannot be left without regionCode and city', 'ar')).toBe(
      'لا يمكن ترك المعهد دون الجهة (regionCode) والمدينة (city)',
    );
    // English stays English.
    expect(translatePhrase(english, 'en')).toBe(english);
  });

  it('writes no catalogue entry twice, and leaves no value of a template unused', () => {
    for (const [english, translation] of Object.entries(PROBLEM_TEMPLATES)) {
      const names = [...english.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const language of ['fr', 'ar'] as const) {
        const used = [...translation[language].matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        // A plural ending ("part{plural}") is the only value a translation may leave out.
        expect({ english, language, names: names.filter((n) => n !== 'plural') }).toEqual({
          english,
          language,
          names: [...new Set(used)].sort(),
        });
      }
      expect(PROBLEM_PHRASES[english]).toBeUndefined();
    }
  });
});
