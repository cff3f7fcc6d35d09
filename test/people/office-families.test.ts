import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

/* Whole families of offices in each pack: deputies written joined (Hindi उप), military ranks,
 * consuls, negotiators, intelligence chiefs, peers and professional honorifics. Each sentence is
 * an article of its own, so only the title introduces the name. */
const personOf = (text: string) => invented([text]).people.map((p) => ({ name: p.native[0] ?? p.display, role: p.role ?? '' }));

describe('offices and honorifics of every family introduce a name', () => {
  it.each([
    ['खबर\nकल ईरान के विदेश उपमंत्री सईद ख़तीबी ने दोहा में बयान दिया।', 'सईद ख़तीबी', 'deputy foreign minister'],
    ['खबर\nपाकिस्तान के उपप्रधानमंत्री असलम राव से मुलाकात हुई।', 'असलम राव', 'deputy prime minister'],
    ['खबर\nपरिषद के उपाध्यक्ष नदीम फारूकी ने कहा कि वार्ता होगी।', 'नदीम फारूकी', 'vice chairman'],
    ['खबर\nपाकिस्तान के सेनाध्यक्ष कमर अहमद ने कहा कि सीमा शांत है।', 'कमर अहमद', 'army chief'],
    ['खबर\nतालिबान के मुख्य वार्ताकार शहाबुद्दीन नूरी ने बयान जारी किया।', 'शहाबुद्दीन नूरी', 'chief negotiator'],
    ['खबर\nइस बीच तालिबान के शीर्ष नेता यूनुस हक्कानी ने संदेश भेजा।', 'यूनुस हक्कानी', 'top'],
  ])('Hindi: %s', (text, name, role) => {
    const found = personOf(text).find((p) => p.name === name);
    expect(found?.role).toContain(role);
  });

  it.each([
    ['News\nOn Friday the country’s Consul General Tariq Mehmood visited the camp.', 'Tariq Mehmood', 'consul general'],
    ['News\nIts caretaker Prime Minister Rafiq Zaman flew to Tashkent.', 'Rafiq Zaman', 'acting prime minister'],
    ['News\nThe Pakistani Spy Chief Asad Munir arrived in Kabul on Saturday.', 'Asad Munir', 'Pakistani intelligence chief'],
    ['News\nThe talks were led by Assistant Secretary of State Linda Hale.', 'Linda Hale', 'assistant secretary of state'],
    ['News\nThe British minister Lord Harun Ali met the delegation in Doha.', 'Harun Ali', ''],
    ['News\nIndia’s Air Chief Marshal Vikram Rao said the airlift was over.', 'Vikram Rao', 'Indian air chief marshal'],
  ])('English: %s', (text, name, role) => {
    const found = personOf(text).find((p) => p.name === name);
    expect(found?.role).toContain(role);
  });

  it.each([
    ['خبر\nوقال القنصل العام الباكستاني طارق محمود إن المعبر مفتوح.', 'طارق محمود', 'Pakistani consul general'],
    ['خبر\nوأكد الرئيس التنفيذي السابق فضل أحمد رحيمي أن الحوار مستمر.', 'فضل أحمد رحيمي', 'former chief executive'],
    ['خبر\nواستقبل الوزير المهندس خالد الرميثي في مكتبه.', 'خالد الرميثي', ''],
    ['خبر\nوقالت المفوض السامي ليلى حداد إن اللاجئين بحاجة إلى مساعدة.', 'ليلى حداد', 'high commissioner'],
  ])('Arabic: %s', (text, name, role) => {
    const found = personOf(text).find((p) => p.name === name);
    expect(found?.role).toContain(role);
  });
});
