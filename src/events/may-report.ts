/**
 * Most sentences report nothing, so the event build first asks `mayReport`, a substring test of
 * the spelling-folded sentence against the trigger lexicon, and never tokenises or dates the others.
 */
import { foldSpelling } from '../text/normalize.ts';
import { TRIGGER_FORMS } from './lexicon.ts';

/* Viramas are dropped on both sides: writers add or leave out the silent-vowel mark. */
const VIRAMA = /\u094D/gu;
const loose = (s: string): string => foldSpelling(s).replace(VIRAMA, '');
const ESCAPE = /[.*+?^${}()|[\]\\]/gu;
const ANY_TRIGGER = new RegExp(TRIGGER_FORMS.map((f) => loose(f).replace(ESCAPE, '\\$&')).join('|'), 'u');

/**
 * Whether a sentence contains a trigger word's spelling anywhere: a cheap superset of the
 * sentences the trigger lexicon matches.
 * @example mayReport('تالिबان ने काबुल पर कब्ज़ा किया') // true
 */
export function mayReport(text: string): boolean {
  return ANY_TRIGGER.test(loose(text));
}
