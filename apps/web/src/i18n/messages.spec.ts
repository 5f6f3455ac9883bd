import { describe, expect, it } from '@jest/globals';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { messages as ar } from './messages/ar/index';
import { messages as en } from './messages/en/index';
import { messages as fr } from './messages/fr/index';

/** The plural categories each language's rules produce (CLDR); a plural message must give them all. */
const PLURAL_CATEGORIES = {
  fr: ['one', 'many', 'other'],
  en: ['one', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
} as const;

interface Shape {
  readonly args: Set<string>;
  readonly plurals: { readonly name: string; readonly options: readonly string[] }[];
}

function shapeOf(
  elements: readonly MessageFormatElement[],
  into: Shape = { args: new Set(), plurals: [] },
): Shape {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        into.args.add(element.value);
        break;
      case TYPE.select:
        into.args.add(element.value);
        for (const option of Object.values(element.options)) shapeOf(option.value, into);
        break;
      case TYPE.plural:
        into.args.add(element.value);
        into.plurals.push({ name: element.value, options: Object.keys(element.options) });
        for (const option of Object.values(element.options)) shapeOf(option.value, into);
        break;
      case TYPE.tag:
        shapeOf(element.children, into);
        break;
      case TYPE.literal:
      case TYPE.pound:
        break;
    }
  }
  return into;
}

const catalogues = { fr, ar, en } as const;

describe('the message catalogues', () => {
  it('have exactly the French keys in Arabic and English', () => {
    const keys = Object.keys(fr).sort();
    expect(Object.keys(ar).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
  });

  for (const [locale, catalogue] of Object.entries(catalogues) as [
    keyof typeof catalogues,
    Record<string, string>,
  ][]) {
    it(`are valid ICU messages in ${locale}, with the source's placeholders and every plural form`, () => {
      const problems: string[] = [];
      for (const [key, message] of Object.entries(catalogue)) {
        let shape: Shape;
        try {
          shape = shapeOf(parse(message));
        } catch (error) {
          problems.push(`${locale} ${key}: ${(error as Error).message}`);
          continue;
        }
        if (!message.trim()) problems.push(`${locale} ${key}: empty`);
        const source = shapeOf(parse((fr as Record<string, string>)[key]!));
        const missing = [...source.args].filter((a) => !shape.args.has(a));
        const extra = [...shape.args].filter((a) => !source.args.has(a));
        if (missing.length || extra.length) {
          problems.push(
            `${locale} ${key}: placeholders differ (missing ${missing.join(',') || '-'}, extra ${extra.join(',') || '-'})`,
          );
        }
        for (const plural of shape.plurals) {
          const lacking = PLURAL_CATEGORIES[locale].filter(
            (c) => !plural.options.includes(c) && !(c === 'many' && locale === 'fr'),
          );
          if (lacking.length)
            problems.push(`${locale} ${key}: plural {${plural.name}} lacks ${lacking.join(', ')}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('say something in Arabic script wherever French has words', () => {
    // Placeholders are not words; file formats are written the same way in every language.
    const words = (message: string) => message.replace(/\{[^{}]*\}/g, '').replace(/\b(PDF|CSV|Excel)\b/g, '');
    const untranslated = Object.entries(ar).filter(
      ([key, message]) =>
        /[A-Za-zÀ-ÿ]{3,}/.test(words((fr as Record<string, string>)[key]!)) &&
        !/[\u0600-\u06FF]/.test(message),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
