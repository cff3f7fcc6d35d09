import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented English article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('English contact dates: a date between the verb and the person met', () => {
  it('reads a contact noun dated before "between" ("a telephone conversation last month between X and Y")', () => {
    expect(contacts('The visit comes after a telephone conversation last month between President Joao Silva and Prime Minister Ken Sato.')).toEqual([
      'Joao Silva – Ken Sato: phone call, August 2021',
    ]);
    expect(contacts('A phone call on Monday between Foreign Minister Ali Raza and his Uzbek counterpart Rustam Aliev covered trade.')).toEqual([
      'Ali Raza – Rustam Aliev: phone call, 2021-08-30',
    ]);
  });

  it('reads a verb dated before "with" ("met on Monday with Y", "spoke yesterday to Y")', () => {
    expect(contacts('Chinese Foreign Minister Lee Ming met on Monday with Taliban leader Abdul Salam Hanafi in Tianjin.')).toEqual([
      'Lee Ming – Abdul Salam Hanafi: meeting, 2021-08-30, Tianjin',
    ]);
    expect(contacts('President Joao Silva spoke yesterday to Chancellor Anna Weber about the evacuation.')).toEqual([
      'Joao Silva – Anna Weber: talks, 2021-08-31',
    ]);
  });

  it('dates a named week to its month, not to a day', () => {
    expect(contacts('Prime Minister Ken Sato spoke by phone with President Joao Silva last week.')).toEqual(['Ken Sato – Joao Silva: phone call, August 2021']);
  });
});

describe('English contact dates: a contact told as the setting of a statement goes on from the news before', () => {
  it('takes the day its subject was told of just before ("he said … after meeting with Y")', () => {
    expect(
      contacts(
        'Foreign Minister Anil Kumar said on Tuesday he saw no way around talks with the Taliban.',
        '"There is no other way," he said during a press conference after meeting with his Iranian counterpart, Hussain Amir, in Tehran.',
      ),
    ).toEqual(['Anil Kumar – Hossein Amir: meeting, 2021-08-31, Tehran']);
    expect(
      contacts(
        'Pakistani Foreign Minister Ali Raza arrived in Tashkent on Monday.',
        'During his talks with Uzbek Foreign Minister Rustam Aliev, Raza urged aid for Kabul.',
      ),
    ).toEqual(['Ali Raza – Rustam Aliev: talks, 2021-08-30']);
  });

  it('stays undated when the day before is another person\'s', () => {
    expect(
      contacts(
        'Chancellor Anna Weber said on Tuesday the airlift would go on.',
        'Foreign Minister Anil Kumar said after meeting his Iranian counterpart Hussain Amir that talks would continue.',
      ),
    ).toEqual(['Anil Kumar – Hossein Amir: meeting, undated']);
  });
});

describe('English contact dates: a guest received right after their dated arrival', () => {
  it('takes the arrival\'s day ("arrived on August 24 … X was received by Y")', () => {
    expect(
      contacts(
        'Foreign Minister Anil Kumar started his tour on August 24 and arrived in Dushanbe.',
        'Foreign Minister Kumar was received by Deputy Foreign Minister Rustam Aliev, along with the ambassador Ali Raza.',
      ),
    ).toEqual(['Anil Kumar – Rustam Aliev: meeting, 2021-08-24', 'Anil Kumar – Ali Raza: meeting, 2021-08-24']);
    expect(contacts('The Taliban delegation led by Abdul Salam Hanafi landed in Moscow on Tuesday.', 'Hanafi was welcomed by special envoy Zamir Kabulov.')).toEqual([
      'Abdul Salam Hanafi – Zamir Kabulov: meeting, 2021-08-31',
    ]);
  });

  it('stays undated when its own sentence tells another journey, or the arrival is not just before', () => {
    expect(
      contacts(
        'On August 25, Foreign Minister Anil Kumar met President Emil Rahimov in Dushanbe.',
        'Kumar then left for Tashkent where he was received by his Uzbek counterpart Rustam Aliev.',
      ),
    ).toEqual(['Anil Kumar – Rustam Aliev: meeting, undated', 'Anil Kumar – Emil Rahimov: meeting, 2021-08-25, Dushanbe']);
    expect(
      contacts('Foreign Minister Anil Kumar arrived in Dushanbe on Monday.', 'The airport was closed for hours.', 'Kumar was received by Rustam Aliev.'),
    ).toEqual(['Anil Kumar – Rustam Aliev: meeting, undated']);
  });
});
