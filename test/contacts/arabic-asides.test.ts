import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01 (first line the headline), people as written. */
const contacts = (...lines: string[]) => contactLines(invented([['عنوان', ...lines].join('\n')]), 'native');

describe('Arabic: a relative clause set off by commas between a verb-first subject and the one met', () => {
  it('reads "وبحث X، الذي يزور الدوحة، مع Y" with مع or بـ, whatever the verb', () => {
    expect(contacts('وبحث المبعوث الأمريكي زلماي خليل زاد، الذي يزور الدوحة حاليا، مع الملا عبد الغني برادر في الدوحة.')).toEqual([
      'زلماي خليل زاد – عبد الغني برادر: talks, undated, Doha',
    ]);
    expect(contacts('واجتمع وزير الخارجية الروسي سيرغي لافروف، الذي يزور الهند، بنظيره الهندي سوبرامانيام جايشانكار.')).toEqual([
      'سيرغي لافروف – سوبرامانيام جايشانكار: meeting, undated',
    ]);
    expect(contacts('وبحث وزير الخارجية الروسي سيرغي لافروف، الذي يزور الهند، مع نظيره الهندي سوبرامانيام جايشانكار العلاقات.')).toEqual([
      'سيرغي لافروف – سوبرامانيام جايشانكار: talks, undated',
    ]);
  });

  it('pairs the one met with the subject, not with a person the relative clause names', () => {
    expect(contacts('وبحث وزير الخارجية الروسي سيرغي لافروف، الذي التقى الرئيس الصيني شي جين بينغ أمس، مع نظيره الصيني وانغ يي العلاقات.')).toEqual([
      // The aside's day is its own meeting's, not the talks' (test/contacts/aside-dates.test.ts).
      'سيرغي لافروف – وانغ يي: talks, undated',
      'سيرغي لافروف – شي جين بينغ: meeting, 2021-08-31',
    ]);
  });
});
