/*
 * Invented sentences in the three languages where two or three named people stand near contact
 * words but the text does not tell a contact between a given pair (a spokesman reporting someone
 * else's meeting, a person quoted about another meeting, a deputy or an envoy meeting for someone,
 * attendees of different events, negations, condolences, reactions, statements about a person),
 * and a set of planned shapes (future, "is expected to", "scheduled", سيلتقي/من المقرر أن/يعتزم/من المنتظر,
 * करेंगे/मिलने वाले हैं/होगी/प्रस्तावित) whose contacts must be shown as planned. Read by
 * test/contacts/negative-shapes.test.ts, which holds the known gaps.
 */
import type { MatrixCase } from './cases.ts';
import { fillSlots, pairsOf, slotsOf } from './fill.ts';

/** `{A}`… a titled person, `{a}`… the bare name; pairs default to none (a negative shape). */
export interface Shape { name: string; t: string; pairs?: Array<[string, string]>; planned?: boolean }

interface Language {
  lang: MatrixCase['lang'];
  titles: readonly string[];
  given: readonly string[];
  family: readonly string[];
  shapes: readonly Shape[];
}

const AB: Array<[string, string]> = [['A', 'B']];

const ENGLISH: Language = {
  lang: 'eng',
  titles: ['Foreign Minister {N}', 'President {N}', "Pakistan's Prime Minister {N}", 'National Security Adviser {N}', 'UN envoy {N}', 'Indian Foreign Minister {N}', 'Taliban leader Mullah {N}', 'Defence Minister {N}'],
  given: ['Tobias', 'Ramon', 'Kaveh', 'Dario', 'Nils', 'Emre', 'Selim', 'Bruno', 'Oskar', 'Matteo', 'Idris', 'Laszlo', 'Teodor', 'Anselm', 'Cyrus', 'Florin'],
  family: ['Vantongeren', 'Okafor', 'Lindqvist', 'Zoltanyi', 'Barzani', 'Hollström', 'Quaresma', 'Ferrante', 'Daskalov', 'Mirzoyan', 'Castellan', 'Ebrahimzadeh', 'Kowalczyk', 'Ruthven', 'Benedek', 'Torvald'],
  shapes: [
    { name: 'spokesman reports a meeting', t: '{C}, the ministry spokesman, said {A} met {B} on Monday.', pairs: AB },
    { name: 'spokesman says, subject first', t: 'Spokesman {c} said that {A} had held talks with {B} in Doha.', pairs: AB },
    { name: 'quoted about a meeting between others', t: '{C} told reporters that the meeting between {A} and {B} had been useful.', pairs: AB },
    { name: 'said after his meeting that a third', t: '{A} said after his meeting with {B} that {C} had been invited to Doha.', pairs: AB },
    { name: 'his deputy met', t: "{A}'s deputy met {B} in Kabul on Monday." },
    { name: 'met the envoy of', t: '{A} met the special envoy of {B} in Doha on Monday.' },
    { name: 'met the envoy of, possessive', t: "{A} met {B}'s special envoy in Doha on Monday." },
    { name: 'meeting then another person\'s statement', t: '{A} met {B} on Monday. {C} said the talks showed progress.', pairs: AB },
    { name: 'two meetings in one sentence', t: '{A} met {B} on Monday, while {C} held talks with the Taliban in Kabul.', pairs: AB },
    { name: 'attendees of different events', t: '{A} attended the summit in Dushanbe, while {B} was at a conference in Tehran.' },
    { name: 'negation: did not meet', t: '{A} did not meet {B} during his visit to Kabul.' },
    { name: 'negation: refused to meet', t: '{A} refused to meet {B} in Doha.' },
    { name: 'negation: has never met', t: '{A} has never met {B}, officials said.' },
    { name: 'condolences over a death', t: '{A} expressed condolences over the death of {B}.' },
    { name: 'statement about a person', t: '{A} condemned the remarks made by {B} on Monday.' },
    { name: 'reaction: welcomed a decision', t: "{A} welcomed {B}'s decision to reopen the embassy." },
    { name: 'reaction: praised', t: '{A} praised {B} for his role in the evacuation.' },
    { name: 'reaction: criticised', t: '{A} sharply criticised {B} on Monday.' },
    { name: 'spoke about a person', t: '{A} spoke about {B} in a television interview on Monday.' },
    { name: 'according to a third, phone call', t: 'According to {C}, {A} spoke with {B} by phone on Monday.', pairs: AB },
    { name: 'aside: who met, then said', t: '{A}, who met {B} last week, said on Monday that {C} would visit Kabul.', pairs: AB },
    { name: 'replaced', t: '{A} replaced {B} as foreign minister on Monday.' },
  ],
};

const ENGLISH_PLANNED: readonly Shape[] = [
  { name: 'planned: is expected to discuss with', t: '{A} is expected to discuss the situation with {B} on Friday.', pairs: AB, planned: true },
  { name: 'planned: will hold talks with', t: '{A} will hold talks with {B} next week.', pairs: AB, planned: true },
  { name: 'planned: scheduled to meet', t: '{A} is scheduled to meet {B} on Thursday.', pairs: AB, planned: true },
  { name: 'planned: meeting between scheduled', t: 'A meeting between {A} and {B} is scheduled for next week.', pairs: AB, planned: true },
  { name: 'planned: visit for a meeting with', t: '{A} will visit Islamabad this week for a meeting with {B}.', pairs: AB, planned: true },
  { name: 'planned: expected to call on', t: '{A} is expected to call on {B} during the visit.', pairs: AB, planned: true },
  { name: 'planned: will hold a meeting and call on', t: '{A} will hold a meeting with {B} and call on {C} tomorrow.', pairs: [['A', 'B'], ['A', 'C']], planned: true },
  { name: 'planned: will hold meeting, no article', t: '{A} will hold meeting with {B} in Dushanbe today.', pairs: AB, planned: true },
  { name: 'planned: due to meet', t: '{A} is due to meet {B} next week.', pairs: AB, planned: true },
  { name: 'planned: a third said would meet', t: '{C} said {A} would meet {B} on Friday.', pairs: AB, planned: true },
  { name: 'planned: likely to meet', t: '{A} is likely to meet {B} next week.', pairs: AB, planned: true },
  { name: 'planned: visit where he will meet', t: '{A} will travel to Delhi next week, where he will meet {B}.', pairs: AB, planned: true },
];

const HINDI: Language = {
  lang: 'hin',
  titles: ['विदेश मंत्री {N}', 'प्रधानमंत्री {N}', 'रूस के राष्ट्रपति {N}', 'राष्ट्रीय सुरक्षा सलाहकार {N}', 'पाकिस्तान के प्रधानमंत्री {N}', 'अमेरिकी विदेश मंत्री {N}', 'तालिबान नेता मुल्ला {N}', 'रक्षा मंत्री {N}'],
  given: ['नवनीत', 'शेखर', 'हरीश', 'गिरीश', 'महेंद्र', 'योगेश', 'तरुण', 'कमल', 'नरेश', 'उमेश', 'भरत', 'ललित', 'पंकज', 'सतीश', 'रमेश', 'जतिन'],
  family: ['बत्रा', 'खन्ना', 'चड्ढा', 'सक्सेना', 'त्रिवेदी', 'बाजवा', 'धालीवाल', 'मल्होत्रा', 'रस्तोगी', 'तिवारी', 'अग्निहोत्री', 'शुक्ला', 'भारद्वाज', 'कौशिक', 'वाधवा', 'सहगल'],
  shapes: [
    { name: 'spokesman reports a meeting', t: 'विदेश मंत्रालय के प्रवक्ता {c} ने बताया कि {A} ने सोमवार को {B} से मुलाकात की।', pairs: AB },
    { name: 'quoted about a meeting between others', t: '{C} ने कहा कि {A} और {B} के बीच हुई बैठक अच्छी रही।', pairs: AB },
    { name: 'said after his meeting that a third', t: '{A} ने {B} से मुलाकात के बाद कहा कि {C} को दिल्ली बुलाया गया है।', pairs: AB },
    { name: 'his deputy met', t: '{A} के उप मंत्री ने सोमवार को {B} से मुलाकात की।' },
    { name: 'met the envoy of', t: '{A} ने सोमवार को {B} के विशेष दूत से मुलाकात की।' },
    { name: 'meeting then another person\'s statement', t: '{A} ने सोमवार को {B} से मुलाकात की। {C} ने कहा कि यह बातचीत अहम थी।', pairs: AB },
    { name: 'attendees of different events', t: '{A} दुशांबे में शिखर सम्मेलन में शामिल हुए, जबकि {B} तेहरान में एक सम्मेलन में थे।' },
    { name: 'negation: did not meet', t: '{A} ने अपनी यात्रा के दौरान {B} से मुलाकात नहीं की।' },
    { name: 'negation: did not meet, intransitive', t: '{A} काबुल में {B} से नहीं मिले।' },
    { name: 'condolences over a death', t: '{A} ने {B} के निधन पर शोक व्यक्त किया।' },
    { name: 'statement about a person', t: '{A} ने {B} के बयान की कड़ी आलोचना की।' },
    { name: 'reaction: welcomed a decision', t: '{A} ने {B} के फैसले का स्वागत किया।' },
    { name: 'reaction: praised', t: '{A} ने {B} की तारीफ की।' },
    { name: 'objects listed, subject left out', t: 'इस दौरान उन्होंने {A}, {B} और {C} के साथ बातचीत की।' },
    { name: 'two meetings in one sentence', t: '{A} ने सोमवार को {B} से मुलाकात की, जबकि {C} ने काबुल में तालिबान से बातचीत की।', pairs: AB },
  ],
};

const HINDI_PLANNED: readonly Shape[] = [
  { name: 'planned: meeting will take place between', t: '{A} और {B} के बीच अगले सप्ताह बैठक होगी।', pairs: AB, planned: true },
  { name: 'planned: expected to meet', t: '{A} के अगले सप्ताह {B} से मिलने की उम्मीद है।', pairs: AB, planned: true },
  { name: 'planned: about to meet', t: '{A} बुधवार को {B} से मिलने वाले हैं।', pairs: AB, planned: true },
  { name: 'planned: proposed meeting', t: '{A} और {B} की प्रस्तावित बैठक अगले सप्ताह दिल्ली में होगी।', pairs: AB, planned: true },
  { name: 'planned: will hold talks', t: '{A} अगले हफ्ते {B} के साथ वार्ता करेंगे।', pairs: AB, planned: true },
  { name: 'planned: their meeting will be', t: '{A} और {B} की मुलाकात बुधवार को होगी।', pairs: AB, planned: true },
  { name: 'planned: headline, two objects, subject last', t: '{A}, {B} से मुलाकात करेंगे {C}', pairs: [['C', 'A'], ['C', 'B']], planned: true },
  { name: 'planned: a third said will meet', t: '{C} ने बताया कि {A} अगले सप्ताह {B} से मिलेंगे।', pairs: AB, planned: true },
];

const ARABIC: Language = {
  lang: 'arb',
  titles: ['وزير الخارجية الروسي {N}', 'الرئيس التركي {N}', 'رئيس الوزراء الباكستاني {N}', 'المبعوث الخاص {N}', 'زعيم حركة طالبان الملا {N}', 'وزير الخارجية {N}', 'مستشار الأمن القومي الهندي {N}', 'أمير قطر الشيخ {N}'],
  given: ['عاصم', 'مجدي', 'رضوان', 'صفوان', 'عدنان', 'هيثم', 'مأمون', 'نضال', 'جلال', 'سامح', 'مهدي', 'أيمن', 'زهير', 'توفيق', 'بسام', 'مؤنس'],
  family: ['عيتاني', 'شحادة', 'دبوس', 'حمادة', 'سلامة', 'فرحات', 'مطر', 'حيدر', 'جرار', 'بيطار', 'رستم', 'نعمان', 'زين', 'برهان', 'عرقجي', 'قباني'],
  shapes: [
    { name: 'spokesman reports a meeting', t: 'وقال المتحدث باسم الخارجية {c} إن {A} التقى أمس {B} في الدوحة.', pairs: AB },
    { name: 'announced that someone will meet a group', t: 'وأعلن {A} أمس أن سفير بلاده في الدوحة سيجتمع مع ممثلين عن الحركة الأسبوع المقبل.' },
    { name: 'said after his meeting that a third', t: 'وقال {A} عقب لقائه {B} أمس إن {C} سيزور الدوحة قريبا.', pairs: AB },
    { name: 'received an envoy of', t: 'واستقبل {A} أمس مبعوثا من {B} في الدوحة.' },
    { name: 'meeting then another person\'s statement', t: 'والتقى {A} أمس {B}. وقال {C} إن اللقاء كان مثمرا.', pairs: AB },
    { name: 'received two ministers named by office', t: 'واستقبل {A} أمس وزيري الخارجية {b}، والدفاع {c} في القصر.', pairs: [['A', 'B'], ['A', 'C']] },
    { name: 'attendees of different events', t: 'وشارك {A} في قمة دوشنبه، بينما حضر {B} مؤتمرا في طهران.' },
    { name: 'negation: did not meet', t: 'ولم يلتق {A} {B} خلال زيارته إلى كابول.' },
    { name: 'negation: denied meeting', t: 'ونفى {A} أن يكون قد التقى {B} في الدوحة.' },
    { name: 'condolences over a death', t: 'وقدم {A} التعازي في وفاة {B}.' },
    { name: 'statement about a person', t: 'وانتقد {A} تصريحات {B} الأخيرة.' },
    { name: 'reaction: welcomed a decision', t: 'ورحب {A} بقرار {B} إعادة فتح السفارة.' },
    { name: 'reaction: praised', t: 'وأشاد {A} بجهود {B} في عملية الإجلاء.' },
    { name: 'two meetings in one sentence', t: 'والتقى {A} أمس {B}، بينما أجرى {C} محادثات مع وفد طالبان في كابول.', pairs: AB },
  ],
};

const ARABIC_PLANNED: readonly Shape[] = [
  { name: 'planned: scheduled to meet bi, two people', t: 'ومن المقرر أيضا أن يلتقي {A} ب{B} و{C}.', pairs: [['A', 'B'], ['A', 'C']], planned: true },
  { name: 'planned: intends to meet', t: 'ويعتزم {A} لقاء {B} خلال زيارته إلى الدوحة.', pairs: AB, planned: true },
  { name: 'planned: awaited to hold talks', t: 'ومن المنتظر أن يجري {A} محادثات مع {B} الأسبوع المقبل.', pairs: AB, planned: true },
  { name: 'planned: will visit to hold meetings with', t: 'وسيزور {A} الدوحة لعقد اجتماعات مع {B}.', pairs: AB, planned: true },
  { name: 'planned: expected to discuss with', t: 'ومن المتوقع أن يبحث {A} مع {B} الوضع في أفغانستان.', pairs: AB, planned: true },
  { name: 'planned: will hold a meeting tomorrow', t: 'وسيعقد {A} لقاء مع {B} غدا.', pairs: AB, planned: true },
  { name: 'planned: scheduled to arrive to meet', t: 'ومن المقرر أن يصل {A} إلى الدوحة غدا للقاء {B}.', pairs: AB, planned: true },
  { name: 'planned: a third announced will meet', t: 'وأعلن {C} أن {A} سيلتقي {B} الأسبوع المقبل.', pairs: AB, planned: true },
];

export const LANGUAGES: readonly Language[] = [
  ENGLISH, HINDI, ARABIC,
  { ...ENGLISH, shapes: ENGLISH_PLANNED }, { ...HINDI, shapes: HINDI_PLANNED }, { ...ARABIC, shapes: ARABIC_PLANNED },
];

/**
 * Two rounds of every shape of a set, each sentence with names of its own (one corpus holds all:
 * a shared pair would corroborate a weak reading) and the titles turning.
 * @example negativeShapeCases('negative').every((c) => !c.planned) // true
 */
export function negativeShapeCases(set: 'negative' | 'planned'): MatrixCase[] {
  const cases: MatrixCase[] = [];
  for (const language of LANGUAGES) {
    const planned = language.shapes.some((s) => s.planned);
    if (planned !== (set === 'planned')) continue;
    const { titles, given, family } = language;
    let k = 0;
    const nameAt = (i: number): string => `${given[i % given.length]} ${family[(i + Math.floor(i / given.length)) % family.length]}`;
    for (let round = 0; round < 2; round++) {
      for (const shape of language.shapes) {
        const named = new Map(slotsOf(shape.t, ['A', 'B', 'C']).map((s) => [s, nameAt(k++ + (set === 'planned' ? 128 : 0))]));
        const text = fillSlots(shape.t, named, (j) => titles[(k + j * 3) % titles.length]!);
        const pairs = pairsOf(shape.pairs ?? [], named);
        cases.push({ lang: language.lang, frame: shape.name, verb: '', title: '', text, people: [...named.values()], pairs, planned: shape.planned === true });
      }
    }
  }
  return cases;
}
