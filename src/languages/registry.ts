/**
 * The language packs the analysis knows, by language code. The built-in packs (Hindi, Arabic,
 * English) are registered by src/languages/index.ts; a test or an embedding program may register
 * more before building a knowledge. Tables built from packs (titles, cues…) are made per pack on
 * first use, so a pack registered later is read like the built-in ones.
 */
import type { LanguagePack } from './types.ts';

const packs = new Map<string, LanguagePack>();
let version = 0;

/* What `perPack` keeps for a code no pack is registered under. */
const NO_PACK: unique symbol = Symbol('no pack');

/**
 * Adds (or replaces) the pack of `pack.code`.
 * @example registerPack(hindi)
 */
export function registerPack(pack: LanguagePack): void {
  packs.set(pack.code, pack);
  version++;
}

/** Removes a pack (tests that register a toy one clean up after themselves). */
export function unregisterPack(code: string): void {
  packs.delete(code);
  version++;
}

/**
 * The pack of a language, or undefined: the language gets language-neutral handling.
 * @example packFor('urd') // undefined: Urdu never gets the Arabic pack
 */
export function packFor(code: string): LanguagePack | undefined {
  return packs.get(code);
}

/** Changes whenever a pack is registered or removed (for tables joined over every pack). */
export function packsVersion(): number {
  return version;
}

/** Every registered pack, in registration order. */
export function allPacks(): LanguagePack[] {
  return [...packs.values()];
}

/**
 * A value derived from each pack (a lexicon table), made when first asked for.
 * @example const titles = perPack((p) => new PhraseTable(p.titles)); titles('hin')
 */
export function perPack<T>(make: (pack: LanguagePack) => T): (code: string) => T | undefined {
  const made = new Map<LanguagePack, T>();
  // Phrase tables are asked for at every word of every sentence: a value is kept by its code as
  // well, one lookup instead of two, until a pack is registered or removed.
  const byCode = new Map<string, T | typeof NO_PACK>();
  let seen = version;
  return (code) => {
    if (seen !== version) {
      byCode.clear();
      seen = version;
    }
    const known = byCode.get(code);
    if (known !== undefined) return known === NO_PACK ? undefined : known;
    const pack = packs.get(code);
    if (!pack) {
      byCode.set(code, NO_PACK);
      return undefined;
    }
    let value = made.get(pack);
    if (value === undefined) {
      value = make(pack);
      made.set(pack, value);
    }
    // A value that is undefined is made again on each call, as it always was.
    if (value !== undefined) byCode.set(code, value);
    return value;
  };
}
