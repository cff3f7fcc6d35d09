import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic: a guest received on arrival ("وكان في استقبال X لدى وصوله Y")', () => {
  it('reads the guest after the masdar and the host after them', () => {
    expect(contacts('وكان في استقبال وزير الخارجية الإيراني حسين أمير عبد اللهيان نظيره الروسي سيرغي لافروف.')).toEqual([
      'سيرغي لافروف – حسين أمير عبد اللهيان: meeting, undated',
    ]);
    expect(contacts('وكان في استقبال رئيس الوزراء الباكستاني عمران خان لدى وصوله إلى مطار دوشنبه الرئيس الطاجيكي إمام علي رحمن.')).toEqual([
      'إمام علي رحمن – عمران خان: meeting, undated',
    ]);
  });

  it('reads the host before ("وكان Y في استقبال X")', () => {
    expect(contacts('وكان وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني في استقبال الملا عبد الغني برادر لدى وصوله إلى الدوحة.')).toEqual([
      'محمد بن عبد الرحمن آل ثاني – عبد الغني برادر: meeting, undated',
    ]);
  });

  it('lets a place with بـ stand between the pronoun of the guest and the host ("في استقباله بمطار كابل الدولي Y")', () => {
    expect(contacts('وصل وزير الخارجية الأوزبكي عبد العزيز كاملوف إلى كابل أمس.', 'وكان في استقباله بمطار كابل الدولي وزير الخارجية في حكومة طالبان أمير خان متقي.')).toEqual([
      'عبد العزيز كاملوف – أمير خان متقي: meeting, 2021-08-31',
    ]);
  });

  it('reads no host from a sentence that goes on to something else', () => {
    expect(contacts('وكان في استقبال وزير الخارجية الإيراني حسين أمير عبد اللهيان عدد من المسؤولين، ثم التقى الرئيس الروسي فلاديمير بوتين.').filter((l) => l.startsWith('فلاديمير'))).toEqual([]);
  });
});

describe('Arabic: the passive of receiving ("وتم استقبال X من قبل Y")', () => {
  it('reads the agent after من قبل as the host', () => {
    expect(contacts('وتم استقبال وزير الخارجية التركي مولود جاويش أوغلو من قبل أمير قطر الشيخ تميم بن حمد آل ثاني.')).toEqual([
      'تميم بن حمد آل ثاني – مولود جاويش أوغلو: meeting, undated',
    ]);
    expect(contacts('وجرى استقبال الرئيس الإيراني إبراهيم رئيسي لدى وصوله إلى دوشنبه من قبل الرئيس الطاجيكي إمام علي رحمن.')).toEqual([
      'إمام علي رحمن – إبراهيم رئيسي: meeting, undated',
    ]);
  });
});

describe('Arabic: a pronoun after the verb for the sentence before\'s subject ("وقد التقى به Y")', () => {
  it('pairs the one named with the subject before', () => {
    expect(contacts('وصل وزير الخارجية الباكستاني شاه محمود قريشي إلى طهران.', 'وقد اجتمع به الرئيس الإيراني إبراهيم رئيسي.')).toEqual([
      'شاه محمود قريشي – إبراهيم رئيسي: meeting, undated',
    ]);
    expect(contacts('وصلت وزيرة الخارجية الهولندية سيغريد كاغ إلى الدوحة.', 'والتقى بها وزير الدولة القطري سلطان بن سعد المريخي.')).toEqual([
      'سيغريد كاغ – سلطان بن سعد المريخي: meeting, undated',
    ]);
  });
});

describe('Arabic: my counterpart, in quoted words and posts ("أجريت اتصالا مع نظيري Y")', () => {
  it('reads the counterpart of the speaker', () => {
    expect(contacts('وكتب وزير الخارجية الهندي سوبرامانيام جايشانكار على تويتر: "تحدثت اليوم مع نظيري الروسي سيرغي لافروف".')).toEqual([
      'سوبرامانيام جايشانكار – سيرغي لافروف: talks, 2021-09-01',
    ]);
  });
});

