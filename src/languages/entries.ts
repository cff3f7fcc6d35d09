/**
 * Shorthands the packs' title and cue lists are written with.
 */
import type { ContactKind, Cue, Title } from './types.ts';

export const office = (role: string): Title => ({ role });
export const HONORIFIC: Title = {};
export const COUNTERPART: Title = { role: 'counterpart', relational: true };
export const COLLEAGUE: Title = { role: 'colleague', relational: true, weak: true };

export const cue = (kind: ContactKind, extra: Omit<Cue, 'kind'> = {}): Cue => ({ kind, ...extra });
