/**
 * English: a delegation named again ("the delegates", "the delegation") stands for the people it
 * was told to be made of or led by. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

const contacts = (...lines: string[]) => contactLines(invented([['Headline', ...lines].join('\n')], { published: '2021-09-06' }));

describe('English: "the delegates were received by Z" after "a delegation comprising X and Y"', () => {
  it.each([
    [
      'A delegation comprising Prince Faisal bin Nasser and Prince Turki bin Saad arrived in Kabul on Sunday.',
      'The delegates were received by Deputy Minister Khalid Ahmad Rahimi.',
      ['Faisal bin Nasser – Khalid Ahmad Rahimi: meeting, 2021-09-05', 'Turki bin Saad – Khalid Ahmad Rahimi: meeting, 2021-09-05'],
    ],
    [
      "A delegation comprising Kuwait's special envoy for Afghanistan Prince Faisal bin Nasser bin Hamad al-Kuwari and Prince Turki bin Saad reached Kabul on Sunday.",
      'The visiting delegates were received by Deputy Minister Khalid Ahmad Rahimi.',
      [expect.stringMatching(/^Faisal bin Nasser (bin Hamad )?al-Kuwari – Khalid Ahmad Rahimi: meeting, 2021-09-05$/u), 'Turki bin Saad – Khalid Ahmad Rahimi: meeting, 2021-09-05'],
    ],
    [
      'A Taliban delegation led by Foreign Minister Amir Khan Muttaqi reached Doha.',
      'The delegation later met Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani.',
      ['Amir Khan Muttaqi – Mohammed bin Abdulrahman Al Thani: meeting, undated'],
    ],
    [
      'An Afghan delegation headed by Foreign Minister Amir Khan Muttaqi flew to Tashkent.',
      'Uzbek Foreign Minister Abdulaziz Kamilov held talks with the visiting delegation.',
      ['Abdulaziz Kamilov – Amir Khan Muttaqi: talks, undated'],
    ],
  ])('%s %s', (before, sentence, expected) => {
    expect(contacts(before, sentence)).toEqual(expected);
  });

  it('reads no one for a delegation whose people were never named', () => {
    expect(contacts('A Kuwaiti delegation arrived in Kabul.', 'The delegates were received by Deputy Minister Khalid Ahmad Rahimi.')).toEqual([]);
  });
});
