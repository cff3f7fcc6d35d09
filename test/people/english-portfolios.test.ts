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

describe('English roles set off after a name, opened by a capital\'s genitive or "Assistant"', () => {
  it('reads "X, Doha\'s Assistant Foreign Minister, …" as a name and its office', () => {
    expect(people('Visit\nMaha Dosari, Doha’s Assistant Foreign Minister and Ministry of Foreign Affairs Spokesperson, also rejected the claims.')).toEqual(['Maha Dosari | assistant foreign minister']);
    expect(people('Talks\nTahir Anwari, Kabul’s Deputy Foreign Minister, met the envoy on Sunday.')).toEqual(['Tahir Anwari | deputy foreign minister']);
  });

  it('reads "Assistant" before an office as its qualifier', () => {
    expect(people('Talks\nAssistant Foreign Minister Nadia Qamari met him in Ankara.')).toEqual(['Nadia Qamari | assistant foreign minister']);
  });
});
