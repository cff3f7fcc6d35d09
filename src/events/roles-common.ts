/**
 * What the per-language role readers share: the clause around a trigger, token and entity
 * searches, and the roles as entities before they are reduced to participants.
 */
import type { Tok } from '../grammar/tokens.ts';
import { foldTerm } from '../text/normalize.ts';
import type { Entity } from './actors.ts';
import type { Trigger } from '../grammar/triggers.ts';
import { PURPOSE_WORDS } from '../grammar/triggers.ts';

export interface Clause {
  toks: readonly Tok[];
  entities: readonly Entity[];
  /** Token range of the trigger. */
  first: number;
  end: number;
  trigger: Trigger;
}

/** A set of folded words from a space-separated list. */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' ').map(foldTerm));
}

/** Index of the first token at or after `from` (before `to`) whose folded form is in `set`, else -1. */
export function indexOfWord(toks: readonly Tok[], set: ReadonlySet<string>, from: number, to = toks.length): number {
  for (let k = from; k < to; k++) if (toks[k]!.forms.some((f) => set.has(f))) return k;
  return -1;
}

/** Index of the last token before `to` (at or after `from`) whose folded form is in `set`, else -1. */
export function lastIndexOfWord(toks: readonly Tok[], set: ReadonlySet<string>, to: number, from = 0): number {
  for (let k = to - 1; k >= from; k--) if (toks[k]!.forms.some((f) => set.has(f))) return k;
  return -1;
}

/** The first entity starting in [from, to) that passes `ok`. */
export function firstEntity(entities: readonly Entity[], from: number, to: number, ok: (e: Entity) => boolean = () => true): Entity | undefined {
  return entities.find((e) => e.first >= from && e.first < to && ok(e));
}

/** The last entity ending by `to` (and starting at or after `from`) that passes `ok`. */
export function lastEntity(entities: readonly Entity[], from: number, to: number, ok: (e: Entity) => boolean = () => true): Entity | undefined {
  return [...entities].reverse().find((e) => e.end <= to && e.first >= from && ok(e));
}

/** The first purpose word in [from, to) accepted by `ok`, as printed ("talks"). */
export function purposeIn(toks: readonly Tok[], from: number, to: number, ok: (end: number) => boolean = () => true): string | undefined {
  for (let k = from; k < to; k++) {
    const m = PURPOSE_WORDS.match(toks, k);
    if (m && ok(m.end)) return m.value;
  }
  return undefined;
}

/** Roles with the entity objects reduced to participants; a role never repeats the agent. */
export interface EntityRoles {
  agent?: Entity;
  target?: Entity;
  place?: Entity;
  from?: Entity;
  topic?: Entity;
  purpose?: string;
}

