/**
 * "انعقد اليوم الخميس اجتماع رباعي … وقبل انطلاق الاجتماع، بحث X مع Y" / "كما عقد X لقاء مع Y
 * على هامش الاجتماع": a contact placed at an occasion the article named before, with the article
 * ("the meeting"), and with no day of its own, took place on the day the article gave that
 * occasion: the nearest sentence before, within a few, that names the occasion noun and gives a
 * date; of its dates, the one nearest the noun. When that date is no day, the contact stays undated. The words are each pack's
 * `occasions` data.
 */
import type { DateMention } from '../dates/types.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';

const OCCASIONS = perPack((pack) =>
  pack.occasions ? { relations: new Set(pack.occasions.relations.map(foldTerm)), nouns: new Set(pack.occasions.nouns.map(foldTerm)) } : undefined,
);

/** How many sentences back the occasion may have been dated. */
const REACH = 8;

/** Whether the token is one of the occasion nouns (any form). */
function isOccasion(tok: Tok, nouns: ReadonlySet<string>): boolean {
  return tok.forms.some((f) => nouns.has(f));
}

/**
 * The day of the occasion a contact is placed at, from the sentences before it; `clause` is the
 * contact's clause when its grammar marks one: "على هامش الاجتماع، أكد X أن Y قبل دعوة Z" places
 * the saying, not the invitation said.
 */
export function occasionDay(view: SentenceView, views: readonly SentenceView[], clause?: readonly [number, number]): DateMention | undefined {
  const occasions = OCCASIONS(view.lang);
  if (!occasions) return undefined;
  const { toks } = view;
  const [from, to] = clause ?? [0, toks.length];
  // "على هامش الاجتماع": a relation word, then the occasion with the article, right after it.
  const at = toks.findIndex((t, k) => k > from && k < to && t.fold.startsWith('ال') && isOccasion(t, occasions.nouns) && toks[k - 1]!.forms.some((f) => occasions.relations.has(f)));
  if (at < 0) return undefined;
  const noun = toks[at]!.fold.slice(2);
  const same = (t: Tok) => t.forms.some((f) => f.replace(/^ال/u, '').startsWith(noun));
  const here = views.indexOf(view);
  // Sentences that name the occasion with no date at all ("ويأتي الاجتماع قبل يوم …") are passed over.
  for (let k = here - 1; k >= 0 && k >= here - REACH; k--) {
    const before = views[k]!;
    const named = before.toks.find(same);
    if (before.dates.length === 0 || !named) continue;
    // "وصل X أمس إلى الدوحة، حيث انطلقت اليوم قمة": the day told nearest the occasion is its own.
    const distance = (d: DateMention) => Math.min(Math.abs(d.start - named.end), Math.abs(named.start - d.end));
    const nearest = [...before.dates].sort((x, y) => distance(x) - distance(y))[0]!;
    return nearest.precision === 'day' ? nearest : undefined;
  }
  return undefined;
}
