/**
 * Arabic words that state a contact between people, with the kind of contact they state. Verbs are
 * listed in the forms news uses: past, present and future (سـ), masculine and feminine, singular
 * and dual (the reciprocal "X و Y بحثا", X and Y discussed); nouns in the nominative, accusative
 * (اتصالا) and plural. Visits are meetings.
 */
import { cue } from '../entries.ts';
import type { ContactKind, Cue } from '../types.ts';

/** Each form of a verb with one cue; `future` forms (سيلتقي) announce the contact. */
const verb = (kind: ContactKind, forms: string, future: string, extra: Omit<Cue, 'kind'> = {}): Array<[string, Cue]> => [
  ...forms.split(' ').map((w): [string, Cue] => [w, cue(kind, extra)]),
  ...future.split(' ').filter(Boolean).map((w): [string, Cue] => [w, cue(kind, { ...extra, future: true })]),
];

export const CUES: ReadonlyArray<readonly [string, Cue]> = [
  ...verb('meeting', 'التقى التقت يلتقي تلتقي التقيا التقتا يلتقيان التقوا', 'سيلتقي ستلتقي سيلتقيان', { transitive: true }),
  ...verb('meeting', 'استقبل استقبلت يستقبل تستقبل', 'سيستقبل ستستقبل', { transitive: true }),
  ...verb('meeting', 'اجتمع اجتمعت يجتمع تجتمع اجتمعا', 'سيجتمع ستجتمع'),
  ...verb('meeting', 'لقاء لقاءا لقاءً اللقاء لقائه لقائها اجتماع اجتماعا اجتماعات الاجتماع زيارة', ''),
  ...verb('talks', 'بحث بحثت يبحث تبحث بحثا يبحثان', 'سيبحث ستبحث'),
  ...verb('talks', 'ناقش ناقشت يناقش تناقش ناقشا', 'سيناقش ستناقش'),
  ...verb('talks', 'تباحث تباحثت تباحثا يتباحث تناول تناولت تناولا تناولتا يتناول', ''),
  ...verb('talks', 'محادثات مباحثات محادثة المحادثات المباحثات', ''),
  ...verb('talks', 'تحدث تحدثت يتحدث تتحدث تحادث تحادثا', 'سيتحدث ستتحدث'),
  ...verb('phone call', 'هاتف هاتفت يهاتف', '', { transitive: true }),
  ...verb('phone call', 'اتصل اتصلت يتصل', ''),
  ...verb('phone call', 'اتصال اتصالا اتصالات اتصالين اتصالان الاتصال مكالمة مكالمات', ''),
  // Receiving: "تلقى X اتصالا من Y", "في اتصال هاتفي تلقاه X من Y"; the call noun gives the kind.
  ...verb('talks', 'تلقى تلقت يتلقى تتلقى تلقاه تلقته تلقاها', '', { received: true }),
  ['اتصال هاتفي', cue('phone call')],
  ['اتصالا هاتفيا', cue('phone call')],
  ['مكالمة هاتفية', cue('phone call')],
  ['محادثة هاتفية', cue('phone call')],
  ['محادثات هاتفية', cue('phone call')],
  ['مباحثات هاتفية', cue('phone call')],
  ['اتصالات هاتفية', cue('phone call')],
  ['اتصالين هاتفيين', cue('phone call')],
  ['الاتصالات الهاتفية', cue('phone call')],
  ['دعا', cue('invitation', { transitive: true })],
  ['دعوة', cue('invitation')],
  ['مؤتمر صحفي مشترك', cue('joint appearance')],
  ['مؤتمر صحافي مشترك', cue('joint appearance')],
  ['المؤتمر الصحفي المشترك', cue('joint appearance')],
  ['مؤتمرا صحفيا مشتركا', cue('joint appearance')],
];

/** Words turning talks into a phone call ("بحثا هاتفيا", "عبر الهاتف"). */
export const PHONE_WORDS = ['هاتفيا', 'هاتفي', 'هاتفية', 'الهاتف', 'هاتفيين'];

/**
 * Words before a verb that announce it: سوف "will", المقرر "scheduled", المتوقع "expected",
 * يعتزم "intends", and future verbs of going that lead to the contact ("ستتوجه … لإجراء محادثات مع").
 */
export const FUTURE_MARKERS = [
  'سوف', 'المقرر', 'المتوقع', 'المرتقب', 'يعتزم', 'تعتزم', 'يتوقع', 'يُتوقع',
  'سيزور', 'ستزور', 'سيتوجه', 'ستتوجه', 'سيجري', 'ستجري', 'سيعقد', 'ستعقد', 'سيصل', 'ستصل', 'سيقوم', 'ستقوم',
];

/** Words that list the people met: "أبرزهم A وB" (chief among them), "من بينهم", "ومن ضمنهم". */
export const LIST_INTRODUCERS = ['أبرزهم', 'أبرزها', 'بينهم', 'ضمنهم', 'منهم', 'بينها'];
