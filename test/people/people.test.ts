import { describe, expect, it } from 'vitest';
import { buildPeopleKnowledge } from '../../src/people/build.ts';
import { EMPTY_GAZETTEER } from '../../src/people/gazetteer.ts';
import { findPerson, nameIndex } from '../../src/people/lookup.ts';
import { contactLines, contactsOf, invented, seedKb, seeds } from './helpers.ts';

const displays = (kb: { people: Array<{ display: string }> }) => kb.people.map((p) => p.display).sort();

describe('people of the seed articles', () => {
  it('names each person once, with the role the text gives and the articles naming them', () => {
    const lavrov = findPerson(nameIndex(seedKb), 'Lavrov').person!;
    expect(lavrov).toMatchObject({ id: 'sergey-lavrov', display: 'Sergey Lavrov', role: 'Russian foreign minister', articles: [0, 2, 4] });
    expect(lavrov.native).toEqual(expect.arrayContaining(['सर्गेई लावरोव', 'लावरोव']));
    expect(findPerson(nameIndex(seedKb), 'Putin').person).toMatchObject({ role: 'Russian president', articles: [2, 3] });
    expect(findPerson(nameIndex(seedKb), 'عمران خان').person).toMatchObject({ display: 'Imran Khan', role: 'Pakistani prime minister' });
  });

  it('merges a role-only counterpart with the person the next sentence names the same way', () => {
    const mongolian = seedKb.people.filter((p) => p.role === 'Mongolian foreign minister');
    expect(mongolian).toHaveLength(1);
    expect(mongolian[0]!.native).toEqual(['बत्तसेतसेग बतमुंखी']);
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(seedKb))).toEqual(seedKb);
  });
});

describe('without a gazetteer', () => {
  const bare = buildPeopleKnowledge(seeds, EMPTY_GAZETTEER);

  it('still finds the main people through their titles, with roles', () => {
    for (const [query, role] of [
      ['Lavrov', 'Russian foreign minister'],
      ['Blinken', 'US foreign minister'],
      ['Wang Yi', 'Chinese foreign minister'],
      ['Putin', 'Russian president'],
      ['Imran Khan', 'Pakistani prime minister'],
      ['Jaishankar', 'foreign minister'],
    ]) {
      expect(findPerson(nameIndex(bare), query!).person?.role, query).toBe(role);
    }
    expect(findPerson(nameIndex(bare), 'Lavrov').person?.display).toBe('Sergey Lavrov');
  });

  it('finds the same contacts as with the gazetteer', () => {
    const shape = (kb: typeof bare) => Object.values(contactsOf(kb, 'Lavrov')).flat().sort();
    expect(shape(bare)).toEqual(shape(seedKb));
    expect(Object.keys(contactsOf(bare, 'Putin'))).toHaveLength(2);
  });
});

describe('grouping people', () => {
  it('keeps apart two people who share a first name, in one article or two', () => {
    const kb = invented([
      'रूसी विदेश मंत्री सर्गेई लावरोव ने कहा कि बातचीत जारी रहेगी।',
      'रूसी रक्षा मंत्री सर्गेई शोइगु ने कहा कि सेना तैयार है। रूसी विदेश मंत्री सर्गेई लावरोव ने भी बयान दिया।',
    ]);
    expect(displays(kb)).toEqual(['Sergey Lavrov', 'Sergey Shoigu']);
    expect(findPerson(nameIndex(kb), 'Lavrov').person?.articles).toEqual([0, 1]);
  });

  it('keeps apart two people who share a title', () => {
    const kb = invented(['विदेश मंत्री अनिल कुमार ने कहा। विदेश मंत्री हुसैन अमीर ने कहा।']);
    expect(displays(kb)).toHaveLength(2);
  });

  it('links a later surname alone to the full name in the article, and across scripts', () => {
    const kb = invented(['ईरानी विदेश मंत्री हुसैन अमीर ने कहा। अमीर ने यह भी कहा।', 'Iranian FM Hussain Amir said so.']);
    const amir = findPerson(nameIndex(kb), 'Amir').person!;
    expect(amir.mentions.map((m) => m.text)).toEqual(['हुसैन अमीर', 'अमीर', 'Hussain Amir']);
    expect(amir.display).toBe('Hossein Amir') // an Iranian's Hussain as the press spells it (national-spellings.ts);
  });

  it('shows the fullest name, written with the person’s own Latin words', () => {
    expect(displays(invented(['अमेरिकी विदेश मंत्री टॉम लिंटन ने कहा।']))).toEqual(['Tom Lintan']);
    expect(displays(invented(['अमेरिकी विदेश मंत्री टॉम लिंटन ने कहा।', 'US Secretary of State Linton said so.']))).toEqual(['Tom Linton']);
    expect(displays(invented(['विदेश मंत्री एस रमन ने कहा। विदेश मंत्री सुधीर रमन ने कहा कि …']))).toEqual(['Sudhir Raman']);
  });

  it('shows no handle as a name, but takes its words for the native spelling', () => {
    const kb = invented(['وقال الرئيس الأفغاني السابق حامد لينتون إن الوضع صعب.', 'I met HE @LintonH, the former President, today. HE @LintonH said so.']);
    expect(kb.people.map((p) => p.display)).toContain('Hamid Linton');
    expect(kb.people.map((p) => p.display)).not.toContain('LintonH');
  });

  it('writes initials of a name known only in Devanagari as Latin letters', () => {
    expect(displays(invented(['विदेश मंत्री एस रमन ने कहा।']))).toEqual(['S. Raman']);
  });

  it('does not link a word that two people of the article share', () => {
    const kb = invented(['रूसी विदेश मंत्री सर्गेई लावरोव और रक्षा मंत्री सर्गेई शोइगु पहुंचे। सर्गेई ने कहा कि बैठक अच्छी रही।']);
    expect(kb.people.flatMap((p) => p.mentions.map((m) => m.text)).sort()).toEqual(['सर्गेई लावरोव', 'सर्गेई शोइगु']);
  });
});

describe('pronouns and roles standing for a person', () => {
  it('resolves उन्होंने to the previous sentence\'s subject', () => {
    const kb = invented(['विदेश मंत्री अनिल कुमार ने कहा कि संबंध अच्छे हैं। उन्होंने ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात की।']);
    expect(contactLines(kb)).toEqual(['Anil Kumar – Hossein Amir: meeting, undated']);
  });

  it('resolves a role to the one earlier person it fits, never to someone in the same sentence', () => {
    const kb = invented(['ईरानी विदेश मंत्री हुसैन अमीर पहुंचे। भारतीय विदेश मंत्री अनिल कुमार ने कहा। ईरानी मंत्री ने कुमार से मुलाकात की।']);
    expect(contactLines(kb)).toEqual(['Hossein Amir – Anil Kumar: meeting, undated']);
  });

  it('invents nobody when a role fits several people and the text does not say which', () => {
    const kb = invented(['विदेश मंत्री अनिल कुमार और विदेश मंत्री हुसैन अमीर पहुंचे। बैठक लंबी चली। मंत्री ने राष्ट्रपति जोआओ सिल्वा से मुलाकात की।']);
    expect(contactLines(kb)).toEqual([]);
  });

  it('keeps a counterpart known only by role when no name follows', () => {
    const kb = invented(['विदेश मंत्री अनिल कुमार ने अपने ईरानी समकक्ष से मुलाकात की।']);
    expect(contactLines(kb)).toEqual(['Anil Kumar – Iranian foreign minister: meeting, undated']);
  });
});

describe('where a name ends', () => {
  it('stops a titled name where a name the corpus knows shorter ends, keeping common name words', () => {
    const kb = invented([
      'زيارة\nقال الرئيس الأمريكي جون كارتر إن الزيارة مهمة.',
      'محادثات\nوأكد الرئيس الأمريكي جون كارتر حرصه على المحادثات.',
      'اتصال\nقال وزير الخارجية خالد بن حمد آل ثاني إن المحادثات مفيدة. وقال وزير الخارجية خالد بن حمد إن الاتصال مهم.',
    ]);
    const names = kb.people.flatMap((p) => p.mentions.map((m) => m.text));
    expect(names).toContain('جون كارتر');
    expect(names).not.toContain('جون كارتر حرصه');
    expect(names).toContain('خالد بن حمد آل ثاني');
  });

  it('never ends an Arabic name on a particle', () => {
    const kb = invented(['لقاء\nقال وزير الخارجية خالد بن حمد بن وأضاف أن اللقاء مهم.']);
    expect(kb.people.map((p) => p.display)).toEqual(['Khalid bin Hamad']);
  });
});

describe('only names are people', () => {
  it('takes no title-case headline words for a name when the article writes them in lower case', () => {
    const kb = invented(['Lee, Mongolian Counterpart Review Trade Deals\nThe two ministers met to review trade deals on Monday.']);
    expect(kb.people.flatMap((p) => p.mentions.map((m) => m.text))).not.toContain('Review Trade Deals');
  });

  it('takes no acronym and no initial alone for a name', () => {
    const kb = invented(['وقال مدير وكالة الاستخبارات المركزية (CIA) وليام لين إنه التقى الوزير.', 'He spoke with Russian President V.']);
    const texts = kb.people.flatMap((p) => p.mentions.map((m) => m.text));
    expect(texts).not.toContain('CIA');
    expect(texts).not.toContain('V');
  });

  it('takes no verb after a title for a name when the article inflects it elsewhere', () => {
    const kb = invented(['محادثات\nالوزيران يناقشان الوضع. وقال البيان إن وزير الخارجية الروسي ناقش الوضع مع نظيره.']);
    expect(kb.people.flatMap((p) => p.mentions.map((m) => m.text))).not.toContain('ناقش');
  });

  it('ends an Arabic name at a stop word, but keeps name words the stop list also holds (بن)', () => {
    const kb = invented(['لقاء\nقال وزير الخارجية خالد بن حسن حاليا إن اللقاء مهم.']);
    expect(kb.people.map((p) => p.display)).toEqual(['Khalid bin Hasan']);
  });
});

describe('Arabic verbs and masdars are no names', () => {
  it('takes no inflected news verb after a title for a name, even one the article writes once', () => {
    const kb = invented(['زيارة\nقالت الوكالة إن المستشارة النمساوية أعربت عن شكرها. وأضافت أن الملك سامر يشارك في القمة، وأن الرئيس التونسي سيتطرقان.']);
    const mentions = kb.people.flatMap((p) => p.mentions.map((m) => m.text));
    expect(mentions).not.toContain('أعربت');
    expect(mentions).toContain('سامر');
    expect(mentions.join(' ')).not.toMatch(/يشارك|سيتطرقان/u);
  });

  it('ends a name at a possessed masdar ("بمناسبة تعيينه") and keeps a name word that looks like a clitic and a verb (فيصل)', () => {
    const kb = invented(['تهنئة\nبعث الاتحاد رسالة إلى الملا كريم نوري بمناسبة تعيينه رئيسا. وتلقى الأمير فيصل بن فرحان اتصالا.']);
    // Mentions, not display names: how a name is romanised is the names layer's business.
    expect(kb.people.map((p) => p.mentions[0]!.text).sort()).toEqual(['فيصل بن فرحان', 'كريم نوري']);
  });
});

describe('Arabic participles are no names', () => {
  it('ends a name at an active participle in the accusative ("X متوجها …", "X، مؤكدا أن")', () => {
    const kb = invented(['خبر\nوصل وزير الخارجية الأردني نادر عواد متوجها إلى تونس. وقال الرئيس التونسي سامر خليل مشيرا إلى أهمية الزيارة إنه سعيد.']);
    expect(kb.people.flatMap((p) => p.mentions.map((m) => m.text)).sort()).toEqual(['سامر خليل', 'نادر عواد']);
  });
});

describe('spellingToShow', () => {
  it('shows a longer native spelling only when it ends in the same name word as the Latin one', async () => {
    const { spellingToShow } = await import('../../src/people/display-spelling.ts');
    // Given names in front: the native spelling gives more of the name.
    expect(spellingToShow('Linton', 'وليام لينتون')).toEqual({ text: 'وليام لينتون', latin: false });
    expect(spellingToShow('S. Linton', 'विलियम लिंटन')).toEqual({ text: 'विलियम लिंटन', latin: false });
    // A word after the name ("another") taken in by the native spelling: the Latin one is shown.
    expect(spellingToShow('Tom Linton', 'توم لينتون آخر')).toEqual({ text: 'Tom Linton', latin: true });
    expect(spellingToShow('Tom Linton', 'توم لينتون')).toEqual({ text: 'Tom Linton', latin: true });
    expect(spellingToShow(undefined, 'توم لينتون')).toEqual({ text: 'توم لينتون', latin: false });
  });

  it('shows the native spelling when the Latin one is its given name only and the person is also named by the surname alone', async () => {
    const { spellingToShow, writtenSpellings } = await import('../../src/people/display-spelling.ts');
    const mention = (text: string, article: number) => ({ article, paragraph: 0, start: 0, end: text.length, text });
    const written = () => writtenSpellings([mention('Marino', 1), mention('مارينو فاليريش', 2), mention('فاليريش', 2)]);
    expect(spellingToShow('Marino', 'مارينو فاليريش', undefined, undefined, written)).toEqual({ text: 'مارينو فاليريش', latin: false });
    // Without the surname alone, the last native word may be one taken in after the name.
    const once = () => writtenSpellings([mention('Marino', 1), mention('مارينو فاليريش', 2)]);
    expect(spellingToShow('Marino', 'مارينو فاليريش', undefined, undefined, once)).toEqual({ text: 'Marino', latin: true });
  });

  it('shows Latin initials for the native given names they fit, rather than guess the given names’ vowels', async () => {
    const { spellingToShow } = await import('../../src/people/display-spelling.ts');
    expect(spellingToShow('Linton', 'सुरेश लिंटन', 'S Linton')).toEqual({ text: 'S Linton', latin: true });
    // The initial must fit: R is not the S of सुरेश.
    expect(spellingToShow('Linton', 'सुरेश लिंटन', 'R Linton')).toEqual({ text: 'सुरेश लिंटन', latin: false });
    expect(spellingToShow('Linton', 'अजय लिंटन', 'A Linton')).toEqual({ text: 'A Linton', latin: true });
  });
});

describe('one person, one entry', () => {
  it('romanises the spelling with a nukta when the person is written both ways', () => {
    const kb = invented(['बैठक\nईरानी विदेश मंत्री जवाद जरीफ ने कहा कि बैठक अच्छी रही। ईरानी विदेश मंत्री जवाद ज़रीफ़ पहुंचे।']);
    expect(kb.people.map((p) => p.display)).toEqual(['Javad Zarif']);
  });

  it('joins spellings in two scripts that no word-by-word comparison joins but that read as the same name', () => {
    const kb = invented([
      'बैठक\nअफगानिस्तान के उप प्रधानमंत्री अब्दुल गनी कुरैशी ने कहा कि बातचीत अच्छी रही।',
      'محادثات\nقال نائب رئيس الوزراء عبدالغني قريشي إن المحادثات مفيدة.',
    ]);
    expect(kb.people.map((p) => p.display)).toEqual(['Abdul Ghani Qureshi']);
    expect(kb.people[0]!.articles).toEqual([0, 1]);
  });

  it('joins a name written without its first given name in other articles, and shows the name most articles write', () => {
    const kb = invented([
      'Talks\nAfghan President Mohammad Ashraf Lintani said the talks went well.',
      'Talks\nAfghan President Ashraf Lintani said the talks went well.',
      'محادثات\nقال الرئيس الأفغاني أشرف لينتاني إن المحادثات مفيدة.',
    ]);
    expect(displays(kb)).toEqual(['Ashraf Lintani']);
    expect(kb.people[0]!.articles).toEqual([0, 1, 2]);
  });

  it('keeps the fullest name shown when no more articles write its end', () => {
    const kb = invented(['Talks\nTurkish President Recep Tayyip Ardovan said so.', 'Talks\nTurkish President Tayyip Ardovan said so.']);
    expect(displays(kb)).toEqual(['Recep Tayyip Ardovan']);
  });

  it('keeps a son named with his father apart from the father (bin), in Latin and Arabic', () => {
    expect(displays(invented(['Talks\nQatari Emir Tamim bin Hamad Al Lintani said so.', 'Talks\nFormer Qatari Emir Hamad Al Lintani said so.']))).toHaveLength(2);
    expect(displays(invented(['محادثات\nقال أمير قطر تميم بن حمد آل لينتاني إن المحادثات مفيدة.', 'محادثات\nقال الأمير السابق حمد آل لينتاني إن المحادثات مفيدة.']))).toHaveLength(2);
  });

  it('does not take a short common name for the end of a longer one', () => {
    expect(displays(invented(['Talks\nPakistani minister Imran Ali Khan said so.', 'Talks\nAfghan minister Ali Khan said so.']))).toEqual(['Ali Khan', 'Imran Ali Khan']);
  });
});
