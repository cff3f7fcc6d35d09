import { describe, expect, it } from 'vitest';
import { handleShaped, handleWords } from '../../src/people/handles.ts';
import { findPerson, nameIndex } from '../../src/people/lookup.ts';
import { invented } from './helpers.ts';

describe('handles', () => {
  it('tells a handle’s shape from a printed name’s', () => {
    expect(handleShaped('KarzaiH')).toBe(true);
    expect(handleShaped('MarekNowak')).toBe(true);
    expect(handleShaped('McKenzie')).toBe(false);
    expect(handleShaped('Nowak')).toBe(false);
    expect(handleShaped('nNowak')).toBe(false);
  });

  it('reads the name words of a handle, leaving out initials and acronyms', () => {
    expect(handleWords('MarekNowakF')).toEqual(['Marek', 'Nowak']);
    expect(handleWords('KarzaiH')).toEqual(['Karzai']);
    expect(handleWords('TomLanePTI')).toEqual(['Tom', 'Lane']);
    expect(handleWords('TLLanePTI')).toEqual(['Lane']);
    expect(handleWords('TLPTI')).toEqual(['TLPTI']);
  });

  it('builds an article whose only name is a handle of initials, a surname and an acronym', () => {
    const kb = invented(['Minister TLLanePTI said so.', 'Minister TLPTIx said so too.']);
    expect(kb.people.every((p) => p.display.length > 0)).toBe(true);
  });

  it('takes a handle led by a given name for the person, the same as the printed name', () => {
    const kb = invented(['Today I spoke with @MarekNowak and @StateDept about the region.', 'Polish foreign minister Marek Nowak said so.']);
    const nowak = findPerson(nameIndex(kb), 'Marek Nowak').person!;
    expect(nowak.display).toBe('Marek Nowak');
    expect(nowak.mentions.map((m) => m.text)).toEqual(['MarekNowak', 'Marek Nowak']);
    expect(kb.people.map((p) => p.display)).not.toContain('State Dept');
  });
});
