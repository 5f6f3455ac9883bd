import { describe, expect, it } from '@jest/globals';
import { csvField, csvLine } from './project-csv.js';

describe('project CSV', () => {
  it('quotes fields with separators, quotes or line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses values a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+212')).toBe("'+212");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1')).toBe("'-1");
  });

  it('keeps Arabic and accented text as it is', () => {
    expect(csvLine(['التنبؤ بالمحاصيل', 'Énergie', '1250000.00'])).toBe(
      'التنبؤ بالمحاصيل,Énergie,1250000.00\r\n',
    );
  });
});
