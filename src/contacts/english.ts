/**
 * English contact grammar (subject–verb–object):
 * - `X met|called|hosted Y`, `X spoke|talked (by phone) with|to Y`, `X held talks with Y`;
 * - `X and Y met|held talks`, `phone call|talks|meeting between X and Y`;
 * - a tweet without a subject ("Good to catch up with Y", "Spoke with Y") is its author's: the
 *   name on the byline that closes the tweet ("— Dr. S. Jaishankar (@DrSJaishankar) …").
 * "will", "to", "plans", "expected" just before the verb make the contact planned.
 */
import { groupPhrases, type Group } from '../grammar/groups.ts';
import { subjectLike } from '../grammar/subject.ts';
import type { Phrase } from '../grammar/phrase.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { ROLE_QUALIFIERS, TITLE_WORDS } from '../grammar/titles.ts';
import type { Tok } from '../grammar/tokens.ts';
import { tweetByline } from './byline.ts';
import { boundClause, pairClaims, type Claim } from './claim.ts';
import { CUES, PHONE_WORDS, SPEECH_WORDS, type Cue, type CueAt } from './cues.ts';
import { cue } from '../languages/entries.ts';
import { asSetting, receivedOnArrival } from './english-setting.ts';
import { quotedSpeaker } from './english-quoted.ts';
import { ownedNounAfter, PARTICIPLE_OPENERS, subjectAfterComma } from './english-clauses.ts';
import { announced, deniedPlan } from './english-announced.ts';
import * as G from '../languages/eng/grammar.ts';
import { appositionList } from './english-lists.ts';
import { objectSettingClaims } from './english-object-setting.ts';
import { companionClaims, companionsInAside } from './english-companions.ts';
import { cooccurrenceClaims } from './cooccurrence.ts';
import { CLAUSE_BREAKS, DATE_CLAUSE_BREAKS, ownsOffice, ownsThing, possessiveS, servedByOffice } from './english-tokens.ts';

const ENGLISH_CUES = CUES.of('eng')!;
const ENGLISH_PHONE = PHONE_WORDS('eng')!;

/* Words allowed between the verb and the person met ("spoke by phone with", "met with his"). */
const LINKING = new Set(G.LINKING);
/* A lowercase adverb of manner between the verb and the person ("met separately with", "spoke briefly to"). */
const MANNER = /^\p{Ll}{3,}ly$/u;
/** A subjectless tweet starts with its verb, or with "Good to", "Glad to", "Pleased to"… */
const TWEET_OPENING_WORDS = 4;
const MAX_GAP = 12;
/** Capitalised words of a descriptor or an organisation's name between the verb and the person. */
const MAX_DESCRIPTOR = 8;


/* "X reached out to Afghan leaders, meeting Y": a participle after a comma, whose subject is the sentence's. */
const PARTICIPLE_MEETING = cue('meeting', { transitive: true });
/** How far back the subject of a participle after a comma may stand. */
const PARTICIPLE_REACH = 25;

/* Participles of contact opening a clause after a comma ("…, meeting Y", "…, holding talks with Y"). */
const PARTICIPLES = new Set(G.CONTACT_PARTICIPLES);

/** Whether the word at `i` is a participle of contact (of `words`) opening a clause after a comma. */
function participleAfterComma(toks: readonly Tok[], i: number, words: ReadonlySet<string> = PARTICIPLES): boolean {
  return i > 0 && toks[i]!.breakBefore && words.has(toks[i]!.fold) && /^\p{Ll}/u.test(toks[i]!.text);
}
const MEETING = new Set([G.MEETING_PARTICIPLE]);

function findCues(toks: readonly Tok[], groups: readonly Group[]): CueAt[] {
  const cues: CueAt[] = [];
  for (let i = 0; i < toks.length; i++) {
    const m = ENGLISH_CUES.match(toks, i) ?? (participleAfterComma(toks, i, MEETING) ? { end: i + 1, value: PARTICIPLE_MEETING } : undefined);
    if (!m || deniedPlan(toks, i)) continue;
    // "will hold talks with X and call on Y": a verb joined by "and" shares the first one's future.
    const joined = toks[i - 1]?.fold === 'and' && cues.length > 0 && !clauseBreak(toks, cues.at(-1)!.end, i);
    const planned = announced(toks, i, groups) || (joined && cues.at(-1)!.planned);
    cues.push({ i, end: m.end, cue: m.value, planned });
    i = m.end - 1;
  }
  return cues;
}

/**
 * The words of the sentence's date mentions: a date may stand between the verb and the person met
 * ("a telephone conversation last month between X and Y", "met on Monday with Y").
 */
function datedWords(view: SentenceView): Set<number> {
  const spans = [...view.dates, ...view.unresolvedDates];
  const dated = new Set<number>();
  // Asked of every English sentence read for contacts, most of them undated: no array per word.
  if (spans.length === 0) return dated;
  for (let k = 0; k < view.toks.length; k++) {
    const t = view.toks[k]!;
    if (spans.some((d) => t.start >= d.start && t.end <= d.end)) dated.add(k);
  }
  return dated;
}

/**
 * Whether only linking words, a date, or a short descriptor ("Taliban leader", "UN chief"), stand between
 * the verb and the person: capitalised words, titles and their qualifiers ("Taliban deputy leader"), and
 * the body owning the office ("the government's"), at most MAX_DESCRIPTOR of them.
 */
function linked(toks: readonly Tok[], from: number, to: number, dated: ReadonlySet<number>): boolean {
  let descriptor = 0;
  for (let k = from; k < to; k++) {
    const tok = toks[k]!;
    if (LINKING.has(tok.fold) || possessiveS(toks, k) || MANNER.test(tok.text) || dated.has(k)) continue;
    // "the Taliban government's acting deputy head", "the group's leader": a body owning the office is part of the descriptor.
    const owner = k + 1 < to && possessiveS(toks, k + 1);
    if (!(/^\p{Lu}/u.test(tok.text) || owner || TITLE_WORDS.match(toks, k) || ROLE_QUALIFIERS.match(toks, k)) || ++descriptor > MAX_DESCRIPTOR) return false;
  }
  return true;
}

const ABOUT = new Set(G.ABOUT);
/** "X spoke of Y", "X talked highly of Y": a talks word followed by "of" or "about" (a manner adverb between) tells of Y, not with Y ("spoke about <topic> with Y" still reaches Y). */
function aboutAfter(toks: readonly Tok[], c: CueAt): boolean {
  let k = c.end;
  while (k < toks.length && MANNER.test(toks[k]!.text)) k++;
  return !c.cue.transitive && ABOUT.has(toks[k]?.fold ?? '');
}

/** "X visited Kabul and Y visited Doha": a person after "and" with a contact word of their own opens the next clause. */
function subjectOfNext(toks: readonly Tok[], c: CueAt, g: Group): boolean {
  return g.first > c.end && toks[g.first - 1]!.fold === 'and' && ENGLISH_CUES.match(toks, g.end) !== undefined;
}

/** How many words a topic may run between a talks verb and "with" ("discussed developments in Afghanistan with Y"). */
const TOPIC_REACH = 8;

/**
 * "X discussed <topic> with Y", "spoke about <topic> with Y": a talks or call verb may put its topic
 * before "with"; the topic is a few words with no clause break, then "with" and a linked person.
 */
function topicThenWith(toks: readonly Tok[], c: CueAt, to: number, dated: ReadonlySet<number>): boolean {
  if (c.cue.transitive || (c.cue.kind !== 'talks' && c.cue.kind !== 'phone call')) return false;
  for (let k = c.end; k < Math.min(to, c.end + TOPIC_REACH + 1); k++) {
    if (CLAUSE_BREAKS.has(toks[k]!.fold) || toks[k]!.breakBefore) return false;
    if (toks[k]!.fold === 'with') return linked(toks, k + 1, to, dated);
  }
  return false;
}

const SPEECH = SPEECH_WORDS('eng')!;
const SPEAKER_PRONOUNS = new Set(G.SPEAKER_PRONOUNS);
/** Words between the pronoun and the verb ("he had earlier met", "she would also speak"). */
const PRONOUN_REACH = 4;

/**
 * "X said (that) he met Y": the pronoun right after a speech verb is its speaker.
 * @example speakerOf(toks, groups, i) // the group of "Ali Khan" in "Ali Khan said on Monday that he met …"
 */
function speakerOf(toks: readonly Tok[], groups: readonly Group[], cue: number): { group: Group; at: number } | undefined {
  let p = cue - 1;
  while (p >= 0 && cue - p <= PRONOUN_REACH && !SPEAKER_PRONOUNS.has(toks[p]!.fold)) p--;
  if (p < 1 || !SPEAKER_PRONOUNS.has(toks[p]!.fold) || clauseBreak(toks, p + 1, cue)) return undefined;
  // "said he", "said that he", "said on Monday that he".
  let said = p - 1;
  while (said >= 0 && p - said <= PRONOUN_REACH && !SPEECH.has(toks[said]!.fold)) said--;
  if (said < 0 || !SPEECH.has(toks[said]!.fold)) return undefined;
  const group = groups.filter((g) => g.end <= said && said - g.end <= MAX_GAP && !clauseBreak(toks, g.end, said)).pop();
  return group && { group, at: p };
}

/**
 * Whether a clause break stands between `from` and `to`. A break word that opens a stretch set off by
 * commas, closed before `to`, is an aside and not one ("X, after his visit to Kabul, told …").
 */
function clauseBreak(toks: readonly Tok[], from: number, to: number, except?: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) {
    if (!CLAUSE_BREAKS.has(toks[k]!.fold) || except?.has(toks[k]!.fold)) continue;
    const close = toks[k]!.breakBefore ? toks.findIndex((t, j) => j > k && j <= to && t.breakBefore) : -1;
    if (close < 0) return true;
    k = close - 1;
  }
  return false;
}

function kindIn(toks: readonly Tok[], c: CueAt, from: number, to: number): Cue['kind'] {
  if (c.cue.kind !== 'talks') return c.cue.kind;
  // "held talks with X and called on Y": the next verb joined by "and" is another contact's.
  const next = toks.findIndex((t, k) => k >= c.end && k < to && t.fold === 'and' && ENGLISH_CUES.match(toks, k + 1) !== undefined);
  return toks.slice(from, next < 0 ? to : next).some((t) => ENGLISH_PHONE.has(t.fold)) ? 'phone call' : 'talks';
}

/**
 * "Y, who is visiting India at the invitation of X" and "At the invitation of X, … Y is visiting":
 * X invited Y, the nearest person before the words, else the first one after X.
 */
function invitationOf(view: SentenceView, groups: readonly Group[], c: CueAt, inviter: Group): Claim[] {
  const invited = groups.filter((g) => g.end <= c.i && c.i - g.end <= MAX_GAP).pop() ?? groups.find((g) => g.first >= inviter.end);
  if (!invited) return [];
  // Only a day inside "at the invitation of X" dates the invitation; the visit's days are the visit's.
  const shape = { kind: 'invitation' as const, planned: c.planned, first: Math.min(invited.first, c.i), end: Math.max(invited.end, inviter.end), clause: [c.i, inviter.end] as [number, number] };
  return pairClaims(view, inviter.members, invited.members, shape);
}

const RELATIVES = new Set(G.RELATIVES);
/** Words a relative pronoun may stand from its verb ("who had earlier met", "who also spoke"). */
const RELATIVE_REACH = 3;

/** "X, who met Y on Monday, said …": the person right before a relative pronoun set off by a comma is the verb's subject. */
function relativeSubject(toks: readonly Tok[], groups: readonly Group[], c: CueAt): Group | undefined {
  for (let k = c.i - 1; k >= Math.max(0, c.i - RELATIVE_REACH); k--) {
    if (!RELATIVES.has(toks[k]!.fold)) continue;
    return toks[k]!.breakBefore ? groups.find((g) => g.end === k) : undefined;
  }
  return undefined;
}

/** Prepositions opening a phrase put before the subject ("In a phone call with Y, X said"). */
const FRONTING = new Set(G.FRONTING);
const FRONT_PARTICIPLES = new Set(G.FRONT_PARTICIPLES);
/** Words the fronted phrase may hold before its contact word ("During his bilateral meeting with"). */
const FRONT_REACH = 5;
/** Words between the person met and the subject after the comma ("with Y on Monday, X"). */
const FRONT_TO_SUBJECT = 5;

/**
 * "In a phone call with Y on Monday, X said …", "After talks with Y, X …": a contact phrase put
 * before the sentence's subject; the subject is the first person after the comma that closes it,
 * read into the group of the people met when only a comma stands between ("with Y, X said").
 */
function fronted(toks: readonly Tok[], groups: readonly Group[], c: CueAt, after: Group): { subjects: Phrase[]; met: Phrase[]; end: number } | undefined {
  // "Speaking after his meeting with Y, X said": a participle of speaking may open the phrase.
  const opens = FRONTING.has(toks[0]!.fold) || (FRONT_PARTICIPLES.has(toks[0]!.fold) && toks.slice(1, c.i).some((t) => FRONTING.has(t.fold)));
  if (c.i > FRONT_REACH || !opens || groups.some((g) => g.end <= c.i)) return undefined;
  const last = after.members.at(-1)!;
  if (after.members.length > 1 && toks[last.first]!.breakBefore && toks[last.first - 1]?.fold !== 'and') {
    return { subjects: [last], met: after.members.slice(0, -1), end: last.first };
  }
  const s = groups.find((g) => g.first >= after.end);
  if (!s || s.first - after.end > FRONT_TO_SUBJECT || clauseBreak(toks, after.end, s.first)) return undefined;
  return toks.slice(after.end, s.first + 1).some((t) => t.breakBefore) ? { subjects: s.members, met: after.members, end: after.end } : undefined;
}

/** Words a relative clause set off by commas may run between a subject and its verb. */
const PARENTHESIS_REACH = 15;

/**
 * "X, who is visiting Delhi, met Y": the subject before a relative clause set off by commas, the
 * verb right after the closing comma.
 */
function parentheticalSubject(toks: readonly Tok[], groups: readonly Group[], c: CueAt): Group | undefined {
  if (!toks[c.i]?.breakBefore) return undefined;
  const g = groups.find((g) => g.end < c.i && c.i - g.end <= PARENTHESIS_REACH && toks[g.end]!.breakBefore && RELATIVES.has(toks[g.end]!.fold));
  if (!g) return undefined;
  for (let k = g.end + 1; k < c.i; k++) if (toks[k]!.breakBefore) return undefined;
  return g;
}

/**
 * Contacts stated by an English sentence, with those of the companions of a party ("X,
 * accompanied by C, met Y"; "He was accompanied by C" after a contact of his); `views` (the whole
 * article) supplies tweet bylines and the contacts told before.
 * @example englishClaims(view, views) // "Blinken spoke with Lavrov by phone" → one phone call claim
 */
export function englishClaims(view: SentenceView, views: readonly SentenceView[]): Claim[] {
  const own = sentenceClaims(view, views);
  if (own.length > 0) return [...own, ...companionsInAside(view, own)];
  // A sentence before read as extract.ts reads it: by the grammar, else by its contact verb and the people it names.
  const read = (v: SentenceView) => {
    const told = sentenceClaims(v, views);
    return told.length > 0 ? told : cooccurrenceClaims(v);
  };
  return companionClaims(view, views, read);
}

/** Contacts stated by an English sentence's own words. */
function sentenceClaims(view: SentenceView, views: readonly SentenceView[]): Claim[] {
  const { toks } = view;
  const groups = groupPhrases(toks, view.phrases);
  const claims: Claim[] = [];
  const cues = findCues(toks, groups);
  const dated = datedWords(view);
  for (const c of cues) {
    const about = aboutAfter(toks, c);
    const after = groups.find((g) => g.first >= c.end && !subjectOfNext(toks, c, g) && ((!about && linked(toks, c.end, g.first, dated)) || topicThenWith(toks, c, g.first, dated)));
    if (c.cue.inviter) {
      if (after) claims.push(...invitationOf(view, groups, c, after));
      continue;
    }
    // "between X and Y", "between India's Foreign Minister X and Y"; "between Dr. X, Chairman of …, and Dr. Y":
    // two people each set off by an apposition are the pair too.
    const afterBetween = after && toks.slice(c.end - 1, after.first).some((t) => t.fold === 'between');
    const pair = !afterBetween ? [] : after.members.length > 1 ? after.members : appositionList(toks, groups, after, cues).flatMap((g) => g.members);
    const betweenForm = pair.length > 1;
    const speaker = speakerOf(toks, groups, c.i);
    // "X said after meeting Y": a participle's subject is its clause's, the speaker's too.
    const participle = PARTICIPLE_OPENERS.has(toks[c.i]!.fold) ? SPEECH : ownedNounAfter(toks, c.i, SPEECH);
    const before =
      parentheticalSubject(toks, groups, c) ??
      relativeSubject(toks, groups, c) ??
      groups.filter((g: Group) => g.end <= c.i && c.i - g.end <= MAX_GAP && !clauseBreak(toks, g.end, c.i, participle)).map((g) => subjectLike(view, g) ? g : subjectAfterComma(toks, g)).filter((g) => g !== undefined).pop() ??
      speaker?.group ??
      (participleAfterComma(toks, c.i) ? groups.find((g) => g.end <= c.i && c.i - g.end <= PARTICIPLE_REACH && !clauseBreak(toks, g.end, c.i)) : undefined);
    // "“We had talks with Y,” X said": the first person of a quotation is its speaker, named after it.
    const quoted = before ? undefined : quotedSpeaker(view, groups, c);
    // The clause of "X said on Monday that he met Y" starts at "he".
    const from = (g: Group) => (g === speaker?.group ? speaker.at : g.first);
    if (betweenForm) {
      claims.push(...pairClaims(view, pair, undefined, { kind: c.cue.kind, planned: c.planned, first: c.i, end: Math.max(...pair.map((p) => p.end)) }));
    } else if (after && quoted && after.end <= quoted.first) {
      const met = appositionList(toks, groups, after, cues).filter((g) => g.end <= quoted.first);
      claims.push(...pairClaims(view, quoted.members, met.flatMap((g) => g.members), { kind: kindIn(toks, c, c.i, after.end + 3), planned: c.planned, first: c.i, end: met.at(-1)!.end }));
    } else if (after && before) {
      const met = appositionList(toks, groups, after, cues);
      const end = met[met.length - 1]!.end;
      const shape = { kind: kindIn(toks, c, from(before), after.end + 3), planned: c.planned, first: from(before), end, continues: asSetting(toks, c) || receivedOnArrival(view, views, c, before) };
      claims.push(...pairClaims(view, before.members, met.flatMap((g) => g.members), shape));
    } else if (after && fronted(toks, groups, c, after)) {
      const { subjects, met, end } = fronted(toks, groups, c, after)!;
      claims.push(...pairClaims(view, subjects, met, { kind: kindIn(toks, c, 0, end), planned: c.planned, first: 0, end: subjects.at(-1)!.end, continues: asSetting(toks, c) }));
    } else if (after && c.i < TWEET_OPENING_WORDS) {
      const author = tweetByline(view, views);
      if (!author?.phrase) continue;
      const shape = { kind: kindIn(toks, c, 0, after.end + 3), planned: c.planned, first: 0, end: after.end, subjectView: author.view };
      claims.push(...pairClaims(view, [author.phrase], after.members, shape));
    } else if (!after && before && before.members.length > 1) {
      claims.push(...pairClaims(view, before.members, undefined, { kind: kindIn(toks, c, before.first, c.end + 3), planned: c.planned, first: before.first, end: c.end }));
    }
  }
  // "X told Y in a phone call": no contact word reaches Y, the call does.
  for (const claim of objectSettingClaims(view, groups)) if (!claims.some((k) => k.subject.person === claim.subject.person && k.other.person === claim.other.person)) claims.push(claim);
  const isCue = (at: number) => ENGLISH_CUES.match(toks, at) !== undefined;
  const acting = claims.filter((claim) => !ownsOffice((claim.subjectView ?? view).toks, claim.subject) && !ownsOffice(toks, claim.other) && !ownsThing(toks, claim.other, isCue) && !servedByOffice(toks, claim.other));
  return acting.map((claim) => boundClause(claim, DATE_CLAUSE_BREAKS, RELATIVES));
}
