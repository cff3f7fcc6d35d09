/*
 * The people an English contact word reaches after the first one met: a list set off by appositions
 * ("met Y, the head of the council, and Z"), joined by "along with" or "as well as", or after "and"
 * and an office ("met Y and Chairman of the High Council, Z").
 */
import type { Group } from '../grammar/groups.ts';
import { TITLE_WORDS } from '../grammar/titles.ts';
import type { Tok } from '../grammar/tokens.ts';
import type { CueAt } from './cues.ts';
import { CLAUSE_BREAKS, DATE_CLAUSE_BREAKS, possessiveS } from './english-tokens.ts';
import * as G from '../languages/eng/grammar.ts';

/** Words adding a person to those met after an apposition ("Y, the deputy minister, along with Z"). */
const LIST_JOINERS = G.LIST_JOINERS;

/** How many words of a list joiner end right before `at` (a determiner or possessive between allowed: "along with Pakistan's …"), 0 for none. */
function listJoinerBefore(toks: readonly Tok[], at: number, from: number): number {
  for (const words of LIST_JOINERS) {
    for (let end = at; end >= Math.max(from, at - 3); end--) {
      const start = end - words.length;
      if (start >= from && words.every((w, i) => toks[start + i]!.fold === w)) return at - start;
      if (end > from && !(DETERMINER_OPENINGS.has(toks[end - 1]!.fold) || possessiveS(toks, end - 1) || /^\p{Lu}/u.test(toks[end - 1]!.text))) break;
    }
  }
  return 0;
}

/** Words of an apposition between listed people ("Y, the head of the council, and Z"). */
const APPOSITION_REACH = 12;
const DETERMINER_OPENINGS = new Set(G.ARTICLES);
/** Words that make the stretch between two people a clause, not an apposition. */
const FINITE = new Set(G.FINITE);

/** Words of an office's name between "and" and the comma before the next person ("and Chairman of the Council for Peace and Unity, Z"). */
const OFFICE_OF = new Set(G.OFFICE_OF);

/** "met Y and Chairman of the High Council, Z": "and", an office in capitals, a comma, the next person. */
function titledAnd(toks: readonly Tok[], from: number, to: number): boolean {
  if (toks[from]?.fold !== 'and' || !toks[to]?.breakBefore || to - from < 2 || to - from > APPOSITION_REACH) return false;
  return toks.slice(from + 1, to).every((t) => /^\p{Lu}/u.test(t.text) || OFFICE_OF.has(t.fold)) && /^\p{Lu}/u.test(toks[from + 1]!.text);
}

/**
 * "met Y, the head of the council, and Z, …": people after the first one met, each set off by an
 * apposition that opens with a comma and a determiner, a capitalised word or an office ("Y, head
 * of the Pakistani side, and Z") and holds no verb, are
 * met too; so are people added by "along with", "together with", "as well as" ("met Y as well as Z",
 * "was received by Y, the deputy minister, along with Z"), and a person after "and" and an office set
 * off by a comma ("met Y and Chairman of the High Council, Z").
 */
export function appositionList(toks: readonly Tok[], groups: readonly Group[], first: Group, cues: readonly CueAt[]): Group[] {
  const list = [first];
  for (const g of groups) {
    const prev = list[list.length - 1]!;
    if (g.first <= prev.end) continue;
    const opening = toks[prev.end];
    const joiner = listJoinerBefore(toks, g.first, prev.end);
    const between = toks.slice(prev.end, g.first - joiner);
    // "met Y as well as Z": a joiner right after the person met.
    const joined = (joiner > 0 && between.length === 0 && !cues.some((c) => c.i >= prev.end && c.i < g.first)) || titledAnd(toks, prev.end, g.first);
    const apposition =
      joined ||
      (opening !== undefined &&
        opening.breakBefore &&
        (DETERMINER_OPENINGS.has(opening.fold) || /^\p{Lu}/u.test(opening.text) || TITLE_WORDS.match(toks, prev.end) !== undefined) &&
        between.length <= APPOSITION_REACH &&
        (toks[g.first - 1]!.fold === 'and' || toks[g.first]!.breakBefore || joiner > 0) &&
        !between.some((t) => CLAUSE_BREAKS.has(t.fold) || DATE_CLAUSE_BREAKS.has(t.fold) || FINITE.has(t.fold)) &&
        !cues.some((c) => c.i >= prev.end && c.i < g.first));
    if (!apposition) break;
    list.push(g);
  }
  return list;
}
