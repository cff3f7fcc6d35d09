/*
 * Near misses in the three languages, beside negative-shapes.ts: sentences naming two or more people
 * and a contact word that tell no contact between a given pair — a third person commenting on,
 * welcoming or briefing on a meeting of others, reported speech ("X said Y had met Z": Y–Z), an
 * appeal to talk to someone else, two meetings in one sentence, talks postponed or cancelled, a
 * call to someone's counterpart, two attendees of one summit, rivals, a list of attendees, the
 * wife or envoy of someone met, and the objects of one verb (a list after "استقبل X", the oblique
 * dual "نائبي الرئيس X وY" after an unnamed subject), who did not meet each other. Read by
 * test/contacts/near-miss-shapes.test.ts, which holds the known gaps.
 */
import type { MatrixCase } from './cases.ts';
import { fillSlots, pairsOf, slotsOf } from './fill.ts';

/** `{A}`… a titled person, `{a}`… the bare name; pairs default to none. */
interface Shape { name: string; t: string; pairs?: Array<[string, string]> }
type Pairs = Array<[string, string]>;
const AB: Pairs = [['A', 'B']];
const BC: Pairs = [['B', 'C']];

const SHAPES: Readonly<Record<MatrixCase['lang'], readonly Shape[]>> = {
  eng: [
    { name: 'commented on meeting of others', t: "{A} commented on {B}'s meeting with {C} on Monday.", pairs: BC },
    { name: 'commented on meeting between', t: '{A} commented on the meeting between {B} and {C}.', pairs: BC },
    { name: 'said would not meet', t: '{A} said on Monday that he would not meet {B}.' },
    { name: 'called on to talk to Taliban', t: '{A} called on {B} to talk to the Taliban.' },
    { name: 'urged to hold talks with Taliban', t: '{A} urged {B} to hold talks with the Taliban leadership.' },
    { name: 'two meetings, four people', t: '{A} met {B} in Doha, while {C} met {D} in Kabul.', pairs: [['A', 'B'], ['C', 'D']] },
    { name: 'two meetings, four people, and', t: '{A} held talks with {B}, and {C} spoke with {D} by phone.', pairs: [['A', 'B'], ['C', 'D']] },
    { name: 'talks postponed', t: "{A}'s talks with {B} were postponed." },
    { name: 'talks cancelled', t: "{A}'s talks with {B} were cancelled at the last minute." },
    { name: 'phoned counterpart of', t: "{A} phoned {B}'s counterpart on Monday." },
    { name: 'both attended, no meeting', t: '{A} and {B} both attended the summit but did not meet.' },
    { name: 'reported speech, said had met', t: '{A} said {B} had met {C} on Monday.', pairs: BC },
    { name: 'reported speech, said held talks', t: '{A} said that {B} held talks with {C} in Doha.', pairs: BC },
    { name: 'rivalry faced each other', t: '{A} and {B} have faced each other since 2005.' },
    { name: 'rivals for years', t: '{A} and {B} have been rivals for years.' },
    { name: 'conference attendees list', t: 'The conference was attended by {A}, {B} and {C}.' },
    { name: 'attendees included', t: 'Those attending the summit included {A}, {B} and {C}.' },
    { name: 'quoting about meeting of others', t: '{A} told the newspaper that the meeting of {B} and {C} went well.', pairs: BC },
    { name: 'briefed reporters on talks of others', t: "{A} briefed reporters on {B}'s talks with {C}.", pairs: BC },
    { name: 'criticised for meeting', t: '{A} criticised {B} for meeting {C}.', pairs: BC },
    { name: 'not invited to meeting', t: '{A} was not invited to the meeting between {B} and {C}.', pairs: BC },
    { name: 'meeting did not take place', t: 'A meeting between {A} and {B} did not take place.' },
    { name: 'skipped meeting', t: '{A} skipped the meeting with {B}.' },
    { name: 'rejected offer of talks', t: '{A} rejected an offer of talks with {B}.' },
    { name: 'met wife of', t: "{A} met {B}'s wife in Kabul." },
    { name: 'rival met', t: '{A}, a rival of {B}, met {C} on Monday.', pairs: [['A', 'C']] },
    { name: 'spoke after at council', t: '{A} spoke after {B} at the Security Council.' },
    { name: 'accused of meeting', t: '{A} accused {B} of secretly meeting {C}.', pairs: BC },
    { name: 'asked to meet', t: '{A} asked {B} to meet the Taliban.' },
    { name: 'wanted to meet, refused', t: '{A} wanted to meet {B}, but he refused.' },
    { name: 'both met the same third separately', t: '{A} and {B} separately met officials in Doha.' },
    { name: 'meeting of others welcomed by', t: 'The meeting between {B} and {C} was welcomed by {A}.', pairs: BC },
    { name: 'called meeting of others historic', t: "{A} called {B}'s meeting with {C} historic.", pairs: BC },
    { name: 'after others met, said', t: 'After {B} met {C}, {A} said the talks would go on.', pairs: BC },
    { name: 'denied report of meeting', t: '{A} denied reports that he had met {B}.' },
    { name: 'hopes to meet', t: '{A} said he hoped to meet {B} one day.' },
    { name: 'sent envoy to', t: '{A} sent an envoy to {B} on Monday.' },
    { name: 'his counterpart in absent', t: '{A} met the foreign minister of {B}\'s government.' },
  ],
  hin: [
    { name: 'commented on meeting of others', t: '{A} ने {B} और {C} की मुलाकात पर टिप्पणी की।', pairs: BC },
    { name: 'said would not meet', t: '{A} ने कहा कि वह {B} से नहीं मिलेंगे।' },
    { name: 'appealed to talk to Taliban', t: '{A} ने {B} से तालिबान से बातचीत करने की अपील की।' },
    { name: 'two meetings, four people', t: '{A} ने {B} से मुलाकात की, जबकि {C} ने {D} से बात की।', pairs: [['A', 'B'], ['C', 'D']] },
    { name: 'talks postponed', t: '{A} और {B} की वार्ता टाल दी गई।' },
    { name: 'meeting cancelled', t: '{A} और {B} की बैठक रद्द हो गई।' },
    { name: 'phoned counterpart of', t: '{A} ने {B} के समकक्ष से फोन पर बात की।' },
    { name: 'both present, no meeting', t: '{A} और {B} दोनों शिखर सम्मेलन में मौजूद थे, लेकिन उनकी मुलाकात नहीं हुई।' },
    { name: 'reported speech, said had met', t: '{A} ने कहा कि {B} ने {C} से मुलाकात की थी।', pairs: BC },
    { name: 'reported speech, told', t: '{A} ने बताया कि {B} और {C} के बीच बातचीत हुई।', pairs: BC },
    { name: 'rivalry face to face', t: '{A} और {B} 2005 से आमने-सामने हैं।' },
    { name: 'conference attendees', t: 'सम्मेलन में {A}, {B} और {C} शामिल हुए।' },
    { name: 'told about meeting between', t: '{A} ने {B} और {C} के बीच हुई बैठक के बारे में जानकारी दी।', pairs: BC },
    { name: 'criticised for meeting', t: '{A} ने {C} से मुलाकात के लिए {B} की आलोचना की।', pairs: BC },
    { name: 'refused to meet', t: '{A} ने {B} से मिलने से इनकार कर दिया।' },
    { name: 'meeting did not happen', t: '{A} और {B} की मुलाकात नहीं हो सकी।' },
    { name: 'met wife of', t: '{A} ने {B} की पत्नी से मुलाकात की।' },
    { name: 'demanded of', t: '{A} ने {B} से इस्तीफे की मांग की।' },
    { name: 'target of', t: '{A} ने {B} पर निशाना साधा।' },
    { name: 'accused', t: '{A} ने {B} पर आरोप लगाया कि वह तालिबान से मिले थे।' },
    { name: 'news of meeting quoted', t: '{A} के मुताबिक, {B} ने सोमवार को {C} से फोन पर बात की।', pairs: BC },
    { name: 'sent message to', t: '{A} ने {B} के लिए शुभकामनाएं भेजीं।' },
    { name: 'will not meet', t: '{A} इस यात्रा में {B} से नहीं मिलेंगे।' },
    { name: 'welcomed talks of others', t: '{A} ने {B} और {C} के बीच वार्ता का स्वागत किया।', pairs: BC },
    { name: 'asked to talk to', t: '{A} ने {B} से कहा कि वह {C} से बात करें।' },
    { name: 'after others met, said', t: '{B} और {C} की मुलाकात के बाद {A} ने कहा कि बातचीत जारी रहेगी।', pairs: BC },
    { name: 'chaired, others attended', t: '{A} की अध्यक्षता में हुई बैठक में {B} और {C} ने भाग लिया।', pairs: [['A', 'B'], ['A', 'C'], ['B', 'C']] },
  ],
  arb: [
    { name: 'commented on meeting of others', t: 'وعلق {A} على لقاء {B} مع {C}.', pairs: BC },
    { name: 'said would not meet', t: 'وقال {A} إنه لن يلتقي {B}.' },
    { name: 'called on to dialogue with Taliban', t: 'ودعا {A} {B} إلى الحوار مع طالبان.' },
    { name: 'two meetings, four people', t: 'والتقى {A} {B}، فيما التقى {C} {D}.', pairs: [['A', 'B'], ['C', 'D']] },
    { name: 'talks postponed', t: 'وتأجلت محادثات {A} مع {B}.' },
    { name: 'visit cancelled', t: 'وألغيت زيارة {A} للقاء {B}.' },
    { name: 'phoned counterpart of', t: 'واتصل {A} بنظير {B}.' },
    { name: 'both attended, without meeting', t: 'وحضر {A} و{B} القمة دون أن يلتقيا.' },
    { name: 'reported speech, said had met', t: 'وقال {A} إن {B} التقى {C} أمس.', pairs: BC },
    { name: 'reported speech, announced', t: 'وأعلن {A} أن {B} أجرى محادثات مع {C}.', pairs: BC },
    { name: 'rivalry since', t: 'ويتنافس {A} و{B} منذ عام 2005.' },
    { name: 'conference attendees', t: 'وشارك في المؤتمر {A} و{B} و{C}.' },
    { name: 'quoted about meeting', t: 'ونقلت الصحيفة عن {A} قوله إن لقاء {B} و{C} كان إيجابيا.', pairs: BC },
    { name: 'refused to meet', t: 'ورفض {A} لقاء {B}.' },
    { name: 'demanded to negotiate', t: 'وطالب {A} {B} بالتفاوض مع طالبان.' },
    { name: 'welcomed meeting of others', t: 'ورحب {A} باللقاء الذي جمع {B} و{C}.', pairs: BC },
    { name: 'criticised meeting of others', t: 'وانتقد {A} لقاء {B} مع {C}.', pairs: BC },
    { name: 'met wife of', t: 'والتقى {A} زوجة {B}.' },
    { name: 'met envoy of', t: 'والتقى {A} مبعوث {B}.' },
    { name: 'sent message to', t: 'وبعث {A} رسالة إلى {B}.' , pairs: AB },
    { name: 'accused of meeting', t: 'واتهم {A} {B} بلقاء قادة طالبان سرا.' },
    { name: 'meeting not held', t: 'ولم يعقد اللقاء بين {A} و{B}.' },
    { name: 'according to, phoned', t: 'ووفقا ل{A}، فإن {B} أجرى اتصالا هاتفيا مع {C}.', pairs: BC },
    { name: 'while a third said', t: 'وبحث {A} مع {B} الأوضاع، في حين قال {C} إن الحركة ملتزمة.', pairs: AB },
    { name: 'after others met, said', t: 'وقال {A} بعد لقاء {B} و{C} إن المحادثات ستستمر.', pairs: BC },
    { name: 'succeeded', t: 'وخلف {A} {B} في رئاسة الحكومة.' },
    { name: 'received, subject set off, shared office list', t: 'ووصل وزير الدفاع {c} إلى الدوحة أمس. واستقبل {A}، وزيري الخارجية {b}، والدفاع {c} في القصر.', pairs: [['A', 'B'], ['A', 'C']] },
    { name: 'met the two deputies, subject an envoy unnamed', t: 'والتقى الموفد نائبي الرئيس {b} و{c} في كابول.' },
    { name: 'met the two deputies and a minister, subject unnamed', t: 'والتقى الموفد نائبي الرئيس {b} و{c}، وكذلك وزير الخارجية {d} الذي جدد التزام حكومته.' },
    { name: 'received three, list without commas', t: 'واستقبل {A} أمس {B} و{C} في القصر.', pairs: [['A', 'B'], ['A', 'C']] },
    { name: 'condolence telegram', t: 'وأعرب {A} عن قلقه من تصريحات {B}.' },
  ],
};

interface Names { given: readonly string[]; family: readonly string[]; titles: readonly string[] }

const NAMES: Readonly<Record<MatrixCase['lang'], Names>> = {
  eng: {
    given: ['Tobias', 'Ramon', 'Kaveh', 'Dario', 'Nils', 'Emre', 'Selim', 'Bruno', 'Oskar', 'Matteo', 'Idris', 'Laszlo', 'Teodor', 'Anselm', 'Cyrus', 'Florin', 'Halvard', 'Joaquin', 'Miroslav'],
    family: ['Vantongeren', 'Okafor', 'Lindqvist', 'Zoltanyi', 'Barzani', 'Hollström', 'Quaresma', 'Ferrante', 'Daskalov', 'Mirzoyan', 'Castellan', 'Ebrahimzadeh', 'Kowalczyk', 'Ruthven', 'Benedek', 'Torvald', 'Ashworth'],
    titles: ['Foreign Minister {N}', 'President {N}', "Pakistan's Prime Minister {N}", 'National Security Adviser {N}', 'UN envoy {N}', 'Indian Foreign Minister {N}', 'Taliban leader Mullah {N}', 'Defence Minister {N}'],
  },
  hin: {
    given: ['नवनीत', 'शेखर', 'हरीश', 'गिरीश', 'महेंद्र', 'योगेश', 'तरुण', 'कमल', 'नरेश', 'उमेश', 'भरत', 'ललित', 'पंकज', 'सतीश', 'रमेश', 'जतिन', 'अविनाश', 'दिनेश', 'मनोज'],
    family: ['बत्रा', 'खन्ना', 'चड्ढा', 'सक्सेना', 'त्रिवेदी', 'बाजवा', 'धालीवाल', 'मल्होत्रा', 'रस्तोगी', 'तिवारी', 'अग्निहोत्री', 'शुक्ला', 'भारद्वाज', 'कौशिक', 'वाधवा', 'सहगल', 'पुरोहित'],
    titles: ['विदेश मंत्री {N}', 'प्रधानमंत्री {N}', 'रूस के राष्ट्रपति {N}', 'राष्ट्रीय सुरक्षा सलाहकार {N}', 'पाकिस्तान के प्रधानमंत्री {N}', 'अमेरिकी विदेश मंत्री {N}', 'तालिबान नेता मुल्ला {N}', 'रक्षा मंत्री {N}'],
  },
  arb: {
    given: ['عاصم', 'مجدي', 'رضوان', 'صفوان', 'عدنان', 'هيثم', 'مأمون', 'نضال', 'جلال', 'سامح', 'مهدي', 'أيمن', 'زهير', 'توفيق', 'بسام', 'مؤنس', 'غسان', 'وضاح', 'منذر'],
    family: ['عيتاني', 'شحادة', 'دبوس', 'حمادة', 'سلامة', 'فرحات', 'مطر', 'حيدر', 'جرار', 'بيطار', 'رستم', 'نعمان', 'زين', 'برهان', 'عرقجي', 'قباني', 'طرابلسي'],
    titles: ['وزير الخارجية الروسي {N}', 'الرئيس التركي {N}', 'رئيس الوزراء الباكستاني {N}', 'المبعوث الخاص {N}', 'زعيم حركة طالبان الملا {N}', 'وزير الخارجية {N}', 'مستشار الأمن القومي الهندي {N}', 'أمير قطر الشيخ {N}'],
  },
};

/** Every shape of the list. */
export const NEAR_MISS_SHAPES = SHAPES;

/**
 * Two rounds of every shape, each sentence with names of its own (one corpus holds all: a shared
 * pair would corroborate a weak reading), the titles turning.
 * @example nearMissCases().some((c) => c.lang === 'hin') // true
 */
export function nearMissCases(): MatrixCase[] {
  const cases: MatrixCase[] = [];
  for (const [lang, shapes] of Object.entries(SHAPES) as Array<[MatrixCase['lang'], readonly Shape[]]>) {
    const { given, family, titles } = NAMES[lang];
    let k = 0;
    // Given name by the index, family name by the round of given names: no two people share both.
    const nameAt = (i: number): string => `${given[i % given.length]} ${family[Math.floor(i / given.length) % family.length]}`;
    for (let round = 0; round < 2; round++) {
      for (const shape of shapes) {
        const named = new Map(slotsOf(shape.t).map((s) => [s, nameAt(k++)]));
        const text = fillSlots(shape.t, named, (j) => titles[(k + j * 3) % titles.length]!);
        cases.push({ lang, frame: shape.name, verb: '', title: '', text, people: [...named.values()], pairs: pairsOf(shape.pairs ?? [], named), planned: false });
      }
    }
  }
  return cases;
}
