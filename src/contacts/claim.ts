/**
 * A contact as one sentence states it, before dates, places and other sentences are considered:
 * who, with whom, what kind, announced or done, and the stretch of the sentence that says so.
 */
import type { Phrase } from '../grammar/phrase.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { ContactKind } from './types.ts';

export interface Claim {
  view: SentenceView;
  /** The subject's phrase; in another sentence (a tweet's byline) when `subjectView` is set. */
  subject: Phrase;
  subjectView?: SentenceView;
  other: Phrase;
  kind: ContactKind;
  planned: boolean;
  /** Token range [first, end) of the clause stating the contact, cue included. */
  first: number;
  end: number;
  /**
   * Token range of the whole clause, where the language's grammar marks one: only dates inside it
   * are the contact's ("قالت الوزارة، اليوم، إن X التقى Y أمس" — اليوم is the statement's), and
   * a contact whose clause has none is undated.
   */
  clause?: [number, number];
  /**
   * The grammar reads the contact as going on from the news told before it: the person met marked
   * "also" ("Y से भी मुलाकात की"), or the contact told as the setting of something else ("Y से
   * बातचीत के दौरान X ने कहा"). Undated in its sentence, it takes its subject's day from before (when.ts).
   */
  continues?: boolean;
}

export interface ClaimShape {
  kind: ContactKind;
  planned: boolean;
  first: number;
  end: number;
  clause?: [number, number];
  subjectView?: SentenceView;
  continues?: boolean;
}

/**
 * One claim per (subject, other) pair of distinct people; coordinated phrases give several
 * ("X ने A और B से बात की" → X–A, X–B). With one list, every pair within it ("A और B ने चर्चा की").
 */
export function pairClaims(view: SentenceView, subjects: readonly Phrase[], others: readonly Phrase[] | undefined, shape: ClaimShape): Claim[] {
  const claims: Claim[] = [];
  const add = (subject: Phrase, other: Phrase): void => {
    if (subject.person === other.person || subject.person === undefined || other.person === undefined) return;
    claims.push({ view, subject, other, ...shape });
  };
  if (others) for (const s of subjects) for (const o of others) add(s, o);
  else subjects.forEach((s, i) => subjects.slice(i + 1).forEach((o) => add(s, o)));
  return claims;
}

/**
 * Whether the token at `k` stands inside brackets: an aside about someone else ("X (the younger
 * brother of Z, the movement's deputy leader) met Y"), whose people are not the contact's parties.
 */
export function inBrackets(view: SentenceView, k: number): boolean {
  const before = view.sentence.text.slice(0, view.toks[k]!.start - view.sentence.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Longest aside set off by commas ("Y, who is visiting Delhi, on Monday"). */
const ASIDE_REACH = 15;

/**
 * Where an aside opened at `at` by a word of `asides` after a comma closes (the next comma), when it
 * closes within reach and holds no date of its own; else undefined.
 */
function asideEnd(view: SentenceView, at: number, asides: ReadonlySet<string>): number | undefined {
  const { toks } = view;
  if (!toks[at]?.breakBefore || !asides.has(toks[at]!.fold)) return undefined;
  const close = toks.findIndex((t, j) => j > at && j - at <= ASIDE_REACH && t.breakBefore);
  if (close < 0) return undefined;
  const [start, end] = [toks[at]!.start, toks[close]!.start];
  return view.dates.some((d) => d.start < end && d.end > start) ? undefined : close;
}

/**
 * The claim with its clause marked when a word of `breaks` opens another clause in its sentence:
 * then only dates inside its own clause are its ("The ministry said on Tuesday that X met Y";
 * "X ने सोमवार को पुष्टि की कि Y ने Z से मुलाकात की"). Only when another clause has a date of its
 * own: otherwise the sentence keeps its other dating (its own dates, a tweet's date line). An aside
 * opened by a word of `asides` after a comma, with no date in it, does not end the clause ("X met Y,
 * who is visiting Delhi, on Monday").
 */
export function boundClause(claim: Claim, breaks: ReadonlySet<string>, asides?: ReadonlySet<string>): Claim {
  if (claim.clause || claim.subjectView) return claim;
  const { toks } = claim.view;
  let from = claim.first;
  while (from > 0 && !breaks.has(toks[from - 1]!.fold)) from--;
  let to = claim.end;
  for (;;) {
    while (to < toks.length && !breaks.has(toks[to]!.fold)) to++;
    const close = asides ? asideEnd(claim.view, to, asides) : undefined;
    if (close === undefined) break;
    to = close;
  }
  const [start, end] = [toks[from]?.start ?? claim.view.sentence.end, to > 0 ? toks[to - 1]!.end : claim.view.sentence.start];
  const elsewhere = claim.view.dates.some((d) => d.end <= start || d.start >= end);
  return elsewhere ? { ...claim, clause: [from, to] } : claim;
}

/**
 * The first contact (an invitation aside) told in the `back` sentences before `view`, nearest
 * sentence first, with the sentence telling it: the meeting that "this meeting", "the meeting
 * attended" points back to (`readClaims` reads a sentence's own contacts).
 */
export function contactToldBefore(view: SentenceView, views: readonly SentenceView[], back: number, readClaims: (v: SentenceView) => Claim[]): { host: Claim; told: SentenceView } | undefined {
  for (const before of views.slice(Math.max(0, view.order - back), view.order).reverse()) {
    const host = readClaims(before).find((c) => c.kind !== 'invitation');
    if (host) return { host, told: before };
  }
  return undefined;
}
