/**
 * The date of a contact, only as far as the text supports it, in this order:
 * 1. a date in the sentence itself — the last one before the end of the contact's clause (a
 *    weekday resolved against the publication date by findDateMentions);
 * 2. for a contact that happened (not an announced one) in a quoted tweet, the tweet's date line
 *    ("— X (@handle) September 12, 2021"): the day the tweet tells of its own contact;
 * 3. otherwise none, and none either when the words that date it cannot be resolved (a weekday in
 *    an article whose publication date is unknown): another date nearby is another event's.
 * A day inside an aside ("X, who arrived on Monday, met Y", src/grammar/asides.ts) dates the aside,
 * not a contact outside it; so does a day in a Hindi journey participle before the subject
 * ("बुधवार को वाशिंगटन पहुंचे X ने Y से मुलाकात की": the arrival's day).
 * An invitation told as the grounds of a visit ("Y is visiting on 7 September at the invitation of
 * X", pack field `invitationGrounds`) is undated: the sentence's day is the visit's.
 * A contact in a sentence that opens by going on with the news before it ("كما التقى X …", "X also
 * met …"; pack field `continuationOpeners`) takes the day of the nearest sentence before, within a
 * few, that names its subject and gives one (a tweet's byline dates only its tweet), unless a
 * sentence between gives another day. So does a contact the grammar reads as going on from the news
 * before inside its clause (`Claim.continues`: "Y से भी मुलाकात की", "Y से बातचीत के दौरान"), and one
 * placed at an occasion told before ("على هامش الاجتماع", src/contacts/occasion.ts).
 * Otherwise an earlier sentence's date is not the contact's: on the dev set (tuning split), taking the
 * nearest one dated no contact rightly and three wrongly; taking the sentence just before only when
 * it names one of the contact's people, one wrongly.
 */
import { phrasePattern } from '../dates/patterns.ts';
import type { DateMention, PartialDate } from '../dates/types.ts';
import { dateKey } from '../dates/format.ts';
import type { Article } from '../types.ts';
import { perPack } from '../languages/index.ts';
import type { LanguagePack } from '../languages/types.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { isByline, tweetByline } from './byline.ts';
import type { Claim } from './claim.ts';
import { occasionDay } from './occasion.ts';
import { asides } from '../grammar/asides.ts';
import { isDateLimit, namesThing } from '../grammar/date-limits.ts';
import { TRIGGERS } from '../grammar/triggers.ts';
import type { DayHint } from './corpus-dated.ts';
import type { Phrase } from '../grammar/phrase.ts';

export interface When {
  date?: PartialDate;
  from?: 'sentence' | 'neighbourhood';
  /** The sentence's words dating the contact name a span after the day of writing ("next week"). */
  ahead?: true;
}

const aheadOf = perPack((pack: LanguagePack): RegExp | undefined =>
  pack.contacts.aheadSpans?.length ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${pack.contacts.aheadSpans.map(phrasePattern).join('|')})(?![\\p{L}\\p{M}])`, 'iu') : undefined,
);

/** Whether the sentence's date words that name no date we can know include a span after the day of writing. */
function unresolvedAhead(view: SentenceView): boolean {
  const { sentence } = view;
  return view.unresolvedDates.some((d) => aheadOf(view.lang)?.test(sentence.text.slice(d.start - sentence.start, d.end - sentence.start)) ?? false);
}

/** Whether a date mention names a span after the day of writing ("next week" in an article of the same month). */
function ahead(view: SentenceView, mention: DateMention): boolean {
  return aheadOf(view.lang)?.test(mention.text) ?? false;
}

/**
 * Whether a contact's date lies after the day its article was published: such a contact is
 * announced, whatever its verb's tense ("يعقد X غدا محادثات مع Y", "X travels to Delhi tomorrow to
 * meet Y", "X अगले सोमवार Y से मिलेंगे"). A publication date read from the text itself is the
 * latest day the text gives, so nothing lies after it.
 * @example afterPublication({ year: 2021, month: 9, day: 2 }, article) // true for an article published 2021-09-01
 */
export function afterPublication(date: PartialDate | undefined, article: Pick<Article, 'published' | 'publishedFrom' | 'datelineDay'>): boolean {
  const published = article.datelineDay ?? article.published;
  if (!date || !published || (article.publishedFrom === 'text' && !article.datelineDay)) return false;
  const key = dateKey(date);
  // A month or year is after publication only once the whole of it is: "in September" is not, in a September article.
  return key > published.slice(0, key.length);
}

/**
 * The sentence's dates that may be the claim's: none inside an aside that tells of something else,
 * one not naming the person met ("X, who met Y on Monday, said …" tells the contact in the aside).
 */
function datesFor(claim: Claim): readonly DateMention[] {
  const { view, other } = claim;
  const dates = view.dates.filter((d) => !notWhen(view, d));
  const outside = asides(view.toks, view.lang).filter(([first, end]) => other.first < first || other.first >= end);
  const attribute = journeyAttribute(claim);
  if (attribute) outside.push(attribute);
  if (outside.length === 0) return dates;
  const spans = outside.map(([first, end]) => [view.toks[first]!.start, view.toks[end - 1]!.end] as const);
  return dates.filter((d) => !spans.some(([from, to]) => d.start >= from && d.start < to));
}

/** A limit ("since 2005", "بحلول 31 أغسطس") or the name of a thing ("the 31 August deadline"): no contact's day (grammar/date-limits.ts). */
function notWhen(view: SentenceView, d: DateMention): boolean {
  return isDateLimit(view.paragraph.text, d, view.lang) || namesThing(view.paragraph.text, d, view.lang);
}

/** How many words a journey verb may take; its participle stands right before the subject. */
const JOURNEY_WORDS = 3;

/**
 * Hindi tells a journey as a participle before its subject: "बुधवार को वाशिंगटन पहुंचे श्रृंगला ने
 * Y से भी मुलाकात की" (Shringla, who arrived in Washington on Wednesday, met Y too). The words
 * from the clause's start to the participle are an attribute of the subject, and a day in them is
 * the arrival's, not the contact's. The token range [first, end), when the claim has one.
 */
function journeyAttribute(claim: Claim): [number, number] | undefined {
  return claim.subjectView ? undefined : journeyBefore(claim.view, claim.subject.first);
}

/** The token range [first, end) of a journey participle's attribute ending right before the word `at` (Hindi). */
function journeyBefore(view: SentenceView, at: number): [number, number] | undefined {
  if (view.lang !== 'hin' || at === 0 || view.toks[at]!.breakBefore) return undefined;
  for (let k = at - 1; k >= Math.max(0, at - JOURNEY_WORDS); k--) {
    const m = TRIGGERS.match(view.toks, k);
    if (m?.end !== at || m.value.kind !== 'travel' || m.value.noun) continue;
    let start = k;
    while (start > 0 && !view.toks[start]!.breakBefore) start--;
    return [start, at];
  }
  return undefined;
}

/**
 * The days a sentence gives for what it tells of its contacts, leaving out a day in a journey
 * attribute before a named person ("बुधवार को वाशिंगटन पहुंचे श्रृंगला ने …": the arrival's).
 */
function toldDays(view: SentenceView): DateMention[] {
  const days = view.dates.filter((d) => d.precision === 'day');
  if (view.lang !== 'hin' || days.length === 0) return days;
  const spans = view.phrases.flatMap((p) => {
    const range = p.person === undefined ? undefined : journeyBefore(view, p.first);
    return range ? [[view.toks[range[0]]!.start, view.toks[range[1] - 1]!.end] as const] : [];
  });
  return days.filter((d) => !spans.some(([from, to]) => d.start >= from && d.start < to));
}

/** The sentence's date for the claim; `unstated` when the words dating it name no day we can know. */
function ownDate(claim: Claim): DateMention | 'unstated' | undefined {
  const { view } = claim;
  const dates = datesFor(claim);
  if (claim.clause) {
    const own = clauseDate(claim, claim.clause, dates) ?? openingDate(claim, claim.clause, dates);
    return own ?? (unresolvedWithin(view, spanOf(claim, claim.clause)) ? 'unstated' : undefined);
  }
  const clauseEnd = view.toks[claim.end - 1]?.end ?? view.sentence.end;
  const before = dates.filter((d) => d.start < clauseEnd);
  // "X met Y on Monday – after Kabul fell on 15 August": a Monday of unknown date is no 15 August.
  if (before.length === 0 && unresolvedWithin(view, [view.sentence.start, clauseEnd])) return 'unstated';
  return listedDay(claim, before, clauseEnd) ?? before[before.length - 1] ?? dates[0];
}

/**
 * "X ने सोमवार को Y से और मंगलवार को Z से मुलाकात की": in a list of the people met, each with its own
 * day, the day before a person is theirs; a later one is the next person's when another person
 * follows it before the verb. The last day before the person met, when every day after them is
 * followed by another person; with every day after its person ("Y से सोमवार को और Z से मंगलवार को"),
 * the first after the person met when another follows it; otherwise none (the clause's last day stands).
 */
function listedDay(claim: Claim, before: readonly DateMention[], clauseEnd: number): DateMention | undefined {
  const { view } = claim;
  const met = view.toks[claim.other.first]?.start ?? view.sentence.end;
  const own = before.filter((d) => d.end <= met);
  const later = before.filter((d) => d.start >= met);
  const startOf = (p: Phrase): number => view.toks[p.first]?.start ?? view.sentence.end;
  const another = (d: DateMention): boolean =>
    view.phrases.some((p) => p.person !== undefined && p.person !== claim.other.person && p.person !== claim.subject.person && startOf(p) >= d.end && startOf(p) < clauseEnd);
  if (later.length === 0) return undefined;
  if (own.length > 0) return later.every(another) ? own[own.length - 1] : undefined;
  // Each day after its person ("Y से सोमवार को और Z से मंगलवार को"): the first is this person's when another person follows it.
  return later.length > 1 && another(later[0]!) ? later[0] : undefined;
}

/**
 * The day a weak reading's sentence names for it (a contact noun beside two named people, which no
 * grammar parsed: corroborated.ts), for the corpus to confirm (corpus-dated.ts).
 */
export function dayHint(claim: Claim): DayHint | undefined {
  if (invitationGround(claim)) return undefined;
  const own = ownDate(claim);
  if (!own || own === 'unstated' || own.precision !== 'day' || laterPlan(claim, own)) return undefined;
  return { day: dateKey(own.date) };
}

function spanOf(claim: Claim, [from, to]: [number, number]): [number, number] {
  const { toks, sentence } = claim.view;
  return [from < toks.length ? toks[from]!.start : sentence.end, to > 0 && to - 1 < toks.length ? toks[to - 1]!.end : sentence.end];
}

function unresolvedWithin(view: SentenceView, [start, end]: [number, number]): boolean {
  return view.unresolvedDates.some((d) => d.start >= start && d.start < end);
}

/**
 * The date of a contact whose grammar marks its clause: the last one within the contact's own
 * words, else the first after them in the clause ("التقى X Y في كابل أمس"), else the last before
 * them in the clause ("X، الأحد، بحث مع Y").
 */
function clauseDate(claim: Claim, [from, to]: [number, number], dates: readonly DateMention[]): DateMention | undefined {
  const { toks, sentence } = claim.view;
  const at = (k: number, side: 'start' | 'end'): number => (k < toks.length ? toks[k]![side] : sentence.end);
  const [clauseStart, first, end, clauseEnd] = [at(from, 'start'), at(claim.first, 'start'), at(claim.end - 1, 'end'), to > 0 ? at(to - 1, 'end') : sentence.start];
  const inside = dates.filter((d) => d.start >= first && d.start < end);
  return inside[inside.length - 1] ?? dates.find((d) => d.start >= end && d.end <= clauseEnd) ?? dates.filter((d) => d.start >= clauseStart && d.start < first).pop();
}


/** Words a sentence-opening date may follow: a preposition or an adverb ("On Monday,", "Earlier on Tuesday,"). */
const OPENING_LEAD = /^[\s"“«]*(?:\p{L}+\s+){0,2}$/u;

/**
 * "On Monday, after a long flight from Moscow, X held talks with Y": a date opening the sentence,
 * set off by a comma, frames its main clause, whose grammar bounds it after the fronted phrase
 * ("after …,"). Only when nothing but that comma stands between the date and the word opening the
 * fronted phrase: "On Monday, officials said that X met Y" dates the saying.
 */
function openingDate(claim: Claim, [from]: [number, number], dates: readonly DateMention[]): DateMention | undefined {
  const { toks, sentence } = claim.view;
  const opener = toks[from - 1];
  const first = dates[0];
  if (!opener || !first || first.start >= opener.start) return undefined;
  const text = (a: number, b: number): string => sentence.text.slice(a - sentence.start, b - sentence.start);
  return OPENING_LEAD.test(text(sentence.start, first.start)) && /^\s*[,،]\s*$/u.test(text(first.end, opener.start)) ? first : undefined;
}

const groundsOf = perPack((pack: LanguagePack): RegExp | undefined =>
  pack.invitationGrounds?.length ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${pack.invitationGrounds.map(phrasePattern).join('|')})(?![\\p{L}\\p{M}])`, 'iu') : undefined,
);

/** Whether the claim is an invitation its sentence gives as the grounds of a visit. */
function invitationGround(claim: Claim): boolean {
  return claim.kind === 'invitation' && (groundsOf(claim.view.lang)?.test(claim.view.sentence.text) ?? false);
}

/** A span phrase with `{n}` standing for any number: one of the pack's number words or digits. */
function spanPattern(pack: LanguagePack, phrase: string): string {
  const number = `(?:${[...(pack.numberWords ?? []).map(phrasePattern), '\\p{Nd}+'].join('|')})`;
  return phrase.split('{n}').map(phrasePattern).join(number);
}

const visitSpanOf = perPack((pack: LanguagePack): RegExp | undefined =>
  pack.visitSpans?.length ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${pack.visitSpans.map((p) => spanPattern(pack, p)).join('|')})(?![\\p{L}\\p{M}])`, 'iu') : undefined,
);

/**
 * Whether the claim's day is the first of a visit of several days, told in a clause before the
 * contact's, not the contact's own ("X arrives on Tuesday for a two-day visit and will meet Y",
 * "يتوجه X غدا الثلاثاء في زيارة تستغرق يومين، كما سيلتقي Y"): the contact may be on any day of it.
 * A range of days ("visits on 27-28 July and meets Y") was left undated too and dropped: on the dev
 * set it cost two held contacts the gold dates by the range's first day, as "16-17 सितंबर को बैठकें".
 */
function visitDay(claim: Claim, own: DateMention): boolean {
  const { view } = claim;
  const met = view.toks[claim.other.first]?.start ?? view.sentence.end;
  const span = visitSpanOf(view.lang)?.exec(view.sentence.text);
  if (!span || own.start >= met) return false;
  const spanEnd = view.sentence.start + span.index + span[0].length;
  if (spanEnd > met) return false;
  const between = view.sentence.text.slice(Math.max(spanEnd, own.end) - view.sentence.start, met - view.sentence.start);
  return /[,;،]/u.test(between) || (joinerOf(view.lang)?.test(between) ?? false);
}

const openerOf = perPack((pack: LanguagePack): RegExp | undefined =>
  pack.continuationOpeners?.length ? new RegExp(`^[\\s"“«(]*(?:\\S+\\s+)?(?:${pack.continuationOpeners.map(phrasePattern).join('|')})(?![\\p{L}\\p{M}])`, 'iu') : undefined,
);
/** How many sentences back a continued contact looks for its subject's day. */
const CONTINUED_REACH = 4;

/** The day a continuing sentence's contact takes from the sentence before that names its subject. */
function continuedDate(claim: Claim, views: readonly SentenceView[]): DateMention | undefined {
  const { view } = claim;
  if (!claim.continues && !openerOf(view.lang)?.test(view.sentence.text)) return undefined;
  const at = views.indexOf(view);
  for (let k = at - 1; k >= 0 && k >= at - CONTINUED_REACH; k--) {
    const days = toldDays(views[k]!);
    // A day told only for a journey ("arrived on Wednesday") is another day between: which one goes on is unclear.
    if (days.length === 0 && views[k]!.dates.some((d) => d.precision === 'day')) return undefined;
    // A day told in words that name no day we can know (a weekday, the publication date unknown) is still the day gone on from.
    if (days.length === 0 && views[k]!.unresolvedDates.length > 0) return undefined;
    // A tweet's byline dates the tweet, not the article's news.
    if (days.length === 0 || isByline(views[k]!)) continue;
    // The nearest day told is the one the sentence goes on from: if it is not the subject's, none is.
    return views[k]!.phrases.some((p) => p.person === claim.subject.person) ? days[days.length - 1] : undefined;
  }
  return undefined;
}

/**
 * "X met Y and the two agreed to meet again next month": a time to come told after a contact the
 * text tells as done dates the plan that follows it, not the contact.
 */
function laterPlan(claim: Claim, own: DateMention): boolean {
  const { view } = claim;
  if (claim.planned) return false;
  const end = view.toks[claim.end - 1]?.end ?? view.sentence.end;
  if (own.start < end) return false;
  // "meets Y next week" is one clause; "met Y, and the two agreed to meet again next month" is two.
  const between = view.sentence.text.slice(end - view.sentence.start, own.start - view.sentence.start);
  return (/[,;،]/u.test(between) || (joinerOf(view.lang)?.test(between) ?? false)) && (ahead(view, own) || afterPublication(own.date, view.article));
}

/* What joins another clause or event to a contact's: a comma, or a pack's `clauseJoiners` ("and", "ahead of", "और", "ثم"). */
const joinerOf = perPack((pack: LanguagePack): RegExp | undefined =>
  pack.contacts.clauseJoiners?.length ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${pack.contacts.clauseJoiners.map(phrasePattern).join('|')})(?![\\p{L}\\p{M}])`, 'iu') : undefined,
);

/**
 * @example claimDate(claim, views) // { date: { year: 2021, month: 8, day: 16 }, from: 'sentence' } for "… ने सोमवार को … बात की"
 */
export function claimDate(claim: Claim, views: readonly SentenceView[]): When {
  if (invitationGround(claim)) return {};
  const own = ownDate(claim);
  // "next week" across two months names no month, but still a time to come.
  if (own === 'unstated') return unresolvedAhead(claim.view) ? { ahead: true } : {};
  if (own && laterPlan(claim, own)) return {};
  // The visit's days stay the visit's; a contact on one of them still lies ahead when they do.
  if (own && visitDay(claim, own)) return ahead(claim.view, own) || afterPublication(own.date, claim.view.article) ? { ahead: true } : {};
  if (own) return { date: own.date, from: 'sentence', ...(ahead(claim.view, own) ? { ahead: true as const } : {}) };
  if (claim.planned) return {};
  // "Since 2005 X and Y have clashed": a sentence whose date is a limit or a thing's name borrows none either.
  if (claim.view.dates.some((d) => notWhen(claim.view, d))) return {};
  // "बुधवार को वाशिंगटन पहुंचे X ने Y से भी मुलाकात की": a sentence whose day is its journey's or aside's gives the contact none, nor borrows one.
  if (claim.view.dates.some((d) => d.precision === 'day')) return {};
  const continued = continuedDate(claim, views) ?? occasionDay(claim.view, views, claim.clause);
  if (continued) return { date: continued.date, from: 'neighbourhood' };
  const { view } = claim;
  const tweeted = tweetByline(view, views)?.date;
  return tweeted ? { date: tweeted.date, from: 'neighbourhood' } : {};
}
