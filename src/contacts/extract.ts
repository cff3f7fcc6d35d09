/**
 * Contacts of one article: each sentence goes through the grammar of its language, once the words
 * standing for people named before it are resolved (antecedent.ts), then, when the grammar finds
 * nothing, through the language-neutral last reading (cooccurrence.ts); every claim gets its date,
 * place and verbatim evidence. People are still the article's local indexes.
 */
import type { PartialDate } from '../dates/types.ts';
import { nameSpan } from '../grammar/phrase.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { ContactKind, Evidence } from './types.ts';
import { addAntecedents, outsidePair, type PairSeen } from './antecedent.ts';
import { arabicClaims } from './arabic.ts';
import type { Claim } from './claim.ts';
import type { DayHint } from './corpus-dated.ts';
import { englishClaims } from './english.ts';
import { hindiClaims } from './hindi.ts';
import { afterPublication, claimDate, dayHint } from './when.ts';
import { cooccurrenceClaims } from './cooccurrence.ts';
import { unrealClaim } from './unreal.ts';
import { claimPlace, datelinePlace } from './where.ts';
import { amongListed } from './listed-roles.ts';
import { sameSide } from './same-side.ts';
import { recalledContacts, recalledDay, type ReadContact } from './recalled.ts';
import { subjectlessClaims } from './subjectless.ts';

export interface FoundContact {
  /** Article-local person indexes; `a` is the subject. */
  a: number;
  /**
   * Read from a contact noun beside two named people, which alone tells too little (corroborated.ts):
   * kept only when another statement of the corpus, read by the grammar, has the same pair.
   */
  weak?: true;
  /** One of several weak readings of a side left out (subjectless.ts): only the first corroborated `rank` of `key` is kept. */
  alternative?: { key: string; rank: number };
  b: number;
  kind: ContactKind;
  planned: boolean;
  date?: PartialDate;
  dateFrom?: 'sentence' | 'neighbourhood';
  /** What the sentence says of the day of a contact left undated, for the corpus to confirm (corpus-dated.ts). */
  dayHint?: DayHint;
  place?: string;
  placeFrom?: 'stated' | 'here';
  evidence: Evidence;
}

/** The contact grammar of a language; `subjectless` ones may find a subject outside the sentence (a tweet's byline). */
interface ClaimReader {
  read(view: SentenceView, views: readonly SentenceView[]): Claim[];
  subjectless?: boolean;
}

/* Contact grammars by language code; a language without one states no contacts. */
const READERS: Readonly<Record<string, ClaimReader>> = {
  hin: { read: hindiClaims },
  arb: { read: arabicClaims },
  eng: { read: englishClaims, subjectless: true },
};

function claimsOf(view: SentenceView, views: readonly SentenceView[]): Claim[] {
  const reader = READERS[view.lang];
  if (!reader || (view.phrases.length === 0 && !(reader.subjectless && view.toks[0]?.lang === view.lang))) return [];
  const claims = reader.read(view, views);
  // "عن استعداده للقاء Y": a contact hoped for or ruled out is none, however it was read.
  return (claims.length > 0 ? claims : cooccurrenceClaims(view)).filter((c) => !unrealClaim(c));
}

/** A sentence no grammar read a contact in: its contact nouns beside two named people, to be corroborated. */
function weakClaimsOf(view: SentenceView): Claim[] {
  return READERS[view.lang] ? cooccurrenceClaims(view, { anyCue: true }).filter((c) => !unrealClaim(c)) : [];
}

function evidenceOf(claim: Claim): Evidence {
  const { view } = claim;
  const names = [claim.subjectView ? undefined : claim.subject, claim.other]
    .filter((p) => p !== undefined)
    .map((p) => nameSpan(p, view.toks));
  return {
    article: view.article.number,
    paragraph: view.paragraph.number,
    text: view.sentence.text,
    start: view.sentence.start,
    end: view.sentence.end,
    names,
  };
}

/**
 * @example articleContacts(views) // [{ a: 0, b: 1, kind: 'meeting', planned: false, date: {…}, place: 'Nur-Sultan', evidence: {…} }, …]
 */
export function articleContacts(views: readonly SentenceView[]): FoundContact[] {
  const dateline = datelinePlace(views);
  const found: FoundContact[] = [];
  const unconfirmed: FoundContact[] = [];
  const read: ReadContact[] = [];
  const seen: PairSeen[] = [];
  for (const view of views) {
    if (READERS[view.lang]) addAntecedents(view, views, seen);
    const strong = claimsOf(view, views);
    const weak = strong.length === 0 ? weakClaimsOf(view) : [];
    const claims = strong.length > 0 ? strong : weak;
    // A side left out or a pronoun: candidates from before, for the corpus to choose among (corroborated.ts).
    if (claims.length === 0 && READERS[view.lang]) {
      for (const c of subjectlessClaims(view, views).filter((c) => !unrealClaim(c))) {
        const where = claimPlace(c, dateline);
        unconfirmed.push({
          a: c.subject.person!,
          b: c.other.person!,
          kind: c.kind,
          planned: c.planned,
          weak: true,
          alternative: { key: `${view.order}:${c.other.person}`, rank: c.rank },
          ...(where.place ? { place: where.place, placeFrom: where.from } : {}),
          evidence: evidenceOf(c),
        });
      }
    }
    // "The meeting took place on Tuesday": the day of the contact just told.
    const day = strong.length === 0 ? recalledDay(view) : undefined;
    if (day) for (const i of recalledContacts(read, view.order)) Object.assign(found[i]!, { date: day.date, dateFrom: 'neighbourhood' });
    const here = claims.map((c) => ({ order: view.order, a: c.subject.person!, b: c.other.person! }));
    for (const claim of claims) {
      if (outsidePair(claim.subject, claim.other) || amongListed(claim.subject, claim.other)) continue;
      if (sameSide(here, seen, view.order, claim.subject.person!, claim.other.person!)) continue;
      // What the grammar did not read stays out of what later sentences are read against.
      if (weak.length === 0) seen.push({ order: view.order, a: claim.subject.person!, b: claim.other.person! });
      const when = claimDate(claim, views);
      const hint = weak.length > 0 ? dayHint(claim) : undefined;
      const where = claimPlace(claim, dateline);
      const planned = claim.planned || when.ahead === true || afterPublication(when.date, view.article);
      if (weak.length === 0) read.push({ order: view.order, a: claim.subject.person!, b: claim.other.person!, dated: when.date !== undefined, planned });
      // `read` and `found` stay parallel: a later sentence's recalled day is given by index.
      (weak.length === 0 ? found : unconfirmed).push({
        a: claim.subject.person!,
        b: claim.other.person!,
        kind: claim.kind,
        planned,
        ...(weak.length > 0 ? { weak: true as const } : {}),
        ...(when.date && weak.length === 0 ? { date: when.date, dateFrom: when.from } : {}),
        ...(hint ? { dayHint: hint } : {}),
        ...(where.place ? { place: where.place, placeFrom: where.from } : {}),
        evidence: evidenceOf(claim),
      });
    }
  }
  return [...found, ...unconfirmed];
}
