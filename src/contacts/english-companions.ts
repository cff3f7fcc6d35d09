/**
 * Companions of a party in English news: "X, accompanied by C, met Y" and, after a contact of X,
 * "He was accompanied by C" (or "X was accompanied by C and D"): the companion met the one X
 * faced, as the one accompanied did; X's own side is no contact.
 */
import { groupPhrases, type Group } from '../grammar/groups.ts';
import { PhraseTable } from '../grammar/phrases.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import * as G from '../languages/eng/grammar.ts';
import { contactToldBefore, pairClaims, type Claim } from './claim.ts';

const PASSIVE_AUXILIARIES = new Set(G.PASSIVE);
const OPENERS = new PhraseTable(G.COMPANION_OPENERS.map((w) => [w, true] as const));
const PASSIVES = new PhraseTable(G.COMPANION_PASSIVES.map((w) => [w, true] as const));
/** How many sentences back the contact of the one accompanied may be told. */
const BACK = 2;

/** The group of companions after an opener starting at `k` ("accompanied by C and D"), if one follows it directly. */
function companionsAt(view: SentenceView, groups: readonly Group[], k: number, openers = OPENERS): Group | undefined {
  const m = openers.match(view.toks, k);
  return m ? groups.find((g) => g.first === m.end) : undefined;
}

/**
 * "X, accompanied by C, met Y": to each claim whose subject is set off by such an aside, the same
 * contact of each companion.
 * @example companionsInAside(view, claims) // + C–Y beside X–Y
 */
export function companionsInAside(view: SentenceView, claims: readonly Claim[]): Claim[] {
  const { toks } = view;
  const groups = groupPhrases(toks, view.phrases);
  const added: Claim[] = [];
  for (const claim of claims) {
    if (claim.subjectView || claim.subject.end >= toks.length || !toks[claim.subject.end]!.breakBefore) continue;
    const companions = companionsAt(view, groups, claim.subject.end);
    // The aside closes with a comma before the contact's own words.
    if (!companions || companions.end >= claim.end || !toks[companions.end]?.breakBefore) continue;
    added.push(...pairClaims(view, companions.members, [claim.other], { kind: claim.kind, planned: claim.planned, first: claim.first, end: claim.end }));
  }
  return added;
}

/**
 * "He was accompanied by C": after a contact told just before with the one accompanied as a
 * party, each companion met that contact's other party.
 */
export function companionClaims(view: SentenceView, views: readonly SentenceView[], readClaims: (v: SentenceView) => Claim[]): Claim[] {
  const { toks } = view;
  const groups = groupPhrases(toks, view.phrases);
  const accompanied = groups[0];
  if (!accompanied || !PASSIVE_AUXILIARIES.has(toks[accompanied.end]?.fold ?? '')) return [];
  const companions = companionsAt(view, groups, accompanied.end + 1, PASSIVES);
  if (!companions) return [];
  const before = contactToldBefore(view, views, BACK, readClaims);
  if (!before) return [];
  const { host, told } = before;
  const who = new Set(accompanied.members.map((m) => m.person));
  const faced = who.has(host.subject.person) ? { phrase: host.other, from: told } : who.has(host.other.person) ? { phrase: host.subject, from: host.subjectView ?? told } : undefined;
  if (!faced) return [];
  return pairClaims(view, [faced.phrase], companions.members, { kind: host.kind, planned: host.planned, first: accompanied.first, end: companions.end, subjectView: faced.from, continues: true });
}
