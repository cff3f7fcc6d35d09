/**
 * A person known only by a role is no named person: a place after a title is not a name, and a
 * counterpart the article names later, however far on, is that named person rather than a role entry.
 */
import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

const displays = (texts: string[]) => invented(texts).people.map((p) => p.display);
const spellings = (texts: string[]) => invented(texts).people.flatMap((p) => p.mentions.map((m) => m.text));

describe('a city right after a title is where the office holder is, not their name', () => {
  it.each([
    ['hin', 'दौरा\nपाकिस्तानी विदेश मंत्री रमेश कुमार दोहा पहुंचे। इससे पहले भी पाकिस्तानी विदेश मंत्री दोहा में रुक कर अधिकारियों से मिलते रहे हैं।', 'दोहा'],
    ['hin', 'यात्रा\nरूसी राजदूत अलेक्सेई पेत्रोव काबुल रवाना हुए। बाद में रूसी राजदूत काबुल में तालिबान नेताओं से मिले।', 'काबुल'],
    ['hin', 'दौरा\nईरानी राष्ट्रपति दुशांबे जाएंगे। ईरानी राष्ट्रपति मोहसिन रज़वी ने यह घोषणा की।', 'दुशांबे'],
    ['arb', 'زيارة\nوصل وزير الخارجية الباكستاني موسكو أمس. وقال وزير الخارجية الباكستاني كريم شاه إن الزيارة مهمة.', 'موسكو'],
    ['arb', 'زيارة\nيزور الرئيس الإيراني الدوحة الأسبوع المقبل، حسب ما أعلن الرئيس الإيراني نادر عواد.', 'الدوحة'],
  ])('%s: %s', (_lang, text, city) => {
    const found = spellings([text]);
    expect(found).not.toContain(city);
    expect(found.some((m) => m.includes(city))).toBe(false);
  });
});

describe('a counterpart of a nationality named later in the article is that person, however far on', () => {
  it('Hindi: his Iranian counterpart, named as the Iranian foreign minister three sentences on', () => {
    const kb = invented([
      'दौरा\nभारतीय विदेश मंत्री रमेश कुमार तेहरान में अपने ईरानी समकक्ष से मुलाकात करेंगे। यह दौरा दो दिन का होगा। मंत्री मास्को भी जाएंगे। तेहरान में वह ईरानी विदेश मंत्री मोहसिन रज़वी से अफगानिस्तान पर चर्चा करेंगे।',
    ]);
    expect(kb.people.map((p) => p.display)).not.toContain('Iranian foreign minister');
    expect(kb.people.map((p) => p.display)).not.toContain('Iranian counterpart');
  });

  it('Arabic: نظيره الصيني in a headline-like line, the Chinese foreign minister named far below, a Chinese president in between', () => {
    const found = displays([
      'لقاء\nعقد وزير الخارجية الروسي سيرغي بافلوف لقاء مع نظيره الصيني على هامش الاجتماع. وناقش الوزيران الوضع في أفغانستان. وأكد الجانبان أهمية التعاون. وقال الرئيس الصيني لي مينغ إن بلاده تدعم الحوار. وأشار وزير الخارجية الصيني وانغ تشاو إلى أهمية الأمن.',
    ]);
    expect(found).not.toContain('Chinese counterpart');
    expect(found).not.toContain('Chinese foreign minister');
  });

  it('English: his Kazakh counterpart, the one Kazakh foreign minister named later', () => {
    const found = displays([
      'Talks\nUS Secretary of State John Miller spoke with his Kazakh counterpart on Monday. The two discussed Afghanistan. They agreed to meet again. The call came a week after Kazakh Foreign Minister Aidar Bekov visited Kabul.',
    ]);
    expect(found).not.toContain('Kazakh counterpart');
    expect(found).not.toContain('Kazakh secretary of state');
  });

  it('keeps a counterpart nobody names as a role, and does not take another office of that nationality for it', () => {
    const found = displays([
      'اتصال\nتلقى وزير الخارجية القطري كريم شاه اتصالا من نظيره الإندونيسي. وبحث الجانبان الوضع في أفغانستان. وأكدا أهمية الحوار. وكان الرئيس الإندونيسي جوكو سوبرابتو قد زار الدوحة.',
    ]);
    expect(found).not.toContain('Joko Soprapto');
    expect(found.filter((d) => /Indonesian/u.test(d))).toHaveLength(1);
  });
});

describe('a text cut off mid-word ends on no name', () => {
  it('drops the fragment the article writes in full elsewhere, leaving the role or the rest of the name', () => {
    const kb = invented([
      'दौरा\nपाकिस्तान के विदेश मंत्री कल दिल्ली आएंगे।\nउन्होंने अपने बयान में शांति की बात कही। इस दौरान पाकिस्तान के विदेश मंत्री अप',
      'वार्ता\nअमेरिकी विदेश मंत्री एंटनी ब्लिंकन ने बात की।\nइधर अमेरिकी विदेश मंत्री एंटनी ब्ल',
    ]);
    const found = kb.people.flatMap((p) => p.mentions.map((m) => m.text));
    expect(found).not.toContain('अप');
    expect(found).not.toContain('एंटनी ब्ल');
  });

  it('keeps a whole last word (… Foreign Minister Wang) and a headline ending on a name', () => {
    const kb = invented([
      'Talks\nThe minister spoke on Monday.\nBlinken also spoke to Chinese Foreign Minister Wang',
      'मास्को जाते हुए रुकेंगे भारतीय विदेश मंत्री रमेश कुमार\nविदेश मंत्री कल रवाना होंगे।',
    ]);
    const found = kb.people.flatMap((p) => p.mentions.map((m) => m.text));
    expect(found).toContain('Wang');
    expect(found).toContain('रमेश कुमार');
  });
});
