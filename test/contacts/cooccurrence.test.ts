import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented article (a headline, then the sentence) published on 2021-09-01, names as written. */
const native = (sentence: string) => contactLines(invented(['عنوان\n' + sentence]), 'native');

describe('a contact verb and two named people in a sentence no grammar parsed (contacts/cooccurrence.ts)', () => {
  it('reads a reception whose object comes after an adverbial between commas', () => {
    expect(native('واستقبل أمير الكويت نواف الأحمد الصباح، بمكتبه في قصر بيان صباح اليوم، وزير خارجية فرنسا جان إيف لودريان والوفد المرافق له.')).toEqual([
      'نواف الأحمد الصباح – جان إيف لودريان: meeting, 2021-09-01',
    ]);
  });

  it('takes no date from the sentence beyond the contact\'s own words', () => {
    expect(native('واستقبل أمير الكويت نواف الأحمد الصباح، بمكتبه في قصر بيان، وزير خارجية فرنسا جان إيف لودريان الذي غادر إلى الدوحة يوم الأحد.')).toEqual([
      'نواف الأحمد الصباح – جان إيف لودريان: meeting, undated',
    ]);
  });

  it('marks the contact planned when a future marker stands before its verb', () => {
    expect(
      native('وكانت وكالة الأنباء أشارت إلى أنه من المقرر أن يلتقي وزير الخارجية الفرنسي جان إيف لودريان خلال زيارته التي تستغرق يومين إلى الكويت، مع الأمير نواف الأحمد الصباح لمناقشة القضايا الإقليمية.'),
    ).toEqual(['جان إيف لودريان – نواف الأحمد الصباح: meeting, undated, planned']);
  });

  it('leaves out the speaker who reports the contact', () => {
    expect(native('وأكد وزير الخارجية التركي مولود جاويش أوغلو، أن الرئيس رجب طيب أردوغان قبل دعوة الرئيس الفرنسي إيمانويل ماكرون لزيارة باريس.')).toEqual([
      'رجب طيب أردوغان – إيمانويل ماكرون: invitation, undated',
    ]);
  });

  it('reads nothing from a sentence that denies the contact', () => {
    expect(native('ونفى المتحدث عقد لقاء بين الرئيس الفرنسي إيمانويل ماكرون والرئيس التركي رجب طيب أردوغان في باريس.')).toEqual([]);
  });

  it('needs a contact verb: two people named together are not a contact', () => {
    expect(native('وأشاد الرئيس الفرنسي إيمانويل ماكرون بدور الرئيس التركي رجب طيب أردوغان في المنطقة.')).toEqual([]);
  });
});
