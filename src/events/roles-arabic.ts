/**
 * Arabic roles. A verb usually comes first and its subject follows ("أعلن الكرملين", "حذرت
 * الهيئة"), but a subject named before the verb is common too ("المنظمة حذرت"); what was said
 * follows أن/إن. A noun trigger takes its agent as the noun right after it ("سيطرة طالبان"), else
 * the entity named before it ("أكدت المنظمة، خلال اجتماع مجلسها"). Objects follow prepositions:
 * على for what was captured, إلى/في for where, من for where from.
 */
import type { Entity } from './actors.ts';
import { firstEntity, indexOfWord, lastEntity, lastIndexOfWord, purposeIn, words, type Clause, type EntityRoles } from './roles-common.ts';

const COMPLEMENTIZERS = words('أن إن أنه إنه بأن لأن');
const ON = words('على');
const TO = words('إلى في');
const FROM = words('من');
/** What a happening is about follows these ("اجتماع حول أفغانستان"): never its agent. */
const ABOUT = words('حول بشأن عن حيال إزاء تجاه');
/** A noun trigger's agent follows it directly, or after one word ("اجتماع مجلس X"). */
const CONSTRUCT_SPAN = 2;

/** The first entity after the first of `prepositions` in [from, to). */
function afterPreposition(c: Clause, prepositions: ReadonlySet<string>, from: number, to: number, ok: (e: Entity) => boolean): Entity | undefined {
  const at = indexOfWord(c.toks, prepositions, from, to);
  return at < 0 ? undefined : firstEntity(c.entities, at, to, ok);
}

export function arabicRoles(c: Clause): EntityRoles {
  const { toks, entities, first, end, trigger } = c;
  const complement = indexOfWord(toks, COMPLEMENTIZERS, end);
  const clauseEnd = complement < 0 ? toks.length : complement;
  const clauseStart = lastIndexOfWord(toks, COMPLEMENTIZERS, first) + 1;

  const governed = (e: Entity) => toks.slice(end, e.first).some((t) => ON.has(t.fold) || TO.has(t.fold) || ABOUT.has(t.fold));
  // The verb's subject is the first entity no preposition governs: a city there ("استضافت موسكو") leaves none for a later country.
  const subject = trigger.noun ? undefined : firstEntity(entities, end, clauseEnd, (e) => !governed(e));
  const after = trigger.noun
    ? firstEntity(entities, end, Math.min(clauseEnd, end + CONSTRUCT_SPAN), (e) => e.actor && !governed(e))
    : subject?.actor
      ? subject
      : undefined;
  const agent = after ?? lastEntity(entities, clauseStart, first, (e) => e.actor);

  const free = (e: Entity) => e !== agent;
  const roles: EntityRoles = { agent };
  const from = agent && agent.first > end ? agent.end : end;
  if (trigger.kind === 'capture') roles.target = afterPreposition(c, ON, from, clauseEnd, free);
  if (trigger.kind === 'invitation') roles.target = firstEntity(entities, from, clauseEnd, (e) => free(e) && e.actor);
  if (trigger.departure) {
    // What was left is the object or follows من ("غادر الجيش مطار كابول", "هرب من أفغانستان"); a later في is context.
    roles.place = firstEntity(entities, from, clauseEnd, (e) => free(e) && e.place);
  } else if (trigger.kind === 'travel' && !trigger.noun) {
    roles.place = afterPreposition(c, TO, from, clauseEnd, (e) => free(e) && e.place) ?? firstEntity(entities, from, clauseEnd, (e) => free(e) && e.place);
    roles.from = afterPreposition(c, FROM, from, clauseEnd, (e) => free(e) && e.place && e !== roles.place);
  } else if (trigger.kind === 'invitation' || trigger.kind === 'travel') {
    roles.place = afterPreposition(c, TO, from, clauseEnd, (e) => free(e) && e.place && e !== roles.target);
  } else if (trigger.kind === 'session' || trigger.kind === 'attack') {
    // "اجتماع … في موسكو" is where a meeting was held; "الوضع في أفغانستان" is what it was about.
    roles.place =
      afterPreposition(c, TO, from, clauseEnd, (e) => free(e) && e.place && !e.actor) ??
      // The city right after a verb of meeting is its host ("استضافت موسكو اجتماعا").
      (trigger.noun ? undefined : firstEntity(entities, end, end + 1, (e) => free(e) && e.place && !e.actor));
  }
  roles.purpose = purposeIn(toks, end, toks.length);
  const unused = (e: Entity) => free(e) && e !== roles.target && e !== roles.place && e !== roles.from;
  roles.topic = firstEntity(entities, from, toks.length, unused) ?? lastEntity(entities, 0, first, unused);
  return roles;
}
