import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01 (first line the headline), people as written. */
const contacts = (...lines: string[]) => contactLines(invented([['عنوان', ...lines].join('\n')]), 'native');

describe('Arabic: people coordinated around a contact word who act together on someone else', () => {
  it('reads a pair after a transitive verb, with an unnamed object after it, as its subjects', () => {
    expect(contacts('استقبل وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني والمبعوث الأمريكي زلماي خليل زاد في الدوحة وفد طالبان.')).toEqual([]);
    expect(contacts('سيلتقي الرئيس الأوزبكي شوكت ميرضيائيف ووزير خارجيته عبد العزيز كاملوف غدا ممثلين عن حكومة طالبان.')).toEqual([]);
    expect(contacts('التقى رئيس الوزراء الباكستاني عمران خان وقائد الجيش قمر جاويد باجوا أمس مسؤولين من الحركة.')).toEqual([]);
  });

  it('reads the head of a delegation met as the one met, after one subject or a pair', () => {
    expect(contacts('التقى رئيس الوزراء الباكستاني عمران خان، وقائد الجيش قمر جاويد باجوا، وفد طالبان برئاسة عبد الغني برادر.')).toEqual([
      'عمران خان – عبد الغني برادر: meeting, undated',
      'قمر جاويد باجوا – عبد الغني برادر: meeting, undated',
    ]);
    expect(contacts('استقبل الرئيس الطاجيكي إمام علي رحمن في دوشنبه وفدا أفغانيا بقيادة الرئيس السابق حامد كرزاي.')).toEqual([
      'إمام علي رحمن – حامد كرزاي: meeting, undated, Dushanbe',
    ]);
    expect(contacts('التقت المستشارة الألمانية أنغيلا ميركل اليوم وفدا من الحكومة الأفغانية يترأسه عبد الله عبد الله.')).toEqual([
      'أنغيلا ميركل – عبد الله عبد الله: meeting, 2021-09-01',
    ]);
  });

  it('reads no contact between a pair that took part in a meeting or told of one', () => {
    expect(contacts('شارك وزير الخارجية الروسي سيرغي لافروف ونظيره الصيني وانغ يي في اجتماع مجموعة العشرين.')).toEqual([]);
    expect(contacts('حضر وزير الخارجية الروسي سيرغي لافروف ونظيره الصيني وانغ يي القمة الطارئة.')).toEqual([]);
    expect(contacts('أعلن وزير الخارجية الروسي سيرغي لافروف والمبعوث الروسي زامير كابولوف عن اجتماع في موسكو.')).toEqual([]);
  });

  it('still reads a pair that met, held a meeting or spoke of their own meeting', () => {
    expect(contacts('أكد وزير الخارجية الروسي سيرغي لافروف ونظيره الصيني وانغ يي خلال لقائهما في موسكو أهمية التعاون.')).toEqual([
      'سيرغي لافروف – وانغ يي: meeting, undated, Moscow',
    ]);
    expect(contacts('عقد وزير الخارجية الروسي سيرغي لافروف ونظيره الصيني وانغ يي اجتماعا في موسكو.')).toEqual(['سيرغي لافروف – وانغ يي: meeting, undated, Moscow']);
    expect(contacts('التقى وزير الخارجية الروسي سيرغي لافروف ونظيره الصيني وانغ يي في موسكو.')).toEqual(['سيرغي لافروف – وانغ يي: meeting, undated, Moscow']);
  });

  it('reads a pair after a transitive verb and an unnamed delegation as its objects, not meeting each other', () => {
    expect(contacts('والتقى الوفد الأمريكي وزير الخارجية الأفغاني أمير خان متقي ونائب رئيس الوزراء عبد الغني برادر.')).toEqual([]);
    expect(contacts('التقى في موسكو وزير الخارجية الروسي سيرغي لافروف ونظيره الصيني وانغ يي.')).toEqual(['سيرغي لافروف – وانغ يي: meeting, undated, Moscow']);
  });

  it('reads no invitation between two people who call for something together', () => {
    expect(contacts('ودعا وزير الخارجية الروسي سيرغي لافروف ونظيره الصيني وانغ يي إلى وقف العنف.')).toEqual([]);
    expect(contacts('وزير الخارجية الروسي سيرغي لافروف ونظيره الصيني وانغ يي يدعوان إلى الحوار.')).toEqual([]);
  });
});
