/**
 * Hindi roles from postpositions. The verb comes last, so the trigger's own clause runs from the
 * last clause boundary (कि, जो, लेकिन …) up to the trigger: in "X ने कहा कि Y ने काबुल पर कब्जा
 * किया" the capture's agent is Y, not X. Within it:
 *   agent   — the entity marked by the last ने before the verb (directly or through a short head
 *             noun); for a noun trigger, the one marked का/की/के right before it
 *             ("तालिबान का कब्जा"); else an unmarked person or group (the subject of an
 *             intransitive verb: "जयशंकर … पहुंचे");
 *   target  — of a capture the entity marked पर ("काबुल पर कब्जा"); of an invitation the one marked
 *             को, possibly through a head noun ("तालिबान के प्रतिनिधियों को");
 *   place   — a place marked में; for a journey also the unmarked place right before the verb, or
 *             the one "के लिए" right before it (the destination: "न्यूयॉर्क के लिए रवाना");
 *   from    — a place marked से on a journey;
 *   purpose — a purpose word followed by "के लिए".
 * A statement's topic is the first entity of what was said (after the trigger).
 */
import type { Tok } from '../grammar/tokens.ts';
import { isDateWord } from '../grammar/words.ts';
import { foldTerm } from '../text/normalize.ts';
import type { Entity } from './actors.ts';
import { TRIGGERS } from '../grammar/triggers.ts';
import { leadsUnmarkedBody } from '../grammar/groups.ts';
import { firstEntity, lastEntity, lastIndexOfWord, purposeIn, words, type Clause, type EntityRoles } from './roles-common.ts';

const CLAUSE_BREAKS = words('कि जो जबकि लेकिन क्योंकि जिसके जिसमें जिससे हालांकि मगर');
const PARTICLES = words('भी ही तो');
const MARKERS = words('ने को से पर में का की के');
const [ERGATIVE, DATIVE, ABLATIVE, ON, IN] = [foldTerm('ने'), foldTerm('को'), foldTerm('से'), foldTerm('पर'), foldTerm('में')];
/** Case markers that take a noun phrase out of subject position. */
const CASES = [ERGATIVE, DATIVE, ABLATIVE, ON, IN];
const GENITIVES = words('का की के');
const ERGATIVE_WORD: ReadonlySet<string> = new Set([ERGATIVE]);
const FOR = words('लिए');
/** Head nouns between an entity and its case marker ("तालिबान [के] प्रतिनिधियों को"): at most this many words. */
const HEAD_NOUN_SPAN = 2;

/** The postposition after token `end` (particles skipped), with the index of the marker. */
function markerAfter(toks: readonly Tok[], end: number): { marker?: string; at: number } {
  let k = end;
  while (toks[k] && PARTICLES.has(toks[k]!.fold)) k++;
  const fold = toks[k]?.fold;
  return fold && MARKERS.has(fold) ? { marker: fold, at: k } : { at: k };
}

function marked(toks: readonly Tok[], e: Entity, marker: string): boolean {
  return markerAfter(toks, e.end).marker === marker;
}

/**
 * Marked with `marker` directly or through a short head noun phrase ("X के प्रतिनिधियों को", "X
 * अधिकारियों को"); a date is no head noun ("X मंगलवार को काबुल पहुंचे": X is unmarked).
 */
function markedThroughHead(toks: readonly Tok[], e: Entity, marker: string, limit: number): boolean {
  for (let k = e.end; k < Math.min(limit, e.end + HEAD_NOUN_SPAN + 2); k++) {
    if (toks[k]!.fold === marker) return true;
    // A meeting noun between owns the marker ("X शिखर सम्मेलन में भाग लेने के लिए … पहुंचे": X is the subject).
    if ((toks[k]!.breakBefore && k > e.end) || isDateWord(toks[k]!) || TRIGGERS.match(toks, k)?.value.kind === 'session') return false;
  }
  return false;
}

/**
 * A place named with the site of arrival between it and the verb's case marker ("काबुल हवाई अड्डे
 * पर पहुंचा", "दिल्ली के हैदराबाद हाउस में पहुंचे"): the marker stands right before the verb.
 */
function siteBefore(toks: readonly Tok[], e: Entity, trigger: number): boolean {
  const at = trigger - 1;
  return at > e.end && (toks[at]!.fold === ON || toks[at]!.fold === IN) && markedThroughHead(toks, e, toks[at]!.fold, trigger);
}

/** A journey's destination: the place "के लिए" right before the verb ("न्यूयॉर्क के लिए रवाना होंगे", will leave for New York). */
function bound(toks: readonly Tok[], e: Entity, trigger: number): boolean {
  return GENITIVES.has(toks[e.end]?.fold ?? '') && FOR.has(toks[e.end + 1]?.fold ?? '') && e.end + 2 === trigger;
}

/** A journey noun's destination in the genitive right before it ("काबुल की यात्रा करेंगे", "भारत का दौरा"). */
function visited(toks: readonly Tok[], e: Entity, c: Clause): boolean {
  return c.trigger.noun && GENITIVES.has(toks[e.end]?.fold ?? '') && e.end + 1 === c.first;
}

/** Where the clause after a noun ends: at the next clause break or sentence end (the verb closes it). */
function clauseEndAfter(toks: readonly Tok[], end: number): number {
  let k = end;
  while (k < toks.length && !CLAUSE_BREAKS.has(toks[k]!.fold) && !(k > end && toks[k]!.breakBefore)) k++;
  return k;
}

export function hindiRoles(c: Clause): EntityRoles {
  const { toks, entities, first, end, trigger } = c;
  const start = lastIndexOfWord(toks, CLAUSE_BREAKS, first) + 1;
  const inClause = (ok: (e: Entity) => boolean) => firstEntity(entities, start, first, ok);
  const caseMarked = (e: Entity) => CASES.some((m) => markedThroughHead(toks, e, m, first));

  // The ने nearest before the verb marks its agent, directly or through a head noun ("अमेरिका के
  // सभी सैनिकों ने"): in "A ने … किया था और B ने … छोड़ दिया" the second verb's agent is B.
  const lastErgative = lastIndexOfWord(toks, ERGATIVE_WORD, first, start);
  const ergative = lastErgative < 0 ? undefined : lastEntity(entities, start, lastErgative, (e) => e.actor && markedThroughHead(toks, e, ERGATIVE, lastErgative + 1));
  const notAgent = (e: Entity) => e !== ergative;
  let target: Entity | undefined;
  if (trigger.kind === 'capture') target = inClause((e) => notAgent(e) && marked(toks, e, ON));
  if (trigger.kind === 'invitation') target = inClause((e) => notAgent(e) && e.actor && markedThroughHead(toks, e, DATIVE, first));
  const agent =
    ergative ??
    // A place in the genitive before a journey noun is where it went ("भारत के दौरे पर", "रूस की यात्रा"), not who went.
    (trigger.noun ? inClause((e) => e.actor && e !== target && !(trigger.kind === 'travel' && e.place) && GENITIVES.has(markerAfter(toks, e.end).marker ?? '') && markerAfter(toks, e.end).at + 1 === first) : undefined) ??
    inClause((e) => e.actor && !e.place && e !== target && !caseMarked(e)) ??
    // "X के नेतृत्व में एक … प्रतिनिधिमंडल … पहुंचा": a delegation no entity names goes where its leader goes.
    (trigger.kind === 'travel' && !trigger.noun ? inClause((e) => e.actor && !e.place && leadsUnmarkedBody(toks, e.end)) : undefined);

  const roles: EntityRoles = { agent, target };
  const free = (e: Entity) => e !== agent && e !== target;
  if (trigger.kind === 'invitation' || trigger.kind === 'travel') {
    roles.place = inClause((e) => free(e) && e.place && (marked(toks, e, IN) || (trigger.kind === 'travel' && (bound(toks, e, first) || (e.end === first && !caseMarked(e)) || siteBefore(toks, e, first) || visited(toks, e, c)))));
  }
  // A meeting is held in a city; "अफगानिस्तान में स्थिति पर बैठक" is about the country.
  if (trigger.kind === 'session' || trigger.kind === 'attack') {
    const heldIn = (e: Entity) => free(e) && e.place && !e.actor && marked(toks, e, IN);
    // A meeting noun opening its clause is held where its verb says ("अफगानिस्तान पर सम्मेलन बुधवार को तेहरान में हुआ").
    roles.place = inClause(heldIn) ?? (trigger.noun ? firstEntity(entities, end, clauseEndAfter(toks, end), heldIn) : undefined);
  }
  if (trigger.kind === 'travel') roles.from = inClause((e) => free(e) && e.place && marked(toks, e, ABLATIVE));
  roles.purpose = purposeIn(toks, start, toks.length, (k) => GENITIVES.has(toks[k]?.fold ?? '') && FOR.has(toks[k + 1]?.fold ?? ''));
  roles.topic = firstEntity(entities, end, toks.length, (e) => free(e) && e !== roles.place) ?? inClause((e) => free(e) && e !== roles.place);
  return roles;
}
