import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

const people = (text: string) => invented([text]).people.map((p) => `${p.display} | ${p.role ?? ''}`);

describe('English offices with two portfolios joined by "and" before the name', () => {
  it('reads the name after "Minister (of State) for X and Y"', () => {
    expect(people('Visit\nMinister of State for Trade and Industry Jamil Anwari met the envoy on Monday.')).toEqual(['Jamil Anwari | minister of state']);
    expect(people('Visit\nMinister for Information and Broadcasting Tahir Qasim welcomed the delegation at the airport.')).toEqual(['Tahir Qasim | minister']);
    expect(people('Talks\nThe Minister for Health and Education Nadia Farouqi said the school would reopen.')).toEqual(['Nadia Farouqi | minister']);
  });

  it('still ends the office at "and" when no portfolio follows', () => {
    expect(people('Talks\nMinister for Trade Jamil Anwari and Tahir Qasim spoke.')[0]).toBe('Jamil Anwari | minister');
  });
});
