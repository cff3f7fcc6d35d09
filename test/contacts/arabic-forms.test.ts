import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic: a meeting that brought people together ("اللقاء الذي جمع X وY")', () => {
  it('reads the pair after الذي جمع / التي جمعت / ضم', () => {
    expect(contacts('وأكد الجانبان خلال اللقاء الذي جمع الرئيس الروسي فلاديمير بوتين ونظيره الطاجيكي إمام علي رحمن أهمية التعاون.')).toEqual([
      'فلاديمير بوتين – إمام علي رحمن: meeting, undated',
    ]);
    expect(contacts('وتناولت المباحثات التي جمعت وزير الخارجية الهندي سوبرامانيام جايشانكار ونظيره الإيراني حسين أمير عبد اللهيان الوضع في أفغانستان.')).toEqual([
      'سوبرامانيام جايشانكار – حسين أمير عبد اللهيان: talks, undated',
    ]);
    expect(contacts('وبحث الاجتماع الذي ضم وزير الخارجية الصيني وانغ يي ونظيره الباكستاني شاه محمود قريشي التعاون.')).toEqual([
      'وانغ يي – شاه محمود قريشي: meeting, undated',
    ]);
  });
});

describe('Arabic: a bare masdar announced as intended ("يعتزم X لقاء Y")', () => {
  it('takes the person met as its object and is planned', () => {
    expect(contacts('يعتزم الرئيس الإيراني إبراهيم رئيسي لقاء الرئيس الصيني شي جين بينغ خلال زيارته إلى بكين.')).toEqual([
      'إبراهيم رئيسي – شي جين بينغ: meeting, undated, planned',
    ]);
    expect(contacts('ومن المتوقع أن يطلب وزير الخارجية الهندي سوبرامانيام جايشانكار لقاء الرئيس الروسي فلاديمير بوتين.')).toEqual([
      'سوبرامانيام جايشانكار – فلاديمير بوتين: meeting, undated, planned',
    ]);
  });

  it('leaves a masdar nothing announces to its genitive reading ("إن لقاء X مع Y")', () => {
    expect(contacts('قال وزير الخارجية الروسي سيرغي لافروف إن لقاء الرئيس فلاديمير بوتين مع نظيره الأمريكي جو بايدن كان مثمرا.')).toEqual([
      'فلاديمير بوتين – جو بايدن: meeting, undated',
    ]);
  });
});
