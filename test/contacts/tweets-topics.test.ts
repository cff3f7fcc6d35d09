import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented article (published 2021-09-01) of these lines. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));
const native = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('a quoted tweet is dated by its date line, in any language (issue 11)', () => {
  it('dates an Arabic contact by the byline right after the tweet line', () => {
    expect(native('عنوان', 'استقبل الرئيس التركي رجب أردوغان، رئيس الوزراء الهندي ناريندرا مودي، في القصر الرئاسي.', '— وزارة الخارجية (@mofa_example) August 28, 2021')).toEqual([
      'رجب أردوغان – ناريندرا مودي: meeting, 2021-08-28',
    ]);
  });

  it('does not date a line of the article two lines before the byline', () => {
    expect(
      native('عنوان', 'استقبل الرئيس التركي رجب أردوغان، رئيس الوزراء الهندي ناريندرا مودي، في القصر الرئاسي.', 'وقالت الوزارة إن البلدين بحثا الأوضاع.', '— وزارة الخارجية (@mofa_example) August 28, 2021'),
    ).toEqual(['رجب أردوغان – ناريندرا مودي: meeting, undated']);
  });
});

describe('a byline on the tweet\'s own line (issue 11)', () => {
  it('finds the byline after the tweet\'s link on the same line', () => {
    expect(contacts('Spoke with Ambassador Ali Rahman about the road ahead. https://t.co/AbCdEf — Dr. Anil Kumar (@DrAnilKumar) August 30, 2021')).toEqual([
      'Anil Kumar – Ali Rahman: talks, 2021-08-30',
    ]);
  });
});

describe('English talks with the topic before "with" (issue 11)', () => {
  it('reads "discussed <topic> with Y" in a tweet', () => {
    expect(contacts('I discussed developments in the region with @AliRahman and Ambassador Omar Farouk.', '— Dr. Anil Kumar (@DrAnilKumar) August 30, 2021')).toEqual([
      'Anil Kumar – Ali Rahman: talks, 2021-08-30',
      'Anil Kumar – Omar Farouk: talks, 2021-08-30',
    ]);
  });

  it('reads "spoke about <topic> with Y" after a subject', () => {
    expect(contacts('Foreign Minister Anil Kumar spoke about the evacuation of students with Ambassador Ali Rahman.')).toEqual(['Anil Kumar – Ali Rahman: talks, undated']);
  });

  it('does not reach past a clause break to a "with"', () => {
    expect(contacts('Foreign Minister Anil Kumar discussed the plan that was agreed with Ambassador Ali Rahman.')).toEqual([]);
  });
});
