/**
 * English headlines capitalise every word: a function word ("With", "Of") or a contact verb
 * ("Meets", "Discusses") after a title is no part of a name. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { contactLines, invented } from './helpers.ts';

const people = (text: string) => invented([text], { published: '2021-10-08' }).people.map((p) => p.display).sort();

describe('English: capitalised headline words are no name', () => {
  it.each([
    ['Uzbek Foreign Minister Discusses Cooperation With Taliban Leaders\nUzbek Foreign Minister Abdulaziz Kamilov met acting Foreign Minister Amir Khan Muttaqi.', ['Abdulaziz Kamilov', 'Amir Khan Muttaqi']],
    ['Pakistani Foreign Minister Meets Chinese Counterpart In Beijing\nForeign Minister Shah Mahmood Qureshi met Wang Yi.', ['Shah Mahmood Qureshi']],
    ['Prime Minister Modi Holds Talks With Australian Leader\nPrime Minister Narendra Modi spoke to Scott Morrison.', ['Narendra Modi']],
    ['Secretary Blinken Speaks To Pakistani Foreign Minister About Afghanistan\nSecretary of State Antony Blinken spoke with Shah Mahmood Qureshi.', ['Antony Blinken']],
  ])('%s', (text, expected) => {
    for (const name of expected) expect(people(text)).toContain(name);
    expect(people(text).filter((d) => /\b(With|Meets|Holds|Speaks|To|In|About|Discusses)\b/u.test(d))).toEqual([]);
  });

  it('keeps a photo caption contact apart from the headline above it', () => {
    const kb = invented(['Uzbek Foreign Minister Discusses Cooperation With Taliban Leaders\nUzbek Foreign Minister Abdulaziz Kamilov (left) meets with acting Foreign Minister Amir Khan Muttaqi in Kabul on October 7.'], { published: '2021-10-08' });
    expect(contactLines(kb)).toEqual(['Abdulaziz Kamilov – Amir Khan Muttaqi: meeting, 2021-10-07, Kabul']);
  });
});
