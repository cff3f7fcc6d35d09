import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented English article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([['Headline', ...lines].join('\n')]));

describe('English "he"/"she" as a contact subject (issue 11 coreference)', () => {
  it('reads "He" as the subject of the sentence before', () => {
    expect(contacts('A former diplomat, CIA Director Tom Brant, is one of many officials to visit Delhi.', 'He met Foreign Minister Karim Shah on Monday.')).toEqual([
      'Tom Brant – Karim Shah: meeting, 2021-08-30',
    ]);
  });

  it('reads "she" as the subject earlier in its own sentence', () => {
    expect(contacts('Minister Lena Ford told reporters that she had spoken by phone with President Ali Khan.')).toEqual(['Lena Ford – Ali Khan: phone call, undated']);
  });

  it('reads no one when the person before stands after a preposition, not as the subject', () => {
    expect(contacts('The visiting envoy is expected to call on Prime Minister Karim Shah.', 'He had a meeting with Ambassador Navin Ray.')).toEqual([]);
  });

  it('reads a second verb after "and" with the first clause\'s subject, never with the person the first verb met', () => {
    expect(contacts('Foreign Minister Karim Shah arrived in Dushanbe.', 'He will hold talks with his Tajik counterpart Navin Ray and call on President Ali Khan today.')).toEqual([
      'Karim Shah – Navin Ray: talks, 2021-09-01, planned',
      'Karim Shah – Ali Khan: meeting, 2021-09-01, planned',
    ]);
    expect(contacts('Minister Lena Ford met with her Uzbek counterpart Navin Ray and later spoke by phone to President Ali Khan.')).toEqual([
      'Lena Ford – Navin Ray: meeting, undated',
      'Lena Ford – Ali Khan: phone call, undated',
    ]);
    // A new subject after "and" is still a subject.
    expect(contacts('Minister Lena Ford spoke to reporters, and the Kazakh ambassador, Navin Ray, met with President Ali Khan.')).toEqual(['Navin Ray – Ali Khan: meeting, undated']);
  });
});

describe('a qualified title between the verb and the person met', () => {
  it('reads "met with Taliban deputy leader X" and "met the acting foreign minister X"', () => {
    expect(contacts('Director Tom Brant met with Taliban deputy leader Karim Shah in Kabul.')).toEqual(['Tom Brant – Karim Shah: meeting, undated, Kabul']);
    expect(contacts('Director Tom Brant met the acting foreign minister Navin Ray.')).toEqual(['Tom Brant – Navin Ray: meeting, undated']);
  });
});
