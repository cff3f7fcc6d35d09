/**
 * A contact told with its subject standing as a pronoun ("He had a meeting with Y", "उन्होंने Y से
 * बातचीत की", "أنه عقد اجتماعات مع Y") that no reading found: the subject is someone the article
 * named before. Which one, the sentence cannot tell; the corpus can. Each person named in the
 * sentences before (nearest first, up to `CANDIDATES`; none that stood after a preposition or in an
 * object's case there, since a subject pronoun takes up a subject) is a weak candidate, and only the first whose
 * pair with Y another statement of the corpus has, read by a grammar, is kept (corroborated.ts): real
 * coverage tells each encounter in many outlets and shapes, and a known pair is most often the same
 * news told with its subject left to a pronoun.
 *
 * Read only where cheap tests pass first: a sentence no reading found a contact in, naming someone,
 * with no denial, a contact word of the pack's, and a subject pronoun (the pack's `pronouns` and
 * `contacts.elidedSubject`) before that word and before every name. Verb-initial Arabic sentences
 * with no pronoun ("وبحث مع Y") were tried too: one more right contact on the dev set and no recall.
 */
import type { Phrase } from '../grammar/phrase.ts';
import { isNamed } from '../grammar/phrase.ts';
import { maySubject } from '../grammar/subject.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import { inBrackets, type Claim } from './claim.ts';
import { CUES, NEGATION_WORDS, SPEECH_WORDS } from './cues.ts';
import { hasWord, isSpeaker, phoneKind } from './cooccurrence.ts';

/** Earlier people tried as the subject, nearest first. */
const CANDIDATES = 3;
/** Sentences back searched for them. */
const REACH = 6;
/** Words between the pronoun and the contact word at most ("he had a meeting", "उन्होंने … Y से मुलाकात की"). */
const PRONOUN_REACH = 12;

/** Words standing for the subject left unnamed: subject pronouns ("he", "उन्होंने") and the pack's `elidedSubject` ("أنه"). */
const ELIDED = perPack((pack) => new Set([...(pack.pronouns ?? []), ...(pack.contacts.elidedSubject ?? [])].map(foldTerm)));

/** A subjectless claim: one of several candidates for the subject, tried in `rank` order. */
export interface SubjectlessClaim extends Claim {
  rank: number;
}

/** The named people of the sentences before, nearest mention first, each once, with where it was named. */
function earlierPeople(view: SentenceView, views: readonly SentenceView[], skip: ReadonlySet<number>): { phrase: Phrase; view: SentenceView }[] {
  const out: { phrase: Phrase; view: SentenceView }[] = [];
  const seen = new Set(skip);
  for (let k = view.order - 1; k >= Math.max(0, view.order - REACH) && out.length < CANDIDATES; k--) {
    const before = views[k];
    if (!before || before.article !== view.article) continue;
    for (const p of [...before.phrases].reverse()) {
      if (p.person === undefined || !isNamed(p) || seen.has(p.person) || !maySubject(before, p)) continue;
      seen.add(p.person);
      out.push({ phrase: p, view: before });
      if (out.length >= CANDIDATES) break;
    }
  }
  return out;
}

/** The first contact word of the sentence. */
function firstCue(view: SentenceView): { i: number; end: number; kind: Claim['kind']; planned: boolean } | undefined {
  const cues = CUES.of(view.lang);
  for (let i = 0; cues && i < view.toks.length; i++) {
    const m = cues.match(view.toks, i);
    if (m) return { i, end: m.end, kind: m.value.kind, planned: m.value.future === true };
  }
  return undefined;
}

/**
 * Candidate claims for a sentence no reading found a contact in: each named person of the sentence
 * (not a speaker, not in brackets) with each earlier person, ranked nearest first.
 * @example subjectlessClaims(view, views) // [{ subject: <X named before>, subjectView, other: <Y>, rank: 0, … }, …]
 */
export function subjectlessClaims(view: SentenceView, views: readonly SentenceView[]): SubjectlessClaim[] {
  const named = view.phrases.filter((p) => p.person !== undefined && isNamed(p));
  const elided = ELIDED(view.lang);
  const { toks, lang } = view;
  // The cheap tests first: a name, a subject pronoun, no denial.
  if (named.length === 0 || !elided || !hasWord(toks, elided) || hasWord(toks, NEGATION_WORDS(lang))) return [];
  const cue = firstCue(view);
  if (!cue) return [];
  const at = toks.findIndex((t, k) => k < cue.i && cue.i - k <= PRONOUN_REACH && t.forms.some((f) => elided.has(f)));
  if (at < 0 || named.some((p) => p.first < at)) return [];
  const speech = SPEECH_WORDS(lang);
  const others = named.filter((p) => !inBrackets(view, p.first) && !isSpeaker(toks, p, speech));
  if (others.length === 0) return [];
  const kind = phoneKind(cue.kind, view);
  const candidates = earlierPeople(view, views, new Set(named.map((p) => p.person!)));
  return others.flatMap((other) =>
    candidates.map(({ phrase, view: where }, rank) => ({
      view,
      subject: phrase,
      subjectView: where,
      other,
      kind,
      planned: cue.planned,
      first: Math.min(cue.i, other.first),
      end: Math.max(cue.end, other.end),
      rank,
    })),
  );
}
