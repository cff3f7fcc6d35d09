/**
 * Query units as weighted terms (each distinct index term once, at its highest weight) for the
 * pruning layer, or as the equivalent MiniSearch query, and reading back which units a paragraph
 * contains: a unit counts only when every word of one of its phrases is there (हवाई alone is not
 * "airport").
 */
import type { Query } from 'minisearch';
import type { QueryUnit, Slot } from './expand.ts';
import type { SearchField } from './index.ts';
import type { UnitMatch } from './quotes.ts';

const FIELDS: readonly SearchField[] = ['word', 'stem'];

/**
 * One OR query over every term of every unit.
 * @example index.mini.search(unitsQuery(parseQuery('Lavrov', vocabulary).units))
 */
export function unitsQuery(units: QueryUnit[]): Query {
  const weights = fieldWeights(units);
  const queries = FIELDS.filter((f) => weights[f].size > 0).map((field) => ({
    queries: [[...weights[field].keys()].join(' ')],
    fields: [field],
    tokenize: (text: string) => text.split(' '),
    boostTerm: (term: string) => weights[field].get(term) ?? 1,
  }));
  return { combineWith: 'OR', queries };
}

/**
 * Every term of every unit by field, at its highest weight, in the order `unitsQuery` asks for them.
 * @example fieldWeights(parseQuery('Lavrov', vocabulary).units).word.get('लाव्रोव्') // 0.9
 */
export function fieldWeights(units: QueryUnit[]): Record<SearchField, Map<string, number>> {
  const weights: Record<SearchField, Map<string, number>> = { word: new Map(), stem: new Map() };
  for (const slot of units.flatMap((u) => u.phrases.flat())) {
    for (const field of FIELDS) {
      for (const [term, w] of slot[field]) weights[field].set(term, Math.max(w, weights[field].get(term) ?? 0));
    }
  }
  return weights;
}

/**
 * Every term of every unit, at its highest weight as a word or a stem, in query order: the article index's query (it has a single field).
 * @example termWeights(parseQuery('Lavrov', vocabulary).units).get('लाव्रोव्') // 0.9
 */
export function termWeights(units: QueryUnit[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const slot of units.flatMap((u) => u.phrases.flat())) {
    for (const field of FIELDS) for (const [term, w] of slot[field]) weights.set(term, Math.max(w, weights.get(term) ?? 0));
  }
  return weights;
}

/** The terms a MiniSearch result matched, by field. */
export function matchedTerms(match: Record<string, string[]>): UnitMatch {
  const out: UnitMatch = { word: new Set(), stem: new Set() };
  for (const [term, fields] of Object.entries(match)) for (const f of fields) out[f === 'stem' ? 'stem' : 'word'].add(term);
  return out;
}

function filled(slot: Slot, matched: UnitMatch): UnitMatch | undefined {
  const out: UnitMatch = { word: new Set(), stem: new Set() };
  for (const field of FIELDS) for (const term of slot[field].keys()) if (matched[field].has(term)) out[field].add(term);
  return out.word.size + out.stem.size > 0 ? out : undefined;
}

/**
 * The terms by which a paragraph contains `unit`, or undefined when it does not (no phrase of the
 * unit has all its words there).
 * @example unitMatch(unit, matchedTerms(result.match))?.word // Set {'लाव्रोव्'}
 */
export function unitMatch(unit: QueryUnit, matched: UnitMatch): UnitMatch | undefined {
  let out: UnitMatch | undefined;
  for (const phrase of unit.phrases) {
    const slots = phrase.map((slot) => filled(slot, matched));
    if (slots.some((s) => s === undefined)) continue;
    out ??= { word: new Set(), stem: new Set() };
    for (const s of slots) for (const field of FIELDS) for (const t of s![field]) out[field].add(t);
  }
  return out;
}

/**
 * Whether a MiniSearch result contains at least one unit: `unitMatch` without building term sets,
 * for checking thousands of results. `byField` false: a term counts in whichever field it matched
 * (the article index has a single field).
 * @example coversAnyUnit(units, result.match) // false when only हवाई of हवाई अड्डा is there
 */
export function coversAnyUnit(units: QueryUnit[], match: Record<string, string[]>, byField = true): boolean {
  // Own properties only: a matched term may be spelled like an Object.prototype member.
  return unitsCovered(units, (term, field) => Object.hasOwn(match, term) && (!byField || match[term]!.includes(field)));
}

/**
 * Whether the terms `has` says a document holds (by field) complete at least one unit.
 * @example unitsCovered(units, (term) => matched.has(term)) // false when only हवाई of हवाई अड्डा is there
 */
export function unitsCovered(units: QueryUnit[], has: (term: string, field: SearchField) => boolean): boolean {
  return units.some((unit) => unitCovered(unit, has));
}

/** Whether the terms `has` says a document holds (by field) fill every slot of one of the unit's phrases. */
export function unitCovered(unit: QueryUnit, has: (term: string, field: SearchField) => boolean): boolean {
  const filledBy = (slot: Slot) => {
    for (const field of FIELDS) for (const term of slot[field].keys()) if (has(term, field)) return true;
    return false;
  };
  return unit.phrases.some((phrase) => phrase.every(filledBy));
}
