/**
 * One unit, one rarity. BM25 weighs each term by its own inverse document frequency, so when a
 * unit stands for several spellings (Patrushev, पात्रुशेव, باتروشيف), the rarest spelling counts
 * most: a Latin name typed as written is in the few English articles, its Devanagari spelling in
 * many Hindi ones, and the English articles won a Latin query about a meeting all three languages
 * told. Each single-word spelling's weight is scaled so that it counts as rare as the unit's most
 * common spelling in the same field (Lucene's synonym queries use the largest document frequency
 * the same way); a query word's spellings then rank articles by how they use them, not by script.
 * Only lowers weights; a few map look-ups per query term, no pass over documents.
 */
import type { QueryUnit, Slot } from './expand.ts';
import type { SearchField } from './fields.ts';
import type { Postings } from './postings.ts';

const FIELDS: readonly SearchField[] = ['word', 'stem'];

/**
 * The units with each single-word spelling's weight times idf(unit) / idf(spelling), idf(unit)
 * being the smallest idf of the unit's single-word spellings in that field (its commonest).
 * @example sameRarity(units, index.pruning.paragraphs)[0].phrases[0][0].word.get('patrushev') // < 1 when पात्रुशेव is commoner
 */
export function sameRarity(units: QueryUnit[], postings: Postings): QueryUnit[] {
  return units.map((unit) => {
    const single = unit.phrases.filter((p) => p.length === 1);
    if (single.length < 2 && (single[0] === undefined || single[0][0]!.word.size + single[0][0]!.stem.size < 2)) return unit;
    const floor: Partial<Record<SearchField, number>> = {};
    const idfOf = (field: SearchField, term: string) => {
      const f = postings.fields[postings.columns.fieldIds[field]!]!;
      const s = f.segment.get(term);
      return s === undefined ? undefined : f.idf[s]!;
    };
    for (const field of FIELDS) {
      for (const [slot] of single) {
        for (const term of slot![field].keys()) {
          const idf = idfOf(field, term);
          if (idf !== undefined && (floor[field] === undefined || idf < floor[field]!)) floor[field] = idf;
        }
      }
    }
    const scaled = (slot: Slot): Slot => {
      const out: Slot = { word: new Map(), stem: new Map() };
      for (const field of FIELDS) {
        for (const [term, weight] of slot[field]) {
          const idf = idfOf(field, term);
          const low = floor[field];
          out[field].set(term, idf === undefined || low === undefined || idf <= low ? weight : (weight * low) / idf);
        }
      }
      return out;
    };
    return { ...unit, phrases: unit.phrases.map((p) => (p.length === 1 ? [scaled(p[0]!)] : p)) };
  });
}
