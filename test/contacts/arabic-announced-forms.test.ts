import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented Arabic article published on Wednesday 2021-08-18, people named as written. */
const contacts = (...sentences: string[]) => contactLines(invented([['Headline', ...sentences].join('\n')], { published: '2021-08-18' }), 'native');
const planned = (sentence: string) => contacts(sentence).every((l) => l.endsWith('planned')) && contacts(sentence).length > 0;

describe('Arabic contacts announced by the words around them (session 16)', () => {
  it('reads "يخطط", "يزمع", "من المفترض أن", "يُترقب أن" as announcing the verb after them', () => {
    expect(planned('ويخطط وزير الخارجية الباكستاني كريم شاه للقاء نظيره التركي نبيل حداد.')).toBe(true);
    expect(planned('ومن المفترض أن يلتقي وزير الخارجية القطري فهد الكعبي نظيره الإيراني علي رضائي.')).toBe(true);
    expect(planned('ومن المفترض أن يجري الرئيس الأوزبكي سالم يوسف محادثات مع رئيس الوزراء الهندي نافين راي.')).toBe(true);
    expect(planned('ويترقب أن يجتمع وزير الخارجية الباكستاني كريم شاه بنظيره التركي نبيل حداد.')).toBe(true);
    expect(planned('وتخطط الرئاسة لعقد لقاء بين الرئيس الأوزبكي سالم يوسف ورئيس الوزراء الهندي نافين راي.')).toBe(true);
  });

  it('reads likelihood ("من المرجح أن", "من المحتمل أن", "يُنتظر أن") as announcing, also with the subject gone on from before', () => {
    expect(planned('ومن المرجح أن يلتقي وزير الخارجية القطري فهد الكعبي نظيره الإيراني علي رضائي.')).toBe(true);
    expect(planned('ويرجح أن يجري وزير الخارجية الباكستاني كريم شاه محادثات مع نظيره التركي نبيل حداد.')).toBe(true);
    expect(planned('ومن المحتمل أن يلتقي الرئيس الأوزبكي سالم يوسف رئيس الوزراء الهندي نافين راي.')).toBe(true);
    expect(planned('ويُنتظر أن يبحث وزير الخارجية الباكستاني كريم شاه مع نظيره التركي نبيل حداد العلاقات الثنائية.')).toBe(true);
    expect(contacts('وصل وزير الخارجية الباكستاني كريم شاه إلى أنقرة اليوم.', 'ومن المرجح أن يلتقي نظيره التركي نبيل حداد.')).toEqual(['كريم شاه – نبيل حداد: meeting, undated, planned']);
  });

  it('reads a present verb of going or doing with a day to come as announcing the contact it leads to', () => {
    expect(planned('يزور وزير الخارجية الباكستاني كريم شاه أنقرة الأسبوع المقبل للقاء نظيره التركي نبيل حداد.')).toBe(true);
    expect(planned('يجري وزير الخارجية الباكستاني كريم شاه الأسبوع المقبل محادثات مع نظيره التركي نبيل حداد.')).toBe(true);
    expect(planned('ويعقد الرئيس الأوزبكي سالم يوسف الأسبوع المقبل قمة مع رئيس الوزراء الهندي نافين راي.')).toBe(true);
    expect(planned('ويجري وزير الخارجية القطري فهد الكعبي خلال الأيام المقبلة اتصالا هاتفيا مع نظيره الإيراني علي رضائي.')).toBe(true);
    expect(planned('ويتوجه وزير الخارجية القطري فهد الكعبي غدا إلى طهران للقاء نظيره الإيراني علي رضائي.')).toBe(true);
  });

  it('reads an announcing adjective after a contact noun ("اللقاء المرتقب", "القمة المقبلة") as planned', () => {
    expect(planned('وتناولت الصحف اللقاء المرتقب بين وزير الخارجية الباكستاني كريم شاه ونظيره التركي نبيل حداد.')).toBe(true);
    expect(planned('ويأتي ذلك قبل القمة المقبلة بين الرئيس الأوزبكي سالم يوسف ورئيس الوزراء الهندي نافين راي.')).toBe(true);
    expect(planned('وأعدت الوزارة للاجتماع المزمع عقده بين وزير الخارجية القطري فهد الكعبي ونظيره الإيراني علي رضائي.')).toBe(true);
    expect(planned('وأكدت الوزارة أن المحادثات المقررة بين الرئيس الأوزبكي سالم يوسف ورئيس الوزراء الهندي نافين راي ستتناول التجارة.')).toBe(true);
  });

  it('keeps a contact told as done, and reads no verb into a name (فيصل is no يصل)', () => {
    expect(contacts('التقى وزير الخارجية الباكستاني كريم شاه نظيره التركي نبيل حداد، واتفقا على أن يلتقيا مجددا الشهر المقبل.')).toEqual(['كريم شاه – نبيل حداد: meeting, undated']);
    expect(contacts('وكان الرئيس الأوزبكي سالم يوسف قد التقى وزير الخارجية التركي نبيل حداد الشهر الماضي.')).toEqual(['سالم يوسف – نبيل حداد: meeting, July 2021']);
    expect(planned('تلقى وزير الخارجية السعودي الأمير فيصل العتيبي، اليوم، اتصالا هاتفيا من وزير الخارجية الباكستاني كريم شاه.')).toBe(false);
    expect(planned('وخلال زيارته الأخيرة التقى وزير الخارجية الباكستاني كريم شاه نظيره التركي نبيل حداد.')).toBe(false);
  });
});
