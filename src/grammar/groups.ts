/**
 * Person phrases joined by "और / و / and" (each language pack's word for "and") form one group
 * ("चीनी विदेश मंत्री वांग यी और रूसी विदेश मंत्री सर्गेई लावरोव से", "بين بوتين وعمران خان").
 * Where the pack has case postpositions (Hindi), a group's grammatical role is read from the one
 * after its last member: ने marks the subject of a past transitive verb, से / के साथ the person met
 * or called, को the recipient; no postposition is a plain subject.
 */
import { packFor, perPack } from '../languages/index.ts';
import type { PhraseCase } from '../languages/types.ts';
import { foldTerm } from '../text/normalize.ts';
import { isNamed, type Phrase } from './phrase.ts';
import { TITLE_WORDS } from './titles.ts';
import { isStopWord } from '../languages/stopwords.ts';
import type { Tok } from './tokens.ts';

export type HindiCase = PhraseCase;

export interface Group {
  members: Phrase[];
  /** Token range from the first member's start to the last member's end. */
  first: number;
  end: number;
  /** Case of the group where its language marks one; 'nominative' elsewhere. */
  hindiCase: HindiCase;
  /** Token index just after the group's case marker (where the rest of the clause starts). */
  after: number;
}

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldTerm));
const andWords = perPack((pack) => set(pack.and));
/* "X and the Foreign Minister Y": possessives and articles may stand between "and" and the next person. */
const beforeRole = perPack((pack) => set([...pack.possessives, ...(pack.determiners ?? [])]));
const caseWords = perPack((pack) =>
  pack.cases
    ? {
        markers: new Map(Object.entries(pack.cases.markers).map(([word, c]) => [foldTerm(word), c])),
        particles: set(pack.cases.particles),
        with: set(pack.cases.withAfterGenitive),
        including: set(pack.cases.including),
        leading: set(pack.cases.ledBy?.words ?? []),
        bodies: set(pack.cases.ledBy?.bodies ?? []),
        ergativePronouns: set(pack.cases.ergativePronouns),
      }
    : undefined,
);

/** Pronouns carrying their case themselves (उनसे "with them", उनकी "their"). */
const pronounCases = perPack((pack) => new Map(Object.entries(pack.coreference?.objectPronouns ?? {}).map(([word, c]) => [foldTerm(word), c])));

/** Whether `tok` is a word of `words` in its own language. */
const isIn = (tok: Tok | undefined, words: (code: string) => ReadonlySet<string> | undefined): boolean => tok !== undefined && (words(tok.lang)?.has(tok.fold) ?? false);

/** Longest gloss in brackets after a name: "हुसैन अमीर (Hossein Amir) से". */
const MAX_GLOSS = 8;

/**
 * The index after a bracketed gloss in another script that starts at `end` (the name as its own
 * language writes it), or `end` when there is none: the case marker follows the gloss.
 */
function glossEnd(toks: readonly Tok[], end: number): number {
  const first = toks[end];
  if (!first?.breakBefore || end === 0 || first.script === toks[end - 1]!.script) return end;
  let k = end + 1;
  while (k < toks.length && k - end < MAX_GLOSS && !toks[k]!.breakBefore && toks[k]!.script === first.script) k++;
  return toks[k]?.breakBefore && toks[k]!.script !== first.script ? k : end;
}

/** Words of the rest of a phrase after "सहित" ("… सहित तालिबान नेतृत्व दल और कैबिनेट सदस्यों से"). */
const INCLUDING_REACH = 8;

/** The case of the phrase a group is included in: its first marker within INCLUDING_REACH words. */
function includedCase(toks: readonly Tok[], from: number, cases: { markers: ReadonlyMap<string, HindiCase>; with: ReadonlySet<string> }): { hindiCase: HindiCase; after: number } | undefined {
  for (let k = from; k < Math.min(toks.length, from + INCLUDING_REACH); k++) {
    const marker = cases.markers.get(toks[k]!.fold);
    if (marker === 'genitive' && cases.with.has(toks[k + 1]?.fold ?? '')) return { hindiCase: 'with', after: k + 2 };
    if (marker) return { hindiCase: marker, after: k + 1 };
  }
  return undefined;
}

/**
 * "Y के नेतृत्व वाले/में तालिबान प्रतिनिधिमंडल से/ने/का": the case of the body Y leads, when the genitive
 * at `k` is followed by a leading word and, within INCLUDING_REACH words, a body closed by its marker
 * (or by none: the body is then a plain subject).
 */
function ledCase(toks: readonly Tok[], k: number, cases: { markers: ReadonlyMap<string, HindiCase>; with: ReadonlySet<string>; leading: ReadonlySet<string>; bodies: ReadonlySet<string> }): { hindiCase: HindiCase; after: number } | undefined {
  if (!cases.leading.has(toks[k + 1]?.fold ?? '')) return undefined;
  for (let j = k + 2; j < Math.min(toks.length - 1, k + 2 + INCLUDING_REACH); j++) {
    if (toks[j]!.breakBefore) return undefined;
    if (!cases.bodies.has(toks[j]!.fold)) continue;
    const marker = cases.markers.get(toks[j + 1]!.fold);
    if (marker === 'genitive' && cases.with.has(toks[j + 2]?.fold ?? '')) return { hindiCase: 'with', after: j + 3 };
    // "Y के नेतृत्व में तालिबान का प्रतिनिधिमंडल X से मिले": a body with no marker is the subject.
    return marker ? { hindiCase: marker, after: j + 2 } : { hindiCase: 'nominative', after: j + 1 };
  }
  return undefined;
}

/**
 * Whether the phrase ending at token `end` leads a body named after it that takes no case marker
 * ("Y के नेतृत्व में एक … प्रतिनिधिमंडल सोमवार को काबुल पहुंचा"): the body, and so its leader, is
 * the clause's plain subject.
 */
export function leadsUnmarkedBody(toks: readonly Tok[], end: number): boolean {
  let k = glossEnd(toks, end);
  while (toks[k] && caseWords(toks[k]!.lang)?.particles.has(toks[k]!.fold)) k++;
  const cases = toks[k] && caseWords(toks[k]!.lang);
  if (!cases || cases.markers.get(toks[k]!.fold) !== 'genitive') return false;
  return ledCase(toks, k, cases)?.hindiCase === 'nominative';
}

/** Case of a phrase ending at token `end`, and the index after its marker. */
function caseAt(toks: readonly Tok[], end: number): { hindiCase: HindiCase; after: number } {
  let k = glossEnd(toks, end);
  while (toks[k] && caseWords(toks[k]!.lang)?.particles.has(toks[k]!.fold)) k++;
  const tok = toks[k];
  const cases = tok && caseWords(tok.lang);
  if (!tok || !cases) return { hindiCase: 'nominative', after: end };
  if (cases.including.has(tok.fold)) return includedCase(toks, k + 1, cases) ?? { hindiCase: 'nominative', after: end };
  const marker = cases.markers.get(tok.fold);
  if (marker === 'genitive' && cases.with.has(toks[k + 1]?.fold ?? '')) return { hindiCase: 'with', after: k + 2 };
  const led = marker === 'genitive' ? ledCase(toks, k, cases) : undefined;
  if (led) return led;
  return marker ? { hindiCase: marker, after: k + 1 } : { hindiCase: 'nominative', after: end };
}

/** The case a pronoun carries itself; a genitive one before "साथ" is a "with" (उनके साथ). */
function pronounCase(toks: readonly Tok[], p: Phrase): { hindiCase: HindiCase; after: number } | undefined {
  const tok = toks[p.first]!;
  const own = pronounCases(tok.lang)?.get(tok.fold);
  if (!own) return undefined;
  if (own === 'genitive' && caseWords(tok.lang)?.with.has(toks[p.end]?.fold ?? '')) return { hindiCase: 'with', after: p.end + 1 };
  return { hindiCase: own, after: p.end };
}

/** Whether `next` continues a coordination after the phrase ending at `end`. */
function joins(toks: readonly Tok[], end: number, next: Phrase): boolean {
  let k = end;
  const tok = toks[k];
  if (!tok) return false;
  if (k === next.first) {
    // A clitic "and" on the next phrase's first word (بوتين وعمران خان); English/Hindi: a comma.
    return (next.clitic > 0 && (packFor(tok.lang)?.and ?? []).some((and) => tok.text.startsWith(and))) || tok.breakBefore;
  }
  const and = isIn(tok, andWords);
  if (and) k++;
  // After a comma a role alone is an apposition ("X, Pakistan's Foreign Minister, said"): only a name continues a list.
  else if (!tok.breakBefore || !isNamed(next)) return false;
  // "and India's Foreign Minister Y", ", UN envoy Y", "and Taliban leader Y": a nation's or body's name, or a
  // title the phrase did not take in, may stand before the next person.
  let qualifiers = 0;
  // A language marking case after a list's last member (Hindi) lists with commas as with "and".
  const listing = and || caseWords(tok.lang) !== undefined;
  while (k < next.first && ((and && isIn(toks[k], beforeRole)) || (bodyName(toks, k, listing ? next : undefined) && ++qualifiers <= MAX_BODY_NAME))) k++;
  return k === next.first;
}

const FOR = foldTerm('लिए');

/**
 * Words of a nation's or body's name and a title before a person ("Pakistan's", "UN", "Taliban
 * leader"; "और भारतीय विदेश मंत्रालय (एमईए) में संयुक्त सचिव Y", the ministry a secretary serves in).
 */
const MAX_BODY_NAME = 5;

/**
 * A capitalised word, or the "s" glued to one by an apostrophe ("India's"); after "and" also a
 * title the phrase did not take in ("and Taliban leader Y") and, in a script without capitals, any
 * word that is not a stop word before a phrase that opens with its title ("और तालिबान नेता Y").
 */
function bodyName(toks: readonly Tok[], k: number, listed: Phrase | undefined): boolean {
  const tok = toks[k]!;
  if (/^\p{Lu}/u.test(tok.text)) return true;
  if (tok.fold === 's') return k > 0 && tok.start === toks[k - 1]!.end + 1 && /^\p{Lu}/u.test(toks[k - 1]!.text);
  // Elsewhere after a comma, only capitalised words: "استقبل X، الثلاثاء، الوزير Y" lists no one.
  if (!listed) return false;
  if (TITLE_WORDS.match(toks, k) !== undefined) return true;
  const caseless = tok.text.toLowerCase() === tok.text.toUpperCase();
  if (!caseless || listed.source !== 'title' || listed.nameFirst <= listed.first) return false;
  // "और अफगानिस्तान में / के लिए अमेरिका के विशेष दूत Y": the place an envoy serves, with its postposition;
  // ", यूरोपीय संघ के विदेश नीति प्रमुख Y": a body's genitive right before the title.
  return !isStopWord(tok.fold) || placePostposition(toks, k) || (k + 1 === listed.first && caseWords(tok.lang)?.markers.get(tok.fold) === 'genitive' && k > 0 && !isStopWord(toks[k - 1]!.fold));
}

/** Whether token `k` is the postposition of a place before a title: a locative (में, पर) or "के लिए" (for). */
function placePostposition(toks: readonly Tok[], k: number): boolean {
  const cases = caseWords(toks[k]!.lang);
  if (!cases || k === 0 || isStopWord(toks[k - 1]!.fold)) return false;
  if (cases.markers.get(toks[k]!.fold) === 'locative') return true;
  return cases.markers.get(toks[k]!.fold) === 'genitive' && toks[k + 1]?.fold === FOR;
}

/**
 * "his Qatari counterpart, Sheikh X": a role alone set off by a comma before a name is the name's
 * apposition, one person and not two coordinated ones.
 */
function apposition(toks: readonly Tok[], role: Phrase, next: Phrase): boolean {
  return role.relational && !isNamed(role) && isNamed(next) && next.first === role.end && toks[next.first]!.breakBefore;
}

/**
 * The sentence's person phrases, coordinated ones grouped, in order.
 * @example groupPhrases(toks, phrases)[0].members.length // 2 for "X और Y ने"
 */
export function groupPhrases(toks: readonly Tok[], phrases: readonly Phrase[]): Group[] {
  const groups: Group[] = [];
  for (const p of phrases) {
    const last = groups[groups.length - 1];
    const lastMember = last?.members[last.members.length - 1];
    // A pair noun ("the two leaders") stands for two people: one phrase each, on the same words.
    if (last && lastMember && lastMember.first === p.first && lastMember.end === p.end) {
      last.members.push(p);
    } else if (last && lastMember && apposition(toks, lastMember, p)) {
      last.members[last.members.length - 1] = p;
      last.end = p.end;
    } else if (last && joins(toks, last.end, p)) {
      last.members.push(p);
      last.end = p.end;
    } else groups.push({ members: [p], first: p.first, end: p.end, hindiCase: 'nominative', after: p.end });
  }
  for (const g of groups) {
    const own = g.members[0]!.source === 'pronoun' ? pronounCase(toks, g.members[0]!) : undefined;
    Object.assign(g, own ?? caseAt(toks, g.end));
    // उन्होंने, इन्होंने, उसने carry their own ergative ending.
    const head = toks[g.first]!;
    if (g.members.length === 1 && g.members[0]!.source === 'pronoun' && caseWords(head.lang)?.ergativePronouns.has(head.fold)) g.hindiCase = 'ergative';
  }
  return groups;
}
