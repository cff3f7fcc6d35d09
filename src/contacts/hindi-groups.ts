/**
 * Hindi person groups shaped before contacts are read: two people joined by a hyphen are one pair,
 * a person coordinated with words naming no one takes the case closing them, and where "X की Y से"
 * ends a contact noun needs no verb.
 */
import { foldTerm } from '../text/normalize.ts';
import { packFor } from '../languages/index.ts';
import type { Group } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { foldedSet as set } from './cues.ts';
import { CONTACT_GRAMMAR_WORDS as W } from '../languages/hin/grammar-words.ts';

const AND_WORDS = new Set(packFor('hin')!.and.map(foldTerm));
const CLAUSE_ENDS = set(W.clauseEnds);
const GENITIVE_KE = foldTerm(W.genitiveKe);
/* की and the feminine genitive pronouns (उनकी, उसकी): the contact nouns are feminine. */
const GENITIVE_KI = /की$/u;
const WITH_WORDS = set(W.withWords);
const WITH_FROM = foldTerm(W.withFrom);
const WITH_BARE = foldTerm(W.withBare);

/**
 * "जयशंकर-ब्लिंकन वार्ता", "मोदी-बाइडेन की मुलाकात": two people joined by a hyphen are a pair, one
 * group with the case of the second.
 */
export function hyphenPairs(view: SentenceView, groups: Group[]): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    const last = out[out.length - 1];
    const gap = last && last.end === g.first && last.after === last.end ? view.paragraph.text.slice(view.toks[last.end - 1]!.end, view.toks[g.first]!.start) : undefined;
    if (last && gap !== undefined && /^\s*[-‐–]\s*$/u.test(gap)) out[out.length - 1] = { ...g, members: [...last.members, ...g.members], first: last.first };
    else out.push(g);
  }
  return out;
}

/** Words of a conjunct that names no one ("और ईरानी अधिकारियों के साथ"). */
const CONJUNCT_REACH = 6;
/** Words of a genitive descriptor before the next person's title ("और शांति परिषद के प्रमुख Y से"). */
const DESCRIPTOR_REACH = 10;
const GENITIVES = set(W.genitives);

/**
 * "X ने Y और अन्य अधिकारियों से मुलाकात की": a group coordinated with words that name no one takes
 * the "with" marker closing them; another person before the marker leaves it as it is ("X और कई
 * अधिकारी Y से मिले") unless the words are a genitive leading to that person's title ("Y और शांति
 * परिषद के प्रमुख Z से"): then Y is coordinated with Z and takes Z's case.
 */
export function withAcrossConjunct(toks: readonly Tok[], groups: Group[]): void {
  groups.forEach((g, n) => {
    if (g.hindiCase !== 'nominative' || !AND_WORDS.has(toks[g.after]?.fold ?? '')) return;
    const next = groups[n + 1];
    const described = next && next.first - g.after <= DESCRIPTOR_REACH && GENITIVES.has(toks[next.first - 1]!.fold) && (next.hindiCase === 'with' || next.hindiCase === 'dative');
    if (described && !toks.slice(g.after + 1, next.first).some((t) => t.breakBefore || CLAUSE_ENDS.has(t.fold))) {
      return void Object.assign(g, { hindiCase: next.hindiCase, after: next.after });
    }
    const limit = Math.min(next?.first ?? toks.length, g.after + 1 + CONJUNCT_REACH);
    for (let k = g.after + 1; k < limit; k++) {
      if (toks[k]!.breakBefore || CLAUSE_ENDS.has(toks[k]!.fold)) return;
      if (toks[k]!.fold === WITH_FROM || toks[k]!.fold === WITH_BARE) return void Object.assign(g, { hindiCase: 'with', after: k + 1 });
      if (toks[k]!.fold === GENITIVE_KE && WITH_WORDS.has(toks[k + 1]?.fold ?? '')) return void Object.assign(g, { hindiCase: 'with', after: k + 2 });
    }
  });
}


/**
 * Where "X की Y से" / "X की Y के साथ" (or "Y के साथ X की") ends: a person in the feminine genitive right before the
 * person met. A contact noun there (all of मुलाकात, बातचीत, बैठक, वार्ता are feminine) is their
 * contact with no verb next to it ("X की Y से मुलाकात, …", "X की Y से मुलाकात सोमवार को हुई").
 */
export function genitiveWithEnds(toks: readonly Tok[], groups: readonly Group[]): Set<number> {
  const ends = new Set<number>();
  groups.forEach((g, n) => {
    const s = groups[n - 1];
    // "X की अफगानिस्तान में (… के विशेष दूत) Y से": a place in the locative may stand between.
    const adjacent = s !== undefined && (s.after === g.first || placeBetween(toks, s.after, g.first));
    if (g.hindiCase === 'with' && s?.hindiCase === 'genitive' && adjacent && GENITIVE_KI.test(toks[s.after - 1]?.fold ?? '')) ends.add(g.after);
    // The person met first: "Y के साथ X की (द्विपक्षीय) बैठक सोमवार को हुई".
    if (g.hindiCase === 'genitive' && s?.hindiCase === 'with' && s.after === g.first && GENITIVE_KI.test(toks[g.after - 1]?.fold ?? '')) ends.add(g.after);
  });
  return ends;
}

const HONOUR = foldTerm(W.honour);
const IN = foldTerm(W.in);
/** Words of a place between a genitive subject and the person met ("अफगानिस्तान में", "नई दिल्ली में"). */
const PLACE_WORDS = 3;
const ERGATIVE = foldTerm(W.ergative);

/** Whether tokens [from, to) are a short place in the locative, with no break. */
function placeBetween(toks: readonly Tok[], from: number, to: number): boolean {
  return to > from && to - from <= PLACE_WORDS && toks[to - 1]!.fold === IN && !toks.slice(from, to).some((t) => t.breakBefore || t.fold === ERGATIVE);
}

/**
 * "X ने Y के सम्मान में रात्रिभोज दिया / भोज का आयोजन किया" (a dinner in Y's honour): Y is the one
 * X met, as with "Y के साथ"; the case becomes "with".
 */
export function inHonourOf(toks: readonly Tok[], groups: Group[]): void {
  for (const g of groups) {
    if (g.hindiCase === 'genitive' && toks[g.after]?.fold === HONOUR && toks[g.after + 1]?.fold === IN) Object.assign(g, { hindiCase: 'with', after: g.after + 2 });
  }
}
