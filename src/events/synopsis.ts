/**
 * One English line per event, built only from the roles the analysis read — never from the
 * sentence's wording — so it says no more than the structure supports: "Taliban took control of
 * Kabul", "Russia invited the Taliban to Moscow (talks)", "S. Jaishankar met Sergey Lavrov in
 * Nur-Sultan". A missing role is left out rather than guessed ("Statement on Afghanistan").
 */
import type { EventKind, Participant, Roles } from './types.ts';
import english from '../i18n/en.ts';

/** "the Taliban", "Russia", "Sergey Lavrov". */
export function nameOf(p: Participant): string {
  return p.article ? `the ${p.name}` : p.name;
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const on = (r: Roles): string => (r.topic ? ` on ${nameOf(r.topic)}` : '');
const inPlace = (r: Roles): string => (r.place ? ` in ${nameOf(r.place)}` : '');
const purpose = (r: Roles): string => (r.purpose ? ` (${r.purpose})` : '');

/** Kinds whose topic says what they were about (a capture's other entities are only context). */
const ABOUT_SOMETHING: ReadonlySet<EventKind> = new Set(['session', 'warning', 'announcement', 'statement']);

/** The verb phrase after the agent, past or announced. */
function predicate(kind: EventKind, planned: boolean, r: Roles): string {
  const other = r.target ? nameOf(r.target) : undefined;
  switch (kind) {
    case 'meeting':
      return `${planned ? 'will meet' : 'met'}${other ? ` ${other}` : ''}${inPlace(r)}`;
    case 'phone call':
      return `${planned ? 'will speak' : 'spoke'} by phone${other ? ` with ${other}` : ''}`;
    case 'talks':
      return `${planned ? 'will hold' : 'held'} talks${other ? ` with ${other}` : ''}${inPlace(r)}`;
    case 'joint appearance':
      return `${planned ? 'will appear' : 'appeared'} together${other ? ` with ${other}` : ''}${inPlace(r)}`;
    case 'capture':
      return `${planned ? 'will take' : 'took'} control${other ? ` of ${other}` : ''}`;
    case 'attack':
      return `${planned ? 'will carry out' : 'carried out'} an attack${inPlace(r)}${other ? ` on ${other}` : ''}`;
    case 'invitation':
      return `${planned ? 'will invite' : 'invited'}${other ? ` ${other}` : ''}${r.place ? ` to ${nameOf(r.place)}` : ''}${purpose(r)}`;
    case 'session':
      return `${planned ? 'will hold' : 'held'} a meeting${inPlace(r)}${on(r)}`;
    case 'travel':
      if (!r.place && r.from) return `${planned ? 'will leave' : 'left'} ${nameOf(r.from)}${purpose(r)}`;
      return `${planned ? 'will travel to' : 'arrived in'} ${r.place ? nameOf(r.place) : 'a place not named'}${r.from ? ` from ${nameOf(r.from)}` : ''}${purpose(r)}`;
    case 'warning':
      return `${planned ? 'will issue' : 'issued'} a warning${on(r)}`;
    case 'announcement':
      return `${planned ? 'will make' : 'made'} an announcement${on(r)}`;
    case 'statement':
      return `${planned ? 'will make' : 'made'} a statement${on(r)}`;
  }
}

/** The line when nobody is named as the agent: "Takeover of Kabul", "Invitation of the Taliban to Moscow". */
function agentless(kind: EventKind, planned: boolean, r: Roles): string {
  const of = r.target ? ` of ${nameOf(r.target)}` : '';
  // The kind labels' one table; a session reads "Meeting of <the body>", so it takes the meeting label.
  const label = english.messages[`kind.${kind === 'session' ? 'meeting' : kind}`];
  const where = kind === 'invitation' || kind === 'travel' ? (r.place ? ` to ${nameOf(r.place)}` : kind === 'travel' && r.from ? ` from ${nameOf(r.from)}` : '') : inPlace(r);
  const about = ABOUT_SOMETHING.has(kind) ? on(r) : '';
  return `${planned ? 'Planned: ' : ''}${label}${of}${where}${about}${purpose(r)}`;
}

/**
 * @example synopsis('capture', false, { agent: taliban, target: kabul }) // 'The Taliban took control of Kabul'
 * @example synopsis('phone call', false, { agent: putin, target: khan }) // 'Vladimir Putin spoke by phone with Imran Khan'
 */
export function synopsis(kind: EventKind, planned: boolean, roles: Roles): string {
  if (!roles.agent) return agentless(kind, planned, roles);
  return capitalised(`${nameOf(roles.agent)} ${predicate(kind, planned, roles)}`);
}
