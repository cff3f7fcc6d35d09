/**
 * Shorthands the packs' title lists are written with.
 */
import type { Title } from './types.ts';

export const office = (role: string): Title => ({ role });
export const HONORIFIC: Title = {};
export const COUNTERPART: Title = { role: 'counterpart', relational: true };
export const COLLEAGUE: Title = { role: 'colleague', relational: true, weak: true };
