/**
 * English roles, subject–verb–object: the agent is the nearest actor before the verb within its
 * clause ("the Taliban seized Kabul"), or what follows "of"/"by" after a noun trigger ("a meeting
 * of the SCO"); the object is the first entity after the verb; a destination follows "to"/"in",
 * an origin "from", a purpose "for" (a place right after a journey verb is its destination).
 */
import type { Entity } from './actors.ts';
import { firstEntity, indexOfWord, lastEntity, lastIndexOfWord, purposeIn, words, type Clause, type EntityRoles } from './roles-common.ts';

const CLAUSE_BREAKS = words('that which who after while when before because although but');
const OF_BY = words('of by');
const TO_IN = words('to in at');
const FROM = words('from');
const FOR = words('for');

export function englishRoles(c: Clause): EntityRoles {
  const { toks, entities, first, end, trigger } = c;
  const start = Math.max(lastIndexOfWord(toks, CLAUSE_BREAKS, first) + 1, trigger.noun ? commaBefore(c) : 0);
  const ofAt = trigger.noun && OF_BY.has(toks[end]?.fold ?? '') ? end + 1 : -1;
  const agent = (ofAt >= 0 ? firstEntity(entities, ofAt, ofAt + 2, (e) => e.actor) : undefined) ?? sharedSubject(c, start) ?? lastEntity(entities, start, first, (e) => e.actor);
  const from = agent && agent.first > end ? agent.end : end;
  const free = (e: Entity) => e !== agent;
  const roles: EntityRoles = { agent };
  if (trigger.kind === 'capture' || trigger.kind === 'invitation') roles.target = firstEntity(entities, from, toks.length, (e) => free(e) && (trigger.kind === 'capture' || e.actor));
  if (trigger.kind === 'invitation' || trigger.kind === 'travel' || trigger.kind === 'session' || trigger.kind === 'attack') {
    const at = indexOfWord(toks, TO_IN, from);
    const ok = (e: Entity) => free(e) && e.place && e !== roles.target && ((trigger.kind !== 'session' && trigger.kind !== 'attack') || !e.actor);
    // A place right after a journey verb is its destination ("reached Islamabad on Friday to attend …"), before any "to" further on.
    const direct = trigger.kind === 'travel' && !trigger.noun ? firstEntity(entities, from, from + 1, ok) : undefined;
    // A departure's place is only its object ("left Kabul"): in "left 13 soldiers dead in Kabul" Kabul was not left.
    roles.place = trigger.departure ? direct : direct ?? (at >= 0 ? firstEntity(entities, at, toks.length, ok) : undefined) ?? (trigger.kind === 'travel' && !trigger.noun ? firstEntity(entities, from, toks.length, ok) : undefined);
  }
  if (trigger.kind === 'travel') {
    const at = indexOfWord(toks, FROM, start);
    if (at >= 0) roles.from = firstEntity(entities, at, toks.length, (e) => free(e) && e.place && e !== roles.place);
  }
  roles.purpose = purposeAfterFor(c, from);
  const unused = (e: Entity) => free(e) && e !== roles.target && e !== roles.place && e !== roles.from;
  roles.topic = firstEntity(entities, from, toks.length, unused) ?? lastEntity(entities, start, first, unused);
  return roles;
}

/**
 * A verb after "and" shares the subject of the verb before it: in "the Taliban overthrew the
 * government of President Ghani and took control" the Taliban took control, not Ghani. The subject
 * is the first actor of the clause after its last comma.
 */
function sharedSubject(c: Clause, start: number): Entity | undefined {
  if (c.trigger.noun || c.toks[c.first - 1]?.fold !== 'and' || c.toks[c.first]!.breakBefore) return undefined;
  let from = start;
  for (let k = c.first - 1; k > start; k--) if (c.toks[k]!.breakBefore) { from = k; break; }
  const subject = firstEntity(c.entities, from, c.first, (e) => e.actor);
  // "the US and Russia met": an actor right before "and" is a co-subject, not a verb's object.
  return subject && subject.end < c.first - 1 ? subject : undefined;
}

/**
 * A noun's clause starts after the comma before it: in "after a call between A and B, the talks
 * on Wednesday …" neither A nor B held the talks.
 */
function commaBefore(c: Clause): number {
  for (let k = c.first; k > 0; k--) if (c.toks[k]!.breakBefore) return k;
  return 0;
}

/** "for talks", "for a meeting": the purpose word right after "for" (an article in between is allowed). */
function purposeAfterFor(c: Clause, from: number): string | undefined {
  const at = indexOfWord(c.toks, FOR, from);
  return at < 0 ? undefined : purposeIn(c.toks, at + 1, at + 3);
}
