/**
 * Hindi word orders of a contact the main reader (hindi.ts) would otherwise miss:
 * - the light verb right after the subject, the person met and the noun after it, in headlines:
 *   "X ने की Y से मुलाकात", "X ने की Y के साथ फोन पर बात", "X करेंगे Y से मुलाकात";
 * - the subject set off by a comma before the person met, with a plain honorific verb:
 *   "X, Y से मिले", "X, Y के साथ बैठक करेंगे" (no "और" anywhere: a list would end with one);
 * - the one welcomed or hosted first, in the genitive, the host after it:
 *   "X का Y ने स्वागत किया", "X की अगवानी Y ने की";
 * - the contact noun between its genitive subject and the person met, with a verb of happening after:
 *   "X की मुलाकात Y से हुई", "X की बातचीत सोमवार को Y के साथ होगी", "उनकी फोन पर बात Y से हुई";
 * - the subject last, marked ergative, closing a headline: "Y से की मुलाकात X ने", "एक सप्ताह में
 *   दूसरी बार वार्ता की A-B ने".
 */
import { foldTerm } from '../text/normalize.ts';
import { packFor } from '../languages/index.ts';
import type { Group } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { foldedSet as set, type CueAt } from './cues.ts';
import { breakBetween, CLAUSE_BREAKS } from './hindi-clause.ts';
import { HAPPENED } from './hindi-noun-frame.ts';
import { CONTACT_GRAMMAR_WORDS as W } from '../languages/hin/grammar-words.ts';

const ERGATIVE = foldTerm(W.ergative);
/** Light verbs that may open a headline's predicate ("ने की", "ने किया"). */
const EARLY_VERBS = set(W.earlyVerbs);
/** Words from such a verb to its noun: the person met with title, a postposition, "फोन पर". */
const EARLY_REACH = 14;

/* Future light verbs that open a headline's predicate after a plain subject ("X करेंगे Y से मुलाकात"). */
const EARLY_FUTURE = set(W.earlyFuture);
const WITH_MARKERS = set(W.withMarkers);

/**
 * The light verb right after "ने" that stands before the contact noun at `i` in the same clause
 * ("X ने की Y से मुलाकात"), or a future one before the person met ("X करेंगे Y से मुलाकात"); -1 if none.
 */
export function earlyVerb(toks: readonly Tok[], i: number): number {
  let marked = false;
  for (let k = i - 1; k >= 1 && i - k <= EARLY_REACH; k--) {
    if (toks[k]!.breakBefore || CLAUSE_BREAKS.has(toks[k]!.fold)) return -1;
    if (EARLY_VERBS.has(toks[k]!.fold) && toks[k - 1]!.fold === ERGATIVE) return k;
    if (EARLY_FUTURE.has(toks[k]!.fold) && marked) return k;
    marked ||= WITH_MARKERS.has(toks[k]!.fold);
  }
  return -1;
}

const AND_WORDS = new Set(packFor('hin')!.and.map(foldTerm));

/**
 * "X, Y से मिले": the first member of a "with" group joined by commas alone, when no group stands
 * before it, is the subject; the rest are the people met. Undefined when the group has an "and"
 * (a list: "A, B और C से") or one member.
 */
export function commaSubject(view: SentenceView, groups: readonly Group[], g: Group): { subject: Group; met: Group } | undefined {
  if (g.members.length < 2 || groups.indexOf(g) !== 0 || (g.hindiCase !== 'with' && g.hindiCase !== 'dative')) return undefined;
  const { toks } = view;
  for (let k = g.first; k < g.end; k++) if (AND_WORDS.has(toks[k]!.fold)) return undefined;
  const [head, ...rest] = g.members;
  const subject: Group = { members: [head!], first: head!.first, end: head!.end, hindiCase: 'nominative', after: head!.end };
  const met: Group = { ...g, members: rest, first: rest[0]!.first };
  return { subject, met };
}

/**
 * The host of "X का Y ने स्वागत किया" (ergative right after the genitive, before the noun) or of
 * "X की अगवानी Y ने की" (ergative right after the noun); `c` is a cue whose genitive is the one met.
 */
export function hostOf(groups: readonly Group[], cues: readonly CueAt[], g: Group): { host: Group; c: CueAt } | undefined {
  if (g.hindiCase !== 'genitive') return undefined;
  const between = groups.find((s) => s.first === g.after && s.hindiCase === 'ergative');
  const cueAfter = between && cues.find((c) => c.i === between.after && c.cue.genitiveObject);
  if (between && cueAfter) return { host: between, c: cueAfter };
  const noun = cues.find((c) => c.i === g.after && c.cue.genitiveObject);
  const after = noun && groups.find((s) => s.first === noun.end && s.hindiCase === 'ergative');
  return noun && after ? { host: after, c: noun } : undefined;
}

/**
 * The ergative subject right after a contact's verb that closes the sentence (headline order,
 * subject last): "Y से की मुलाकात X ने", "अफगानिस्तान पर चर्चा की A और B ने".
 */
export function subjectLast(view: SentenceView, groups: readonly Group[], c: CueAt): Group | undefined {
  const s = groups.find((g) => g.first === c.end);
  return s && s.hindiCase === 'ergative' && s.after === view.toks.length ? s : undefined;
}

const GENITIVE_KI = /की$/u;
/** Words from a genitive subject to its contact noun ("की फोन पर बात", "की अहम बैठक"). */
const NOUN_REACH = 2;
/** Words from the contact noun to the person met: a date ("सोमवार को"), a place ("दिल्ली में"). */
const NOUN_MET_GAP = 4;
const PARTICLES = set(W.particles);
/** A subject or a finite verb between the noun and the person met makes another clause. */
const NOT_BETWEEN = set(W.notBetween);

/**
 * "X की मुलाकात Y से हुई": a contact noun after a genitive subject ending in की (the nouns are
 * feminine), then the person met ("से", "के साथ"), then a verb of happening. The subject, the cue
 * and where the claim ends (after the verb), with whether the verb announces it.
 */
export function nounBeforeMet(view: SentenceView, groups: readonly Group[], cues: readonly CueAt[], g: Group): { subject: Group; c: CueAt; end: number; planned: boolean } | undefined {
  const { toks } = view;
  if (g.hindiCase !== 'with') return undefined;
  let v = g.after;
  while (PARTICLES.has(toks[v]?.fold ?? '')) v++;
  if (!HAPPENED.has(toks[v]?.fold ?? '')) return undefined;
  const c = cues.filter((c) => c.end <= g.first && g.first - c.end <= NOUN_MET_GAP).pop();
  if (!c || c.cue.genitiveObject || c.cue.kind === 'invitation' || c.cue.kind === 'joint appearance') return undefined;
  const subject = groups.find((s) => s.hindiCase === 'genitive' && s.after <= c.i && c.i - s.after <= NOUN_REACH && GENITIVE_KI.test(toks[s.after - 1]!.fold));
  if (!subject || subject === g || breakBetween(view, subject.after, v)) return undefined;
  if (toks.slice(c.end, g.first).some((t) => NOT_BETWEEN.has(t.fold) || t.breakBefore)) return undefined;
  const after = toks.slice(v, v + 4);
  const planned = c.planned || (packFor('hin')!.contacts.announcedAfter?.(after) ?? false);
  return { subject, c, end: v + 1, planned };
}
