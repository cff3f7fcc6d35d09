/**
 * English: a contact noun that "was held" or "took place" between two people, the noun with the
 * words that make it a call or a link ("A telephone conversation was held between X and Y"), each
 * person possibly set off with their office. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

const contacts = (text: string) => contactLines(invented([`Headline\n${text}`], { published: '2021-09-06' }));

describe('a contact noun held between two people', () => {
  it.each([
    ['A telephone conversation was held between Abdullah Abdullah and Sergey Lavrov.', 'Abdullah Abdullah – Sergey Lavrov: phone call, undated'],
    ['A phone conversation took place between Russian Foreign Minister Sergey Lavrov and Iranian Foreign Minister Hossein Amir-Abdollahian on Sunday.', 'Sergey Lavrov – Hossein Amir-Abdollahian: phone call, 2021-09-05'],
    ['A telephonic conversation was held between Pakistani Foreign Minister Shah Mahmood Qureshi and Chinese Foreign Minister Wang Yi.', 'Shah Mahmood Qureshi – Wang Yi: phone call, undated'],
    ['A telephone call was held between Abdullah Abdullah and Sergey Lavrov on Sunday.', 'Abdullah Abdullah – Sergey Lavrov: phone call, 2021-09-05'],
    ['A video conference took place between US Secretary of State Antony Blinken and Sergey Lavrov.', 'Antony Blinken – Sergey Lavrov: talks, undated'],
    ['A virtual meeting was held between Narendra Modi and Scott Morrison.', 'Narendra Modi – Scott Morrison: meeting, undated'],
    ['Discussions were held between US envoy Zalmay Khalilzad and Abdullah Abdullah in Doha.', 'Zalmay Khalilzad – Abdullah Abdullah: talks, undated, Doha'],
  ])('%s', (text, line) => expect(contacts(text)).toEqual([line]));

  it('Indian English "telephonic talks with"', () => {
    expect(contacts('Pakistani Foreign Minister Shah Mahmood Qureshi held telephonic talks with Sergey Lavrov on Sunday.')).toEqual(['Shah Mahmood Qureshi – Sergey Lavrov: phone call, 2021-09-05']);
  });

  it('not when the noun was held by someone else and no pair is named', () => {
    expect(contacts('A telephone conversation was held on Sunday, Sergey Lavrov said.')).toEqual([]);
  });
});

describe('between two people each set off by their office ("between Dr. X, Chairman of …, and Dr. Y, …")', () => {
  it.each([
    [
      'A telephonic conversation was held between Dr. Abdullah Abdullah, Chairman of High Council for National Reconciliation of Afghanistan, and Dr. Hossein Amir-Abdollahian, Foreign Minister of Iran.',
      'Abdullah Abdullah – Hossein Amir-Abdollahian: phone call, undated',
    ],
    [
      'A meeting between Russian Foreign Minister Sergey Lavrov, the host, and Chinese Foreign Minister Wang Yi took place in Moscow.',
      'Sergey Lavrov – Wang Yi: meeting, undated, Moscow',
    ],
    [
      'Talks were held on Sunday between Foreign Minister Shah Mahmood Qureshi, head of the Pakistani side, and Foreign Minister Amir Khan Muttaqi.',
      'Shah Mahmood Qureshi – Amir Khan Muttaqi: talks, 2021-09-05',
    ],
    [
      'A phone call took place between President Ashraf Ghani, the Afghan leader, and Secretary of State Antony Blinken of the United States.',
      'Ashraf Ghani – Antony Blinken: phone call, undated',
    ],
  ])('%s', (text, line) => expect(contacts(text)).toEqual([line]));

  it('keeps a country that ends the first office out of the second person\'s role', () => {
    expect(contacts('A call was held between Dr. Abdullah Abdullah, Chairman of the Council of Afghanistan, and Dr. Hossein Amir-Abdollahian.')).toEqual([
      'Abdullah Abdullah – Hossein Amir-Abdollahian: phone call, undated',
    ]);
  });
});

describe('people met set off by a lowercase office ("met Y, minister of …, and Z")', () => {
  it('reads every person of the list', () => {
    expect(contacts('Foreign Minister Shah Mahmood Qureshi met Amir Khan Muttaqi, minister of foreign affairs, and Abdul Ghani Baradar.')).toEqual([
      'Shah Mahmood Qureshi – Amir Khan Muttaqi: meeting, undated',
      'Shah Mahmood Qureshi – Abdul Ghani Baradar: meeting, undated',
    ]);
  });
});

describe('an office for a portfolio in lower case before a name set off by commas ("his special envoy for international cooperation, X,")', () => {
  it('reads the person and their later contact', () => {
    expect(
      contacts('It followed a visit by his special envoy for international cooperation, Yerzhan Kazykhan, to Kabul.\nDuring his trip, Kazykhan held talks with Foreign Minister Amir Khan Muttaqi.'),
    ).toEqual(['Yerzhan Kazykhan – Amir Khan Muttaqi: talks, undated']);
  });
});
