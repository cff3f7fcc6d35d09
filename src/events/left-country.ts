/**
 * A departure whose object is "the country" ("Ashraf Ghani stepped down and left the country",
 * "fled the country", "ने देश छोड़ दिया", "देश छोड़कर भाग गए", "غادر … البلاد", "هرب من البلاد")
 * left the country the sentence names before the verb ("Afghanistan's President", "Afghan
 * President", "अफगानिस्तान के राष्ट्रपति", "الرئيس الأفغاني"): most often the leaver's own. With
 * no country named before, the departure stays without a place (and is no happening).
 */
import { NATION_WORDS } from '../grammar/nations.ts';
import { countryParticipant, type Entity } from './actors.ts';
import type { Clause } from './roles-common.ts';
import { words } from './roles-common.ts';

const ENGLISH_OWNERS = words('the his her their its');
const ENGLISH_COUNTRY = words('country nation homeland');
const HINDI_COUNTRY = words('देश मुल्क वतन');
const HINDI_LEAVING = words('छोड़कर छोड़ कर');
const ARABIC_COUNTRY = words('البلاد بلاده بلادها بلادهم البلد بلده');
/** How far after an Arabic verb its object may stand (the subject comes between). */
const ARABIC_REACH = 8;

function countryObject(c: Clause, lang: string): boolean {
  const { toks, first, end } = c;
  const has = (k: number, set: ReadonlySet<string>) => toks[k] !== undefined && toks[k]!.forms.some((f) => set.has(f));
  if (lang === 'eng') return has(end, ENGLISH_COUNTRY) || (has(end, ENGLISH_OWNERS) && has(end + 1, ENGLISH_COUNTRY));
  if (lang === 'hin') return has(first - 1, HINDI_COUNTRY) || (has(first - 1, HINDI_LEAVING) && has(first - 2, HINDI_COUNTRY));
  if (lang === 'arb') {
    for (let k = end; k < Math.min(toks.length, end + ARABIC_REACH); k++) if (has(k, ARABIC_COUNTRY)) return true;
  }
  return false;
}

/** A country or nationality word at token `k` ("Afghanistan's", "Afghan", "अफगानिस्तान", "الأفغاني"), as the country entity. */
function nationAt(c: Clause, k: number): Entity | undefined {
  const m = NATION_WORDS.match(c.toks, k);
  return m ? { participant: countryParticipant(m.value.country), first: k, end: m.end, actor: true, place: true, person: false } : undefined;
}

/**
 * The country a departure's "the country" stands for: the last country or nationality named
 * before the verb, also inside a title ("Afghanistan's President Ashraf Ghani"); in Arabic, which
 * names the leaver after the verb, the first one after it.
 */
export function countryLeft(c: Clause, lang: string): Entity | undefined {
  if (!c.trigger.departure || !countryObject(c, lang)) return undefined;
  for (let k = c.first - 1; k >= 0; k--) {
    const e = nationAt(c, k);
    if (e && e.end <= c.first) return e;
  }
  if (lang !== 'arb') return undefined;
  for (let k = c.end; k < Math.min(c.toks.length, c.end + ARABIC_REACH); k++) {
    const e = nationAt(c, k);
    if (e) return e;
  }
  return undefined;
}
