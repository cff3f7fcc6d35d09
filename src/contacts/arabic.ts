/**
 * Arabic contact grammar. News Arabic is mostly verb-first, and the person met is introduced by
 * مع "with" or بـ "with/by", or named together with the subject after بين "between":
 * - `<contact noun> بين X و Y` — "اتصال هاتفي بين X وY", "لقاء بين X وY";
 * - `<verb> X … [<noun>] مع|بـ Y` — "بحث X … خلال اتصال هاتفي مع Y", "التقى X بـY";
 * - `<transitive verb> X Y` or `X <transitive verb> Y` — "استقبل X Y", "X يلتقي Y" (headlines).
 * A future verb (سيلتقي) or سوف / من المقرر before the verb makes the contact planned.
 */
import { foldTerm } from '../text/normalize.ts';
import { groupPhrases, type Group } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { pairClaims, type Claim } from './claim.ts';
import { CUES, FUTURE_MARKERS, foldedSet as set, type Cue, type CueAt } from './cues.ts';

const ARABIC_CUES = CUES.of('arb')!;
const ARABIC_FUTURE_MARKERS = FUTURE_MARKERS('arb')!;
const CLAUSE_BREAKS = set('أن إن أنه إنه حيث قال وقال أضاف وأضاف الذي التي');
const WITH = foldTerm('مع');
const BETWEEN = set('بين');
const MAX_GAP = 20;

function findCues(toks: readonly Tok[]): CueAt[] {
  const cues: CueAt[] = [];
  for (let i = 0; i < toks.length; i++) {
    const m = ARABIC_CUES.match(toks, i);
    if (!m) continue;
    const marked = toks.slice(Math.max(0, i - 3), i).some((t) => t.forms.some((f) => ARABIC_FUTURE_MARKERS.has(f)));
    cues.push({ i, end: m.end, cue: m.value, planned: m.value.future === true || marked });
    i = m.end - 1;
  }
  return cues;
}

function breakBetween(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k]!.forms.some((f) => CLAUSE_BREAKS.has(f))) return true;
  return false;
}

/** Whether the group is introduced by مع or a بـ written on its first word. */
function introducedByWith(toks: readonly Tok[], g: Group): boolean {
  const head = g.members[0]!;
  return toks[g.first - 1]?.fold === WITH || (head.clitic > 0 && toks[g.first]!.text.slice(0, head.clitic).includes('ب'));
}

function kindOf(cues: CueAt[], from: number, to: number, fallback: CueAt): Cue['kind'] {
  return cues.some((c) => c.cue.kind === 'phone call' && c.i >= from && c.i < to) ? 'phone call' : fallback.cue.kind;
}

/**
 * Contacts stated by an Arabic sentence whose person phrases are resolved.
 * @example arabicClaims(view) // "التقى X بـY" → one meeting claim X–Y
 */
export function arabicClaims(view: SentenceView): Claim[] {
  const { toks } = view;
  const groups = groupPhrases(toks, view.phrases);
  const cues = findCues(toks);
  const claims: Claim[] = [];
  const done = new Set<Group>();
  for (const c of cues) {
    const k = toks.slice(c.end, c.end + 2).findIndex((t) => BETWEEN.has(t.fold));
    const g = k < 0 ? undefined : groups.find((g) => g.first === c.end + k + 1);
    if (!g || g.members.length < 2) continue;
    done.add(g);
    claims.push(...pairClaims(view, g.members, undefined, { kind: c.cue.kind, planned: c.planned, first: c.i, end: g.end }));
  }
  groups.forEach((g, gi) => {
    if (done.has(g) || gi === 0) return;
    const withWord = introducedByWith(toks, g);
    const c = [...cues].reverse().find((c) => c.end <= g.first && g.first - c.end <= MAX_GAP);
    if (!c || breakBetween(toks, c.end, g.first)) return;
    const s = groups.slice(0, gi).reverse().find((s) => !introducedByWith(toks, s) && g.first - s.end <= MAX_GAP && !breakBetween(toks, s.end, g.first));
    if (!s) return;
    // Without مع/بـ the second person must directly follow a transitive verb's subject (استقبل X Y).
    const direct = !withWord && c.cue.transitive && (c.end === s.first || s.end === c.i) && (g.first - Math.max(s.end, c.end) <= 1);
    if (!withWord && !direct) return;
    const first = Math.min(s.first, c.i);
    claims.push(...pairClaims(view, s.members, g.members, { kind: kindOf(cues, first, g.first, c), planned: cues.some((x) => x.planned && x.i >= first && x.i < g.first), first, end: g.end }));
  });
  return claims;
}
