/**
 * Messages in Arabic news: "نقل X رسالة من Y إلى Z", "نقل الوزيران تحيات Y لـZ", "حمل X رسالة
 * خطية من Y إلى Z" (X conveyed Y's letter, greetings, thanks to Z) tell a message from Y to Z; "بعث
 * X برقية تهنئة إلى Z", "وجه X رسالة إلى Z" (sent a cable, a letter) one from the subject X to Z.
 * The one the message is for follows إلى or carries لـ "to"; the sender follows the message noun
 * (its genitive, or after من), or else is the verb's subject.
 */
import type { Group } from '../grammar/groups.ts';
import type { Tok } from '../grammar/tokens.ts';
import { arabicVerb } from '../text/arabicInflection.ts';
import { foldTerm } from '../text/normalize.ts';
import { addressedTo, breakBetween } from './arabic-adjacency.ts';
import { has } from './arabic-words.ts';
import { CONVEYED_MESSAGE as W } from '../languages/arb/contacts.ts';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldTerm));
const forms = (pairs: ReadonlyArray<readonly [string, string]>): string[] => pairs.flatMap(([past, present]) => {
  const f = arabicVerb(past, present);
  return [...f.done, ...f.future];
});

/* Verbs of carrying another's message: conveyed, carried, handed over. */
const CARRYING = set(forms(W.carrying));
/* Their future forms (سينقل, سيحمل): a message still to be handed over. */
const FUTURE = set([...W.carrying, ...W.sending].flatMap(([past, present]) => arabicVerb(past, present).future));
/* Verbs of sending one's own: sent, addressed. */
const SENDING = set(forms(W.sending));
/* Nouns of a message, with their definite forms ("رسالة خطية", "برقية تهنئة", "تحيات", "شكر وتقدير"). */
const MESSAGES = set(W.messages.flatMap((w) => [w, `ال${w}`, `و${w}`]));
/* Words after the message noun before its sender: an adjective or a second noun ("خطية", "وتقدير", "تهنئة"), من "from". */
const SENDER_REACH = 3;
const TO = set(W.to);
const FROM = set(W.from);
/* How far the verb may stand before the message noun (its subject between: "نقل وزير الخارجية X رسالة"). */
const VERB_REACH = 12;
const RECIPIENT_REACH = 4;

/** A claim's parties and where it stands, for arabic.ts to shape. */
export interface Conveyed {
  from: Group;
  to: Group;
  first: number;
  end: number;
  planned: boolean;
}

/** The group starting at token `k`, if any. */
const groupAt = (groups: readonly Group[], k: number): Group | undefined => groups.find((g) => g.first === k);

/** The one a message is for: a group right after إلى, or one whose first word carries لـ, within reach of `from`. */
function recipientAfter(toks: readonly Tok[], groups: readonly Group[], from: number): Group | undefined {
  for (let k = from; k < Math.min(toks.length, from + RECIPIENT_REACH); k++) {
    const g = groupAt(groups, k);
    if (g) return addressedTo(toks, g) || has(toks[k - 1], TO) ? g : undefined;
  }
  return undefined;
}

/**
 * Messages the sentence tells, each from its sender to the one it is for.
 * @example conveyedMessages(toks, groups) // "نقل X رسالة من Y إلى Z" → [{ from: Y, to: Z, … }]
 */
export function conveyedMessages(toks: readonly Tok[], groups: readonly Group[]): Conveyed[] {
  const found: Conveyed[] = [];
  toks.forEach((t, m) => {
    if (!has(t, MESSAGES) || (m > 0 && has(toks[m - 1], MESSAGES))) return;
    let v = m - 1;
    while (v >= Math.max(0, m - VERB_REACH) && !has(toks[v], CARRYING) && !has(toks[v], SENDING)) v--;
    if (v < Math.max(0, m - VERB_REACH) || breakBetween(toks, v, m)) return;
    const subject = groups.find((g) => g.first > v && g.end <= m);
    const planned = has(toks[v], FUTURE);
    // The sender right after the message noun (past its adjective or second noun, or من).
    let k = m + 1;
    while (k < m + 1 + SENDER_REACH && !groupAt(groups, k) && !has(toks[k], TO) && !toks[k]?.breakBefore) k++;
    const after = groupAt(groups, k);
    const sender = after && has(toks[v], CARRYING) && !addressedTo(toks, after) && !has(toks[k - 1], TO) ? after : undefined;
    const to = recipientAfter(toks, groups, sender ? sender.end : m + 1);
    if (!to || breakBetween(toks, m, to.first)) return;
    // Who carries a message hands it over (the carrier met the one it is for); who sends it is its sender.
    for (const from of [sender, subject]) if (from) found.push({ from, to, first: v, end: to.end, planned });
  });
  return found;
}
