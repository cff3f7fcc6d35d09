import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01 (first line the headline), people as written. */
const contacts = (...lines: string[]) => contactLines(invented([['عنوان', ...lines].join('\n')]), 'native');

describe('Arabic: a contact noun owned by one person, after a verb with its subject and object, is the subject\'s', () => {
  it('pairs the one met with the verb\'s subject, not with its object', () => {
    expect(contacts('وأطلع وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي على نتائج محادثاته مع المبعوث الأمريكي زلماي خليل زاد.')).toEqual([
      'سيرغي لافروف – زلماي خليل زاد: talks, undated',
    ]);
    expect(contacts('وأبلغ رئيس الوزراء الهندي ناريندرا مودي الرئيس الفرنسي إيمانويل ماكرون بنتائج لقائه مع الرئيس الأمريكي جو بايدن.')).toEqual([
      'ناريندرا مودي – جو بايدن: meeting, undated',
    ]);
  });

  it('still reads the object as met when the sentence goes on with talks held with them', () => {
    expect(contacts('التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي، وبحث معه الوضع في أفغانستان.')).toEqual([
      'سيرغي لافروف – وانغ يي: meeting, undated',
    ]);
  });
});
