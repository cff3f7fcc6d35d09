/**
 * Hindi contact grammar. Hindi is verb-final and marks roles with postpositions:
 * - counterpart form: `S ने … O से|के साथ … <contact noun> <light verb>` — "X ने Y से मुलाकात की",
 *   "X ने Y से की मुलाकात" (headline order), "X ने Y के साथ फोन पर बातचीत की", with O possibly
 *   coordinated ("A और B से"); `S … O को … आमंत्रित किया` for invitations. S may be a plain
 *   subject in the future tense ("वह Y से मुलाकात करेंगे") or a resolved pronoun;
 * - mutual form: `A और B ने … चर्चा की / भाग लिया`, `A और B के बीच … बातचीत हुई`.
 * A subject across "कि" or a quotation is accepted only as the speaker of it ("X ने ट्वीट किया,
 * “… Y से मुलाकात करके अच्छा लगा”"). A future ending on the verb makes the contact planned.
 * Where a contact word stands as a statement is hindi-cues.ts; who holds it, hindi-subjects.ts.
 */
import { foldTerm } from '../text/normalize.ts';
import { groupPhrases, type Group } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { boundClause, pairClaims, type Claim } from './claim.ts';
import { breakBetween, CLAUSE_BREAKS } from './hindi-clause.ts';
import { listedHeadline, metHeadline, verbHeadline } from './hindi-headline.ts';
import { carriedSubject } from './hindi-zero-subject.ts';
import { chairedClaims } from './hindi-chair.ts';
import { companionClaims, presenceClaims } from './hindi-presence.ts';
import { commaSubject, hostOf, nounBeforeMet, subjectLast } from './hindi-order.ts';
import { pairParticiple, spanAway, topicListBetween } from './hindi-noun-frame.ts';
import { cooccurrenceClaims } from './cooccurrence.ts';
import { AFTER_DURING, findCues, GENITIVE_KE, happenedAt, IN, MAX_GAP } from './hindi-cues.ts';
import { genitiveSubject, PARTICIPLE_PHRASE, subjectAfterNoun, subjectBefore, subjectBetween } from './hindi-subjects.ts';
import { genitiveWithEnds, hyphenPairs, inHonourOf, withAcrossConjunct } from './hindi-groups.ts';
import { PHONE_WORDS, type Cue, type CueAt } from './cues.ts';
import { CONTACT_GRAMMAR_WORDS as W } from '../languages/hin/grammar-words.ts';

const HINDI_PHONE = PHONE_WORDS('hin')!;
const BETWEEN = foldTerm(W.between);
const ALSO = foldTerm(W.also);

/**
 * Whether the contact goes on from news told before: the person met marked "also" right after its
 * postposition ("Y से भी मुलाकात की", "Y के साथ भी बात की"), or the contact noun the setting of
 * another statement ("Y से बातचीत के दौरान X ने कहा", "बैठक के बाद", "बातचीत में").
 */
function continuing(toks: readonly Tok[], g: Group | undefined, c: CueAt): boolean {
  if (g && toks[g.after]?.fold === ALSO) return true;
  const next = toks[c.end]?.fold;
  return next === IN || (next === GENITIVE_KE && AFTER_DURING.has(toks[c.end + 1]?.fold ?? ''));
}

/** A dative person ("Y को") is invited or phoned; a "with" person (Y से, Y के साथ) is met or talked to. */
function takes(cue: Cue, hindiCase: Group['hindiCase']): boolean {
  if (hindiCase === 'dative') return cue.kind === 'invitation' || cue.kind === 'phone call';
  return cue.kind !== 'invitation';
}

function kindIn(toks: readonly Tok[], cue: Cue, from: number, to: number): Cue['kind'] {
  if (cue.kind !== 'talks') return cue.kind;
  for (let k = from; k < to; k++) if (HINDI_PHONE.has(toks[k]!.fold)) return 'phone call';
  return cue.kind;
}

/** "A और B में बैठक": two people in the locative right before a contact noun are the two it is between. */
function betweenIn(toks: readonly Tok[], g: Group): boolean {
  return g.members.length > 1 && g.hindiCase === 'locative' && toks[g.after - 1]?.fold === IN;
}

/**
 * Contacts a Hindi sentence states in its own words, its person phrases resolved.
 * @example sentenceClaims(view, views) // "X ने Y से मुलाकात की" → one meeting claim X–Y
 */
function sentenceClaims(view: SentenceView, views: readonly SentenceView[]): Claim[] {
  const { toks } = view;
  const groups = hyphenPairs(view, groupPhrases(toks, view.phrases));
  withAcrossConjunct(toks, groups);
  inHonourOf(toks, groups);
  const withOnly = new Set<CueAt>();
  // "A और B की मुलाकात", "A और B में बातचीत" (में: between the two).
  const pairEnds = new Set(groups.filter((g) => g.members.length > 1 && (g.hindiCase === 'genitive' || g.hindiCase === 'nominative' || betweenIn(toks, g))).map((g) => g.after));
  const cues = findCues(toks, withOnly, pairEnds, genitiveWithEnds(toks, groups));
  const listed = listedHeadline(view, groups, cues);
  if (listed.length > 0) return listed.map((claim) => boundClause(claim, CLAUSE_BREAKS));
  const used = new Set<CueAt>(withOnly);
  const claims: Claim[] = [];
  for (const g of groups) {
    // "X की मुलाकात (सोमवार को) Y से हुई": the noun between its genitive subject and the person met.
    const told = nounBeforeMet(view, groups, cues, g);
    if (told) {
      used.add(told.c);
      claims.push(...pairClaims(view, told.subject.members, g.members, { kind: kindIn(toks, told.c.cue, told.subject.first, told.end), planned: told.planned, first: told.subject.first, end: told.end }));
      continue;
    }
    // "X का Y ने स्वागत किया", "X की अगवानी Y ने की": the host after the one welcomed.
    const hostedBy = hostOf(groups, cues, g);
    if (hostedBy) {
      used.add(hostedBy.c);
      const [first, end] = [g.first, Math.max(hostedBy.host.end, hostedBy.c.end)];
      claims.push(...pairClaims(view, hostedBy.host.members, g.members, { kind: hostedBy.c.cue.kind, planned: hostedBy.c.planned, first, end }));
      continue;
    }
    // "Y की मेजबानी / Y का स्वागत": the genitive right before such a noun is the person met.
    const hosted = g.hindiCase === 'genitive' ? cues.find((c) => c.i === g.after && c.cue.genitiveObject) : undefined;
    if (g.hindiCase !== 'with' && g.hindiCase !== 'dative' && !hosted) continue;
    const c = hosted ?? cues.find((c) => c.i >= g.after && (c.i - g.after <= MAX_GAP || topicListBetween(toks, g.after, c.i)) && takes(c.cue, g.hindiCase));
    if (!c || breakBetween(view, g.after, c.i)) continue;
    const s =
      genitiveSubject(view, groups, g, happenedAt(toks, c)) ?? subjectBefore(view, groups, g) ?? subjectAfterNoun(view, groups, c, true) ?? subjectBetween(view, groups, g, c) ?? subjectLast(view, groups, c);
    // "X, Y से मिले": a subject set off by a comma, read at first as listed with the person met.
    const split = s ? undefined : commaSubject(view, groups, g);
    if (split) {
      used.add(c);
      const shape = { kind: kindIn(toks, c.cue, g.first, c.end), planned: c.planned, first: g.first, end: c.end, continues: continuing(toks, g, c) };
      claims.push(...pairClaims(view, split.subject.members, split.met.members, shape));
      continue;
    }
    if (!s) {
      // "X तेहरान पहुंचे। इसके बाद Y से भी मुलाकात की।": the subject the sentence before gave.
      const carried = carriedSubject(view, views, groups, g, c);
      if (!carried) continue;
      used.add(c);
      const shape = { kind: kindIn(toks, c.cue, g.first, c.end), planned: c.planned, first: g.first, end: c.end, continues: continuing(toks, g, c), subjectView: carried.from };
      claims.push(...pairClaims(view, carried.subject.members, g.members, shape));
      continue;
    }
    used.add(c);
    const shape = { kind: kindIn(toks, c.cue, Math.min(s.first, g.first), c.end), planned: c.planned, first: Math.min(s.first, g.first), end: Math.max(s.end, c.end), continues: continuing(toks, g, c) };
    claims.push(...pairClaims(view, s.members, g.members, shape));
  }
  for (const c of cues) {
    if (used.has(c) || !c.cue.received) continue;
    // "X को Y का फोन आया": the caller in the genitive right before the noun, the one called in the dative before.
    const caller = groups.find((g) => g.hindiCase === 'genitive' && g.after === c.i);
    const called = caller && groups.filter((g) => g.hindiCase === 'dative' && g.after <= caller.first && caller.first - g.after <= PARTICIPLE_PHRASE).pop();
    if (!caller || !called || breakBetween(view, called.after, c.i)) continue;
    used.add(c);
    claims.push(...pairClaims(view, caller.members, called.members, { kind: c.cue.kind, planned: c.planned, first: called.first, end: c.end }));
  }
  for (const c of cues) {
    if (used.has(c) && !withOnly.has(c)) continue;
    // "A और B के बीच बातचीत हुई", and with a happening verb "A और B की बातचीत हुई".
    const happened = happenedAt(toks, c);
    const mutual = (g: Group): boolean =>
      g.hindiCase === 'ergative' ||
      g.hindiCase === 'nominative' ||
      (g.hindiCase === 'genitive' && (toks[g.after]?.fold === BETWEEN || happened || g.after === c.i || pairParticiple(toks, new Set([g.after]), c.i))) ||
      (betweenIn(toks, g) && (g.after === c.i || happened));
    // A noun in the locative ("बैठक में") is a contact only with the pair after it ("बातचीत में A और B ने").
    const after = subjectAfterNoun(view, groups, c) ?? subjectLast(view, groups, c);
    const before = withOnly.has(c) ? undefined : groups.filter((g) => g.end <= c.i && (c.i - g.after <= MAX_GAP || topicListBetween(toks, g.after, c.i)) && mutual(g)).pop();
    const g = before && before.members.length >= 2 ? before : after;
    if (!g || g.members.length < 2 || breakBetween(view, g.after, c.i)) continue;
    const [first, end] = [Math.min(g.first, c.i), Math.max(g.end, c.end)];
    claims.push(...pairClaims(view, g.members, undefined, { kind: kindIn(toks, c.cue, first, end), planned: c.planned, first, end, continues: continuing(toks, undefined, c) }));
  }
  // "X की अध्यक्षता में हुई बैठक में Y ने भाग लिया": the chair met those who took part.
  const seen = new Set(claims.map((c) => `${c.subject.person}-${c.other.person}`));
  claims.push(...chairedClaims(view, groups, cues).filter((c) => !seen.has(`${c.subject.person}-${c.other.person}`) && !seen.has(`${c.other.person}-${c.subject.person}`)));
  if (claims.length === 0) claims.push(...metHeadline(view, groups));
  if (claims.length === 0) claims.push(...verbHeadline(view, groups, cues));
  return claims.map((claim) => (spanAway(toks, claim.end) ? { ...claim, clause: [claim.first, claim.end] as [number, number] } : boundClause(claim, CLAUSE_BREAKS)));
}

/**
 * Contacts stated by a Hindi sentence whose person phrases are resolved, with those of people
 * present at a meeting told before ("इस बैठक में X भी मौजूद रहे") or accompanying one of its parties
 * ("P के साथ X भी थे").
 */
export function hindiClaims(view: SentenceView, views: readonly SentenceView[] = []): Claim[] {
  const own = sentenceClaims(view, views);
  // A sentence before read as extract.ts reads it: by the grammar, else by its contact verb and the people it names.
  const read = (v: SentenceView) => {
    const told = sentenceClaims(v, views);
    return told.length > 0 ? told : cooccurrenceClaims(v);
  };
  if (own.length > 0) return own;
  const present = presenceClaims(view, views, read);
  return present.length > 0 ? present : companionClaims(view, views, read);
}
