/**
 * The event-kind lexicon: words that make a sentence report a happening, per language, with the
 * inflected forms written out (Hindi verb endings, Arabic perfect/imperfect/noun forms — Arabic
 * conjunctions and prepositions glued to the word are handled by the tokeniser). Extend a row to
 * teach a new form; the kinds are general news vocabulary, not tied to any article.
 */
import { PhraseTable } from '../grammar/phrases.ts';
import type { HappeningKind } from './types.ts';
import { arabicNoun, arabicPlural, arabicVerb } from '../text/arabicInflection.ts';

export interface Trigger {
  kind: HappeningKind;
  /** A noun ("बैठक", "اجتماع", "meeting") rather than a verb: its agent is read differently. */
  noun: boolean;
  /** A future form ("जाएंगे", "سيصل"): the happening is announced, not reported. */
  planned: boolean;
  /** A noun that reports a happening only with a finite light verb after it ("मुलाकात की", "बातचीत होगी"). */
  light?: boolean;
  /** A journey told by where it left ("left Kabul", "अफगानिस्तान छोड़ दिया", "غادر كابول"): its place is where it started. */
  departure?: boolean;
}

/** When a sentence has several triggers, the most specific kind describes it ("X said Y took Kabul" is a capture). */
/* An attack comes after a warning: "warned of an attack" is the warning; "said the blast killed …" the attack. */
export const KIND_PRIORITY: readonly HappeningKind[] = ['capture', 'invitation', 'session', 'travel', 'warning', 'attack', 'announcement', 'statement'];

interface Row {
  kind: HappeningKind;
  verbs: string;
  nouns?: string;
  /** Nouns that need a finite light verb after them. */
  light?: string;
  planned?: string;
  /** Verbs of leaving a place (journeys only), done and announced. */
  departures?: string;
  plannedDepartures?: string;
}

/* Space-separated forms; multi-word phrases joined with '_'. */
const HINDI: Row[] = [
  { kind: 'capture', verbs: '', nouns: 'कब्जा कब्जे नियंत्रण' },
  // Singular nouns only: a plural ("आतंकी हमलों") is most often attacks in general.
  { kind: 'attack', verbs: '', nouns: 'हमला हमले धमाका धमाके विस्फोट' },
  { kind: 'invitation', verbs: 'आमंत्रित', nouns: 'आमंत्रण निमंत्रण न्योता न्यौता' },
  {
    kind: 'session',
    verbs: '',
    // "सत्र" (a body's session: "सुरक्षा परिषद का आपात सत्र"), "अधिवेशन" (a convened session).
    nouns: 'बैठक बैठकें बैठकों मीटिंग सम्मेलन शिखर_सम्मेलन संवाद डायलॉग डाइलॉग मेजबानी सत्र अधिवेशन',
    light: 'मुलाकात मुलाकातें भेंट वार्ता वार्ताएं बातचीत चर्चा',
  },
  {
    kind: 'travel',
    // "पहुंचते ही" on arriving. "आए" (came) is a journey only with a destination just before it ("सोमवार को न्यूयॉर्क आए"), as every journey needs.
    // "पहुंच चुके हैं" has arrived; "गए" (went) is a journey only with its destination right before ("काबुल गए"), as every journey needs.
    verbs:
      'पहुंचते पहुंचे पहुंचा पहुंची पहुंचीं पहुंच_गए पहुंच_गया पहुंच_गई पहुंच_गईं पहुंच_चुके पहुंच_चुका पहुंच_चुकी लौटे लौटा लौटी लौटीं लौट_आए आए आया आई आईं आ_गए आ_गया आ_गई आ_गईं ' +
      'गए गया गई गईं',
    nouns: 'यात्रा दौरा दौरे',
    light: 'रवाना',
    planned: 'जाएंगे जाएगा जाएगी जाएंगी पहुंचेंगे पहुंचेगा पहुंचेगी पहुंचेंगी लौटेंगे लौटेगा लौटेगी आएंगे आएगा आएगी आएंगी',
    // Only with the place right before ("देश छोड़ दिया"): "छोड़ दिया" alone is as often "gave up" or "released".
    // "भाग गए" (fled) names where from with से ("अफगानिस्तान से भाग गए") or after "देश छोड़कर".
    departures: 'छोड़_दिया छोड़_दी छोड़_दिए छोड़_गए छोड़_गया छोड़_गई भाग_गए भाग_गया भाग_गई भाग_निकले',
  },
  { kind: 'warning', verbs: 'चेताया आगाह', nouns: 'चेतावनी' },
  // "एलान" is as common a spelling as "ऐलान".
  { kind: 'announcement', verbs: 'घोषित', nouns: 'घोषणा ऐलान एलान' },
  // What was said told by how: stressed, made clear, rejected, welcomed, condemned, urged, appealed, assured, accused, mentioned, wrote.
  {
    kind: 'statement',
    verbs: 'कहा कही कहे बताया लिखा जोर_दिया जोर_देते_हुए स्पष्ट_किया खारिज_किया खारिज_कर_दिया स्वागत_किया निंदा_की आग्रह_किया अपील_की भरोसा_दिलाया आरोप_लगाया उल्लेख_किया',
    nouns: 'बयान',
    light: 'पुष्टि दावा ट्वीट',
  },
];

/* Arabic rows list each verb once by its past and present stems and each noun once; the whole
 * family (persons, numbers, pronouns, سـ future; definite, dual, possessed nouns) comes from
 * src/text/arabicInflection.ts. */
type Stems = ReadonlyArray<readonly [string, string]>;
const arabicRow = (kind: HappeningKind, verbs: Stems, nouns = '', plurals = '', departures: Stems = []): Row => {
  const forms = verbs.map(([past, present]) => arabicVerb(past, present));
  const leaving = departures.map(([past, present]) => arabicVerb(past, present));
  const split = (s: string) => s.split(' ').filter(Boolean);
  return {
    kind,
    verbs: forms.flatMap((f) => f.done).join(' '),
    planned: forms.flatMap((f) => f.future).join(' '),
    departures: leaving.flatMap((f) => f.done).join(' '),
    plannedDepartures: leaving.flatMap((f) => f.future).join(' '),
    nouns: [...split(nouns).flatMap(arabicNoun), ...split(plurals).flatMap(arabicPlural)].filter((n) => !n.startsWith('ال')).join(' '),
  };
};

const ARABIC: Row[] = [
  arabicRow('capture', [['سيطر', 'سيطر'], ['استولى', 'ستولي']], 'سيطرة استيلاء'),
  arabicRow('attack', [['هاجم', 'هاجم']], 'هجوم تفجير انفجار اغتيال'),
  arabicRow('invitation', [['دعا', 'دعو']], 'دعوة'),
  // Meetings of officials or delegations no one names (a meeting of two named people is a contact).
  arabicRow('session', [['استضاف', 'ستضيف'], ['التقى', 'لتقي'], ['اجتمع', 'جتمع']], 'اجتماع قمة مؤتمر لقاء منتدى ندوة جلسة دورة', 'محادثات مباحثات مفاوضات مشاورات'),
  // غادر (left) and هرب (fled) name where a journey started.
  arabicRow('travel', [['وصل', 'صل'], ['زار', 'زور'], ['عاد', 'عود'], ['دخل', 'دخل'], ['توجه', 'توجه'], ['سافر', 'سافر']], 'زيارة وصول عودة', '', [['غادر', 'غادر'], ['هرب', 'هرب'], ['فر', 'فر']]),
  arabicRow('warning', [['حذر', 'حذر']], 'تحذير'),
  arabicRow('announcement', [['أعلن', 'علن']], 'إعلان'),
  arabicRow('statement', [['قال', 'قول'], ['نقل', 'نقل'], ['أفاد', 'فيد'], ['أكد', 'ؤكد'], ['صرح', 'صرح'], ['أضاف', 'ضيف'], ['نفى', 'نفي'], ['كشف', 'كشف'], ['كرر', 'كرر'], ['أوضح', 'وضح'], ['شدد', 'شدد'], ['أعرب', 'عرب'], ['غرد', 'غرد'],
    // Welcomed, pointed out, rejected, condemned, urged, renewed, considered, informed, described, accused.
    ['رحب', 'رحب'], ['أشار', 'شير'], ['لفت', 'لفت'], ['رفض', 'رفض'], ['أدان', 'دين'], ['حث', 'حث'], ['جدد', 'جدد'], ['اعتبر', 'عتبر'], ['أبلغ', 'بلغ'], ['وصف', 'صف'], ['اتهم', 'تهم']], 'تصريح بيان تغريدة'),
];

const ENGLISH: Row[] = [
  {
    kind: 'capture',
    verbs: 'seized seizes captured captures took_control takes_control taken_control took_over takes_over overran overruns stormed storms retook retakes retaken took_power seized_power swept_to_power sweeps_to_power came_to_power',
    nouns: 'takeover capture',
  },
  { kind: 'attack', verbs: 'attacked bombed', nouns: 'attack bombing blast explosion assassination' },
  { kind: 'invitation', verbs: 'invited invites', nouns: 'invitation' },
  { kind: 'session', verbs: 'met meets hosted hosts convened convenes', nouns: 'meeting meetings summit conference session sessions talks consultations dialogue negotiations forum' },
  {
    kind: 'travel',
    // The plain forms come after "will" or "to" ("will travel to Moscow", "is due to arrive"). Leaving for a place is going there ("left for Doha").
    verbs:
      'arrived arrives arriving arrive visited visits visiting travelled traveled travels travel reached reaches reach landed lands returned returns flew flies fly entered enters ' +
      'left_for leaves_for leave_for leaving_for departed_for departs_for depart_for headed_to heads_to head_to headed_for heads_for head_for set_off_for sets_off_for',
    nouns: 'visit trip arrival',
    departures: 'left leaves leave fled flees flee departed departs depart',
  },
  { kind: 'warning', verbs: 'warned warns', nouns: 'warning' },
  { kind: 'announcement', verbs: 'announced announces declared declares proclaimed proclaims', nouns: 'announcement' },
  {
    kind: 'statement',
    // What was said told by how it was said or what it did: urged, rejected, welcomed, condemned, assured …
    verbs:
      'said says stated stressed told tweeted wrote added noted reiterated confirmed urged urges emphasised emphasized underlined underscored highlighted asserted explained claimed insisted remarked ' +
      'pointed_out welcomed welcomes rejected rejects denied denies dismissed condemned condemns expressed expresses assured assures vowed pledged praised thanked accused called_for calls_for appealed',
    nouns: 'statement',
  },
];

const ARABIC_ARTICLE = 'ال';

function* entries(rows: Row[], withArticle: boolean): Generator<readonly [string, Trigger]> {
  const forms = (s: string | undefined): string[] => (s ? s.split(' ').filter(Boolean).map((f) => f.replace(/_/gu, ' ')) : []);
  for (const row of rows) {
    for (const v of forms(row.verbs)) yield [v, { kind: row.kind, noun: false, planned: false }];
    for (const v of forms(row.planned)) yield [v, { kind: row.kind, noun: false, planned: true }];
    for (const v of forms(row.departures)) yield [v, { kind: row.kind, noun: false, planned: false, departure: true }];
    for (const v of forms(row.plannedDepartures)) yield [v, { kind: row.kind, noun: false, planned: true, departure: true }];
    for (const n of forms(row.light)) yield [n, { kind: row.kind, noun: true, planned: false, light: true }];
    for (const n of forms(row.nouns)) {
      yield [n, { kind: row.kind, noun: true, planned: false }];
      if (withArticle && !n.startsWith(ARABIC_ARTICLE)) yield [`${ARABIC_ARTICLE}${n}`, { kind: row.kind, noun: true, planned: false }];
    }
  }
}

const ALL = [...entries(HINDI, false), ...entries(ARABIC, true), ...entries(ENGLISH, false)];

/** Trigger words of all three languages (scripts do not overlap, so one table serves all). */
export const TRIGGERS = new PhraseTable<Trigger>(ALL);

/* What an invitation or a journey is for, when the sentence says so ("बातचीत के लिए", "for talks", "لإجراء محادثات"). */
const PURPOSES: ReadonlyArray<readonly [string, string]> = [
  ...'बातचीत वार्ता talks negotiations محادثات مباحثات مفاوضات'.split(' ').map((w) => [w, 'talks'] as const),
  ...'बैठक मिलने मुलाकात meeting اجتماع لقاء'.split(' ').map((w) => [w, 'a meeting'] as const),
];
export const PURPOSE_WORDS = new PhraseTable<string>(PURPOSES);
