/**
 * Arabic words of dated happenings that are not contacts (src/grammar/triggers.ts reads them): each
 * kind's verbs and nouns with their inflected forms written out. The kinds are general news
 * vocabulary, not tied to any article.
 */
import { arabicNoun, arabicPlural, arabicVerb } from '../../text/arabicInflection.ts';
import type { HappeningKind, HappeningRow, HappeningWords } from '../types.ts';

/* Arabic rows list each verb once by its past and present stems and each noun once; the whole
 * family (persons, numbers, pronouns, سـ future; definite, dual, possessed nouns) comes from
 * src/text/arabicInflection.ts. */
type Stems = ReadonlyArray<readonly [string, string]>;
const arabicRow = (kind: HappeningKind, verbs: Stems, nouns = '', plurals = '', departures: Stems = []): HappeningRow => {
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

export const HAPPENINGS: HappeningRow[] = [
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

/* What a journey or an invitation is for ("لإجراء محادثات"). */
export const PURPOSES = [...'محادثات مباحثات مفاوضات'.split(' ').map((w) => [w, 'talks'] as const), ...'اجتماع لقاء'.split(' ').map((w) => [w, 'a meeting'] as const)];

/* Function words the happening grammar reads (src/events/: reported clauses, definite meeting nouns, sentences going on from the one before, pronoun subjects). */
export const HAPPENING_WORDS: HappeningWords = {
  complementizers: 'أن إن أنه بأن'.split(' '),
  continuations: 'كما'.split(' '),
  anterior: 'سابق سابقا سابقة قبل'.split(' '),
  leftCountry: { nouns: ['البلاد', 'بلاده', 'بلادها', 'بلادهم', 'البلد', 'بلده'], at: 'within' },
};
