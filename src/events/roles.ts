/**
 * Reading who did what to whom around a trigger word, by the grammar of the sentence's language:
 * Hindi marks roles with postpositions after the noun (ने agent, को recipient, पर target, में
 * place, से origin), Arabic puts the subject after the verb and the object after a preposition
 * (سيطرت طالبان على …), English puts the subject before the verb. Each language file turns the
 * sentence's entities into roles; this file picks the language and reduces them to participants.
 */
import { arabicRoles } from './roles-arabic.ts';
import type { Clause, EntityRoles } from './roles-common.ts';
import { englishRoles } from './roles-english.ts';
import { hindiRoles } from './roles-hindi.ts';
import { countryLeft } from './left-country.ts';
import type { HappeningKind, Roles } from './types.ts';

/** Only invitations and journeys are for something; elsewhere a purpose word belongs to what was said. */
const WITH_PURPOSE: ReadonlySet<HappeningKind> = new Set(['invitation', 'travel']);
/** Only what is said or discussed has a topic; other entities near a capture or a journey are context. */
const WITH_TOPIC: ReadonlySet<HappeningKind> = new Set(['session', 'warning', 'announcement', 'statement']);

function toRoles(r: EntityRoles, kind: HappeningKind): Roles {
  const out: Roles = {};
  const seen = new Set<string>();
  for (const key of ['agent', 'target', 'place', 'from', 'topic'] as const) {
    const e = r[key];
    if (!e || seen.has(e.participant.id) || (key === 'topic' && !WITH_TOPIC.has(kind))) continue;
    seen.add(e.participant.id);
    out[key] = e.participant;
  }
  if (r.purpose && WITH_PURPOSE.has(kind)) out.purpose = r.purpose;
  return out;
}

/* Role grammars by language code; a language without one reads no roles (so reports no happening). */
const READERS: Readonly<Record<string, (clause: Clause) => EntityRoles>> = { hin: hindiRoles, arb: arabicRoles, eng: englishRoles };

/**
 * @example readRoles(clause, 'hin') // { agent: Taliban, target: Kabul } for "तालिबान ने … काबुल पर कब्जा कर लिया"
 */
export function readRoles(clause: Clause, lang: string): Roles {
  const reader = READERS[lang];
  if (!reader) return {};
  const roles = reader(clause);
  // A departure's place is where the journey started ("left Kabul", "अफगानिस्तान से भाग गए"; "left the country" the one named before); where it went is not said.
  if (clause.trigger.departure) return toRoles({ ...roles, from: roles.place ?? roles.from ?? countryLeft(clause, lang), place: undefined }, clause.trigger.kind);
  return toRoles(roles, clause.trigger.kind);
}
