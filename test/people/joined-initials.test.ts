/**
 * Initials written as one word of run-together letter names before a surname (जेपी सिंह, एसएम
 * कृष्णा, वीके सिंह) are shown as initials (J. P. Singh); other words, and such a word standing alone
 * or last, are not.
 */
import { describe, expect, it } from 'vitest';
import { sentenceTokens } from '../../src/grammar/tokens.ts';
import { nativeDisplayName } from '../../src/people/display.ts';
import { joinedInitials } from '../../src/people/joined-initials.ts';
import { invented } from './helpers.ts';

const tok = (word: string) => sentenceTokens(word, 0, 'hin')[0]!;

describe('joined initials', () => {
  it.each([
    ['जेपी', 'J. P'],
    ['एसएम', 'S. M'],
    ['वीके', 'V. K'],
    ['एमजे', 'M. J'],
    ['पीकेएस', 'P. K. S'],
  ])('%s → %s', (word, letters) => expect(joinedInitials(tok(word))).toBe(letters));

  it.each(['एक', 'पीटर', 'सिंह', 'एस', 'केरल', 'जेपीएसकेएम'])('%s is no run of initials', (word) => expect(joinedInitials(tok(word))).toBeUndefined());

  it.each([
    ['जेपी सिंह', 'J. P. Singh'],
    ['वीके सिंह', 'V. K. Singh'],
    ['एमजे अकबर', 'M. J. Akbar'],
  ])('%s is displayed %s', (native, display) => expect(nativeDisplayName(native, new Map())).toBe(display));

  it('shows an officer named with joined initials in an article by them', () => {
    const kb = invented(['बैठक\nविदेश मंत्रालय के संयुक्त सचिव जेपी सिंह ने तालिबान नेताओं से मुलाकात की।']);
    expect(kb.people.map((p) => p.display)).toContain('J. P. Singh');
  });
});
