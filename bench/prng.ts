/**
 * A small seeded pseudo-random generator, so that a synthetic corpus is the same bytes on every
 * run and every machine (Math.random cannot be seeded). Each article gets its own stream derived
 * from (seed, article number), so any article can be generated alone, in any order.
 */

export type Rng = () => number;

/**
 * mulberry32: 32 bits of state, fast, good enough for picking sentences (not for cryptography).
 * @example const r = mulberry32(1); r() === mulberry32(1)() // true
 */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes several integers into one 32-bit seed (FNV-1a over their bytes), so that streams for
 * (seed, 1) and (seed, 2) are unrelated.
 * @example mixSeed(42, 7) === mixSeed(42, 7) // true
 */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    let v = part >>> 0;
    for (let i = 0; i < 4; i++) {
      h ^= v & 0xff;
      h = Math.imul(h, 0x01000193);
      v >>>= 8;
    }
  }
  return h >>> 0;
}

/** @example intBetween(mulberry32(1), 1, 6) // a die roll, 1..6 inclusive */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** @example pick(mulberry32(1), ['a', 'b']) // 'a' or 'b' */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng() * items.length)]!;
}
