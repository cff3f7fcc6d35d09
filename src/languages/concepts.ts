/**
 * The coverage's translated vocabulary, joined over the language packs: each pack's `concepts`
 * (src/languages/<code>/concepts.ts) spell a concept ("airport") in that language (हवाई अड्डा,
 * مطار); a query word or phrase found in any pack's spellings is searched in every pack's. A pack
 * registered later adds its spellings and may add concepts of its own.
 */
import { allPacks, packsVersion } from './registry.ts';

export interface LexiconEntry {
  /** English label, shown when explaining how a query was understood. */
  concept: string;
  /** Every pack's spellings, English first (the label's language), then in pack order. */
  spellings: readonly string[];
}

let joined: { version: number; entries: LexiconEntry[] } | undefined;

/**
 * Every concept with all its spellings (rebuilt when a pack is registered or removed).
 * @example lexiconEntries().find((e) => e.concept === 'airport')?.spellings // ['airport', 'हवाई अड्डा', 'एयरपोर्ट', 'مطار']
 */
export function lexiconEntries(): readonly LexiconEntry[] {
  if (joined?.version === packsVersion()) return joined.entries;
  const packs = allPacks().sort((a, b) => Number(b.code === 'eng') - Number(a.code === 'eng'));
  const byConcept = new Map<string, string[]>();
  for (const pack of packs) {
    for (const [concept, spellings] of pack.concepts ?? []) {
      const list = byConcept.get(concept) ?? [];
      list.push(...spellings);
      byConcept.set(concept, list);
    }
  }
  joined = { version: packsVersion(), entries: [...byConcept].map(([concept, spellings]) => ({ concept, spellings })) };
  return joined.entries;
}
