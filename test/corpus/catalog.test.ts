import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/corpus/catalog.ts';
import { splitSentences } from '../../src/corpus/segment.ts';

describe('parseCatalog', () => {
  it('reads tab-separated columns, skipping comments and blank lines', () => {
    const c = parseCatalog('# header\n\n3\t2021-08-25\tSputnik\t\n5\t\t\tA title\twith tab\n');
    expect(c.entries.get(3)).toEqual({ number: 3, line: 3, published: '2021-08-25', source: 'Sputnik' });
    expect(c.entries.get(5)).toEqual({ number: 5, line: 4, title: 'A title with tab' });
    expect(c.warnings).toEqual([]);
  });

  it('warns about impossible dates and bad numbers, naming the line', () => {
    const c = parseCatalog('1\t2021-02-30\t\t\nx\t2021-01-01\t\t\n12345678901234567890\t2021-01-01\n');
    expect(c.entries.get(1)).toEqual({ number: 1, line: 1 });
    expect(c.warnings.map((w) => w.message)).toEqual([
      'catalog.tsv line 1: "2021-02-30" is not a real YYYY-MM-DD date; ignored.',
      'catalog.tsv line 2: the first column must be an article number (at most 9 digits), then a tab, got "x"; line ignored.',
      'catalog.tsv line 3: the first column must be an article number (at most 9 digits), then a tab, got "12345678901234567890"; line ignored.',
    ]);
  });
});

describe('splitSentences', () => {
  it('splits Arabic and Latin sentences and keeps closing quotes with their sentence', () => {
    expect(splitSentences('قال "نعم." ثم ذهب؟ وعاد').map((s) => s.text)).toEqual(['قال "نعم."', 'ثم ذهب؟', 'وعاد']);
  });

  it('splits Arabic sentences run together at a period (web text that lost the space), not lettered abbreviations', () => {
    expect(splitSentences('وصل الوزير إلى الدوحة مساء أمس.وأجرى خلال الزيارة محادثات مطولة.', 'arb').map((s) => s.text)).toEqual([
      'وصل الوزير إلى الدوحة مساء أمس.',
      'وأجرى خلال الزيارة محادثات مطولة.',
    ]);
    expect(splitSentences('موسكو (أ.ف.ب) - قال الكرملين إن القمة ستعقد.', 'arb').map((s) => s.text)).toEqual(['موسكو (أ.ف.ب) - قال الكرملين إن القمة ستعقد.']);
  });

  it('does not split at initials, titles or inside URLs', () => {
    expect(splitSentences('— Dr. S. Jaishankar wrote it. See pic.twitter.com/x now.').map((s) => s.text)).toEqual([
      '— Dr. S. Jaishankar wrote it.',
      'See pic.twitter.com/x now.',
    ]);
  });

  it('does not split at initials run together, as in an honorific (H.H., H.E.)', () => {
    expect(splitSentences('He called H.H. Sheikh Tom Lane and H.E. Sam Reed. Both agreed.').map((s) => s.text)).toEqual([
      'He called H.H. Sheikh Tom Lane and H.E. Sam Reed.',
      'Both agreed.',
    ]);
  });

  it('splits after a number ending a sentence: a digit is no initial ("till September 3. He …")', () => {
    expect(splitSentences('The minister is in Rome till September 3. He will meet the mayor.', 'eng').map((s) => s.text)).toEqual([
      'The minister is in Rome till September 3.',
      'He will meet the mayor.',
    ]);
    expect(splitSentences('The talks entered phase 2. Both sides agreed.', 'eng').map((s) => s.text)).toEqual(['The talks entered phase 2.', 'Both sides agreed.']);
    expect(splitSentences('It was signed by J. Smith on Monday.', 'eng').map((s) => s.text)).toEqual(['It was signed by J. Smith on Monday.']);
  });
});
