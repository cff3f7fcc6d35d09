/**
 * A departure whose object is "the country" ("Ashraf Ghani stepped down and left the country",
 * "fled the country", "ने देश छोड़ दिया", "देश छोड़कर भाग गए", "غادر … البلاد", "هرب من البلاد")
 * left the country the sentence names before the verb ("Afghanistan's President", "Afghan
 * President", "अफगानिस्तान के राष्ट्रपति", "الرئيس الأفغاني"): most often the leaver's own. With
 * no country named before, the departure stays without a place (and is no happening). The words
 * and where they stand are each pack's `happenings.leftCountry`.
 */
import { NATION_WORDS } from '../grammar/nations.ts';
import { countryParticipant, type Entity } from './actors.ts';
import type { Clause } from './roles-common.ts';
import { perPack } from '../languages/index.ts';
import { folded } from './function-words.ts';

/** How far after a verb-first language's verb its object may stand (the subject comes between). */
const OBJECT_REACH = 8;

const LEFT = perPack((pack) => {
  const left = pack.happenings?.leftCountry;
  return left ? { nouns: folded(left.nouns), at: left.at, owners: folded(left.owners), between: folded(left.between) } : undefined;
});

function countryObject(c: Clause, lang: string): boolean {
  const left = LEFT(lang);
  if (!left) return false;
  const { toks, first, end } = c;
  const has = (k: number, set: ReadonlySet<string>) => toks[k] !== undefined && toks[k]!.forms.some((f) => set.has(f));
  if (left.at === 'after') return has(end, left.nouns) || (has(end, left.owners) && has(end + 1, left.nouns));
  if (left.at === 'before') return has(first - 1, left.nouns) || (has(first - 1, left.between) && has(first - 2, left.nouns));
  for (let k = end; k < Math.min(toks.length, end + OBJECT_REACH); k++) if (has(k, left.nouns)) return true;
  return false;
}

/** A country or nationality word at token `k` ("Afghanistan's", "Afghan", "अफगानिस्तान", "الأفغاني"), as the country entity. */
function nationAt(c: Clause, k: number): Entity | undefined {
  const m = NATION_WORDS.match(c.toks, k);
  return m ? { participant: countryParticipant(m.value.country), first: k, end: m.end, actor: true, place: true, person: false } : undefined;
}

/**
 * The country a departure's "the country" stands for: the last country or nationality named
 * before the verb, also inside a title ("Afghanistan’s President Ashraf Ghani"); in a verb-first language (Arabic), which
 * names the leaver after the verb, the first one after it.
 */
export function countryLeft(c: Clause, lang: string): Entity | undefined {
  if (!c.trigger.departure || !countryObject(c, lang)) return undefined;
  for (let k = c.first - 1; k >= 0; k--) {
    const e = nationAt(c, k);
    if (e && e.end <= c.first) return e;
  }
  if (LEFT(lang)?.at !== 'within') return undefined;
  for (let k = c.end; k < Math.min(c.toks.length, c.end + OBJECT_REACH); k++) {
    const e = nationAt(c, k);
    if (e) return e;
  }
  return undefined;
}
