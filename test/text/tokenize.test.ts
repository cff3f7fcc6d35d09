import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.ts';

describe('tokenize', () => {
  it('keeps offsets into the original string', () => {
    const text = 'चर्चा की।तालिबान को, "बातचीत" Lavrov\'s';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toEqual(['चर्चा', 'की', 'तालिबान', 'को', 'बातचीत', 'Lavrov', 's']);
  });
  it('keeps matras, virama and harakat inside words and splits on hyphens and dandas', () => {
    expect(tokenize('रूस-चीन संबंधों।').map((t) => t.text)).toEqual(['रूस', 'चीन', 'संबंधों']);
    expect(tokenize('الأَمْنِ، والسلام').map((t) => t.text)).toEqual(['الأَمْنِ', 'والسلام']);
  });
  it('counts digits as word characters', () => {
    expect(tokenize('कोविड-19 الـ4').map((t) => t.text)).toEqual(['कोविड', '19', 'الـ4']);
  });
  it('keeps a zero-width joiner inside a word but not at its end', () => {
    const [t] = tokenize('क्\u200Dष\u200C ');
    expect(t).toEqual({ text: 'क्\u200Dष', start: 0, end: 4 });
  });
  it('returns nothing for punctuation only', () => {
    expect(tokenize(' ,.?! — ।')).toEqual([]);
  });
});
