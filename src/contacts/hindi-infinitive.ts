/**
 * Hindi: the genitive subject of a contact infinitive. An infinitive's subject stands in the
 * genitive ("X के Y से मिलने की संभावना है", X is likely to meet Y); a pronoun does too ("उनके …
 * से मिलने की उम्मीद है", "उनका … से बात करने का कार्यक्रम है"). Before a role it then looks like a
 * possessive ("उनके प्रधानमंत्री", his prime minister), which it is not when the role, alone or in a
 * list, is the person met of the infinitive.
 */
import { foldTerm } from '../text/normalize.ts';
import { packFor } from '../languages/index.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { CUES, foldedSet as set } from './cues.ts';
import { CONTACT_GRAMMAR_WORDS as W } from '../languages/hin/grammar-words.ts';

const HINDI_CUES = CUES.of('hin')!;

const HINDI = packFor('hin')!;
const AND = new Set(HINDI.and.map(foldTerm));
const GENITIVES = new Set((HINDI.genitives ?? []).map(foldTerm));
const PARTICLES = new Set((HINDI.cases?.particles ?? []).map(foldTerm));
const WITH = new Set(Object.entries(HINDI.cases?.markers ?? {}).filter(([, c]) => c === 'with').map(([w]) => foldTerm(w)));
const WITH_AFTER_GENITIVE = new Set((HINDI.cases?.withAfterGenitive ?? []).map(foldTerm));
/* The ergative marker ने is no infinitive. */
const ERGATIVE = foldTerm(W.ergative);
const INFINITIVE = /ने$/u;
/* Words between the person met and the infinitive: a phone word, a contact noun before करने ("फोन पर बात करने"). */
const INFINITIVE_REACH = 4;
const BREAKS = set(W.breaks);

/**
 * Whether the pronoun at `k` is the genitive subject of a contact infinitive whose person met is
 * the phrase (or list of phrases joined by "और") right after it.
 */
export function infinitiveSubjectAt(view: SentenceView, k: number): boolean {
  const { toks, phrases } = view;
  let end = k + 1;
  for (let p = phrases.find((q) => q.first === end); p; p = AND.has(toks[p.end]?.fold ?? '') ? phrases.find((q) => q.first === p!.end + 1) : undefined) end = p.end;
  if (end === k + 1) return false;
  let m = end;
  if (GENITIVES.has(toks[m]?.fold ?? '') && WITH_AFTER_GENITIVE.has(toks[m + 1]?.fold ?? '')) m += 2;
  else if (WITH.has(toks[m]?.fold ?? '')) m += 1;
  else return false;
  while (PARTICLES.has(toks[m]?.fold ?? '')) m++;
  for (let j = m; j < Math.min(toks.length - 1, m + INFINITIVE_REACH); j++) {
    const w = toks[j]!.fold;
    if (BREAKS.has(w)) return false;
    if (w === ERGATIVE || !INFINITIVE.test(w) || !GENITIVES.has(toks[j + 1]!.fold)) continue;
    // "मिलने", or a contact noun before "करने" ("मुलाकात करने", "फोन पर बात करने").
    for (let c = m; c <= j; c++) if (HINDI_CUES.match(toks, c)) return true;
    return false;
  }
  return false;
}
