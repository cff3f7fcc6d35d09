import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic: a denial in the clause reporting a contact is not the contact\'s', () => {
  it('reads a contact reported from unnamed sources ("عن مصادر لم تسمها بأن X التقى Y")', () => {
    expect(contacts('وصل وزير الخارجية التركي مولود جاويش أوغلو إلى الدوحة.', 'وأفادت صحيفة محلية عن مصادر لم تسمها بأن وزير الخارجية التركي، التقى في الدوحة نائب رئيس الوزراء الأفغاني عبد الغني برادر.')).toEqual([
      'مولود جاويش أوغلو – عبد الغني برادر: meeting, undated, Doha',
    ]);
    expect(contacts('وذكرت وكالة الأنباء نقلا عن مسؤول لم يكشف عن اسمه أن الرئيس الروسي فلاديمير بوتين بحث مع رئيس الوزراء الهندي ناريندرا مودي الوضع.')).toEqual([
      'فلاديمير بوتين – ناريندرا مودي: talks, undated',
    ]);
  });

  it('still drops a denied contact ("لم يلتق X بـY")', () => {
    expect(contacts('لم يلتق الرئيس الروسي فلاديمير بوتين برئيس الوزراء الهندي ناريندرا مودي.')).toEqual([]);
  });
});
