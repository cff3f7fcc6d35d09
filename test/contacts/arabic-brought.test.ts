import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01 (first line the headline), people as written. */
const contacts = (...lines: string[]) => contactLines(invented([['عنوان', ...lines].join('\n')]), 'native');

describe('Arabic: "الذي جمعه مع Y", a relative clause bringing the sentence\'s subject together with the one met', () => {
  it('reads the subject before the relative clause as the one brought together, with مع or بـ, a day between', () => {
    expect(
      contacts('كما ثمنت وزيرة الخارجية الهولندية، سيغريد كاغ، جهود قطر، خلال المؤتمر الصحفي الذي جمعها أمس مع وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني.'),
    ).toEqual(['سيغريد كاغ – محمد بن عبدالرحمن آل ثاني: meeting, 2021-08-31']);
    expect(contacts('وأكد رئيس الوزراء الباكستاني عمران خان خلال الاجتماع الذي جمعه بالرئيس الأفغاني أشرف غني أهمية السلام.')).toEqual([
      'عمران خان – أشرف غني: meeting, undated',
    ]);
  });

  it('takes the kind from the contact noun the clause is about, and the future from the verb', () => {
    expect(contacts('وأشاد وزير الخارجية الروسي سيرغي لافروف بالاتصال الهاتفي الذي جمعه مع نظيره الصيني وانغ يي.')).toEqual([
      'سيرغي لافروف – وانغ يي: phone call, undated',
    ]);
    expect(contacts('وقال الرئيس الروسي فلاديمير بوتين إن اللقاء الذي سيجمعه مع الرئيس الأمريكي جو بايدن، في جنيف، سيكون مهما.')).toEqual([
      'فلاديمير بوتين – جو بايدن: meeting, undated, Geneva, planned',
    ]);
  });
});
