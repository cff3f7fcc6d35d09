/**
 * The contact-frame coverage matrix: invented sentences that combine each pack's contact words with
 * every frame they are written in (active, passive, nominal, reciprocal, a call received, a list of
 * counterparts, planned), titles with the ways a nation is attached, and both person orders. A
 * failing combination is a grammar gap that real text hits again, not one sentence to patch.
 */

/** One generated sentence and what it states. */
export interface MatrixCase {
  lang: 'eng' | 'hin' | 'arb';
  /** Frame, verb and title the sentence combines (what a failure is grouped by). */
  frame: string;
  verb: string;
  title: string;
  text: string;
  /** Names (without titles) of the people in it, as written. */
  people: string[];
  /** Contacts it states, as pairs of names; the order is not asserted. */
  pairs: Array<[string, string]>;
  planned: boolean;
  /** The contacts' date (YYYY-MM-DD) when the sentence gives one by a date word. */
  date?: string;
}

/** A frame: how people and a contact word make a sentence. `{A}`… are the titled people, `{a}`… bare names, `{V}` the word. */
interface Frame {
  name: string;
  template: string;
  verbs: readonly string[];
  /** Pairs by slot letter; default A–B. */
  pairs?: ReadonlyArray<readonly [string, string]>;
  planned?: boolean;
}

/** The day each language's date word names: every article is published on Wednesday 2021-09-01. */
const DATE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['on Monday', '2021-08-30'],
  ['सोमवार को', '2021-08-30'],
  ['اليوم الأربعاء', '2021-09-01'],
];

/** Every combination of a title with the ways a nation attaches to it, per language. */
interface Language {
  lang: MatrixCase['lang'];
  titles: readonly string[];
  given: readonly string[];
  family: readonly string[];
  frames: readonly Frame[];
}

const ENGLISH: Language = {
  lang: 'eng',
  titles: [
    'Foreign Minister {N}',
    "India's Foreign Minister {N}",
    'Indian Foreign Minister {N}',
    'External Affairs Minister {N}',
    'President {N}',
    "Pakistan's Prime Minister {N}",
    'National Security Adviser {N}',
    'UN envoy {N}',
    'Taliban leader Mullah {N}',
    'Deputy Foreign Minister {N}',
  ],
  given: ['Anil', 'Karim', 'Ken', 'Joao', 'Hamid', 'Ravi', 'Omar', 'Luis', 'Farid', 'Ivan', 'Yusuf', 'Peter', 'Tariq', 'Hugo', 'Sunil', 'Rashid', 'Marco', 'Nabil', 'Victor', 'Javed', 'Alan', 'Samir', 'Pavel', 'Arjun', 'Khalid'],
  family: ['Kumar', 'Shah', 'Sato', 'Silva', 'Nadeem', 'Verma', 'Haddad', 'Moreno', 'Rahimi', 'Petrov', 'Demir', 'Larsen', 'Qureshi', 'Brandt', 'Mehta', 'Karimi', 'Rossi', 'Azizi', 'Novak', 'Iqbal', 'Walker', 'Sharif', 'Orlov', 'Kapoor', 'Mansour'],
  frames: [
    { name: 'active', template: '{A} {V} {B} on Monday.', verbs: ['met', 'hosted', 'received', 'welcomed', 'called', 'telephoned', 'phoned', 'called on', 'met with'] },
    { name: 'with', template: '{A} {V} {B} on Monday.', verbs: ['spoke with', 'spoke to', 'talked with', 'held talks with', 'had a phone call with', 'held a phone call with', 'had a meeting with', 'held a meeting with', 'conferred with', 'spoke by phone with'] },
    { name: 'passive', template: '{B} was {V} {A} on Monday.', verbs: ['received by', 'met by', 'hosted by', 'called by', 'welcomed by', 'telephoned by'] },
    { name: 'nominal', template: '{V} {A} and {B} on Monday.', verbs: ['Talks were held between', 'A meeting was held between', 'Talks took place between', 'A phone call took place between'] },
    { name: 'reciprocal', template: '{A} and {B} {V} on Monday.', verbs: ['met', 'held talks', 'spoke by phone', 'talked'] },
    { name: 'call received', template: '{A} {V} {B} on Monday.', verbs: ['received a phone call from', 'received a call from'] },
    { name: 'list', template: '{A} {V} {B}, {C} and {D} on Monday.', verbs: ['met', 'held talks with', 'spoke with'], pairs: [['A', 'B'], ['A', 'C'], ['A', 'D']] },
    { name: 'aside', template: '{A} {V}, who is visiting Delhi, on Monday.', verbs: ['met {B}', 'spoke with {B}', 'received {B}'] },
    { name: 'list joined', template: '{A} {V} on Monday.', verbs: ['met {B} as well as {C}', 'was received by {B}, the head of the delegation, along with {C},', 'held talks with {B} together with {C}'], pairs: [['A', 'B'], ['A', 'C']] },
    { name: 'planned', template: '{A} {V} {B} next week.', verbs: ['will meet', 'is scheduled to meet', 'is expected to hold talks with', 'will hold talks with', 'is set to meet', 'plans to meet'], planned: true },
  ],
};

const HINDI: Language = {
  lang: 'hin',
  titles: [
    'विदेश मंत्री {N}',
    'भारत के विदेश मंत्री {N}',
    'ईरानी विदेश मंत्री {N}',
    'रूस के राष्ट्रपति {N}',
    'प्रधानमंत्री {N}',
    'राष्ट्रीय सुरक्षा सलाहकार {N}',
    'पाकिस्तान के प्रधानमंत्री {N}',
    'अमेरिकी विदेश मंत्री {N}',
    'तालिबान नेता मुल्ला {N}',
    'रक्षा मंत्री {N}',
    'यूरोपीय संघ के विदेश नीति प्रमुख {N}',
    'अफगानिस्तान में अमेरिका के विशेष दूत {N}',
  ],
  given: ['अनिल', 'करीम', 'हुसैन', 'नवीन', 'रवि', 'सुनील', 'अमित', 'राजेश', 'विजय', 'मोहन', 'अजय', 'संजय', 'दीपक', 'अशोक', 'सुरेश', 'विनोद', 'मनोज', 'प्रकाश', 'राकेश', 'हामिद', 'फरीद', 'जावेद', 'यूसुफ', 'तारिक', 'अर्जुन'],
  family: ['कुमार', 'शाह', 'अमीर', 'राय', 'वर्मा', 'मेहता', 'कपूर', 'शर्मा', 'गुप्ता', 'सिंह', 'जोशी', 'पांडे', 'मिश्रा', 'यादव', 'चौहान', 'रहीमी', 'करीमी', 'कुरैशी', 'अज़ीज़ी', 'इकबाल', 'मलिक', 'सेठी', 'भाटिया', 'नायर', 'पिल्लई'],
  frames: [
    { name: 'active', template: '{A} ने सोमवार को {B} {V}।', verbs: ['से मुलाकात की', 'से बात की', 'से फोन पर बात की', 'के साथ बैठक की', 'से भेंट की', 'से बातचीत की', 'के साथ वार्ता की', 'से चर्चा की', 'की मेजबानी की', 'का स्वागत किया'] },
    { name: 'intransitive', template: '{A} सोमवार को {B} {V}।', verbs: ['से मिले', 'से मिलीं'] },
    { name: 'nominal', template: '{A} और {B} {V}।', verbs: ['के बीच सोमवार को बातचीत हुई', 'के बीच सोमवार को बैठक हुई', 'की सोमवार को बातचीत हुई', 'की सोमवार को मुलाकात हुई', 'के बीच सोमवार को फोन पर बात हुई'] },
    { name: 'reciprocal', template: '{A} और {B} ने सोमवार को {V}।', verbs: ['मुलाकात की', 'बातचीत की', 'फोन पर बात की', 'चर्चा की'] },
    { name: 'call received', template: '{A} {V}।', verbs: ['को सोमवार को {B} का फोन आया'] },
    { name: 'call made', template: '{A} ने सोमवार को {B} {V}।', verbs: ['को फोन किया'] },
    { name: 'list', template: '{A} ने सोमवार को {B}, {C} और {D} {V}।', verbs: ['से मुलाकात की', 'से बात की'], pairs: [['A', 'B'], ['A', 'C'], ['A', 'D']] },
    { name: 'planned', template: '{A} अगले सप्ताह {B} {V}।', verbs: ['से मुलाकात करेंगे', 'से मिलेंगे', 'से बात करेंगे', 'से मुलाकात कर सकते हैं'], planned: true },
    // Headline order with the subject last and no case marker: "पुतिन से मिले मोदी".
    { name: 'headline met', template: '{B} {V} {A}', verbs: ['से मिले', 'से सोमवार को मिले', 'से मिलीं', 'से मिला'] },
    { name: 'headline meets', template: '{B} {V} {A}', verbs: ['से मिलेंगे', 'से मिलेंगी'], planned: true },
    // The subject in the genitive, a day between it and the person met: "X के बुधवार को Y से मिलने की उम्मीद है".
    {
      name: 'planned genitive',
      template: '{A} {V}।',
      verbs: ['के बुधवार को {B} से मिलने की उम्मीद है', 'की 5 सितंबर को {B} से मुलाकात होने की संभावना है', 'के 5 सितंबर को {B} के साथ बैठक करने की संभावना है'],
      planned: true,
    },
    // A delegation named by its leader: meeting the delegation is meeting the one who leads it.
    {
      name: 'led delegation',
      template: '{A} ने सोमवार को {V}।',
      verbs: ['{B} के नेतृत्व वाले तालिबान प्रतिनिधिमंडल से मुलाकात की', '{B} की अगुवाई वाले प्रतिनिधिमंडल के साथ बैठक की', '{B} के नेतृत्व वाले अफगान शिष्टमंडल से बातचीत की', '{B} के नेतृत्व में आए दल का स्वागत किया'],
    },
    {
      name: 'led delegation subject',
      template: '{B} के नेतृत्व में {V} सोमवार को {A} से मुलाकात की।',
      verbs: ['तालिबान के एक प्रतिनिधिमंडल ने', 'एक उच्चस्तरीय प्रतिनिधिमंडल ने', 'अफगान शिष्टमंडल ने'],
    },
    // The contact as the purpose of a coming journey: the journey's future verb announces it (जाएंगे, आएंगे: future after a vowel letter).
    {
      name: 'planned purpose',
      template: '{A} अगले सप्ताह {B} {V}।',
      verbs: ['से मिलने के लिए तेहरान जाएंगे', 'से वार्ता करने के लिए कुछ घंटों के लिए तेहरान में रुकेंगे', 'से मुलाकात के लिए दिल्ली आएंगे', 'से मिलने मास्को जाएंगी', 'से बातचीत करने के लिए काबुल पहुंचेंगे', 'के साथ बैठक के लिए दोहा जाएंगे'],
      planned: true,
    },
    // The contact as the setting of what its subject said or did: "Y के साथ बातचीत के दौरान X ने कहा".
    {
      name: 'setting',
      template: '{B} {V} {A} ने कहा कि संबंध मजबूत हैं।',
      verbs: ['के साथ सोमवार को बातचीत के दौरान', 'के साथ सोमवार को अपनी भेंटवार्ता में', 'से सोमवार को मुलाकात के बाद', 'के साथ सोमवार को बैठक में', 'से सोमवार को फोन पर बातचीत में', 'के साथ सोमवार को हुई भेंट-वार्ता में'],
    },
    // A second sentence going on from the first ("also", "during the talks with"): its contact takes the first one's day.
    {
      name: 'continued',
      template: '{A} ने सोमवार को {B} से मुलाकात की। {a} ने {C} {V}।',
      verbs: ['से भी मुलाकात की', 'के साथ भी बातचीत की', 'से भी फोन पर बात की', 'से बातचीत के दौरान कहा कि संबंध मजबूत हैं', 'के साथ बैठक के बाद कहा कि सहयोग जारी रहेगा', 'से चर्चा के दौरान शांति पर जोर दिया'],
      pairs: [['A', 'B'], ['A', 'C']],
    },
  ],
};

const ARABIC: Language = {
  lang: 'arb',
  titles: [
    'وزير الخارجية الروسي {N}',
    'وزير خارجية روسيا {N}',
    'الرئيس التركي {N}',
    'رئيس الوزراء الهندي {N}',
    'رئيس وزراء باكستان {N}',
    'المبعوث الخاص {N}',
    'زعيم حركة طالبان الملا {N}',
    'وزير الخارجية {N}',
    'مستشار الأمن القومي الهندي {N}',
    'أمير قطر الشيخ {N}',
  ],
  given: ['سامر', 'سعيد', 'نادر', 'كريم', 'ماركو', 'جون', 'سالم', 'خالد', 'فهد', 'عمر', 'يوسف', 'طارق', 'ناصر', 'زياد', 'رامي', 'وليد', 'هشام', 'عادل', 'مازن', 'فيصل', 'جمال', 'حسام', 'أنور', 'منير', 'رائد'],
  family: ['خليل', 'عواد', 'نوري', 'فيلاني', 'ميلر', 'حداد', 'زيدان', 'منصور', 'علوان', 'قاسم', 'شامي', 'درويش', 'سليمان', 'حسون', 'بركات', 'عيسى', 'جابر', 'نجار', 'خطيب', 'صالح', 'حمدان', 'يونس', 'راشد', 'عثمان', 'شاكر'],
  frames: [
    { name: 'active', template: '{V} {A} {B} في موسكو اليوم الأربعاء.', verbs: ['التقى', 'استقبل', 'قابل', 'هاتف'] },
    { name: 'with', template: '{V} مع {B} اليوم الأربعاء.', verbs: ['اجتمع {A}', 'بحث {A}', 'تباحث {A}', 'أجرى {A} اتصالا هاتفيا', 'عقد {A} محادثات', 'أجرى {A} محادثات', 'تشاور {A}', 'عقد {A} لقاء', 'التقى {A}', 'تحدث {A} هاتفيا', 'اتفق {A} على مواصلة التنسيق'] },
    { name: 'with bi', template: '{V} {A} ب{B} في موسكو اليوم الأربعاء.', verbs: ['التقى', 'اجتمع', 'اتصل'] },
    { name: 'subject first', template: '{A} {V} {B} في موسكو اليوم الأربعاء.', verbs: ['التقى', 'استقبل', 'اجتمع مع', 'بحث مع', 'أجرى اتصالا هاتفيا مع'] },
    { name: 'nominal', template: '{V} {A} و{B} اليوم الأربعاء.', verbs: ['جرى اتصال هاتفي بين', 'عقدت محادثات بين', 'جرت مباحثات بين', 'عقد لقاء بين'] },
    { name: 'reciprocal', template: '{V} {A} ونظيره الروسي {b} اليوم الأربعاء العلاقات الثنائية.', verbs: ['بحث', 'ناقش', 'تناول'] },
    { name: 'reciprocal agreed', template: '{V} {A} ونظيره الروسي {b} اليوم الأربعاء على مواصلة التنسيق.', verbs: ['اتفق', 'واتفق'] },
    { name: 'call received', template: 'تلقى {A} {V} {B}.', verbs: ['اتصالا هاتفيا اليوم الأربعاء من', 'اتصالا هاتفيا من', 'مكالمة هاتفية من'] },
    { name: 'calls received list', template: 'تلقى {A} {V} {B}، و{C}.', verbs: ['اتصالين هاتفيين من', 'اتصالات هاتفية اليوم من'], pairs: [['A', 'B'], ['A', 'C']] },
    { name: 'list', template: '{V} {A} اليوم الأربعاء {B} و{C} و{D}.', verbs: ['التقى', 'استقبل'], pairs: [['A', 'B'], ['A', 'C'], ['A', 'D']] },
    // A visit, then what the visitor did during it, with the verb's subject left out ("التقى خلالها A، وB").
    { name: 'during a visit', template: 'أجرى {A} اليوم الأربعاء زيارة إلى الدوحة، {V} {B}، و{C}، حيث بحث الجانبان العلاقات الثنائية.', verbs: ['التقى خلالها', 'اجتمع خلالها مع', 'بحث خلالها مع', 'استقبله خلالها'], pairs: [['A', 'B'], ['A', 'C']] },
    // A pair that acts together on someone else: the two did not meet each other.
    { name: 'pair together', template: '{A} و{B} {V} مع {C} في الدوحة اليوم الأربعاء.', verbs: ['أجريا محادثات', 'عقدا اجتماعا', 'بحثا', 'التقيا'], pairs: [['A', 'C'], ['B', 'C']] },
    { name: 'pair together, no one named', template: 'قالت الوزارة إن {A} و{B} {V} مع وفد حركة طالبان في الدوحة اليوم الأربعاء.', verbs: ['أجريا محادثات', 'عقدا اجتماعا', 'بحثا'], pairs: [] },
    // A circumstantial participle (مشيرا، مضيفا …) goes on with the subject of the verb of saying.
    { name: 'said, adding', template: 'وقال {A} للصحفيين إن العلاقات جيدة، {V} {B} اليوم الأربعاء.', verbs: ['مشيرا إلى أنه التقى', 'مضيفا أنه بحث مع', 'مؤكدا أنه اجتمع مع', 'مشيرا إلى محادثات أجراها مع', 'لافتا إلى اتصال هاتفي أجراه مع'] },
    { name: 'said, adding after a future', template: 'وأكد {A} أن "العلاقات سوف تتحسن"، {V} {B} أمس.', verbs: ['مشيرا إلى أنه التقى', 'موضحا أنه تحدث هاتفيا مع'], },
    { name: 'said, quotation over a sentence end', template: 'وقال {A}: "العلاقات جيدة.. سوف نعمل معا"، {V} {B} اليوم الأربعاء.', verbs: ['مشيرا إلى محادثات أجراها مع', 'مضيفا أنه بحث مع', 'لافتا إلى لقاء عقده مع'] },
    { name: 'said, adding planned', template: 'وقال {A} - ردا على سؤال - إن العلاقات ستتحسن، {V} {B}.', verbs: ['مشيرا إلى محادثات سيجريها غدا مع', 'مضيفا أنه سيلتقي الأسبوع المقبل', 'موضحا أنه سيجتمع مع'], planned: true },
    // Two holders of one office named by it in the dual, each by a nationality, after the people were named.
    { name: 'nominal, dual office', template: 'وصل وزير الخارجية الصيني {a} ونظيره الروسي {b} إلى الدوحة. {V}', verbs: ['وجرت اليوم الأربعاء محادثات عبر الهاتف بين وزيري الخارجية الصيني والروسي لتنسيق المواقف.', 'وعقد لقاء بين وزيري خارجية الصين وروسيا اليوم الأربعاء.', 'وأجرى وزيرا الخارجية الصيني والروسي محادثات اليوم الأربعاء.'] },
    // An occasion the article dated before, named again: the contact placed at it takes its day.
    { name: 'at an occasion dated before', template: 'انعقد اليوم الأربعاء اجتماع وزاري في الدوحة. {V}', verbs: ['وقبل انطلاق الاجتماع، بحث {A} مع {B} الوضع في أفغانستان.', 'كما عقد {A} لقاء مع {B} على هامش الاجتماع.', 'والتقى {A} {B} خلال الاجتماع.'] },
    { name: 'at a summit dated before', template: 'وصل {A} أمس الثلاثاء إلى الدوحة، حيث انطلقت اليوم الأربعاء قمة إقليمية. {V}', verbs: ['وقبيل انعقاد القمة، اجتمع {a} مع {B}.', 'واجتمع {a} مع {B} على هامش القمة.'] },
    { name: 'at a summit to come', template: 'وصل {A} اليوم إلى الدوحة، حيث تنطلق غدا الخميس قمة إقليمية. {V}', verbs: ['وسيلتقي {a} {B} على هامش القمة.', 'ومن المقرر أن يجتمع {a} مع {B} خلال القمة.'], planned: true },
    { name: 'planned', template: '{V} {B} الأسبوع المقبل.', verbs: ['سيلتقي {A}', 'من المقرر أن يلتقي {A}', 'سيستقبل {A}', 'يعتزم {A} الاجتماع مع', 'يلتقي {A}', 'سيجري {A} محادثات مع', 'سيبحث {A} مع', 'من المتوقع أن يجتمع {A} مع'], planned: true },
  ],
};

export const LANGUAGES: readonly Language[] = [ENGLISH, HINDI, ARABIC];

/**
 * Names that never repeat a pair across the matrix, so that each sentence's contacts stay its own
 * when the people of all sentences are merged into one knowledge.
 */
function* names(lang: Language): Generator<string> {
  const { given, family } = lang;
  for (let round = 0; ; round++) {
    for (let i = 0; i < given.length * family.length; i++) {
      // Stepping the family name by a different stride per round keeps given–family pairs fresh.
      yield `${given[i % given.length]} ${family[(i + Math.floor(i / given.length) * (round + 1)) % family.length]}`;
    }
  }
}

/** Every generated sentence: each frame × each of its words × half the titles (rotating the others' titles). */
export function matrixCases(): MatrixCase[] {
  const cases: MatrixCase[] = [];
  for (const language of LANGUAGES) {
    const pool = names(language);
    const { titles } = language;
    for (const frame of language.frames) {
      frame.verbs.forEach((verb, v) => {
        titles.forEach((title, t) => {
          // Each word takes every other title as its subject's (the others rotate through all): every
          // title meets every frame, and the matrix stays fast.
          if ((t + v) % 2 === 1) return;
          const slots = ['A', 'B', 'C', 'D'].filter((s) => [frame.template, verb].some((w) => w.includes(`{${s}}`) || w.includes(`{${s.toLowerCase()}}`)));
          const named = new Map(slots.map((s) => [s, pool.next().value as string]));
          // The subject takes each title in turn; the others take titles further along, so both orders of every pair of titles occur.
          const titled = new Map(slots.map((s, k) => [s, titles[(t + k * (v + 1)) % titles.length]!.replace('{N}', named.get(s)!)]));
          let text = frame.template.replace('{V}', verb);
          // A lowercase slot is the bare name ("ونظيره الروسي {b}": the title is already said).
          for (const [s, person] of titled) text = text.replaceAll(`{${s}}`, person).replaceAll(`{${s.toLowerCase()}}`, named.get(s)!);
          const pairs = (frame.pairs ?? [['A', 'B']]).map(([x, y]): [string, string] => [named.get(x)!, named.get(y)!]);
          const date = frame.planned ? undefined : DATE_WORDS.find(([word]) => text.includes(word))?.[1];
          cases.push({ lang: language.lang, frame: frame.name, verb, title, text, people: [...named.values()], pairs, planned: frame.planned === true, ...(date ? { date } : {}) });
        });
      });
    }
  }
  return cases;
}
