/**
 * What introduces the person met in Arabic news: مع "with" or بـ on the name, من "from", a list
 * word (أبرزهم), a word of addition after مع ("إضافة إلى"), كل من "each of", إلى after a verb or
 * noun of speaking, برئاسة "headed by", or one of these before the office the name follows.
 */
import type { Group } from '../grammar/groups.ts';
import { TITLE_WORDS } from '../grammar/titles.ts';
import type { Tok } from '../grammar/tokens.ts';
import { arabicNoun, arabicVerb } from '../text/arabicInflection.ts';
import { HEADED_BY as ARABIC_HEADED_BY } from '../languages/arb/contacts.ts';
import { foldTerm } from '../text/normalize.ts';
import { breakBetween, CLAUSE_BREAKS } from './arabic-adjacency.ts';
import { has } from './arabic-words.ts';
import { CUES, LIST_INTRODUCERS, PHONE_WORDS, foldedSet as set, type CueAt } from './cues.ts';

const ARABIC_CUES = CUES.of('arb')!;
const ARABIC_PHONE = PHONE_WORDS('arb')!;
const ARABIC_LISTS = LIST_INTRODUCERS('arb')!;
/* Fewer verbs of saying than the pack's: those ending the search back for a detached introducer. */
const SPEECH = set('قال وقال أضاف وأضاف أكد وأكد أعلن وأعلن');
const WITH = set('مع');
const FROM = set('من');
const HEADED_BY = set(ARABIC_HEADED_BY.join(' '));
const TO = set('إلى الى');
/* How far before a name the introducer of its office may stand ("من وزير الخارجية وشؤون … X"). */
const DETACHED_REACH = 14;

export type Introducer = 'with' | 'from' | 'headed' | undefined;

/* One office for several people, in the dual or plural ("مع وزيري الدفاع القطري X، والخارجية Y"). */
const SHARED_OFFICES = set('وزيري وزراء رئيسي رؤساء مبعوثي سفيري سفراء ممثلي');

/* "مع كل من A وB" (with each of A and B): كل من passes on the introducer before it. */
const EACH = set('كل');
/* "…مع A، إضافة إلى B" (in addition to B): a word of addition continues a list opened by مع. */
const ADDITION = set('إضافة بالإضافة وبالإضافة علاوة فضلا');
const ADDITION_TO = set('إلى الى على عن');
const ADDITION_REACH = 20;

/** Whether مع stands in the clause within reach before token `k` ("مكالمات مع … ، إضافة إلى Y"). */
function withBefore(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - ADDITION_REACH) && !has(toks[j], CLAUSE_BREAKS); j--) if (has(toks[j], WITH)) return true;
  return false;
}

/** The introducer the word at `k` is: مع or a list word, من, or a word of addition after مع; كل من passes through. */
function wordIntroducer(toks: readonly Tok[], k: number): Introducer {
  const j = has(toks[k], FROM) && has(toks[k - 1], EACH) ? k - 2 : k;
  const tok = toks[j];
  if (has(tok, WITH) || has(tok, ARABIC_LISTS)) return 'with';
  if (has(tok, ADDITION_TO) && has(toks[j - 1], ADDITION) && withBefore(toks, j - 1)) return 'with';
  return has(tok, FROM) ? 'from' : undefined;
}

/* Forms of "spoke" and "talk" (تحدث, حديث): the one spoken to follows إلى. */
const SPOKE = new Set([...arabicVerb('تحدث', 'تحدث').done, ...arabicVerb('تحدث', 'تحدث').future, ...arabicNoun('حديث'), ...arabicVerb('تحادث', 'تحادث').done].map(foldTerm));
const SPOKE_REACH = 12;

/**
 * "تحدث X هاتفيا إلى Y", "تحدث X إلى Y", "بعد حديثها هاتفيا إلى Y" (spoke to Y): إلى after the
 * speaker's name, or after a phone word, in the clause of a form of تحدث within reach. `from` is
 * where the group before ends.
 */
function spokeTo(toks: readonly Tok[], g: Group, from: number, cues: readonly CueAt[]): boolean {
  const to = g.first - 1;
  if (!(from === to || has(toks[to - 1], ARABIC_PHONE))) return false;
  return cues.some((c) => c.end <= to && to - c.end <= SPOKE_REACH && has(toks[c.i], SPOKE) && !breakBetween(toks, c.end, to));
}

/** What introduces a group, and the token where it stands. */
export interface Introduced {
  by: Introducer;
  at: number;
}

/**
 * An introducer parted from the name by the office it describes: "من وزير الخارجية وشؤون الكومنولث
 * … في المملكة المتحدة، X", "مع رئيس الحكومة التي أعلنتها الحركة، X", "بوزير الدفاع في الحكومة
 * المؤقتة X". The office's words stand between, so the office must follow the introducer at once.
 */
function detachedIntroducer(toks: readonly Tok[], g: Group, from: number): Introduced | undefined {
  for (let k = g.first - 2; k >= Math.max(from, g.first - DETACHED_REACH); k--) {
    const tok = toks[k]!;
    const by = wordIntroducer(toks, k);
    if (by && (TITLE_WORDS.match(toks, k + 1) || has(toks[k + 1], SHARED_OFFICES))) return { by, at: k };
    const title = TITLE_WORDS.match(toks, k);
    if (title && title.clitic > 0 && tok.text.slice(0, title.clitic).includes('ب')) return { by: 'with', at: k };
    if (has(tok, SPEECH) || ARABIC_CUES.match(toks, k)) return undefined;
  }
  return undefined;
}

/**
 * What introduces the group: مع or a بـ on its first word, من, a list word, إلى right after a
 * verb or noun of speaking ("بعد حديثه إلى Y", after his talk to Y), برئاسة after مع, or one of
 * these before the office the name follows. `from` is where the previous group ends.
 */
export function introducerOf(toks: readonly Tok[], g: Group, from: number, cues: readonly CueAt[]): Introduced {
  const head = g.members[0]!;
  const before = toks[g.first - 1];
  const at = g.first;
  const by = wordIntroducer(toks, g.first - 1);
  if (by === 'with') return { by, at };
  if (head.clitic > 0 && toks[g.first]!.text.slice(0, head.clitic).includes('ب')) return { by: 'with', at };
  // "اجتمع X ب Y": the preposition written apart.
  if (before?.fold === 'ب') return { by: 'with', at };
  if (by === 'from') return { by, at };
  if (has(before, TO) && cues.some((c) => c.cue.kind !== 'meeting' && c.end === g.first - 1)) return { by: 'with', at };
  if (has(before, TO) && spokeTo(toks, g, from, cues)) return { by: 'with', at };
  if (has(before, HEADED_BY)) return { by: toks.slice(Math.max(0, g.first - 6), g.first - 1).some((t) => has(t, WITH)) ? 'with' : 'headed', at };
  return detachedIntroducer(toks, g, from) ?? { by: undefined, at };
}
