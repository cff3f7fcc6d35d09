import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

/* The religious honorifics of Afghan, Pakistani and Iranian names (Mullah, Maulvi, Qari, Mufti,
 * Ayatollah) in the spellings each language's press gives them: the honorific opens the name and
 * is no part of it. Each sentence is an article of its own, so no other article teaches the name. */
const names = (text: string): string[] => invented([text]).people.map((p) => p.native[0] ?? p.display);

describe('religious honorifics open a name', () => {
  it.each([
    ['News\nThe minister met the acting deputy head of the government, Mulla Abdul Rashid, in Kabul.', 'Abdul Rashid'],
    ['News\nThe envoy later called on Molla Nur Ahmad Saqib at the ministry.', 'Nur Ahmad Saqib'],
    ['News\nThe Taliban head of the office for Iran, Qari Yusuf Nazari met the Iranian ambassador on Sunday.', 'Yusuf Nazari'],
    ['News\nHe was accompanied by Malavi Rahmatullah Omari, acting minister of mines.', 'Rahmatullah Omari'],
    ['News\nThe delegation also saw Moulvi Jalaluddin Shinwari and two governors.', 'Jalaluddin Shinwari'],
    ['News\nIraqi pilgrims were received by Ayatollah Mohsen Araki in Qom.', 'Mohsen Araki'],
  ])('English: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['खबर\nतालिबान के राजनीतिक कार्यालय के प्रमुख क़ारी यूसुफ़ नज़ारी ने ईरान के राजदूत से मुलाकात की।', 'यूसुफ़ नज़ारी'],
    ['खबर\nप्रतिनिधिमंडल ने मावलवी रहमतुल्लाह उमरी से काबुल में बात की।', 'रहमतुल्लाह उमरी'],
    ['खबर\nईरान के सर्वोच्च नेता अयातुल्ला मोहसिन अराकी ने संदेश भेजा।', 'मोहसिन अराकी'],
    ['खबर\nबैठक में मुफ़्ती नूर वली ने भी हिस्सा लिया।', 'नूर वली'],
  ])('Hindi: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['خبر\nوقال القاري يوسف نظري إن الوفد سيزور طهران.', 'يوسف نظري'],
    ['خبر\nالتقى آية الله محسن أراكي بالسفير العراقي في قم.', 'محسن أراكي'],
    ['خبر\nوأعلن مفتي عبد الرشيد عمري أن اللقاء كان مثمرا.', 'عبد الرشيد عمري'],
  ])('Arabic: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
