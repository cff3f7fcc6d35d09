import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented English article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('English contact grammar', () => {
  it('reads "X met Y in <city> on <weekday>"', () => {
    expect(contacts('Foreign Minister Anil Kumar met his Iranian counterpart Hussain Amir in Tehran on Monday.')).toEqual([
      'Anil Kumar – Hossein Amir: meeting, 2021-08-30, Tehran',
    ]);
  });

  it('reads "spoke by phone with" as a phone call', () => {
    expect(contacts('President Joao Silva spoke by phone with Prime Minister Ken Sato.')).toEqual(['Joao Silva – Ken Sato: phone call, undated']);
  });

  it('reads talks between coordinated subjects', () => {
    expect(contacts('President Joao Silva and Prime Minister Ken Sato held talks.')).toEqual(['Joao Silva – Ken Sato: talks, undated']);
  });

  it('lets a short descriptor stand between the verb and the person ("will meet Taliban leader Mullah X")', () => {
    expect(contacts('Chinese State Councilor Lee Ming will meet Taliban leader Mullah Abdul Ghani Baradar in Tianjin.')).toEqual([
      'Lee Ming – Abdul Ghani Baradar: meeting, undated, Tianjin, planned',
    ]);
  });

  it('marks "will meet" as planned but not "Good to catch up"', () => {
    expect(contacts('President Joao Silva will meet Prime Minister Ken Sato.')).toEqual(['Joao Silva – Ken Sato: meeting, undated, planned']);
  });

  it('gives a subjectless tweet to the author on its byline, dated by the byline', () => {
    expect(contacts('Good to catch up with Iranian FM Hussain Amir in Geneva.', '— Dr. Anil Kumar (@DrAnilKumar) August 30, 2021')).toEqual([
      'Anil Kumar – Hossein Amir: talks, 2021-08-30, Geneva',
    ]);
  });

  it('finds nothing without a byline to name the tweet\'s author', () => {
    expect(contacts('Good to catch up with Iranian FM Hussain Amir.')).toEqual([]);
  });

  it('reads "X and Y exchanged views" and "X exchanged views with Y"', () => {
    const intro = 'Pakistani Foreign Minister Ali Raza said the situation was hard. Canadian Foreign Minister John Miller also spoke to reporters.';
    expect(contacts(intro, 'Raza and Miller also exchanged views on trade on Friday.')).toEqual(['Ali Raza – John Miller: talks, 2021-08-27']);
    expect(contacts(intro, 'Raza exchanged views with Miller on trade.')).toEqual(['Ali Raza – John Miller: talks, undated']);
  });
});
