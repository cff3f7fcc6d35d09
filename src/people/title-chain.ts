/**
 * The chain of titles a person is introduced by, read from its first title on: offices joined by
 * "and" or a qualifier, the nationality, state, city or seat written after them (Arabic), a body's
 * acronym, an honorific after a comma; and the nationality, qualifiers and possessive written
 * before them (Hindi, English). `titled.ts` reads the name that follows.
 */
import { packFor, perPack } from '../languages/index.ts';
import { cityAt } from '../contacts/places.ts';
import { NATION_WORDS } from '../grammar/nations.ts';
import { PackPhrases, type PhraseMatch } from '../grammar/phrases.ts';
import { ROLE_QUALIFIERS, TITLE_WORDS, type Title } from '../grammar/titles.ts';
import type { Tok } from '../grammar/tokens.ts';
import {
  bodyComplementEnd, complementAfter, constructBodyEnd, countryEndingAt, isIn, phraseEndingAt, portfolioGoesOn, qualifierEndingAt, seatEnd, set, stateAt,
} from './title-complements.ts';

const POSSESSIVES = perPack((pack) => set(pack.possessives));
/* "and" between titles is a word of its own ("स्टेट काउंसलर और विदेश मंत्री"), never a clitic. */
const AND = perPack((pack) => set(pack.and.filter((w) => w.length > 1)));
export const GENITIVE = perPack((pack) => set(pack.genitives ?? []));
const TITLE_OWNERS = new PackPhrases<string>((pack) => pack.titleOwners ?? []);
const CONSTRUCT_OFFICES = new PackPhrases<Title>((pack) => pack.constructOffices ?? []);
const STATE_OFFICES = new PackPhrases<Title>((pack) => pack.stateOffices ?? []);
export const COMMA = /^[\s]*[,،][\s]*$/u;
/* A colon or semicolon opening a list ("نظرائه؛ الروسي X"). */
const LIST_OPENING = /^\s*[:;؛]\s*$/u;

/** Whether the language of `tok` puts nationality and qualifiers after the title (Arabic). */
export const modifiersAfter = (tok: Tok): boolean => packFor(tok.lang)?.modifiersAfterNoun === true;

export interface RoleParts {
  first: number;
  nationality?: string;
  /** The movement or body whose office it is ("Taliban leader"). */
  owner?: string;
  qualifiers: string[];
  possessive: boolean;
}

/** Nationality, qualifiers and possessive written before a title (Hindi, English). */
export function roleBefore(toks: readonly Tok[], i: number): RoleParts {
  const parts: RoleParts = { first: i, qualifiers: [], possessive: false };
  let k = i - 1;
  while (k >= 0 && !toks[k + 1]!.breakBefore) {
    const tok = toks[k]!;
    const qualifier = qualifierEndingAt(toks, k + 1);
    const owner = qualifier ? undefined : phraseEndingAt(TITLE_OWNERS, toks, k + 1);
    const nation = NATION_WORDS.match(toks, k);
    // "Pakistan's", "पाकिस्तान के": a country before a genitive gives the nationality.
    const country = isIn(tok, GENITIVE) ? countryEndingAt(toks, k) : undefined;
    // "Doha's", "Kabul's": a capital's genitive stands for its government, the office's seat.
    const seat = !country && isIn(tok, GENITIVE) && !modifiersAfter(tok) ? cityEndingAt(toks, k) : undefined;
    if (qualifier) {
      if (qualifier.value) parts.qualifiers.unshift(qualifier.value);
      k = qualifier.first;
    } else if (owner) {
      parts.owner ??= owner.value;
      k = owner.first;
    } else if (nation && nation.end === k + 1 && !nation.value.isCountry) {
      parts.nationality ??= nation.value.adjective;
    } else if (country) {
      parts.nationality ??= country.adjective;
      k = country.first;
    } else if (seat !== undefined) {
      k = seat;
    } else if (isIn(tok, AND) && !tok.breakBefore && k > 0 && NATION_WORDS.match(toks, k - 1)?.end === k) {
      // "चीनी और रूसी समकक्ष": the nearer nationality is the named person's; not across a comma
      // ("Chairman of … of Afghanistan, and Dr. Y": the country ends the apposition before).
      k--;
    } else {
      if (isIn(tok, POSSESSIVES)) parts.possessive = true;
      break;
    }
    parts.first = k;
    k--;
  }
  return parts;
}

/** First token of a city of one to three words ending right before `k` (its genitive), if any. */
function cityEndingAt(toks: readonly Tok[], k: number): number | undefined {
  for (let first = k - 1; first >= Math.max(0, k - 3); first--) if (cityAt(toks, first)?.end === k) return first;
  return undefined;
}

/* The clitic letters of a preposition "with, by" (بـ, وبـ) before a title. */
const PREPOSITION_CLITIC = /^[وف]?ب$/u;

/** The title at `i`: a listed one, or an office noun followed by its body in construct. */
function titleAt(toks: readonly Tok[], i: number): PhraseMatch<Title> | undefined {
  const listed = TITLE_WORDS.match(toks, i);
  if (listed) return listed;
  // A head of state named by the state in construct ("رئيس باكستان"): the loop of titleChain reads the state.
  const state = STATE_OFFICES.match(toks, i);
  if (state && stateAt(toks, state.end)) return state;
  const head = CONSTRUCT_OFFICES.match(toks, i);
  // The loop of titleChain reads the place in construct, as after any indefinite office.
  if (head?.value.ofPlace && !toks[head.end]?.breakBefore && cityAt(toks, head.end)?.clitic === 0) return head;
  const end = head ? constructBodyEnd(toks, head.end) : i;
  return head && end > head.end ? { ...head, end } : undefined;
}

export interface Chain {
  end: number;
  /** Letters of the first word that are a clitic in front of the chain. */
  clitic: number;
  /** The office ends with its seat ("… في الدوحة"). */
  seated?: boolean;
  /** The office is a head of state known only by the state in construct ("رئيس باكستان"). */
  ofState?: boolean;
  /**
   * A listed title that names its state ("أمير قطر", emir of Qatar): that state's nationality,
   * kept out of the role's words, so that the title alone can stand for its holder.
   */
  stateNationality?: string;
  /** The office names the body it is for ("وزير الدولة لشؤون مجلس الوزراء"): a long office, often followed by its object. */
  ofBody?: boolean;
  titles: Title[];
  nationality?: string;
  qualifiers: string[];
}

/**
 * A qualifier written before the office it qualifies in a language that puts modifiers after the
 * noun ("القائم بأعمال حاكم", acting governor), with that office.
 */
function leadingQualifier(toks: readonly Tok[], i: number): { qualifier: string; title: PhraseMatch<Title> } | undefined {
  if (!modifiersAfter(toks[i]!)) return undefined;
  const qualifier = ROLE_QUALIFIERS.match(toks, i);
  if (!qualifier?.value || toks[qualifier.end]?.breakBefore) return undefined;
  const title = titleAt(toks, qualifier.end);
  return title && TITLE_WORDS.match(toks, qualifier.end)?.clitic === 0 ? { qualifier: qualifier.value, title } : undefined;
}

/* A body's acronym in brackets, in Latin capitals ("(ISI)", "(CIA)"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * End of a body's acronym in brackets at `k` ("رئيس وكالة المخابرات (ISI)، X"), else `k`. Only
 * Latin capitals: brackets after an office may also hold the name itself ("الرئيس الأمريكي (جو بايدن)").
 */
function acronymEnd(toks: readonly Tok[], text: string, k: number): number {
  const tok = toks[k];
  if (!tok || !ACRONYM.test(tok.text) || !/\(\s*$/u.test(text.slice(toks[k - 1]!.end, tok.start))) return k;
  return /^\s*\)/u.test(text.slice(tok.end)) ? k + 1 : k;
}

/** Titles from `i` on, with what may stand between or after them (Arabic nationality, "और", "Dr."). */
export function titleChain(toks: readonly Tok[], i: number, text?: string): Chain | undefined {
  // Asked at every word of every sentence with a title word, and most words are none: the title at `i` is looked for once.
  const at = titleAt(toks, i);
  const lead = at ? undefined : leadingQualifier(toks, i);
  const first = lead?.title ?? at;
  if (!first) return undefined;
  const clitic = lead ? ROLE_QUALIFIERS.match(toks, i)!.clitic : first.clitic;
  const chain: Chain = { end: first.end, clitic, titles: [first.value], qualifiers: lead ? [lead.qualifier] : [] };
  if (!lead && !TITLE_WORDS.match(toks, i) && STATE_OFFICES.match(toks, i)?.end === first.end) chain.ofState = true;
  const headOf = lead ? undefined : STATE_OFFICES.match(toks, i);
  const stateOf = headOf && stateAt(toks, headOf.end);
  if (stateOf && stateOf.end === first.end) chain.stateNationality = stateOf.adjective;
  // Where the last office's own words end.
  let officeEnd = chain.end;
  for (;;) {
    const tok = toks[chain.end];
    const acronym = text === undefined ? chain.end : acronymEnd(toks, text, chain.end);
    if (acronym > chain.end) {
      chain.end = acronym;
      continue;
    }
    // "الرئيس الروسي، الدكتور X": an honorific after a comma opens the name that the comma sets off.
    const honorific = tok?.breakBefore && text !== undefined && COMMA.test(text.slice(toks[chain.end - 1]!.end, tok.start)) ? TITLE_WORDS.match(toks, chain.end) : undefined;
    if (honorific && honorific.clitic === 0 && !honorific.value.role && !honorific.value.weak && toks[honorific.end] && !toks[honorific.end]!.breakBefore) {
      chain.titles.push(honorific.value);
      chain.end = honorific.end;
      continue;
    }
    // "مع نظرائه؛ الروسي X، والألماني Y" (with his counterparts: the Russian X, …): a colon or
    // semicolon after the office opens the list of its holders, each named by nationality.
    const listed = tok?.breakBefore === true && text !== undefined && LIST_OPENING.test(text.slice(toks[chain.end - 1]!.end, tok.start)) && NATION_WORDS.match(toks, chain.end)?.clitic === 0;
    // A quoted body closes its quotes before the office's nationality or seat ("“طالبان” في كابل").
    if (!tok || (tok.breakBefore && !tok.quoteBefore && !listed)) break;
    // A qualifier joined by a hyphen after the office ("राष्ट्रपति-निर्वाचित X", president-elect X) qualifies it in any language.
    const hyphened = text !== undefined && text.slice(toks[chain.end - 1]!.end, tok.start) === '-' ? ROLE_QUALIFIERS.match(toks, chain.end) : undefined;
    if (hyphened && hyphened.clitic === 0) {
      if (hyphened.value) chain.qualifiers.push(hyphened.value);
      chain.end = hyphened.end;
      continue;
    }
    // A title glued to the preposition بـ is the object of the clause's verb, another person's
    // ("اجتمع وزير الخارجية بالسفير الصيني X", met the Chinese ambassador X), not the same holder's next office.
    const next = TITLE_WORDS.match(toks, chain.end);
    if (next && PREPOSITION_CLITIC.test(tok.fold.slice(0, next.clitic))) break;
    const title = next;
    const joined = isIn(tok, AND) ? TITLE_WORDS.match(toks, chain.end + 1) : undefined;
    const nation = modifiersAfter(tok) ? NATION_WORDS.match(toks, chain.end) : undefined;
    // The state an office is of, in construct, with its form ("وزير خارجية جمهورية طاجيكستان").
    const state = modifiersAfter(tok) ? stateAt(toks, chain.end) : undefined;
    const qualifier = ROLE_QUALIFIERS.match(toks, chain.end);
    // "अपने समकक्ष कार्यवाहक विदेश मंत्री X" (his counterpart, the acting FM X): a qualifier opening the next title.
    const afterQualifier = qualifier && qualifier.clitic === 0 && !toks[qualifier.end]?.breakBefore ? TITLE_WORDS.match(toks, qualifier.end) : undefined;
    const qualified = afterQualifier && !PREPOSITION_CLITIC.test(toks[qualifier!.end]!.fold.slice(0, afterQualifier.clitic)) ? afterQualifier : undefined;
    // An office in construct takes a city as its genitive ("ولي عهد أبو ظبي", crown prince of Abu Dhabi).
    const city = modifiersAfter(tok) && !toks[chain.end - 1]!.fold.startsWith('ال') ? cityAt(toks, chain.end) : undefined;
    const country = modifiersAfter(tok) ? undefined : complementAfter(toks, chain.end);
    if (title) {
      chain.titles.push(title.value);
      chain.end = officeEnd = title.end;
    } else if (qualifier && qualified) {
      if (qualifier.value) chain.qualifiers.push(qualifier.value);
      chain.titles.push(qualified.value);
      chain.end = officeEnd = qualified.end;
    } else if (joined && !toks[chain.end + 1]!.breakBefore) {
      chain.titles.push(joined.value);
      chain.end = officeEnd = joined.end;
    } else if (state) {
      chain.nationality ??= state.adjective;
      chain.end = state.end;
    } else if (nation && nation.clitic === 0) {
      chain.nationality ??= nation.value.adjective;
      chain.end = nation.end;
    } else if (city && city.clitic === 0) {
      chain.end = city.end;
    } else if (country) {
      if (country.nationality) chain.nationality ??= country.nationality;
      chain.end = country.end;
    } else if (!modifiersAfter(tok) && portfolioGoesOn(toks, i, chain.end)) {
      chain.end++;
    } else if (qualifier && qualifier.clitic === 0 && modifiersAfter(tok)) {
      if (qualifier.value) chain.qualifiers.push(qualifier.value);
      chain.end = qualifier.end;
    } else if (modifiersAfter(tok) && chain.end === officeEnd && !toks[chain.end - 1]!.fold.startsWith('ال') && constructBodyEnd(toks, chain.end) > chain.end) {
      // An indefinite office takes its body in construct right after it ("حاكم ولاية قندهار", governor
      // of Kandahar province); not after a complement ("وزير الدولة لشؤون مجلس الوزراء موقف …").
      chain.end = constructBodyEnd(toks, chain.end);
    } else if (modifiersAfter(tok) && bodyComplementEnd(toks, chain.end) > chain.end) {
      chain.end = bodyComplementEnd(toks, chain.end);
      chain.ofBody = true;
    } else if (modifiersAfter(tok) && seatEnd(toks, chain.end) > chain.end) {
      // The seat closes the office: a title after it is another person's ("الأمير في الدوحة وزير …").
      chain.end = seatEnd(toks, chain.end);
      chain.seated = true;
      break;
    } else break;
  }
  return chain;
}
