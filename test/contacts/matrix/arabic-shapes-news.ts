/*
 * More invented Arabic contact sentences, in the forms Arabic news agencies tell contacts with:
 * each contact verb with مع / بـ / و + نظيره, long titles and appositions, "خلال لقائه", "في اتصال
 * هاتفي مع", "على هامش", clauses between a name and its verb, passive and nominal forms (جرى, تم,
 * عُقد), the pair named as "الجانبان"/"الطرفان", headlines, future contacts, and a sentence going on
 * with the previous one's subject. Read by test/contacts/arabic-shapes-news.test.ts; the names are
 * the generator's (arabic-shapes.ts), the titles the long ones below.
 */
import type { MatrixCase } from './cases.ts';
import { fillArabicShapes, type Shape } from './arabic-shapes.ts';

/* Long offices, two offices in a row, honorifics: what stands before a name in agency copy. */
const LONG_TITLES = [
  'نائب رئيس مجلس الوزراء وزير الخارجية {N}',
  'أمير دولة قطر الشيخ {N}',
  'وزير الخارجية السعودي الأمير {N}',
  'الأمين العام لجامعة الدول العربية {N}',
  'رئيس مجلس النواب العراقي {N}',
  'ولي العهد السعودي الأمير {N}',
  'وزير الدولة للشؤون الخارجية {N}',
  'وزير الدفاع الأمريكي {N}',
  'الرئيس الإيراني {N}',
  'رئيسة المفوضية الأوروبية {N}',
];

const SHAPES: Shape[] = [
  // Each verb with its counterpart: مع / بـ / و + نظيره, the nation after نظيره.
  { name: 'discussed with counterpart', t: 'بحث {A} مع نظيره {n} {b} العلاقات الثنائية بين البلدين.' },
  { name: 'counterpart coordinated, discussed', t: 'ناقش {A} ونظيره {n} {b} تطورات الأوضاع في المنطقة.' },
  { name: 'met counterpart bi', t: 'التقى {A} بنظيره {n} {b} في العاصمة موسكو.' },
  { name: 'met counterpart direct', t: 'التقى {A} نظيره {n} {b} على هامش أعمال المؤتمر.' },
  { name: 'met with counterpart', t: 'اجتمع {A} مع نظيره {n} {b} في مقر الوزارة.' },
  { name: 'phoned counterpart', t: 'هاتف {A} نظيره {n} {b} مساء الأحد.' },
  { name: 'phone call with counterpart, topic', t: 'أجرى {A} اتصالا هاتفيا مع نظيره {n} {b}، تناول العلاقات الثنائية.' },
  { name: 'phone call bi counterpart', t: 'أجرى {A} اتصالا هاتفيا بنظيره {n} {b} بحثا خلاله الأوضاع الإقليمية.' },
  { name: 'received call from counterpart', t: 'تلقى {A} اتصالا هاتفيا من نظيره {n} {b}.' },
  { name: 'held talks with counterpart', t: 'عقد {A} جلسة مباحثات رسمية مع نظيره {n} {b} في قصر الضيافة.' },
  { name: 'reviewed with counterpart', t: 'استعرض {A} مع نظيره {n} {b} مجالات التعاون المشترك.' },
  { name: 'exchanged views with', t: 'تبادل {A} مع {B} وجهات النظر حول القضايا الإقليمية.' },
  { name: 'hosted counterpart', t: 'استضاف {A} نظيره {n} {b} في منتجع سوتشي.' },
  // Receiving and visiting.
  { name: 'received at palace, object after commas', t: 'استقبل {A}، في قصر السلام بجدة، {B}.' },
  { name: 'received, object with delegation', t: 'استقبل {A} في مكتبه {B} يرافقه وفد رفيع المستوى.' },
  { name: 'visited the person', t: 'زار {A} {B} في مقر إقامته بالعاصمة.' },
  { name: 'on a visit, met', t: 'والتقى {A} خلال زيارته الرسمية إلى المنامة {B}.' },
  { name: 'visit during which talks', t: 'وبدأ {A} زيارة رسمية إلى أنقرة يجري خلالها محادثات مع {B}.' },
  // Long appositions and clauses between name and verb.
  { name: 'subject apposition commas, met', t: 'التقى {A}، رئيس الوفد المفاوض، {B}، رئيس المجلس الأعلى للمصالحة.' },
  { name: 'long relative clause before verb', t: '{A}، الذي وصل إلى المنامة في وقت سابق اليوم في زيارة تستغرق يومين، اجتمع مع {B}.' },
  { name: 'aside with date and place before with', t: 'وبحث {A}، خلال زيارته إلى الدوحة التي بدأها الاثنين، مع {B} ملف اللاجئين.' },
  { name: 'object aside', t: 'وبحث {A} مع {B}، الذي يزور البلاد حاليا، سبل تعزيز التعاون.' },
  { name: 'several commas before object', t: 'واستقبل {A}، اليوم، في قصر الرئاسة، {B} والوفد المرافق.' },
  { name: 'qad with aside', t: 'وقد أجرى {A}، الذي يقوم بجولة إقليمية تشمل ثلاث دول، محادثات مع {B}.' },
  { name: 'in private', t: 'واجتمع {A} على انفراد مع {B} قبل بدء الجلسة العامة.' },
  { name: 'face to face', t: 'والتقى {A} وجها لوجه مع {B} للمرة الأولى منذ سنوات.' },
  // Possessed masdars: during his meeting, in a phone call with.
  { name: 'stressed during his meeting', t: 'أكد {A} خلال لقائه {B} في المنامة أهمية تعزيز العلاقات.' },
  { name: 'expressed in a call with, commas', t: 'وأعرب {A}، في اتصال هاتفي مع {B}، عن تضامن بلاده.' },
  { name: 'stressed in a call with', t: 'وشدد {A} في اتصال هاتفي مع {B} على ضرورة وقف التصعيد.' },
  { name: 'said after meeting with', t: 'وقال {A} في تصريحات للصحفيين عقب اجتماعه مع {B} إن المحادثات كانت مثمرة.' },
  { name: 'that came during his meeting (continued)', t: 'وأشاد {A} بالعلاقات بين البلدين. جاء ذلك خلال لقائه {B} في المنامة.' },
  { name: 'during his reception of, subject first', t: '{A} أكد لدى استقباله {B} دعم بلاده للحل السياسي.' },
  { name: 'during a call he received', t: 'وخلال اتصال هاتفي تلقاه من {B}، أكد {A} موقف بلاده.' },
  // On the sidelines.
  { name: 'sidelines first, met', t: 'وعلى هامش قمة مجموعة العشرين، التقى {A} {B}.' },
  { name: 'met with, sidelines after', t: 'واجتمع {A} مع {B} على هامش أعمال الجمعية العامة في نيويورك.' },
  { name: 'sidelines meeting between', t: 'وعقد على هامش المنتدى اجتماع ثنائي بين {A} و{B}.' },
  // Passive and nominal forms.
  { name: 'passive: meeting was held between', t: 'عُقد في المنامة يوم الاثنين اجتماع بين {A} و{B}.' },
  { name: 'passive: talks took place between', t: 'جرت في أنقرة محادثات بين {A} و{B} تناولت الملف السوري.' },
  { name: 'passive: call took place between', t: 'وجرى اتصال هاتفي بين {A} و{B} بحثا خلاله المستجدات.' },
  { name: 'tamma: during the meeting that brought together', t: 'وتم خلال اللقاء الذي جمع {A} و{B} بحث سبل التعاون.' },
  { name: 'meeting brought together (verb after noun)', t: 'واللقاء جمع {A} و{B} في مقر الأمانة العامة.' },
  { name: 'meeting included', t: 'وضم الاجتماع {A} و{B} وعددا من المسؤولين.' },
  { name: 'nominal: first meeting between', t: 'وهذا أول لقاء بين {A} و{B} منذ توليه منصبه.' },
  { name: 'nominal: talks of X with Y', t: 'وركزت مباحثات {A} مع {B} على الملف النووي.' },
  // The two sides, the two leaders.
  { name: 'the two sides, apposition', t: 'وعقد الطرفان، {A} و{B}، اجتماعا مغلقا في جنيف.' },
  { name: 'the two presidents, names after', t: 'وأجرى الرئيسان {a} و{b} محادثات في قصر الإليزيه.' },
  { name: 'pair then the two sides discussed', t: 'التقى {A} و{B} في بغداد، وبحث الجانبان سبل التعاون.' },
  { name: 'reciprocal in a phone call', t: 'وبحث {A} و{B} في اتصال هاتفي تطورات الأوضاع.' },
  { name: 'reciprocal: agreed', t: 'واتفق {A} و{B} على تشكيل لجنة مشتركة.' },
  { name: 'reciprocal: exchanged views', t: 'وتبادل {A} و{B} وجهات النظر حول الأزمة.' },
  // Headlines.
  { name: 'headline: receives', t: '{A} يستقبل {B} في قصر الرئاسة' },
  { name: 'headline: meets', t: '{A} يلتقي {B} في جنيف' },
  { name: 'headline: phones', t: '{A} يهاتف {B}' },
  { name: 'headline: receives call from', t: '{A} يتلقى اتصالا هاتفيا من {B}' },
  { name: 'headline: pair discuss by phone', t: '{A} و{B} يبحثان هاتفيا تطورات الأوضاع' },
  { name: 'headline: in a phone call, discusses with', t: 'في اتصال هاتفي.. {A} يبحث مع {B} العلاقات الثنائية' },
  { name: 'headline: holds talks with', t: '{A} يجري مباحثات مع {B} في المنامة' },
  { name: 'headline: nominal meeting', t: 'لقاء بين {A} و{B} في الدوحة' },
  // Past told again, and the future.
  { name: 'had met before', t: 'وكان {A} قد اجتمع مع {B} الشهر الماضي في باريس.' },
  { name: 'future: will meet', t: 'وسيلتقي {A} {B} في جنيف الأسبوع المقبل.', planned: true },
  { name: 'future: scheduled to meet with', t: 'ومن المقرر أن يجتمع {A} مع {B} غدا.', planned: true },
  { name: 'future: holds talks tomorrow', t: 'ويعقد {A} غدا الخميس محادثات مع {B}.', planned: true },
  { name: 'future: heads to, where he will meet', t: 'ويتوجه {A} إلى المنامة الأحد المقبل حيث يلتقي {B}.', planned: true },
  { name: 'future: visit to meet', t: 'ويزور {A} موسكو الأسبوع المقبل للقاء {B}.', planned: true },
  { name: 'future: awaited meeting between', t: 'ويترقب المراقبون اللقاء المرتقب بين {A} و{B}.', planned: true },
  // The previous sentence's subject goes on.
  { name: 'continued: received him', t: 'وصل {A} إلى جدة مساء أمس. واستقبله لدى وصوله {B}.' },
  { name: 'continued: also held a call', t: 'وأكد {A} دعم بلاده للحوار. كما أجرى اتصالا هاتفيا مع {B}.' },
  { name: 'continued: then met', t: 'وصل {A} إلى بغداد صباح اليوم في زيارة رسمية. ثم التقى {B} في قصر السلام.' },
  { name: 'continued: said during meeting', t: 'جدد {A} دعم بلاده لوحدة العراق. وقال خلال لقائه {B} إن بلاده تقف مع الشعب العراقي.' },
  { name: 'continued: had met (qad)', t: 'وأشاد {A} بجهود الوساطة. وكان قد التقى {B} في وقت سابق.' },
  { name: 'continued: he discussed with', t: 'وصل {A} إلى الكويت أمس. وناقش مع {B} الملفات المشتركة.' },
  // Other verbs and prepositions.
  { name: 'met with, maa', t: 'والتقى {A} مع {B} في مقر البرلمان.' },
  { name: 'met bi with space', t: 'واجتمع {A} ب {B} صباح اليوم.' },
  { name: 'consulted with', t: 'وتشاور {A} مع {B} بشأن الانتخابات المقبلة.' },
  { name: 'talked by phone with', t: 'وتباحث {A} هاتفيا مع {B} في آخر المستجدات.' },
  { name: 'pair talked by phone', t: 'وتحادث {A} و{B} هاتفيا مساء أمس.' },
  { name: 'phone talks plural', t: 'وأجرى {A} محادثات هاتفية مع {B} تناولت الأزمة.' },
  { name: 'two calls with two', t: 'وأجرى {A} اتصالين هاتفيين مع {B} و{C}.', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'long topic before with', t: 'وبحث {A} سبل تعزيز العلاقات الثنائية في المجالات الاقتصادية والتجارية والاستثمارية مع {B}.' },
  { name: 'long place before with', t: 'واجتمع {A} في مقر السفارة في العاصمة البريطانية لندن مع {B}.' },
  { name: 'received one after another', t: 'واستقبل {A} على التوالي كلا من {B} و{C}.', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'female subject, her counterpart', t: 'والتقت {A} نظيرها {n} {b} في برلين.' },
  // Summits and joint appearances.
  { name: 'three-way summit brought together', t: 'وعقدت في طهران قمة ثلاثية جمعت {A} و{B} و{C}.', pairs: [['A', 'B'], ['A', 'C'], ['B', 'C']] },
  { name: 'pair held a joint press conference', t: 'وعقد {A} و{B} مؤتمرا صحفيا مشتركا في ختام المباحثات.' },
  { name: 'statements at joint press conference', t: 'وجاءت تصريحات {A} خلال مؤتمر صحفي مشترك مع {B}.' },
  { name: 'pair during their meeting', t: 'وأكد {A} و{B} خلال لقائهما أمس أهمية الحوار.' },
  { name: 'pair, comma, during their meeting', t: 'وبحث {A} و{B}، خلال لقائهما في الدوحة، الملفات العالقة.' },
  // The occasion first, the subject after.
  { name: 'after his meeting, comma, left', t: 'وعقب لقائه مع {B}، غادر {A} العاصمة متوجها إلى بلاده.' },
  { name: 'at the end of his talks, said', t: 'وفي ختام محادثاته مع {B}، قال {A} إن الجانبين اتفقا على مواصلة التشاور.' },
  { name: 'in a call he received, the two sides discussed', t: 'وفي اتصال هاتفي تلقاه {A} من {B}، بحث الجانبان العلاقات.' },
  { name: 'speaking after his meeting, participle', t: 'وقال {A}، متحدثا عقب لقائه {B}، إن الأجواء كانت إيجابية.' },
  { name: 'upon his meeting (lada)', t: 'وأكد {A} لدى لقائه {B} أمس حرص بلاده على الاستقرار.' },
  // Said to come.
  { name: 'future: announced that will hold talks', t: 'وأعلنت الخارجية أن {A} سيجري محادثات مع {B} الأسبوع المقبل.', planned: true },
  { name: 'future: had announced he will meet', t: 'وكان {A} قد أعلن في وقت سابق أنه سيلتقي {B}.', planned: true },
  { name: 'future: continued, scheduled to meet', t: 'وصل {A} إلى باريس مساء أمس. ومن المقرر أن يلتقي {B} غدا.', planned: true },
  // Continued subjects.
  { name: 'continued: visit, during it met', t: 'وأجرى {A} زيارة إلى أنقرة. والتقى خلالها {B}.' },
  { name: 'continued: upon arrival, comma, met', t: 'وصل {A} إلى الدوحة أمس. وفور وصوله، التقى {B}.' },
  { name: 'continued: also received', t: 'وشارك {A} في افتتاح المعرض. كما استقبل {B} في مكتبه.' },
  // Headlines.
  { name: 'headline: pair hold a summit', t: '{A} و{B} يعقدان قمة في سوتشي' },
  { name: 'headline: by phone first', t: 'هاتفيا.. {A} و{B} يبحثان التطورات' },
  { name: 'headline: nominal talks between', t: 'مباحثات بين {A} و{B} حول الأزمة' },
  { name: 'headline: in a call with, colon quote', t: '{A} في اتصال مع {B}: ندعم الحوار' },
  { name: 'headline: receives letter from', t: '{A} يتسلم رسالة من {B}' },
  // Messages.
  { name: 'conveyed a letter from to', t: 'ونقل {A} رسالة خطية من {B} إلى {C}.', pairs: [['A', 'C'], ['B', 'C']] },
  { name: 'conveyed greetings of to (li)', t: 'ونقل {A} تحيات {B} ل{C} خلال اللقاء.', pairs: [['A', 'C'], ['B', 'C']] },
  { name: 'sent a cable of congratulation to', t: 'وبعث {A} برقية تهنئة إلى {B} بمناسبة فوزه في الانتخابات.' },
  { name: 'addressed a letter to', t: 'ووجه {A} رسالة إلى {B} تناول فيها العلاقات الثنائية.' },
  { name: 'received a letter from', t: 'تسلم {A} رسالة خطية من {B} تتعلق بالعلاقات الثنائية.' },
  { name: 'received a cable of congratulation', t: 'وتلقى {A} برقية تهنئة من {B} بمناسبة العيد الوطني.' },
];

/**
 * Four rounds of every shape above, with names of their own and the long titles turning.
 * @example arabicNewsShapeCases(false).length // 4 × the shapes
 */
export function arabicNewsShapeCases(real: boolean): MatrixCase[] {
  return fillArabicShapes(SHAPES, real, LONG_TITLES);
}
