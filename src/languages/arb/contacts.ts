/**
 * Arabic words that state a contact between people, with the kind of contact they state. Each verb
 * is listed once by its past and present stems and each noun once, and src/text/arabicInflection.ts
 * gives the whole family news writes: every person, gender and number (التقت, التقيا, يلتقيان,
 * التقوا), object pronouns (استقبله), future forms with سـ (سيلتقي, ستستقبل), and nouns definite,
 * accusative, dual and possessed (الاتصال, اتصالا, اتصالين, لقائه). Visits are meetings.
 */
import { arabicNoun, arabicPlural, arabicVerb } from '../../text/arabicInflection.ts';
import { cue } from '../entries.ts';
import type { ContactKind, Cue } from '../types.ts';

type Entry = [string, Cue];

/** A verb by its past and present stems; its future forms announce the contact (سيلتقي), its present ones with اليوم/غدا. */
const verb = (kind: ContactKind, past: string, present: string, extra: Omit<Cue, 'kind'> = {}): Entry[] => {
  const forms = arabicVerb(past, present);
  const now = new Set(forms.present);
  return [
    ...forms.done.map((w): Entry => [w, cue(kind, now.has(w) ? { ...extra, present: true } : extra)]),
    ...forms.future.map((w): Entry => [w, cue(kind, { ...extra, future: true })]),
  ];
};

/** Nouns (singular, with their sound plurals) naming a contact. */
const nouns = (kind: ContactKind, singulars: string, plurals = ''): Entry[] => [
  ...singulars.split(' ').flatMap(arabicNoun).map((w): Entry => [w, cue(kind)]),
  ...plurals.split(' ').filter(Boolean).flatMap(arabicPlural).map((w): Entry => [w, cue(kind)]),
];

/** A noun with its adjective, in the cases and numbers news writes them ("اتصال هاتفي", "الاتصالات الهاتفية"). */
const withAdjective = (kind: ContactKind, pairs: ReadonlyArray<readonly [string, string]>): Entry[] =>
  pairs.map(([noun, adjective]): Entry => [`${noun} ${adjective}`, cue(kind)]);

const PHONE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ...['اتصال', 'مكالمة', 'محادثة', 'محادثات', 'مباحثات', 'اتصالات', 'مكالمات', 'اتصالين', 'اتصالان', 'مكالمتين', 'مكالمتان'].flatMap((n) => {
    const feminine = /[ةت]$/u.test(n) || n.endsWith('ات') || n.endsWith('تين') || n.endsWith('تان');
    const dual = n.endsWith('ين') || n.endsWith('ان');
    const adjective = dual ? (feminine ? 'هاتفيتين' : 'هاتفيين') : feminine ? 'هاتفية' : 'هاتفي';
    return [[n, adjective], [`ال${n}`, `ال${adjective}`]] as Array<[string, string]>;
  }),
  ['اتصالا', 'هاتفيا'],
  ['اتصالاً', 'هاتفياً'],
];

/**
 * Masdars of meeting and receiving that take the person met as a direct object when possessed by
 * their subject ("خلال لقائه Y", "لدى استقبالها Y") or standing for a purpose ("للقاء Y", to meet Y).
 */
const POSSESSED: Entry[] = [
  ['لقاء', 'لقائه لقائها لقائهما لقاءه'],
  ['استقبال', 'استقباله استقبالها استقبالهما'],
].flatMap(([noun, possessed]) => [...possessed!.split(' '), `ل${noun}`].map((w): Entry => [w, cue('meeting', { possessedObject: true })]));

export const CUES: ReadonlyArray<readonly [string, Cue]> = [
  ...POSSESSED,
  // Meetings: met, received (a transitive verb: "استقبل X Y"), met with, held a meeting, visit, summit.
  ...verb('meeting', 'التقى', 'لتقي', { transitive: true }),
  ...verb('meeting', 'استقبل', 'ستقبل', { transitive: true }),
  ...verb('meeting', 'قابل', 'قابل', { transitive: true }),
  // "استضاف X نظيره Y" (hosted): the host receives the guest.
  ...verb('meeting', 'استضاف', 'ستضيف', { transitive: true }),
  // "صافح X Y" (shook hands with).
  ...verb('meeting', 'صافح', 'صافح', { transitive: true }),
  ...verb('meeting', 'اجتمع', 'جتمع'),
  ...nouns('meeting', 'لقاء اجتماع زيارة قمة مقابلة', 'لقاءات اجتماعات زيارات'),
  // Talks: discussed, spoke, consulted; talks, consultations.
  ...verb('talks', 'بحث', 'بحث'),
  ...verb('talks', 'ناقش', 'ناقش'),
  ...verb('talks', 'تباحث', 'تباحث'),
  ...verb('talks', 'تناول', 'تناول'),
  ...verb('talks', 'تحدث', 'تحدث'),
  ...verb('talks', 'تحادث', 'تحادث'),
  ...verb('talks', 'تشاور', 'تشاور'),
  // "استعرض X مع Y العلاقات", "استعرضا خلاله" (reviewed, with someone): talks, like تناول.
  ...verb('talks', 'استعرض', 'ستعرض'),
  // "تطرق X مع Y إلى …", "تطرق الجانبان إلى …" (touched on, with someone).
  ...verb('talks', 'تطرق', 'تطرق'),
  // "تبادل X ونظيره Y وجهات النظر" (exchanged views): a reciprocal verb, read only with people coordinated at it.
  ...verb('talks', 'تبادل', 'تبادل'),
  // "اتفق X مع نظيره Y على …", "اتفق X وY على …" (agreed): an agreement between people is reached in talks.
  ...verb('talks', 'اتفق', 'تفق'),
  ...nouns('talks', 'محادثة مباحثة حديث', 'محادثات مباحثات مشاورات مناقشات'),
  // Phone calls: phoned (transitive), called (اتصل بـ); a call.
  ...verb('phone call', 'هاتف', 'هاتف', { transitive: true }),
  ...verb('phone call', 'اتصل', 'تصل'),
  ...nouns('phone call', 'اتصال مكالمة', 'اتصالات مكالمات'),
  ...withAdjective('phone call', PHONE_PAIRS),
  // Receiving: "تلقى X اتصالا من Y", "في اتصال هاتفي تلقاه X من Y"; the call noun gives the kind.
  ...verb('talks', 'تلقى', 'تلقى', { received: true }),
  // "تسلم X رسالة من Y", "استلم X دعوة من Y" (was handed a letter, an invitation from Y): received like تلقى.
  ...verb('talks', 'تسلم', 'تسلم', { received: true }),
  ...verb('talks', 'استلم', 'ستلم', { received: true }),
  // Invitations: "دعا X Y" (X invited Y), "بدعوة من Y" (at Y's invitation).
  ...verb('invitation', 'دعا', 'دعو', { transitive: true }),
  ...nouns('invitation', 'دعوة', 'دعوات'),
  ['مؤتمر صحفي مشترك', cue('joint appearance')],
  ['مؤتمر صحافي مشترك', cue('joint appearance')],
  ['المؤتمر الصحفي المشترك', cue('joint appearance')],
  ['المؤتمر الصحافي المشترك', cue('joint appearance')],
  ['مؤتمرا صحفيا مشتركا', cue('joint appearance')],
  ['مؤتمرا صحافيا مشتركا', cue('joint appearance')],
];

/** Words turning talks into a phone call ("بحثا هاتفيا", "عبر الهاتف"). */
export const PHONE_WORDS = ['هاتفيا', 'هاتفي', 'هاتفية', 'الهاتف', 'هاتفيين', 'هاتفيتين', 'الهاتفي', 'الهاتفية', 'هاتفياً'];

/** Verbs of going and doing whose future forms lead to the contact ("ستتوجه … لإجراء محادثات مع"). */
const GOING = [['زار', 'زور'], ['توجه', 'توجه'], ['أجرى', 'جري'], ['عقد', 'عقد'], ['وصل', 'صل'], ['قام', 'قوم'], ['سافر', 'سافر'], ['شارك', 'شارك'], ['ترأس', 'ترأس'], ['رأس', 'رأس'], ['حل', 'حل']] as const;

/**
 * Words before a verb that announce it: سوف "will", المقرر "scheduled", المتوقع "expected",
 * يعتزم "intends", بصدد "about to", and the future forms of verbs of going (سيزور, ستتوجه …).
 */
export const FUTURE_MARKERS = [
  'سوف', 'المقرر', 'المتوقع', 'المرتقب', 'المنتظر', 'المزمع', 'المخطط', 'يرتقب', 'يُرتقب', 'يتوقع', 'يُتوقع',
  // "أنه بصدد إجراء محادثات مع Y" (about to hold talks), "ينوي لقاء Y" (intends to meet), "يستعد للقاء Y" (prepares to meet).
  'بصدد', 'ينوي', 'تنوي', 'يستعد', 'تستعد',
  ...arabicVerb('اعتزم', 'عتزم').done.filter((w) => /^[يتن]/u.test(w)),
  // "من المفترض أن يلتقي" (is supposed to meet), "يزمع لقاء Y" (intends), "يخطط للقاء Y" (plans), "يُترقب أن" (is awaited).
  'المفترض', 'يترقب', 'يُترقب',
  // "من المرجح أن" (likely), "من المحتمل أن" (possibly), "يُنتظر أن" (is awaited): a contact still to come.
  'المرجح', 'يرجح', 'يُرجح', 'المحتمل', 'يحتمل', 'يُحتمل', 'ينتظر', 'يُنتظر',
  ...[['أزمع', 'زمع'], ['خطط', 'خطط']].flatMap(([past, present]) => arabicVerb(past!, present!).present.filter((w) => /^[يتن]/u.test(w))),
  ...GOING.flatMap(([past, present]) => arabicVerb(past, present).future),
];

/** Spans of time after the day of writing ("الأسبوع المقبل", "الأيام القادمة"): a contact dated by one is announced. */
export const AHEAD_SPANS = ['الأسبوع', 'الشهر', 'العام', 'الأيام', 'الأسابيع', 'الأشهر'].flatMap((span) =>
  (span === 'الأيام' || span === 'الأسابيع' || span === 'الأشهر' ? ['المقبلة', 'القادمة'] : ['المقبل', 'القادم']).map((next) => `${span} ${next}`),
);

/**
 * Adjectives after a contact noun that make it one to come: "اللقاء المرتقب" (the awaited
 * meeting), "القمة المقبلة" (the next summit), "زيارة مرتقبة", "المحادثات المقررة", "الاجتماع
 * المزمع عقده" — in every gender, number and definiteness.
 */
export const ANNOUNCING_AFTER = ['مرتقب', 'مقبل', 'قادم', 'مقرر', 'مزمع', 'منتظر', 'متوقع', 'مخطط', 'مرتقب'].flatMap((stem) =>
  ['', 'ة', 'ا', 'اً', 'ين', 'ان', 'تين', 'تان', 'ات'].flatMap((end) => [`${stem}${end}`, `ال${stem}${end}`]),
);

/**
 * The present forms of the verbs of going and doing ("يزور", "يجري", "يعقد", "يتوجه"): with a day
 * to come in their clause ("يزور X أنقرة الأسبوع المقبل للقاء Y", "يجري X غدا محادثات مع Y") they
 * announce the contact they lead to, as a present contact verb does.
 */
export const GOING_PRESENT = GOING.flatMap(([past, present]) => arabicVerb(past, present).present.filter((w) => /^[يتن]/u.test(w)));

/**
 * Words naming the head of a delegation or body right after them: "وفد برئاسة X", "بقيادة X"
 * (headed, led by X), "وفد يترأسه X", "الذي يرأسه X", "على رأسه X" (at its head X). The head
 * stands for the delegation met.
 */
export const HEADED_BY = ['برئاسة', 'بقيادة', 'يرأسه', 'يترأسه', 'يقوده', 'ترأسه', 'رأسه', 'يرأسها', 'يترأسها', 'تترأسه', 'تقوده', 'يقودها', 'تقودها', 'ترأسها', 'رأسها'];

/** Words that list the people met: "أبرزهم A وB" (chief among them), "من بينهم", "ومن ضمنهم". */
/**
 * Shared offices in the oblique dual (accusative, genitive: -ي), which name the people a verb met
 * ("والتقى Z نائبي الرئيس X وY"); the nominative -ا/-ان ("التقى وزيرا الخارجية X وY") names them as
 * its subjects, who met each other.
 */
export const OBJECT_OFFICES = ['وزيري', 'نائبي', 'مستشاري', 'مبعوثي', 'سفيري', 'ممثلي', 'مساعدي', 'الرئيسين', 'السفيرين', 'المبعوثين', 'الوزيرين'];

export const LIST_INTRODUCERS = ['أبرزهم', 'أبرزها', 'بينهم', 'ضمنهم', 'منهم', 'بينها'];

/** Words that deny or cancel what their sentence tells: no contact is read from it ("نفت روسيا عقد محادثات"). */
export const NEGATIONS = ['لم', 'لن', 'ليس', 'ليست', 'عدم', ...arabicVerb('نفى', 'نفي').done, ...arabicVerb('ألغى', 'لغي').done];

/** Verbs of saying, in every form ("قال", "أكدت", "يشير") and as an adverb ("قائلا"): who says is not a party. */
export const SPEECH = [
  ...[['قال', 'قول'], ['أكد', 'ؤكد'], ['أعلن', 'علن'], ['أشار', 'شير'], ['أوضح', 'وضح'], ['ذكر', 'ذكر'], ['صرح', 'صرح'], ['أفاد', 'فيد'], ['أضاف', 'ضيف'], ['شدد', 'شدد'], ['لفت', 'لفت']].flatMap(([past, present]) => arabicVerb(past!, present!).done),
  'قائلا', 'قائلاً',
];

/** Verbs of sending someone, in every form ("أرسل", "أوفدت", "يبعث", "كلف … بإجراء"): the one sent holds the talks, not the sender. */
export const SENDING = [['أرسل', 'رسل'], ['أوفد', 'وفد'], ['بعث', 'بعث'], ['ابتعث', 'بتعث'], ['كلف', 'كلف'], ['انتدب', 'نتدب']].flatMap(([past, present]) => arabicVerb(past!, present!).done);

/**
 * An occasion named again with the article after a word placing a contact at it: "على هامش
 * الاجتماع" (on the sidelines of the meeting), "قبل انطلاق القمة" (before the summit opened),
 * "خلال المؤتمر". The contact takes the day the article gave the occasion.
 */
export const OCCASIONS = {
  relations: ['هامش', 'انطلاق', 'انعقاد', 'افتتاح', 'ختام', 'خلال', 'أثناء', 'اثناء', 'قبيل', 'عقب'],
  nouns: [...arabicNoun('اجتماع'), ...arabicNoun('قمة'), ...arabicNoun('مؤتمر'), ...arabicNoun('منتدى'), ...arabicPlural('اجتماعات'), ...arabicNoun('اجتماعات')],
};

/**
 * What "دعا X Y إلى …" invites to: a visit, taking part, attending, a meeting or talks (or a place,
 * placeAt). Any other word after إلى is what Y is urged to do ("دعا X Y إلى احترام …", "إلى وقف
 * العنف", "إلى الحوار"): a call made in a speech, no contact between them.
 */
export const INVITED_TO = 'زيارة حضور مشاركة المشاركة اجتماع لقاء قمة مؤتمر محادثات مباحثات مفاوضات منتدى احتفال مأدبة عشاء غداء'.split(' ');

/* Pronoun endings a masdar of wish or readiness takes (استعداده, رغبتها, أملهم). */
const OWNED = (noun: string): string[] => ['', 'ه', 'ها', 'هم', 'هما', 'نا'].map((e) => (noun.endsWith('ة') && e ? noun.slice(0, -1) + 'ت' : noun) + e);

/**
 * A contact word right after one of these is hoped for, offered, sought, refused or ruled out, not
 * held: readiness, wish, hope, possibility ("أعرب X عن استعداده للقاء Y"), seeking ("يسعى إلى لقاء"),
 * refusing and ruling out ("رفض لقاء", "استبعد الكرملين لقاء X مع Y").
 */
export const UNREAL_BEFORE = [
  ...OWNED('استعداد'), ...OWNED('رغبة'), ...OWNED('أمل'), ...OWNED('إمكانية'), ...OWNED('امكانية'), 'احتمال',
  ...arabicVerb('أمل', 'ؤمل').done, 'يأمل', 'تأمل', 'نأمل', 'آمل', 'يأملون',
  ...arabicVerb('سعى', 'سعى').done, 'يسعى', 'تسعى', 'يسعون', 'سعيه', 'سعيها',
  ...arabicVerb('رفض', 'رفض').done, 'يرفض', 'ترفض', 'رفضه', 'رفضها',
  ...arabicVerb('استبعد', 'ستبعد').done, 'يستبعد', 'تستبعد',
];

/**
 * Messages carried or sent (contacts/arabic-conveyed.ts): verbs of carrying another's message
 * (conveyed, carried, handed over) and of sending one's own (sent, addressed) as past/present
 * stems; the message nouns ("رسالة خطية", "برقية تهنئة", "تحيات", "شكر وتقدير"); the words
 * before the one the message is for and before its sender.
 */
export const CONVEYED_MESSAGE = {
  carrying: [['نقل', 'نقل'], ['حمل', 'حمل'], ['سلم', 'سلم']] as ReadonlyArray<readonly [string, string]>,
  sending: [['بعث', 'بعث'], ['أرسل', 'رسل'], ['وجه', 'وجه']] as ReadonlyArray<readonly [string, string]>,
  messages: ['رسالة', 'رسائل', 'برقية', 'برقيات', 'تحيات', 'تحية', 'شكر', 'تقدير', 'تهنئة', 'تهاني', 'تعازي', 'تعزية'],
  to: ['إلى', 'الى'],
  from: ['من'],
};
