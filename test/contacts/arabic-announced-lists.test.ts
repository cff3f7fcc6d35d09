import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01 (first line the headline), people as written. */
const contacts = (...lines: string[]) => contactLines(invented([['عنوان', ...lines].join('\n')]), 'native');

describe('Arabic: words announcing a contact, and "that he" before them', () => {
  it('reads بصدد (about to), ينوي (intends) and يستعد (prepares) as announcing the contact', () => {
    expect(contacts('ويستعد رئيس الوزراء الإيطالي ماريو دراغي للقاء الرئيس الفرنسي إيمانويل ماكرون.')).toEqual([
      'ماريو دراغي – إيمانويل ماكرون: meeting, undated, planned',
    ]);
    expect(contacts('وينوي المستشار النمساوي كارل نيهامر لقاء رئيس الوزراء الباكستاني عمران خان.')).toEqual([
      'كارل نيهامر – عمران خان: meeting, undated, planned',
    ]);
  });

  it('reads the speaker as the subject after "أنه" and a future marker or a masdar of holding', () => {
    expect(contacts('وأشار رئيس الوزراء الإيطالي ماريو دراغي إلى أنه بصدد إجراء محادثات مع الرئيس الفرنسي إيمانويل ماكرون.')).toEqual([
      'ماريو دراغي – إيمانويل ماكرون: talks, undated, planned',
    ]);
    expect(contacts('وأعلن وزير الخارجية الروسي سيرغي لافروف أنه يعتزم عقد لقاء مع نظيره الصيني وانغ يي.')).toEqual([
      'سيرغي لافروف – وانغ يي: meeting, undated, planned',
    ]);
  });
});

describe('Arabic: a list of counterparts whose nationality stands apart, with each one\'s day after the name', () => {
  it('reads every person of "الصيني A يوم الاثنين والباكستاني B" as met', () => {
    expect(
      contacts(
        'وصل وزير الخارجية الباكستاني شاه محمود قريشي إلى موسكو.',
        'بحث وزير الخارجية الروسي سيرغي لافروف مع نظيريه الصيني وانغ يي يوم الاثنين والباكستاني شاه محمود قريشي الوضع في أفغانستان.',
      ),
    ).toEqual(['سيرغي لافروف – وانغ يي: talks, 2021-08-30', 'سيرغي لافروف – شاه محمود قريشي: talks, 2021-08-30']);
    expect(
      contacts(
        'وكان الرئيس الفرنسي إيمانويل ماكرون قد دعا إلى قمة.',
        'وقال رئيس الوزراء الإيطالي ماريو دراغي إنه سيجري محادثات مع الرئيسين الصيني شي جين بينغ الأسبوع المقبل والفرنسي إيمانويل ماكرون.',
      ),
    ).toEqual(['ماريو دراغي – شي جين بينغ: talks, undated, planned', 'ماريو دراغي – إيمانويل ماكرون: talks, undated, planned']);
  });
});
