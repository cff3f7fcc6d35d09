/**
 * From dated happening groups (one article each) to events: the roles of a group's sentences are
 * combined (the most complete telling first — on a tie the earliest, so a headline leads — the
 * others filling its gaps), then groups reporting
 * the same event — same kind, same participants, same date, whichever article — become one event
 * citing every sentence. Participants are the agent, the target and, where they define the event,
 * the destination (journeys, invitations) or what was said (statements without a target).
 */
import type { HappeningGroup } from './dating.ts';
import type { Happening } from './happenings.ts';
import { synopsis } from './synopsis.ts';
import type { Event, HappeningKind, Roles } from './types.ts';

const ROLE_KEYS = ['agent', 'target', 'place', 'from', 'topic', 'purpose'] as const;
/** What makes one telling more complete than another (a topic is incidental). */
const DEFINING_KEYS = ['agent', 'target', 'place', 'from', 'purpose'] as const;

function filled(r: Roles): number {
  return DEFINING_KEYS.filter((k) => r[k] !== undefined).length;
}

function combined(members: Happening[]): Roles {
  const ordered = [...members].sort((a, b) => filled(b.roles) - filled(a.roles) || a.order - b.order);
  const out: Roles = {};
  const used = new Set<string>();
  for (const m of ordered) {
    for (const key of ROLE_KEYS) {
      const value = m.roles[key];
      if (value === undefined || out[key] !== undefined) continue;
      if (typeof value === 'object') {
        if (used.has(value.id)) continue;
        used.add(value.id);
      }
      (out as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}

/** The participants that identify the event. */
function identity(kind: HappeningKind, r: Roles): string[] {
  const ids = [r.agent?.id, r.target?.id];
  if (kind === 'travel' || kind === 'invitation' || kind === 'session') ids.push(r.place?.id);
  if (!r.target) ids.push(r.topic?.id);
  return ids.filter((id): id is string => id !== undefined).sort();
}

function participants(r: Roles): string[] {
  return [r.agent, r.target, r.place, r.from, r.topic].filter((p) => p !== undefined).map((p) => p.id);
}

/**
 * @example mergeHappenings([[captureInArticle0], [captureInArticle7]]) // one capture event with two sources
 */
export function mergeHappenings(groups: readonly HappeningGroup[]): Event[] {
  const byKey = new Map<string, Event>();
  for (const g of groups) {
    const first = g.members[0]!;
    const roles = combined(g.members);
    const key = [g.when.key, first.kind, first.planned ? 'planned' : 'done', ...identity(first.kind, roles)].join('|');
    const sources = g.members.map((m) => ({ article: m.article, paragraph: m.paragraph, start: m.start, end: m.end, marks: withDate(m, g) }));
    const existing = byKey.get(key);
    if (existing) {
      existing.sources.push(...sources);
      for (const id of participants(roles)) if (!existing.participants.includes(id)) existing.participants.push(id);
      continue;
    }
    byKey.set(key, { id: key, kind: first.kind, planned: first.planned, when: g.when, roles, participants: participants(roles), synopsis: synopsis(first.kind, first.planned, roles), sources });
  }
  for (const e of byKey.values()) e.sources.sort((a, b) => a.article - b.article || a.paragraph - b.paragraph || a.start - b.start);
  return [...byKey.values()];
}

/** The sentence's marks plus its date words when they stand in it. */
function withDate(m: Happening, g: HappeningGroup): Array<[number, number]> {
  const w = g.when.words;
  const marks = [...m.marks];
  if (w && w.article === m.article && w.paragraph === m.paragraph && w.start >= m.start && w.end <= m.end) marks.push([w.start, w.end]);
  return marks.sort((a, b) => a[0] - b[0]);
}
