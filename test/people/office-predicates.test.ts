import { describe, expect, it } from 'vitest';
import { contactLines, invented } from './helpers.ts';

/* Words after an office that name nobody, and a title with a surname alone among several people. */
const names = (texts: string[]): Array<string | undefined> => invented(texts).people.map((p) => p.native[0] ?? p.display);

describe('an office made a predicate: the verb after it is no name (Hindi)', () => {
  it.each([
    'खबर\nनूर वली खान ने खुद को प्रांत का गवर्नर घोषित किया है।',
    'खबर\nसरकार ने उन्हें दोहा में राजदूत नियुक्त किया।',
    'खबर\nउन्हें परिषद का अध्यक्ष चुना गया और वह कल पहुंचे।',
    'खबर\nकाबुल में उन्हें नया राजदूत बनाया गया है।',
    'खबर\nसीमा पर एक नया कमांडर तैनात किया गया।',
  ])('%s', (text) => {
    const found = names([text]);
    for (const word of ['घोषित', 'नियुक्त', 'चुना', 'बनाया', 'तैनात']) expect(found.join(' ')).not.toContain(word);
  });
});

describe('a relative pronoun is no role a name follows (Arabic)', () => {
  it.each([
    'خبر\nتحدث عن هذا البلد (أفغانستان) الذي طالت معاناته، وعن جيرانه.',
    'خبر\nوأشاد بالشعوب التي عانت طويلا من الحرب.',
  ])('%s', (text) => {
    expect(names([text])).toEqual([]);
  });
});

describe('a title with a surname alone, where several people of the article share the word', () => {
  it('is the one whose surname it is, not the one whose middle name it is', () => {
    const kb = invented([
      'News\nIndia’s Ambassador to Qatar Deepak Kumar Khan met Afghan Foreign Minister Amir Khan Muttaqi on Monday. On Friday, Ambassador Khan had met the Afghan Health Minister Qalandar Ebad.',
    ]);
    expect(kb.people.map((p) => p.display)).not.toContain('Khan');
    expect(contactLines(kb).some((line) => line.startsWith('Deepak Kumar Khan – Qalandar Ebad: meeting'))).toBe(true);
  });
});
