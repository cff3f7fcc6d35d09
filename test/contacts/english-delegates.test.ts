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
      'A delegation comprising Prince Abdullah bin Khalid and Prince Jiluwi bin Turki arrived in Islamabad on Sunday.',
      'The delegates were received by Saudi Ambassador Nawaf bin Said Al Malki.',
      ['Abdullah bin Khalid – Nawaf bin Said Al Malki: meeting, 2021-09-05', 'Jiluwi bin Turki – Nawaf bin Said Al Malki: meeting, 2021-09-05'],
    ],
    [
      "A delegation comprising Saudi Arabia's Afghan affairs head Prince Abdullah bin Khalid bin Saud al-Kabir and Prince Jiluwi bin Turki reached Islamabad on Sunday.",
      'The visiting delegates were received by Ambassador Nawaf bin Said Al Malki.',
      ['Abdullah bin Khalid – Nawaf bin Said Al Malki: meeting, 2021-09-05', 'Jiluwi bin Turki – Nawaf bin Said Al Malki: meeting, 2021-09-05'],
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
    expect(contacts('A Saudi delegation arrived in Islamabad.', 'The delegates were received by Saudi Ambassador Nawaf bin Said Al Malki.')).toEqual([]);
  });
});
