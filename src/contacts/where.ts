/**
 * The place of a contact when the sentence states it within the contact's clause: a city with
 * "in" ("नूर सुल्तान में", "في موسكو" / "بموسكو", "in Nur-Sultan", or any capitalised name after
 * "in" in English); "अर्मेनिया जाएंगे जहां वह … मुलाकात करेंगे" (the place
 * "where" refers to); "यहां" (here) is the article's dateline place ("कजाकिस्तान: …"). Phone
 * calls have no single place and get none. The words are each language pack's `venue`, read by the
 * language of the word: a language without one states no place.
 */
import { foldTerm } from '../text/normalize.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import type { Claim } from './claim.ts';
import { cityAt, placeAt } from './places.ts';
import { perPack } from '../languages/index.ts';

export interface Where {
  place?: string;
  /** Stated in the sentence, or "here" read from the dateline. */
  from?: 'stated' | 'here';
}

/** Each pack's words for where a contact took place, folded. */
const VENUE = perPack((pack) => {
  const v = pack.venue;
  const set = (list: readonly string[] | undefined) => new Set((list ?? []).map(foldTerm));
  return v ? { in: set(v.in), after: v.after === true, inClitic: v.inClitic, capitalised: v.capitalised === true, where: set(v.where), here: set(v.here) } : undefined;
});
const DATELINE_GAP = /^\s*[:\-–—]/u;

/** A place written in Latin capitals after "in" when the lexicon lacks it ("in Nur-Sultan"). */
function capitalised(view: SentenceView, k: number): string | undefined {
  const toks = view.toks;
  let end = k;
  while (end < toks.length && /^\p{Lu}/u.test(toks[end]!.text) && (end === k || !toks[end]!.breakBefore)) end++;
  return end > k ? view.paragraph.text.slice(toks[k]!.start, toks[end - 1]!.end) : undefined;
}

/**
 * A city stated with "in" at token k, as the word's language says "in" (a language without a rule
 * here states no place). Countries are left out: "अफगानिस्तान में स्थिति",
 * "الوضع في أفغانستان", "the situation in Afghanistan" name the topic far more often than the venue.
 */
function statedAt(view: SentenceView, k: number): string | undefined {
  const toks = view.toks;
  const tok = toks[k]!;
  const venue = VENUE(tok.lang);
  if (!venue) return undefined;
  const m = cityAt(toks, k);
  if (venue.after) return m && venue.in.has(toks[m.end]?.fold ?? '') ? m.value : undefined;
  if (m && venue.inClitic !== undefined && m.clitic > 0 && tok.text.startsWith(venue.inClitic)) return m.value;
  if (!venue.in.has(toks[k - 1]?.fold ?? '')) return undefined;
  return m?.value ?? (venue.capitalised && !placeAt(toks, k) ? capitalised(view, k) : undefined);
}

/** The place "जहां" (where) refers to: the nearest place named before it. */
function whereAntecedent(toks: readonly Tok[], at: number): string | undefined {
  for (let k = at - 1; k >= 0; k--) {
    const m = placeAt(toks, k);
    if (m) return m.value;
  }
  return undefined;
}

/**
 * The dateline place of an article: a place opening the headline or first paragraph, followed by
 * a colon or dash ("कजाकिस्तान: …", "موسكو - …").
 */
export function datelinePlace(views: readonly SentenceView[]): string | undefined {
  for (const view of views.slice(0, 2)) {
    const m = placeAt(view.toks, 0);
    if (m && m.clitic === 0 && DATELINE_GAP.test(view.paragraph.text.slice(view.toks[m.end - 1]!.end))) return m.value;
  }
  return undefined;
}

/**
 * @example claimPlace(claim, 'Kazakhstan') // { place: 'Nur-Sultan', from: 'stated' } for "नूर सुल्तान में … से मुलाकात"
 */
export function claimPlace(claim: Claim, dateline: string | undefined): Where {
  if (claim.kind === 'phone call') return {};
  const { view } = claim;
  // Hindi states the place before the verb; Arabic and English after the verb and its object ("met Y in Moscow").
  const end = VENUE(view.toks[claim.first]?.lang ?? '')?.after ? claim.end : view.toks.length;
  for (let k = 0; k < end; k++) {
    const tok = view.toks[k]!;
    const venue = VENUE(tok.lang);
    if (venue?.where.has(tok.fold)) {
      const place = whereAntecedent(view.toks, k);
      if (place) return { place, from: 'stated' };
    }
    if (k < claim.first) continue;
    const place = statedAt(view, k);
    if (place) return { place, from: 'stated' };
    if (venue?.here.has(tok.fold) && dateline) return { place: dateline, from: 'here' };
  }
  return {};
}
