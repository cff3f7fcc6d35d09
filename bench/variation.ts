/**
 * What changes from one synthetic article to the next: who the seed people become, which places are
 * swapped, how far months, weekdays and years move. Drawn once per article from its own random
 * stream, then applied to every slot, so an article stays consistent with itself (the person who
 * "met" in one sentence is the one who "said" in the next).
 */
import { CYCLES, PLACE_GROUPS } from './lexicon.ts';
import { fullName, type PersonName } from './names.ts';
import { intBetween, pick, type Rng } from './prng.ts';
import type { Slot, Template } from './templates.ts';

/** Share of seed people replaced by invented ones; the rest keep their real names, so queries for them still hit. */
const REPLACE_PERSON = 0.75;
/** Share of place mentions moved to another place of the same kind. */
const SWAP_PLACE = 0.2;
/** Popular invented people recur far more often than the rest, as in real coverage: index = pool × u^SKEW. */
const POPULARITY_SKEW = 3;
const YEAR_SHIFT = 2;

const DIGIT_ZEROS = [0x30, 0x966, 0x660, 0x6f0];

/** The code of "0" in the digit set of a digit character (ASCII, Devanagari, Arabic-Indic, Persian). */
function zeroOf(code: number): number {
  return DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? 0x30;
}

function digitValue(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) value = value * 10 + text.charCodeAt(i) - zeroOf(text.charCodeAt(i));
  return value;
}

function inSameDigits(value: number, like: string): string {
  const zero = zeroOf(like.charCodeAt(0));
  return [...String(value)].map((d) => String.fromCharCode(zero + Number(d))).join('');
}

export interface PeoplePool {
  size: number;
  person(k: number): PersonName;
}

export class ArticleVariation {
  readonly yearShift: number;
  readonly monthShift: number;
  readonly weekdayShift: number;
  private readonly cast = new Map<string, PersonName | null>();
  private readonly places = new Map<string, string>();

  constructor(
    private readonly rng: Rng,
    private readonly pool: PeoplePool,
  ) {
    this.yearShift = intBetween(rng, -YEAR_SHIFT, YEAR_SHIFT);
    this.monthShift = intBetween(rng, 0, 11);
    this.weekdayShift = intBetween(rng, 0, 6);
  }

  /** @example variation.fill(['मई में ', { kind: 'number', text: '20' }]) // 'मई में 17' */
  fill(template: Template): string {
    let out = '';
    for (const part of template) out += typeof part === 'string' ? part : this.slot(part);
    return out;
  }

  private slot(slot: Slot): string {
    switch (slot.kind) {
      case 'person': {
        const name = this.castFor(slot.key);
        if (!name) return slot.text;
        return slot.part === 'full' ? fullName(name, slot.script) : name[slot.part][slot.script];
      }
      case 'place':
        return this.placeFor(slot.text, slot.group);
      case 'cycle': {
        const cycle = CYCLES[slot.cycle]!;
        const shift = cycle.kind === 'month' ? this.monthShift : this.weekdayShift;
        return shift === 0 ? slot.text : cycle.values[(slot.value + shift) % cycle.values.length]![0]!;
      }
      case 'number':
        return this.number(slot.text);
    }
  }

  private castFor(key: string): PersonName | null {
    let name = this.cast.get(key);
    if (name === undefined) {
      name = this.rng() < REPLACE_PERSON ? this.pool.person(Math.floor(this.pool.size * this.rng() ** POPULARITY_SKEW)) : null;
      this.cast.set(key, name);
    }
    return name;
  }

  private placeFor(text: string, group: number): string {
    let place = this.places.get(text);
    if (place === undefined) {
      place = this.rng() < SWAP_PLACE ? pick(this.rng, PLACE_GROUPS[group]!.names) : text;
      this.places.set(text, place);
    }
    return place;
  }

  /** Years move with the article; day-sized numbers stay day-sized; other numbers keep their length. */
  private number(text: string): string {
    const value = digitValue(text);
    if (text.length === 4 && value >= 1900 && value < 2100) return inSameDigits(value + this.yearShift, text);
    if (text.length <= 2) return inSameDigits(text.length === 1 ? intBetween(this.rng, 1, 9) : intBetween(this.rng, 10, 28), text);
    return inSameDigits(intBetween(this.rng, 10 ** (text.length - 1), 10 ** text.length - 1), text);
  }
}
