/**
 * Coverage matrix of display names: every name shape below, written in Arabic and in Hindi, in
 * every frame (a title alone, a title with the country's adjective, a title with the country's
 * name), with and without an English article that writes the name in Latin letters. A
 * combination that fails is a gap real text hits again (a frame that loses the nationality the
 * display reads, a name shape only one script handles), not one sentence's.
 */
import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';
import { findPerson, nameIndex } from '../../src/people/lookup.ts';

interface Shape {
  /** The conventional Latin name. */
  latin: string;
  arb: string;
  hin: string;
  /** The country: its Arabic adjective and name, its Hindi adjective and name. */
  nation: { arbAdj: string; arbName: string; hinAdj: string; hinName: string };
  /** Written right only when the corpus writes the name in Latin letters somewhere. */
  needsCorpus?: boolean;
}

const BRITAIN = { arbAdj: 'البريطاني', arbName: 'بريطانيا', hinAdj: 'ब्रिटिश', hinName: 'ब्रिटेन' };
const TURKEY = { arbAdj: 'التركي', arbName: 'تركيا', hinAdj: 'तुर्की', hinName: 'तुर्की' };
const ITALY = { arbAdj: 'الإيطالي', arbName: 'إيطاليا', hinAdj: 'इतालवी', hinName: 'इटली' };
const RUSSIA = { arbAdj: 'الروسي', arbName: 'روسيا', hinAdj: 'रूसी', hinName: 'रूस' };
const QATAR = { arbAdj: 'القطري', arbName: 'قطر', hinAdj: 'कतरी', hinName: 'कतर' };
const PAKISTAN = { arbAdj: 'الباكستاني', arbName: 'باكستان', hinAdj: 'पाकिस्तानी', hinName: 'पाकिस्तान' };
const US = { arbAdj: 'الأمريكي', arbName: 'الولايات المتحدة', hinAdj: 'अमेरिकी', hinName: 'अमेरिका' };
const SAUDI = { arbAdj: 'السعودي', arbName: 'السعودية', hinAdj: 'सऊदी', hinName: 'सऊदी अरब' };
const AFGHAN = { arbAdj: 'الأفغاني', arbName: 'أفغانستان', hinAdj: 'अफगान', hinName: 'अफगानिस्तान' };
const GERMANY = { arbAdj: 'الألماني', arbName: 'ألمانيا', hinAdj: 'जर्मन', hinName: 'जर्मनी' };
const CHINA = { arbAdj: 'الصيني', arbName: 'الصين', hinAdj: 'चीनी', hinName: 'चीन' };
const TAJIK = { arbAdj: 'الطاجيكي', arbName: 'طاجيكستان', hinAdj: 'ताजिक', hinName: 'ताजिकिस्तान' };

export const SHAPES: readonly Shape[] = [
  // A listed given name and a listed English surname whose h Arabic and Hindi do not write.
  { latin: 'Boris Johnson', arb: 'بوريس جونسون', hin: 'बोरिस जॉनसन', nation: BRITAIN },
  // Italian -io: ي before a final و is a glide.
  { latin: 'Mario Draghi', arb: 'ماريو دراغي', hin: 'मारियो द्रागी', nation: ITALY, needsCorpus: true },
  // Turkish -oğlu, written apart in Arabic.
  { latin: 'Mevlut Cavusoglu', arb: 'مولود تشاووش أوغلو', hin: 'मेवलुत चावुसोग्लू', nation: TURKEY },
  // Russian -ov.
  { latin: 'Sergey Lavrov', arb: 'سيرغي لافروف', hin: 'सर्गेई लावरोव', nation: RUSSIA },
  // An Arabic patronymic chain with a family name.
  { latin: 'Tamim bin Hamad Al Thani', arb: 'تميم بن حمد آل ثاني', hin: 'तमीम बिन हमद अल थानी', nation: QATAR },
  // A nukta marks Urdu q; ॉ is English o.
  { latin: 'Qamar Javed Bajwa', arb: 'قمر جاويد باجوا', hin: 'क़मर जावेद बाजवा', nation: PAKISTAN, needsCorpus: true },
  { latin: 'Lloyd Austin', arb: 'لويد أوستن', hin: 'लॉयड ऑस्टिन', nation: US, needsCorpus: true },
  { latin: 'Antony Blinken', arb: 'أنتوني بلينكن', hin: 'एंटनी ब्लिंकन', nation: US, needsCorpus: true },
  { latin: 'Faisal bin Farhan', arb: 'فيصل بن فرحان', hin: 'फैसल बिन फरहान', nation: SAUDI },
  { latin: 'Shah Mahmood Qureshi', arb: 'شاه محمود قريشي', hin: 'शाह महमूद कुरैशी', nation: PAKISTAN },
  { latin: 'Amir Khan Muttaqi', arb: 'أمير خان متقي', hin: 'आमिर खान मुत्तकी', nation: AFGHAN, needsCorpus: true },
  { latin: 'Heiko Maas', arb: 'هايكو ماس', hin: 'हाइको मास', nation: GERMANY, needsCorpus: true },
  { latin: 'Maria Zakharova', arb: 'ماريا زاخاروفا', hin: 'मारिया ज़ाखारोवा', nation: RUSSIA },
  { latin: 'Wang Yi', arb: 'وانغ يي', hin: 'वांग यी', nation: CHINA },
  { latin: 'Emomali Rahmon', arb: 'إمام علي رحمان', hin: 'इमोमाली रहमोन', nation: TAJIK, needsCorpus: true },
];

/* Titles, each as Arabic writes it alone, with a nationality adjective after it, and in construct
 * with the country's name; Hindi likewise with the adjective before it and with "<country> के". */
const TITLES = [
  { en: 'foreign minister', arb: ['وزير الخارجية', 'وزير خارجية'], hin: 'विदेश मंत्री' },
  { en: 'prime minister', arb: ['رئيس الوزراء', 'رئيس وزراء'], hin: 'प्रधानमंत्री' },
  { en: 'ambassador', arb: ['السفير', 'سفير'], hin: 'राजदूत' },
] as const;

interface Frame {
  name: string;
  arb: (s: Shape) => string;
  hin: (s: Shape) => string;
}

/** Every title with every way of attaching the nation (none, adjective, country), then an apposition after the name. */
const FRAMES: readonly Frame[] = [
  ...TITLES.flatMap((t): Frame[] => [
    { name: `${t.en} alone`, arb: (s) => `قال ${t.arb[0]} ${s.arb} إن المحادثات كانت مفيدة.`, hin: (s) => `${t.hin} ${s.hin} ने कहा कि बातचीत अच्छी रही।` },
    { name: `${t.en} + adjective`, arb: (s) => `قال ${t.arb[0]} ${s.nation.arbAdj} ${s.arb} إن المحادثات كانت مفيدة.`, hin: (s) => `${s.nation.hinAdj} ${t.hin} ${s.hin} ने कहा कि बातचीत अच्छी रही।` },
    { name: `${t.en} + country`, arb: (s) => `قال ${t.arb[1]} ${s.nation.arbName} ${s.arb} إن المحادثات كانت مفيدة.`, hin: (s) => `${s.nation.hinName} के ${t.hin} ${s.hin} ने कहा कि बातचीत अच्छी रही।` },
  ]),
  {
    name: 'apposition',
    arb: (s) => `وقال ${s.arb}، وزير الخارجية ${s.nation.arbAdj}، إن المحادثات كانت مفيدة.`,
    hin: (s) => `${s.nation.hinAdj} विदेश मंत्री ${s.hin} ने सोमवार को कहा कि बातचीत अच्छी रही।`,
  },
];

const SCRIPTS = ['arb', 'hin'] as const;

/** One knowledge per frame and script, one article per name; with `corpus`, an English article writes every name. */
function displays(frame: Frame, script: (typeof SCRIPTS)[number], corpus: boolean): Map<string, string[]> {
  const articles = SHAPES.map((s) => `Headline\n${frame[script](s)}`);
  if (corpus) articles.push(`Talks\n${SHAPES.map((s) => `${s.latin} spoke on Monday.`).join('\n')}`);
  const kb = invented(articles);
  const out = new Map<string, string[]>();
  SHAPES.forEach((s, i) => out.set(s.latin, kb.people.filter((p) => p.mentions.some((m) => m.article === i)).map((p) => p.display)));
  return out;
}

/* Combinations known to fail for a reason outside display names, as `script/frame/name`: a name
 * made only of common name words and particles, with its title only after it, is not taken for a
 * person at all (people/titled.ts). A fix there makes this test fail: then remove the entry. */
const KNOWN_GAPS = new Set([
  'arb/apposition/Tamim bin Hamad Al Thani', 'arb/apposition/Khalid bin Faisal Al-Nasser', 'arb/apposition/Abduljamil bin Rashid Al-Kamali',
  'arb/apposition/Mohammad Nasser Al-Salem Al-Sabah',
]);

describe('display-name matrix: shape × script × frame × corpus', () => {
  for (const corpus of [false, true]) {
    for (const script of SCRIPTS) {
      for (const frame of FRAMES) {
        it(`${script}, ${frame.name}, ${corpus ? 'with' : 'without'} a Latin spelling in the corpus`, () => {
          const shown = displays(frame, script, corpus);
          const checked = SHAPES.filter((s) => corpus || !s.needsCorpus);
          const wrong = checked.filter((s) => !shown.get(s.latin)!.includes(s.latin));
          const known = checked.filter((s) => KNOWN_GAPS.has(`${script}/${frame.name}/${s.latin}`));
          expect(wrong.map((s) => `${s.latin}: ${shown.get(s.latin)!.join(' / ')}`)).toEqual(known.map((s) => `${s.latin}: `));
        });
      }
    }
  }
});

/**
 * Arabic name patterns (people/arabic-compounds.ts): invented names built from the Arabic pack's
 * name words, each written as the pattern writes it, in every frame above (title alone, with the
 * adjective, with the country, in apposition). `nation` gives the person's country, which may
 * spell the name words its own way (an Iranian's Abdollah, a Turk's Mehmet).
 */
const PATTERNS: ReadonlyArray<{ latin: string; arb: string; nation: Shape['nation']; byNation?: boolean }> = [
  // The article before a family name or a nisba: Al- and the word, an Arabic word, never a foreign name of the lists.
  { latin: 'Khalid bin Faisal Al-Nasser', arb: 'خالد بن فيصل الناصر', nation: { arbAdj: 'الكويتي', arbName: 'الكويت', hinAdj: '', hinName: '' } },
  { latin: 'Saud Nasser Al-Kamali', arb: 'سعود ناصر الكمالي', nation: { arbAdj: 'الإماراتي', arbName: 'الإمارات', hinAdj: '', hinName: '' } },
  { latin: 'Jassim Hamad Al-Kamali', arb: 'جاسم حمد الكمالي', nation: QATAR },
  // عبد and أبو take the article of the next word: Abdul Haq, Abul Hasan; written as one word, joined in Latin too.
  { latin: 'Abdul Haq Qureshi', arb: 'عبد الحق قريشي', nation: PAKISTAN },
  { latin: 'Abdul Jamil Siddiqui', arb: 'عبد الجميل صديقي', nation: AFGHAN },
  { latin: 'Abduljamil bin Rashid Al-Kamali', arb: 'عبدالجميل بن راشد الكمالي', nation: SAUDI },
  { latin: 'Abul Hasan Qureshi', arb: 'أبو الحسن قريشي', nation: PAKISTAN },
  // A name word before الله: one word, a ة read t.
  { latin: 'Habibullah Haqqani', arb: 'حبيب الله حقاني', nation: AFGHAN },
  { latin: 'Hibatullah Siddiqui', arb: 'هبة الله صديقي', nation: AFGHAN },
  { latin: 'Amanullah Khan', arb: 'أمان الله خان', nation: PAKISTAN },
  { latin: 'Inamullah Haqqani', arb: 'إنعام الله حقاني', nation: AFGHAN },
  // عبد before الله with a suffix, one word; an Iranian's Abdollah.
  { latin: 'Reza Abdollahi', arb: 'رضا عبد اللهي', nation: { arbAdj: 'الإيراني', arbName: 'إيران', hinAdj: '', hinName: '' }, byNation: true },
  { latin: 'Javad Abdollahian', arb: 'جواد عبد اللهيان', nation: { arbAdj: 'الإيراني', arbName: 'إيران', hinAdj: '', hinName: '' }, byNation: true },
  // A nisba of a listed word with a long vowel: the word and i (كريمي Karimi, not the Italian Crimi).
  { latin: 'Mehdi Karimi', arb: 'مهدي كريمي', nation: { arbAdj: 'الإيراني', arbName: 'إيران', hinAdj: '', hinName: '' }, byNation: true },
  { latin: 'Hassan Kazemi', arb: 'حسن كاظمي', nation: { arbAdj: 'الإيراني', arbName: 'إيران', hinAdj: '', hinName: '' }, byNation: true },
  // Turkish spellings of Arabic name words, and a Turkish list word read as Turkish reads it (Akar, not Acar).
  { latin: 'Mehmet Tayyip Akar', arb: 'محمد طيب أكار', nation: TURKEY, byNation: true },
  { latin: 'Ahmet Yusuf Akar', arb: 'أحمد يوسف أكار', nation: TURKEY, byNation: true },
  // Pakistani name words the pack lists, a bare alif opening one (افتخار Iftikhar).
  { latin: 'Iftikhar Mushtaq Qureshi', arb: 'افتخار مشتاق قريشي', nation: PAKISTAN },
  { latin: 'Imtiaz Akhtar', arb: 'امتياز أختر', nation: PAKISTAN },
  // Pashtun tribal names in -zai, the stem as Afghans spell it (Ahmad), for a person called Afghan or Pakistani;
  // a final اي read as the diphthong ai whatever the country.
  { latin: 'Abdul Rahim Ahmadzai', arb: 'عبد الرحيم أحمدزي', nation: AFGHAN, byNation: true },
  { latin: 'Mohammad Naeem Ahmadzai', arb: 'محمد نعيم أحمدزاي', nation: AFGHAN, byNation: true },
  { latin: 'Jamal Karzai', arb: 'جمال كرزاي', nation: AFGHAN },
  // A Turkish h written خ, as in the Arabic name it comes from (خليل Halil).
  { latin: 'Halil Akar', arb: 'خليل أكار', nation: TURKEY, byNation: true },
  // A Sabah is Kuwaiti whatever the frame says, and Kuwait's press writes Ahmad and Mohammad.
  { latin: 'Mohammad Nasser Al-Salem Al-Sabah', arb: 'محمد ناصر السالم الصباح', nation: { arbAdj: 'الكويتي', arbName: 'الكويت', hinAdj: '', hinName: '' } },
  { latin: 'Ahmad Jaber Al-Sabah', arb: 'أحمد جابر الصباح', nation: { arbAdj: 'الكويتي', arbName: 'الكويت', hinAdj: '', hinName: '' } },
];

describe('display-name matrix: Arabic name patterns × frame', () => {
  for (const frame of FRAMES) {
    it(`arb, ${frame.name}`, () => {
      const shapes = PATTERNS.map((p) => ({ ...p, hin: '' }));
      const kb = invented(shapes.map((s) => `Headline\n${frame.arb(s)}`));
      // A frame without the nation cannot give a country's spellings; a known gap is another file's.
      const checked = (s: (typeof shapes)[number]): boolean => !(s.byNation && frame.name.endsWith('alone')) && !KNOWN_GAPS.has(`arb/${frame.name}/${s.latin}`);
      const wrong = shapes
        .map((s, i) => ({ s, shown: kb.people.filter((p) => p.mentions.some((m) => m.article === i)).map((p) => p.display) }))
        .filter(({ s, shown }) => checked(s) && !shown.includes(s.latin))
        .map(({ s, shown }) => `${s.latin}: ${shown.join(' / ')}`);
      expect(wrong).toEqual([]);
    });
  }
});

describe('-zai only for Afghans and Pakistanis', () => {
  it('keeps a foreign name in -zie as the lists write it', () => {
    const kb = invented(['H\nقال السفير الأمريكي جون ماكنزي إن المحادثات كانت مفيدة.']);
    expect(kb.people.map((p) => p.display).join(' ')).not.toMatch(/zai\b/u);
  });
});

describe('Latin lookup of Arabic name patterns', () => {
  const kb = invented([
    'H\nقال وزير الخارجية الكويتي سعود ناصر الكمالي إن المحادثات كانت مفيدة.',
    'H\nقال السفير الأفغاني حبيب الله حقاني إن المحادثات كانت مفيدة.',
    'H\nقال وزير الخارجية الإيراني جواد عبد اللهيان إن المحادثات كانت مفيدة.',
    'H\nقال السفير الباكستاني عبد الحق قريشي إن المحادثات كانت مفيدة.',
    // A foreign au: و after an alif before a consonant (باور Bauer).
    'H\nقال وزير الخارجية الألماني كلاوس باور إن المحادثات كانت مفيدة.',
    // "bin Salman" typed: the son of a Salman, not a Salman who is someone's son.
    'H\nقال السفير السعودي سلمان بن حمد إن المحادثات كانت مفيدة.\nوقال الأمير فيصل بن سلمان إن الزيارة مهمة.\nوأضاف سلمان بن حمد أن الوفد وصل.',
  ]);
  const index = nameIndex(kb);
  const cases: Array<[string, string]> = [
    ['Al-Kamali', 'Saud Nasser Al-Kamali'], ['Al Kamali', 'Saud Nasser Al-Kamali'], ['Alkamali', 'Saud Nasser Al-Kamali'], ['Saud Al-Kamali', 'Saud Nasser Al-Kamali'],
    ['Habibullah', 'Habibullah Haqqani'], ['Habib Ullah Haqqani', 'Habibullah Haqqani'],
    ['Abdollahian', 'Javad Abdollahian'], ['Abdullahian', 'Javad Abdollahian'],
    ['Abdulhaq Qureshi', 'Abdul Haq Qureshi'], ['Abdul Haq', 'Abdul Haq Qureshi'],
    ['Bauer', 'Klaus Bauer'], ['Klaus Bauer', 'Klaus Bauer'],
    ['bin Salman', 'Faisal bin Salman'], ['Salman bin Hamad', 'Salman bin Hamad'],
  ];
  for (const [typed, display] of cases) it(`"${typed}" finds ${display}`, () => expect(findPerson(index, typed).person?.display).toBe(display));
});
