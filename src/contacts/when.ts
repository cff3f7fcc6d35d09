/**
 * The date of a contact, only as far as the text supports it, in this order:
 * 1. a date in the sentence itself — the last one before the end of the contact's clause (a
 *    weekday resolved against the publication date by findDateMentions);
 * 2. for a contact that happened (not an announced one) in a quoted tweet, the tweet's date line
 *    ("— X (@handle) September 12, 2021"): the day the tweet tells of its own contact;
 * 3. for one whose grammar marks no clause, the date of its neighbourhood: the nearest earlier
 *    sentence of the same paragraph that has a date, else the immediately preceding sentence;
 * 4. otherwise none.
 */
import type { DateMention, PartialDate } from '../dates/types.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { tweetByline } from './byline.ts';
import type { Claim } from './claim.ts';

export interface When {
  date?: PartialDate;
  from?: 'sentence' | 'neighbourhood';
}

function ownDate(claim: Claim): DateMention | undefined {
  if (claim.clause) return clauseDate(claim, claim.clause);
  const clauseEnd = claim.view.toks[claim.end - 1]?.end ?? claim.view.sentence.end;
  const before = claim.view.dates.filter((d) => d.start < clauseEnd);
  return before[before.length - 1] ?? claim.view.dates[0];
}

/**
 * The date of a contact whose grammar marks its clause: the last one within the contact's own
 * words, else the first after them in the clause ("التقى X Y في كابل أمس"), else the last before
 * them in the clause ("X، الأحد، بحث مع Y").
 */
function clauseDate(claim: Claim, [from, to]: [number, number]): DateMention | undefined {
  const { toks, dates, sentence } = claim.view;
  const at = (k: number, side: 'start' | 'end'): number => (k < toks.length ? toks[k]![side] : sentence.end);
  const [clauseStart, first, end, clauseEnd] = [at(from, 'start'), at(claim.first, 'start'), at(claim.end - 1, 'end'), to > 0 ? at(to - 1, 'end') : sentence.start];
  const inside = dates.filter((d) => d.start >= first && d.start < end);
  return inside[inside.length - 1] ?? dates.find((d) => d.start >= end && d.end <= clauseEnd) ?? dates.filter((d) => d.start >= clauseStart && d.start < first).pop();
}

function lastDate(view: SentenceView | undefined): DateMention | undefined {
  return view?.dates[view.dates.length - 1];
}

/**
 * @example claimDate(claim, views) // { date: { year: 2021, month: 8, day: 16 }, from: 'sentence' } for "… ने सोमवार को … बात की"
 */
export function claimDate(claim: Claim, views: readonly SentenceView[]): When {
  const own = ownDate(claim);
  if (own) return { date: own.date, from: 'sentence' };
  if (claim.planned) return {};
  const { view } = claim;
  const tweeted = tweetByline(view, views)?.date;
  if (tweeted) return { date: tweeted.date, from: 'neighbourhood' };
  // One whose clause is known has only the dates its own words give.
  if (claim.clause) return {};
  const neighbour = earlierInParagraph(view, views) ?? lastDate(views[view.order - 1]);
  return neighbour ? { date: neighbour.date, from: 'neighbourhood' } : {};
}

function earlierInParagraph(view: SentenceView, views: readonly SentenceView[]): DateMention | undefined {
  for (let k = view.order - 1; k >= 0 && views[k]!.paragraph === view.paragraph; k--) {
    const date = lastDate(views[k]);
    if (date) return date;
  }
  return undefined;
}
