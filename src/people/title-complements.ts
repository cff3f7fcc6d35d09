/**
 * The words joined to a title that say whose office it is, for titled.ts: a body in construct or
 * after لـ ("فريق التفاوض", "لمنظمة التعاون الإسلامي"), a seat ("في الدوحة"), a state with its form
 * ("جمهورية أفغانستان الإسلامية"), a country or portfolio after a preposition ("of Pakistan",
 * "Special Representative for Afghan Reconciliation") and the qualifiers and countries written
 * before a title ("newly appointed", "Sri Lanka's").
 */
import { perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import { cityAt } from '../contacts/places.ts';
import { NATION_WORDS } from '../grammar/nations.ts';
import type { PackPhrases } from '../grammar/phrases.ts';
import { ROLE_QUALIFIERS, TITLE_WORDS } from '../grammar/titles.ts';
import type { Tok } from '../grammar/tokens.ts';

export const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldTerm));
const COUNTRY_LINKS = perPack((pack) => new Map((pack.countryAfterTitle ?? []).map(([word, nationality]) => [foldTerm(word), nationality])));
const PORTFOLIOS = perPack((pack) => set(pack.portfolios ?? []));
const DETERMINERS = perPack((pack) => set(pack.determiners ?? []));
const PORTFOLIO_AND = perPack((pack) => set(pack.and.filter((w) => w.length > 1)));
/* The words a country name may have before its genitive ("Sri Lanka's"). */
const MAX_COUNTRY_WORDS = 3;
const BODIES = perPack((pack) => set(pack.titleBodies ?? []));
const STATE_FORMS = perPack((pack) => set(pack.stateForms ?? []));
const STATE_ADJECTIVES = perPack((pack) => set(pack.stateAdjectives ?? []));
const SEATS = perPack((pack) => set(pack.titleSeats ?? []));
/* The words a body complement may run to after its head noun ("لمنظمة التعاون الإسلامي"). */
const MAX_BODY_WORDS = 4;

/** Whether `tok` is a word of `words` in its own language. */
export const isIn = (tok: Tok | undefined, words: (code: string) => ReadonlySet<string> | undefined): boolean => tok !== undefined && (words(tok.lang)?.has(tok.fold) ?? false);

/** A phrase of `table` of one or more words, no clitic on it, that ends just before `end` and `accept` takes, with its first word. */
export function phraseEndingAt<T>(table: PackPhrases<T>, toks: readonly Tok[], end: number, accept: (value: T) => boolean = () => true): { first: number; value: T } | undefined {
  for (let m = end - 1; m >= 0 && end - m <= MAX_COUNTRY_WORDS; m--) {
    const found = table.match(toks, m);
    if (found?.end === end && found.clitic === 0 && accept(found.value)) return { first: m, value: found.value };
    if (toks[m]!.breakBefore) break;
  }
  return undefined;
}

/** A role qualifier of one or more words ("former", "newly appointed") that ends just before `end`. */
export const qualifierEndingAt = (toks: readonly Tok[], end: number) => phraseEndingAt(ROLE_QUALIFIERS, toks, end);

/** First word and adjective of a country name that ends just before `end` ("Sri Lanka" of "Sri Lanka's"), else undefined. */
export function countryEndingAt(toks: readonly Tok[], end: number): { first: number; adjective: string } | undefined {
  const country = phraseEndingAt(NATION_WORDS, toks, end, (nation) => nation.isCountry);
  return country && { first: country.first, adjective: country.value.adjective };
}

/**
 * End of a body complement at `k` — a body noun with the لـ/بـ of "of/for" glued to it, then the
 * body's definite words or a country ("لمنظمة التعاون الإسلامي", "بشؤون أفغانستان") — else `k`.
 * Names rarely carry the article, so the definite words are the body's, not the name's.
 */
export function bodyComplementEnd(toks: readonly Tok[], k: number): number {
  const head = toks[k]!;
  const bodies = BODIES(head.lang);
  const f = head.forms.findIndex((form, n) => n > 0 && bodies?.has(form) && /[لب]$/u.test(head.fold.slice(0, head.clitics[n]!)));
  if (!bodies || f < 0 || head.fold.startsWith('و')) return k;
  return bodyWordsEnd(toks, k);
}

/**
 * End of the words of a body whose head noun is at `k`: its definite words, those joined by "and"
 * ("الشؤون الخارجية والأمن"), another body in construct ("شؤون مجلس الوزراء"), or a country.
 */
function bodyWordsEnd(toks: readonly Tok[], k: number): number {
  let end = k + 1;
  while (end < toks.length && end - k <= MAX_BODY_WORDS && !toks[end]!.breakBefore) {
    const tok = toks[end]!;
    const country = NATION_WORDS.match(toks, end);
    const city = cityAt(toks, end);
    if (country && country.clitic === 0 && country.value.isCountry) end = country.end;
    // A province or city the body is of ("ولاية بنجشير").
    else if (city && city.clitic === 0) end = city.end;
    // A nationality after the body is the office's ("… لشؤون مجلس الوزراء الكويتي").
    else if (country && !country.value.isCountry && end > k + 1) break;
    else if (/^و?ال/u.test(tok.fold) && !TITLE_WORDS.match(toks, end)) end++;
    // Another body in construct with its definite complement ("لشؤون مجلس الوزراء", for cabinet affairs).
    else if (BODIES(tok.lang)?.has(tok.fold) && end + 1 < toks.length && !toks[end + 1]!.breakBefore && toks[end + 1]!.fold.startsWith('ال')) end++;
    else break;
  }
  return end;
}

/** End of a body written in construct right after an office noun at `k` ("فريق التفاوض"), else `k`. */
export function constructBodyEnd(toks: readonly Tok[], k: number): number {
  const head = toks[k];
  if (!head || head.breakBefore || !BODIES(head.lang)?.has(head.fold)) return k;
  const end = bodyWordsEnd(toks, k);
  // An indefinite body needs its definite complement ("فريق التفاوض"); a definite one stands alone ("الشؤون …").
  return end > k + 1 || head.fold.startsWith('ال') ? end : k;
}

/** Whether `tok` is, in the same sentence part, a word of `words`. */
export const joinedIn = (tok: Tok | undefined, words: (code: string) => ReadonlySet<string> | undefined): boolean => tok !== undefined && !tok.breakBefore && isIn(tok, words);

/**
 * A country in construct at `k`, with its state's form and the adjectives of its official name
 * around it ("باكستان", "جمهورية أفغانستان الإسلامية", "المملكة العربية السعودية"): its end and
 * English adjective.
 */
export function stateAt(toks: readonly Tok[], k: number): { end: number; adjective: string } | undefined {
  let j = k;
  if (joinedIn(toks[j], STATE_FORMS)) for (j++; joinedIn(toks[j], STATE_ADJECTIVES); ) j++;
  const nation = toks[j]?.breakBefore ? undefined : NATION_WORDS.match(toks, j);
  if (!nation || nation.clitic !== 0 || !nation.value.isCountry) return undefined;
  let end = nation.end;
  while (joinedIn(toks[end], STATE_ADJECTIVES)) end++;
  return { end, adjective: nation.value.adjective };
}

/** End of the seat of an office at `k` ("في الدوحة", "في الاتحاد الأوروبي"), else `k`. */
export function seatEnd(toks: readonly Tok[], k: number): number {
  const prep = toks[k]!;
  const next = toks[k + 1];
  if (!next || next.breakBefore || !SEATS(prep.lang)?.has(prep.fold)) return k;
  const place = cityAt(toks, k + 1) ?? NATION_WORDS.match(toks, k + 1);
  if (place && place.clitic === 0 && (typeof place.value === 'string' || place.value.isCountry)) return place.end;
  return next.fold.startsWith('ال') && BODIES(next.lang)?.has(next.fold) ? bodyWordsEnd(toks, k + 1) : k;
}

/**
 * A country, an office or a portfolio joined to the title before it by a preposition ("… of
 * Pakistan", "… to Tajikistan", "Adviser to the Prime Minister on Commerce", "Special Representative
 * for Afghan Reconciliation"), with an article or not: its end, and the nationality when the
 * preposition gives a country's.
 */
export function complementAfter(toks: readonly Tok[], k: number): { end: number; nationality?: string } | undefined {
  const link = COUNTRY_LINKS(toks[k]!.lang)?.get(toks[k]!.fold);
  let m = k + 1;
  if (link === undefined || !toks[m] || toks[m]!.breakBefore) return undefined;
  if (isIn(toks[m], DETERMINERS) && toks[m + 1] && !toks[m + 1]!.breakBefore) m++;
  const nation = NATION_WORDS.match(toks, m);
  if (nation && nation.value.isCountry && nation.clitic === 0) return { end: nation.end, nationality: link ? nation.value.adjective : undefined };
  const office = TITLE_WORDS.match(toks, m);
  // "Adviser to the Prime Minister": an office after an article is no one named ("… to Prime Minister X" names X).
  if (office?.value.role && !office.value.weak && m === k + 2) return { end: office.end };
  // A portfolio: its words, nationality adjectives among them, up to the name.
  let end = m;
  while (end < toks.length && (end === m || !toks[end]!.breakBefore)) {
    const adjective = NATION_WORDS.match(toks, end);
    if (isIn(toks[end], PORTFOLIOS)) end++;
    else if (adjective && !adjective.value.isCountry && isIn(toks[adjective.end], PORTFOLIOS)) end = adjective.end;
    // Two portfolios of one office joined by "and" ("Minister of State for Information and Broadcasting").
    else if (end > m && isIn(toks[end], PORTFOLIO_AND) && isIn(toks[end + 1], PORTFOLIOS) && !toks[end + 1]!.breakBefore) end += 2;
    else break;
  }
  return end > m ? { end } : undefined;
}

/**
 * Whether a portfolio word at `k` goes on with the complement of the title from `i` ("Special
 * Representative for Afghanistan Reconciliation"): the word before is a country or a portfolio's,
 * after a preposition of the title.
 */
export function portfolioGoesOn(toks: readonly Tok[], i: number, k: number): boolean {
  if (!isIn(toks[k], PORTFOLIOS)) return false;
  const prev = toks[k - 1]!;
  if (!isIn(prev, PORTFOLIOS) && !NATION_WORDS.match(toks, k - 1)) return false;
  for (let m = i + 1; m < k; m++) if (COUNTRY_LINKS(toks[m]!.lang)?.has(toks[m]!.fold)) return true;
  return false;
}
