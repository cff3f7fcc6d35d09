/*
 * Where an English contact's clause and subject begin, beside what english.ts reads: the determiner
 * of a contact noun, a noun owned by the subject after an opener ("said after his meeting with"),
 * and a subject set off by a comma from a phrase before it ("According to X, Y met Z").
 */
import type { Group } from '../grammar/groups.ts';
import type { Tok } from '../grammar/tokens.ts';
import { DETERMINERS, NOUN_MODIFIERS } from './english-tokens.ts';
import * as G from '../languages/eng/grammar.ts';

/** Where the determiner of the contact noun at `i` stands ("for a bilateral meeting with"), else `i`. */
export function nounStart(toks: readonly Tok[], i: number): number {
  for (let d = i - 1; d >= Math.max(0, i - 1 - NOUN_MODIFIERS); d--) {
    if (DETERMINERS.has(toks[d]!.fold)) return d;
    if (toks[d]!.breakBefore || !/^\p{Ll}/u.test(toks[d]!.text)) return i;
  }
  return i;
}

/** Words opening a participle whose subject is its clause's ("after meeting Y"); the pack's cues start with them. */
export const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set(G.PARTICIPLE_OPENERS);

/** Openers of a contact noun owned by the clause's subject ("X said after his meeting with Y"). */
const OWNED_NOUN_OPENERS = new Set([...G.PARTICIPLE_OPENERS, ...G.OWNED_NOUN_OPENERS]);
const OWNING = new Set(G.OWNING);
const ARTICLES = new Set(G.ARTICLES);

/**
 * "X said after his meeting with Y that …", "X told reporters following talks with Y", "X said after
 * a meeting with Y": a contact noun after an opener, bare or with a determiner or "his"/"her", is
 * the clause subject's, as a participle is; the words between subject and noun that would break the
 * clause (the verb of saying, the opener) do not.
 */
export function ownedNounAfter(toks: readonly Tok[], i: number, speech: ReadonlySet<string>): ReadonlySet<string> | undefined {
  const start = nounStart(toks, i);
  if (start < i && !OWNING.has(toks[start]!.fold) && !ARTICLES.has(toks[start]!.fold)) return undefined;
  const opener = toks[start - 1]?.fold ?? '';
  return OWNED_NOUN_OPENERS.has(opener) && !toks[start]!.breakBefore ? new Set([...speech, opener]) : undefined;
}

/**
 * "According to X, Y met Z": a group after a preposition is no subject, but a person set off from it
 * by a comma (not by "and") opens the clause and is; the group runs on from that person.
 */
export function subjectAfterComma(toks: readonly Tok[], g: Group): Group | undefined {
  const k = g.members.findIndex((m, j) => j > 0 && toks[m.first]!.breakBefore && toks[m.first - 1]?.fold !== 'and');
  return k > 0 ? { ...g, members: g.members.slice(k), first: g.members[k]!.first } : undefined;
}
