/**
 * Hindi headline order with the subject last and unmarked: "पुतिन से मिले मोदी", "पुतिन से फोन पर
 * बात करेंगे मोदी", "पुतिन से मिलने पहुंचे मोदी".
 */
import { packFor } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import type { Group } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { pairClaims, type Claim } from './claim.ts';
import { foldedSet as set, NEGATION_WORDS, type CueAt } from './cues.ts';
import { breakBetween } from './hindi-clause.ts';
import { CONTACT_GRAMMAR_WORDS as W } from '../languages/hin/grammar-words.ts';

const HINDI = packFor('hin')!.contacts;
const NEGATIONS = NEGATION_WORDS('hin')!;
const PHONE = new Set((HINDI.phone ?? []).map(foldTerm));

/* The pack's finite forms of मिलना "to meet" read in this order (मिला, मिली only here). */
const MET = new Set((HINDI.headlineMet ?? []).map(foldTerm));
/** Words between the person met and "मिले" in a headline ("Y से सोमवार को मिले X"). */
const MET_GAP = 3;

/** Whether a headline's subject closes it or its first part ("Y से मिले X, इन मुद्दों पर हुई चर्चा"). */
const closesPart = (toks: readonly { breakBefore: boolean }[], end: number): boolean => end === toks.length || toks[end]!.breakBefore;

/**
 * Headline order with the subject last: "पुतिन से मिले मोदी", "दोहा में भारतीय राजदूत से मिला
 * तालिबानी प्रतिनिधि", announced: "पुतिन से मिलेंगे मोदी". The verb stands right after the person
 * met (a few words between at most) and the subject, with no case marker, right after the verb
 * and closes the sentence or its first part (a comma after it).
 */
export function metHeadline(view: SentenceView, groups: Group[]): Claim[] {
  const { toks } = view;
  const claims: Claim[] = [];
  groups.forEach((s, n) => {
    // The subject's body or place may stand before its title ("मिले यूरोपीय संघ के विदेश नीति प्रमुख X").
    let k = s.first - 1;
    while (k > 0 && s.first - k <= MET_GAP && !MET.has(toks[k]!.fold)) k--;
    if (k < 1 || !MET.has(toks[k]!.fold) || s.hindiCase !== 'nominative' || !closesPart(toks, s.end) || NEGATIONS.has(toks[k - 1]!.fold)) return;
    if (toks.slice(k + 1, s.first + 1).some((t) => t.breakBefore)) return;
    const g = groups[n - 1];
    if (!g || g.hindiCase !== 'with' || k - g.after > MET_GAP || breakBetween(view, g.after, k + 1)) return;
    if (toks.slice(g.after, k + 1).some((t) => t.breakBefore)) return;
    const planned = HINDI.announcedAfter?.([toks[k]!]) === true;
    claims.push(...pairClaims(view, s.members, g.members, { kind: 'meeting', planned, first: g.first, end: s.end }));
  });
  return claims;
}

/* A verb of going after "मिलने" (to meet): "Y से मिलने पहुंचे X", "Y से मिलने जाएंगे X". */
const GOING = set(W.going);
const TO_MEET = foldTerm(W.toMeet);

/**
 * Headline order with a contact noun and its light verb before the subject last and unmarked
 * ("Y से बात करेंगे X", "Y के साथ की बैठक X" is the ergative's), or "मिलने" and a verb of going
 * ("Y से मिलने पहुंचे X"): the person met before, within the clause; the subject closes the sentence.
 */
export function verbHeadline(view: SentenceView, groups: Group[], cues: readonly CueAt[]): Claim[] {
  const { toks } = view;
  const n = groups.findIndex((s) => s.hindiCase === 'nominative' && closesPart(toks, s.end));
  const [s, g] = [groups[n], groups[n - 1]];
  if (!s || !g || g.hindiCase !== 'with') return [];
  const c = cues.find((c) => c.i >= g.after && (c.end === s.first || (toks[c.i]!.fold === TO_MEET && c.end + 1 === s.first && GOING.has(toks[c.end]!.fold))));
  if (!c || c.i - g.after > MET_GAP || NEGATIONS.has(toks[c.i - 1]?.fold ?? '') || breakBetween(view, g.after, s.first)) return [];
  if (toks.slice(g.after, s.first + 1).some((t) => t.breakBefore)) return [];
  const kind = toks.slice(g.after, c.end).some((t) => PHONE.has(t.fold)) && c.cue.kind === 'talks' ? 'phone call' : c.cue.kind;
  return pairClaims(view, s.members, g.members, { kind, planned: c.planned, first: g.first, end: s.end });
}

/**
 * A headline listing those met before "से", set off by a comma, the subject closing it: "A, B से
 * मुलाकात करेंगे X" (X will meet A and B), "A, B से मिले X". A and B are both met, not each other:
 * the shape is read alone, before the list is read as a pair.
 */
export function listedHeadline(view: SentenceView, groups: Group[], cues: readonly CueAt[]): Claim[] {
  const { toks } = view;
  const [g, s] = groups;
  if (groups.length !== 2 || g!.first !== 0 || g!.hindiCase !== 'with' || g!.members.length < 2 || s!.end !== toks.length) return [];
  if (!g!.members.slice(1).every((m) => toks[m.first]!.breakBefore)) return [];
  const read = metHeadline(view, groups);
  return read.length > 0 ? read : verbHeadline(view, groups, cues);
}
