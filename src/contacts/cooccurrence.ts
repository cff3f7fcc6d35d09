/**
 * The last reading of a sentence its language's grammar found no contact in: a contact verb that
 * takes the person met as its object (التقى, استقبل, met, received; the pack marks them
 * `transitive`, `received` or `possessedObject`) and two or more named people in the same
 * sentence. The grammars read the shapes they were written for; real coverage keeps writing new
 * ones ("استقبل X، بمكتبه صباح اليوم، Y": an adverbial between verb and object). Contact nouns
 * (talks, meeting) are not enough on their own: a sentence names a meeting and two people far more
 * often than it tells that they met (measured on the development set: README, "Development set").
 * With `anyCue` they are read too, as weak contacts that the corpus must corroborate
 * (src/contacts/corroborated.ts).
 *
 * What it leaves out, from each language pack: a sentence with a denial in it ("نفت روسيا عقد
 * محادثات", "did not meet"), anyone who is a verb of saying's speaker — the speaker reports the
 * contact and is not a party to it ("أكد X أن Y قبل دعوة Z") — and people joined by "and" to
 * the subject, who meet the others with it, not each other ("التقى A وB C"), and the owner of an
 * office named after them ("Wang Yi's deputy met Y") or, after the contact word, of a thing ("welcomed Y's decision") and the one an office
 * serves ("met the envoy of Y").
 */
import type { Phrase } from '../grammar/phrase.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { packFor } from '../languages/index.ts';
import { groupPhrases } from '../grammar/groups.ts';
import { inBrackets, pairClaims, type Claim } from './claim.ts';
import { CUES, FUTURE_MARKERS, NEGATION_WORDS, OBJECT_OFFICES, PHONE_WORDS, SENDING_WORDS, SPEECH_WORDS } from './cues.ts';
import { ownsOffice, ownsThing, servedByOffice } from './english-tokens.ts';
import { urgedAfter } from './arabic-urged.ts';


/** Words before a contact word searched for a future marker ("من المقرر أن يلتقي", "will soon meet"). */
const FUTURE_REACH = 8;
/** Words after a contact word searched for a future ending ("मुलाकात करेंगे"). */
const VERB_REACH = 6;
/** Words after a person's name searched for a verb of saying ("X, the minister, said"). */
const SPEAKER_REACH = 3;

/** Whether any word of the tokens, in any of its forms, is one of `words`. */
export const hasWord = (toks: readonly Tok[], words: ReadonlySet<string> | undefined): boolean =>
  words !== undefined && toks.some((t) => t.forms.some((f) => words.has(f)));

/** Talks become a phone call when a phone word stands in the sentence ("फोन पर बात की"). */
export function phoneKind(kind: Claim['kind'], view: SentenceView): Claim['kind'] {
  return kind === 'talks' && hasWord(view.toks, PHONE_WORDS(view.lang)) ? 'phone call' : kind;
}

/**
 * Whether the phrase is the speaker of a verb of saying rather than a party to the contact word at
 * `cue`: right after the verb ("أكد X أن"), just before it ("X, the minister, said"), or before it
 * on the way to the contact word ("X praised the talks and said the minister met Y"); with no
 * contact word given, just after it.
 */
export function isSpeaker(toks: readonly Tok[], p: Phrase, speech: ReadonlySet<string> | undefined, cue?: number): boolean {
  const after = cue !== undefined && p.end <= cue ? cue : p.end + SPEAKER_REACH;
  return hasWord(toks.slice(Math.max(0, p.first - 1), p.first), speech) || hasWord(toks.slice(p.end, after), speech);
}

/** Whether the phrase's role opens with one of the pack's `objectOffices`: its holder is a verb's object ("نائبي الرئيس X"). */
export const officeAsObject = (toks: readonly Tok[], p: Phrase, offices: ReadonlySet<string> | undefined): boolean =>
  p.nameFirst > p.first && hasWord(toks.slice(p.first, p.first + 1), offices);

/** Whether a verb of sending stands before both the second party and the contact word: the first party sent the second. */
function sentBefore(toks: readonly Tok[], second: number, cue: number, sending: ReadonlySet<string> | undefined): boolean {
  return hasWord(toks.slice(0, Math.min(second, cue)), sending);
}

/**
 * Contacts between the first named people of the sentence (one, or several joined by "and") and
 * each later one, by its first contact verb (or, with `anyCue`, its first contact word of any
 * kind); none when the sentence denies something or names fewer than two parties.
 * @example cooccurrenceClaims(view) // [{ subject: <X>, other: <Y>, kind: 'meeting', planned: false, … }]
 */
export function cooccurrenceClaims(view: SentenceView, opts: { anyCue?: boolean } = {}): Claim[] {
  const { toks, lang } = view;
  const cues = CUES.of(lang);
  if (!cues || hasWord(toks, NEGATION_WORDS(lang))) return [];
  const speech = SPEECH_WORDS(lang);
  const named = view.phrases.filter((p) => p.person !== undefined);
  if (new Set(named.map((p) => p.person)).size < 2) return [];
  for (let i = 0; i < toks.length; i++) {
    const m = cues.match(toks, i);
    if (!m || !(opts.anyCue || m.value.transitive || m.value.received || m.value.possessedObject)) continue;
    const parties = named.filter((p) => !isSpeaker(toks, p, speech, i) && !inBrackets(view, p.first) && !ownsOffice(toks, p) && !(p.first > i && (ownsThing(toks, p, (at) => cues.match(toks, at) !== undefined) || servedByOffice(toks, p))));
    if (parties.length < 2) return [];
    // People joined by "and" to the first one are its co-subjects ("التقى A وB C"): they meet the others, not each other.
    const groups = groupPhrases(toks, parties);
    // "أرسل X Y إلى الدوحة لإجراء محادثات", "X sent Y to hold talks": the sender is no party to the talks.
    if (groups.length > 1 && sentBefore(toks, groups[1]!.first, i, SENDING_WORDS(lang))) groups.shift();
    if (groups.length < 2) return [];
    const [subjects, ...rest] = groups;
    // "والتقى Z نائبي الرئيس X وY": people named by an office in the object's case after the verb were met; their subject is unnamed.
    if (subjects!.first >= m.end && officeAsObject(toks, subjects!.members[0]!, OBJECT_OFFICES(lang))) return [];
    // "X held talks with the Taliban, while Y met officials": in an SVO language the verb reads only between a party before it and one
    // after it, who is not the subject of a contact word of their own ("X visited Kabul and Y visited Doha").
    if (!opts.anyCue && packFor(lang)?.contacts.objectAfterVerb && !(subjects!.first < i && rest.some((g) => g.first >= m.end && !cues.match(toks, g.end)))) return [];
    const others = rest.flatMap((g) => g.members);
    // "دعا X Y إلى احترام …": called on, not invited (arabic-urged.ts).
    if (m.value.kind === 'invitation' && rest.length > 0 && urgedAfter(toks, rest.at(-1)!.end)) return [];
    const kind = phoneKind(m.value.kind, view);
    const planned =
      m.value.future === true ||
      hasWord(toks.slice(Math.max(0, i - FUTURE_REACH), i), FUTURE_MARKERS(lang)) ||
      packFor(lang)?.contacts.announcedAfter?.(toks.slice(m.end, m.end + VERB_REACH)) === true;
    // Without the sentence's structure, only a date among the contact's own words is its date.
    const [first, end] = [Math.min(subjects!.first, i), Math.max(rest.at(-1)?.end ?? 0, m.end)];
    const shape = { kind, planned, first, end, clause: [first, end] as [number, number] };
    return pairClaims(view, subjects!.members, others, shape);
  }
  return [];
}
