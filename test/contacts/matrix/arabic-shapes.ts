/*
 * Invented Arabic contact sentences with what journalists insert between the parties (dates,
 * places, asides, topics, appositives, relative clauses, second clauses, spellings), filled with
 * invented names or with a list of real ones (compound, with بن/آل/عبد). Read by
 * test/contacts/arabic-shapes.test.ts, which holds the read rate and the known gaps.
 */
import type { MatrixCase } from './cases.ts';
import { fillSlots, pairsOf, slotsOf } from './fill.ts';
const TITLES = ['وزير الخارجية الروسي {N}', 'الرئيس التركي {N}', 'رئيس الوزراء الباكستاني {N}', 'المبعوث الأمريكي الخاص إلى أفغانستان {N}', 'نائب رئيس الوزراء في حكومة طالبان الملا {N}', 'وزير خارجية قطر الشيخ {N}', 'مدير وكالة الاستخبارات المركزية الأمريكية {N}', 'مستشار الأمن القومي الهندي {N}'];
const NAT = ['الروسي', 'الألماني', 'الصيني', 'الإيراني', 'الهندي', 'الباكستاني', 'الفرنسي'];
const given = ['باسل', 'مهند', 'صابر', 'غسان', 'نبيل', 'سمير', 'وائل', 'رياض', 'فراس', 'ماهر', 'إياد', 'لؤي', 'عماد', 'بشير', 'شادي', 'جواد', 'حازم', 'كمال', 'مروان', 'نزار'];
const family = ['العلي', 'مراد', 'فارس', 'سعدون', 'كنعان', 'الخوري', 'بدران', 'عزام', 'شهاب', 'قبلان', 'رحال', 'نصار', 'عبود', 'الحلبي', 'طعمة', 'زريق', 'ضاهر', 'غانم', 'لطفي', 'مخول', 'سرور', 'هاشم', 'عطية'];
const REAL = ['عبد السلام حنفي', 'محمد بن عبدالرحمن آل ثاني', 'أمير خان متقي', 'شير محمد عباس ستانكزاي', 'جان إيف لودريان', 'حسين أمير عبد اللهيان', 'مولود جاويش أوغلو', 'عبد الغني برادر', 'سيرغي لافروف', 'شاه محمود قريشي', 'زامير كابولوف', 'أنتوني بلينكن', 'وانغ يي', 'توماس ويست', 'ذبيح الله مجاهد', 'سهيل شاهين', 'أنس حقاني', 'حامد كرزاي', 'عبد الله عبد الله'];
// Every name is new (no two sentences share a pair): the matrix is one corpus, and a shared pair would corroborate a weak reading.
const nameAt = (i: number, real: boolean): string => real ? REAL[i % REAL.length]! : `${given[i % given.length]}${i >= given.length * family.length ? ` ${given[Math.floor(i / (given.length * family.length)) % given.length]}` : ''} ${family[Math.floor(i / given.length) % family.length]}`;
export interface Shape { name: string; t: string; pairs?: Array<[string, string]>; planned?: boolean; date?: string }
const SHAPES: Shape[] = [
  // insertions between the verb's subject and its object
  { name: 'held: place+date before noun', t: 'عقد {A} في العاصمة الأفغانية أمس الثلاثاء لقاء مع {B}.' },
  { name: 'held: comma, place+date, noun, adverbs', t: 'ذكرت مصادر إعلامية أن {A}، عقد في العاصمة الأفغانية أمس الثلاثاء لقاء خلف الكواليس، وجها لوجه مع {B}، بحسب مسؤولين.' },
  { name: 'held: noun + adjective + مع', t: 'عقد {A} اجتماعا مغلقا مع {B} في الدوحة.' },
  { name: 'held: noun + long adverb', t: 'عقد {A} لقاء سريا بعيدا عن وسائل الإعلام مع {B} في كابول.' },
  { name: 'met: date between', t: 'التقى {A}، أمس الثلاثاء، {B} في الدوحة.' },
  { name: 'met: place+date between', t: 'التقى {A} في الدوحة أمس الثلاثاء {B}.' },
  { name: 'met: object appositive', t: 'التقى {A} أمس الثلاثاء الرجل الثاني في حركة طالبان، {b}.' },
  { name: 'met with: object appositive', t: 'اجتمع {A} أمس الثلاثاء مع الرجل الثاني في الحركة، {b}، في كابول.' },
  { name: 'discussed: topic before مع', t: 'بحث {A} آخر التطورات في أفغانستان مع {B} خلال اتصال هاتفي.' },
  { name: 'discussed: long topic before مع', t: 'ناقش {A} سبل تعزيز العلاقات الثنائية والوضع الإنساني في أفغانستان مع {B}.' },
  { name: 'phone: adverb then bi', t: 'اتصل {A} هاتفيا أمس الثلاثاء ب{B}.' },
  { name: 'phone: call with counterpart comma name', t: 'أجرى {A} أمس اتصالا هاتفيا بنظيره {n}، {b}، بحثا خلاله الأوضاع.' },
  { name: 'subject aside relative', t: '{A}، الذي يزور الدوحة حاليا، التقى {B} أمس الثلاثاء.' },
  { name: 'verb, subject aside relative', t: 'التقى {A}، الذي يزور الدوحة حاليا، {B} أمس الثلاثاء.' },
  { name: 'object relative clause', t: 'استقبل {A} أمس الثلاثاء {B} الذي وصل إلى أنقرة في زيارة رسمية.' },
  { name: 'subject comma appositive', t: 'قال {T}، {a}، إنه التقى {B} أمس الثلاثاء.' },
  { name: 'arrived and met', t: 'وصل {A} إلى الدوحة أمس الثلاثاء والتقى {B}.' },
  { name: 'arrived where met', t: 'وصل {A} إلى الدوحة أمس الثلاثاء، حيث التقى {B}.' },
  { name: 'arrived where held talks', t: 'وصل {A} إلى كابول أمس الثلاثاء حيث أجرى محادثات مع {B}.' },
  { name: 'passive received by', t: 'استُقبل {A} من قبل {B} في القصر الرئاسي أمس الثلاثاء.' },
  { name: 'in his reception of', t: 'وأكد {A} خلال استقباله {B} أمس الثلاثاء أهمية التعاون.' },
  { name: 'during his meeting with', t: 'وخلال لقائه مع {B} في الدوحة أمس الثلاثاء، أكد {A} أهمية الحوار.' },
  { name: 'after his meeting, subject after', t: 'وقال {A} عقب اجتماعه مع {B} أمس الثلاثاء إن المحادثات كانت بناءة.' },
  { name: 'masdar of his meeting, subject before', t: 'أكد {A} في أعقاب لقائه {B} أمس الثلاثاء أن العلاقات قوية.' },
  { name: 'received call, date+topic', t: 'تلقى {A} أمس الثلاثاء اتصالا هاتفيا من {B} بحثا خلاله التطورات في أفغانستان.' },
  { name: 'received: in his office', t: 'استقبل {A} في مكتبه بالدوحة أمس الثلاثاء {B} والوفد المرافق له.' },
  { name: 'received: date before object', t: 'استقبل {A}، أمس الثلاثاء، {B}.' },
  { name: 'between: first meeting', t: 'ونشر مسؤولون صورا للقاء الأول بين {A} و{B}.' },
  { name: 'between: talks in', t: 'وجرت محادثات في الدوحة أمس الثلاثاء بين {A} و{B}.' },
  { name: 'between: meeting held', t: 'وعقد أمس الثلاثاء في كابول اجتماع بين {A} و{B}.' },
  { name: 'between: meeting brought together', t: 'وجمع لقاء أمس الثلاثاء في الدوحة {A} و{B}.' },
  { name: 'list with nationalities', t: 'وأجرى {A} أمس اتصالات هاتفية مع نظرائه؛ {n} {b}، و{n2} {c}، إضافة إلى {D}.', pairs: [['A', 'B'], ['A', 'C'], ['A', 'D']] },
  { name: 'list of counterparts colon', t: 'والتقى {A} أمس كلا من {B} و{C}.', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'date first', t: 'وفي يوم الثلاثاء، التقى {A} {B} في الدوحة.' },
  { name: 'date first, with', t: 'وأمس الثلاثاء، اجتمع {A} مع {B}.' },
  { name: 'place first', t: 'وفي الدوحة، التقى {A} أمس الثلاثاء {B}.' },
  { name: 'also met', t: 'كما التقى {A} أمس الثلاثاء {B}.' },
  { name: 'second clause after talks', t: 'التقى {A} أمس الثلاثاء {B}، وبحث معه العلاقات الثنائية.' },
  { name: 'received letter', t: 'وتسلم {A} أمس الثلاثاء رسالة من {B}.' },
  { name: 'consultations', t: 'أجرى {A} أمس الثلاثاء مشاورات مع {B} حول الوضع في أفغانستان.' },
  { name: 'talks noun subject', t: 'وتناولت المحادثات التي أجراها {A} أمس الثلاثاء مع {B} الوضع في أفغانستان.' },
  { name: 'pres: met (told as done, in headline-like news)', t: 'قالت الوزارة إن {A} التقى أمس الثلاثاء {B}.' },
  { name: 'reported that met', t: 'وأفادت وكالة الأنباء بأن {A} أجرى أمس الثلاثاء اتصالا هاتفيا ب{B}.' },
  { name: 'with counterpart dual', t: 'وبحث {A} هاتفيا أمس الثلاثاء مع {B} العلاقات.' },
  { name: 'visited and met', t: 'زار {A} كابول أمس الثلاثاء والتقى خلال الزيارة {B}.' },
  { name: 'object first in received', t: 'وكان في استقبال {A} لدى وصوله إلى المطار أمس الثلاثاء {B}.' },
  { name: 'reciprocal: X وY discussed', t: 'بحث {A} و{B} أمس الثلاثاء العلاقات الثنائية.' },
  { name: 'reciprocal: met each other', t: 'التقى {A} و{B} في الدوحة أمس الثلاثاء.' },
  { name: 'reciprocal: held a meeting', t: 'عقد {A} و{B} اجتماعا في الدوحة أمس الثلاثاء.' },
  { name: 'headline: yabhath ma3', t: '{A} يبحث مع {B} الأوضاع في أفغانستان' },
  { name: 'genitive masdar: meeting of X with Y', t: 'وتناول اجتماع {A} مع {B} أمس الثلاثاء الوضع في أفغانستان.' },
  { name: 'genitive pair: meeting of X and Y', t: 'وجاء لقاء {A} و{B} أمس الثلاثاء بعد أسابيع من التوتر.' },
  { name: 'talks he held with', t: 'وخلال المباحثات التي أجراها {A} أمس الثلاثاء مع {B}، جرى بحث التعاون.' },
  { name: 'subject first, comma, date', t: '{A}، أجرى أمس الثلاثاء اتصالا هاتفيا مع {B}.' },
  { name: 'in a phone call with, comma', t: 'بحث {A}، في اتصال هاتفي مع {B}، آخر التطورات.' },
  { name: 'phone call he made with, said', t: 'وفي اتصال هاتفي أجراه مع {B} أمس الثلاثاء، قال {A} إن الوضع مقلق.' },
  { name: 'call he received from', t: 'وفي اتصال هاتفي تلقاه من {B} أمس الثلاثاء، أكد {A} دعم بلاده.' },
  { name: 'kull min pair', t: 'وأجرى كل من {A} و{B} محادثات في الدوحة أمس الثلاثاء.' },
  { name: 'according to statement, met', t: 'وبحسب بيان للخارجية، فقد التقى {A} أمس الثلاثاء {B}.' },
  { name: 'made a visit during which met', t: 'وقام {A} أمس الثلاثاء بزيارة إلى الدوحة التقى خلالها {B}.' },
  { name: 'object: office, comma, honorific', t: 'التقى {A} أمس الثلاثاء رئيس المكتب السياسي لحركة طالبان، الملا {b}.' },
  { name: 'with each of', t: 'واجتمع {A} أمس الثلاثاء مع كل من {B} و{C}.', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'passive tamma meeting between', t: 'وتم أمس الثلاثاء عقد لقاء بين {A} و{B}.' },
  { name: 'during the meeting between, discussion', t: 'وجرى خلال اللقاء بين {A} و{B} بحث التعاون.' },
  { name: 'briefed', t: 'وأطلع {A} أمس الثلاثاء {B} على آخر المستجدات.' },
  { name: 'handed a letter to', t: 'وسلم {A} أمس الثلاثاء رسالة خطية إلى {B}.' },
  { name: 'video call', t: 'وبحث {A} مع {B} عبر تقنية الاتصال المرئي أمس الثلاثاء العلاقات.' },
  { name: 'call with, mukalama', t: 'وأجرى {A} مكالمة هاتفية مع {B} أمس الثلاثاء.' },
  { name: 'congratulated by phone', t: 'وهنأ {A} هاتفيا {B} أمس الثلاثاء بتوليه منصبه.' },
  { name: 'present transitive with date', t: 'ويستقبل {A} اليوم الأربعاء {B} في القصر الرئاسي.' },
  { name: 'object-first passive: was received by', t: 'وكان {B} قد التقى أمس الثلاثاء {A} في الدوحة.' },
  { name: 'qad+met, subject first', t: 'وكان {A} قد أجرى أمس الثلاثاء محادثات مع {B}.' },
  { name: 'talks with, then place and topic', t: 'أجرى {A} محادثات مع {B} في الدوحة تناولت الوضع في أفغانستان.' },
  { name: 'met on sidelines', t: 'والتقى {A} على هامش قمة شنغهاي في دوشنبه أمس الثلاثاء {B}.' },
  { name: 'met on sidelines with', t: 'واجتمع {A} على هامش أعمال القمة في دوشنبه أمس الثلاثاء مع {B}.' },
  { name: 'long subject office', t: 'التقى {A} وزير الدولة للشؤون الخارجية في دولة قطر الدكتور {b} أمس الثلاثاء.' },
  { name: 'orth: quoted name object', t: 'التقى {A} أمس الثلاثاء {T2} "{b}"، في الدوحة.' },
  { name: 'orth: quoted name subject', t: 'التقى {T} "{a}"، أمس الثلاثاء {B}.' },
  { name: 'orth: guillemets', t: 'استقبل {T} «{a}» أمس الثلاثاء {B}.' },
  { name: 'orth: ya for alif maqsura', t: 'والتقي {A} أمس الثلاثاء {B}.' },
  { name: 'orth: ajri with ya', t: 'وأجري {A} اتصالا هاتفيا مع {B}.' },
  { name: 'orth: hamza under alif', t: 'وإجتمع {A} أمس الثلاثاء مع {B}.' },
  { name: 'orth: iltaqa with hamza', t: 'وإلتقى {A} أمس الثلاثاء {B}.' },
  { name: 'orth: tanween', t: 'وأجرى {A} اتصالاً هاتفياً مع {B}.' },
  { name: 'orth: tanween liqa', t: 'وعقد {A} لقاءً مع {B}.' },
  { name: 'orth: diacritics', t: 'وَالتَقَى {A} أمس الثلاثاء {B}.' },
  { name: 'orth: kashida', t: 'والتـقى {A} أمس الثلاثاء {B}.' },
  { name: 'orth: dash aside', t: '{A} - الذي يزور الدوحة حاليا - التقى {B}.' },
  { name: 'orth: bracket latin gloss', t: 'التقى {A} (John Smith) أمس الثلاثاء {B}.' },
  { name: 'orth: two spaces, no space after comma', t: 'والتقى  {A} ،أمس الثلاثاء، {B}.' },
  { name: 'orth: ta marbuta as ha', t: 'وأجرى {A} مكالمه هاتفيه مع {B}.' },
  { name: 'orth: american spelling variation', t: 'وبحث {A} مع {B} آخر المستجدات عبر الهاتف.' },
  { name: 'orth: newline-free colon dateline', t: 'الدوحة - قنا: التقى {A} أمس الثلاثاء {B}.' },
  { name: 'orth: starting with waw and fa', t: 'فقد التقى {A} أمس الثلاثاء {B}.' },
  // The one attending takes part in the subject's contact (arabic-attendance.ts).
  { name: 'x3: with attendance', t: 'التقى {A} أمس الثلاثاء {B}، بحضور {C}.', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'x3: spokesman says X met Y', t: 'قال المتحدث باسم الخارجية {C} إن {A} التقى أمس الثلاثاء {B} في كابول.' },
  { name: 'x3: spokesman appositive, reported that', t: 'وأفاد {C}، المتحدث باسم الحركة، بأن {A} التقى {B} في كابول أمس الثلاثاء.' },
  { name: 'x3: accompanied by', t: 'والتقى {A}، يرافقه {C}، أمس الثلاثاء {B}.', pairs: [['A', 'B'], ['C', 'B']] },
  { name: 'relative contact in aside', t: 'وقال {A}، الذي التقى {B} أمس الثلاثاء، إن الأجواء كانت إيجابية.' },
  { name: 'kana without qad', t: 'وكان {A} التقى {B} في وقت سابق أمس الثلاثاء.' },
  { name: 'at head of delegation', t: 'والتقى {A}، على رأس وفد رفيع، أمس الثلاثاء {B}.' },
  { name: 'comma-date-comma before object, held', t: 'وكان {A} قد استقبل، أمس الثلاثاء، {B}.' },
  { name: 'stressed during meeting (comma aside)', t: 'وأكد {A}، خلال لقائه {B} أمس الثلاثاء، أهمية الحوار.' },
  { name: 'comes after meeting of X with Y', t: 'ويأتي لقاء {A} مع {B} أمس الثلاثاء بعد أسابيع من التوتر.' },
  { name: 'tweet first person met', t: 'وكتب {A} على تويتر: "التقيت اليوم {B} وبحثنا الوضع في أفغانستان".' },
  { name: 'quote first person phone call', t: 'وقال {A}: "أجريت اتصالا هاتفيا مع {B} اليوم".' },
  { name: 'talks between said to cover', t: 'وأوضحت الوزارة أن المحادثات بين {A} و{B} تناولت الوضع الإنساني.' },
  { name: 'evening of yesterday', t: 'والتقى {A} مساء أمس الثلاثاء {B}.' },
  { name: 'earlier today', t: 'وأجرى {A} في وقت سابق اليوم محادثات مع {B}.' },
  { name: 'last monday', t: 'واجتمع {A} يوم الاثنين الماضي مع {B}.' },
  { name: 'day month date', t: 'واجتمع {A} في 30 أغسطس مع {B}.' },
  { name: 'statement said met', t: 'وذكر بيان صادر عن الرئاسة أن {A} استقبل {B} في القصر.' },
  { name: 'subject pronoun continues', t: 'وصل {A} إلى الدوحة أمس الثلاثاء. والتقى {B} في مقر الديوان.' },
  { name: 'second sentence: he also discussed with', t: 'وصل {A} إلى الدوحة أمس الثلاثاء. وبحث مع {B} العلاقات الثنائية.' },
];
/**
 * Four rounds of every shape, each sentence with names of its own and the titles turning.
 * @example arabicShapeCases(false).length // 4 × the shapes
 */
export function arabicShapeCases(real: boolean): MatrixCase[] {
  return fillArabicShapes(SHAPES, real);
}

/**
 * Four rounds of the given shapes (arabic-shapes-news.ts has more), each sentence with names of its
 * own and the titles (`titles`, default TITLES) turning.
 */
export function fillArabicShapes(shapes: readonly Shape[], real: boolean, titles: readonly string[] = TITLES): MatrixCase[] {
  let k = 0;
  const fill = (f: Shape): MatrixCase => {
    const named = new Map(slotsOf(f.t).map((s) => [s, nameAt(k++, real)]));
    const ti = k % titles.length;
    const template = f.t.replace('{n2}', NAT[(k + 3) % NAT.length]!).replace('{n}', NAT[k % NAT.length]!).replace('{T}', titles[ti]!.replace(' {N}', '')).replace('{T2}', titles[(ti + 3) % titles.length]!.replace(' {N}', ''));
    const text = fillSlots(template, named, (j) => titles[(ti + j * 3) % titles.length]!);
    const pairs = pairsOf(f.pairs ?? [['A', 'B']], named);
    return { lang: 'arb', frame: f.name, verb: '', title: '', text, people: [...named.values()], pairs, planned: f.planned === true, ...(f.date ? { date: f.date } : {}) };
  };
  const cases: MatrixCase[] = [];
  for (let r = 0; r < 4; r++) for (const f of shapes) cases.push(fill(f));
  return cases;
}
