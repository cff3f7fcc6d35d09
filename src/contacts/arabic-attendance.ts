/**
 * People who attended a contact told in the same or the sentence before, in Arabic news:
 * - "عقد X اجتماعا مع Y، بحضور Z" / "… بمشاركة Z" (in the presence of, with the participation of Z);
 * - "وحضر الاجتماع أيضا Z" / "وحضر اللقاء Z" / "وشارك في المباحثات Z" (Z attended the meeting),
 *   the definite noun pointing back to the meeting told just before;
 * - "وحضر Z اللقاء" (Z attended the meeting), the attendee before the noun.
 * The attendee met the one who held the contact: its subject. Whether they met its other party too
 * the text does not say as plainly, so no contact is read with them.
 */
import { groupPhrases, type Group } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { foldTerm } from '../text/normalize.ts';
import { contactToldBefore, pairClaims, type Claim } from './claim.ts';
import { has } from './arabic-words.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldTerm));

/* "In the presence of", "with the participation of" (و taken off by the token's forms). */
const PRESENCE = set('بحضور بمشاركة');
/* "Attended", "took part": past forms, with the object pronoun of the meeting (حضره, حضرها). */
const ATTENDED = set('حضر حضره حضرها حضرته شارك');
/* The meeting named again with the article: the one told before. */
const THE_MEETING = set('الاجتماع اللقاء الاجتماعات اللقاءات المباحثات المحادثات المشاورات القمة المقابلة الجلسة');
const IN = set('في');
/* Words between the verb and the attendee ("وحضر الاجتماع أيضا Z", "بحضور كل من Z"), honorifics the name's phrase may leave out included. */
const ALSO = set('أيضا أيضاً كذلك كل من سعادة معالي فخامة سمو الشيخ الدكتور السيد السيدة');
/* How many such words may stand between the word of attending and the attendee. */
const REACH = 4;
/* How many sentences back the contact attended may be told. */
const BACK = 2;

/** The first group starting within reach after token `k`, with only filler words between. */
function attendeeAfter(toks: readonly Tok[], groups: readonly Group[], k: number): Group | undefined {
  const g = groups.find((g) => g.first >= k);
  if (!g || g.first - k > REACH) return undefined;
  for (let j = k; j < g.first; j++) if (!has(toks[j], ALSO)) return undefined;
  return g;
}

/** Where an attendee is named in the sentence, and from which token the attending is told. */
interface Attending {
  g: Group;
  at: number;
  /** "بحضور Z": the contact attended is told earlier in the same sentence. */
  same: boolean;
}

function attendings(toks: readonly Tok[], groups: readonly Group[]): Attending[] {
  const found: Attending[] = [];
  toks.forEach((tok, k) => {
    if (has(tok, PRESENCE)) {
      const g = attendeeAfter(toks, groups, k + 1);
      if (g) found.push({ g, at: k, same: true });
      return;
    }
    if (!has(tok, ATTENDED)) return;
    const noun = has(toks[k + 1], IN) ? k + 2 : k + 1;
    if (has(toks[noun], THE_MEETING)) {
      const g = attendeeAfter(toks, groups, noun + 1);
      if (g) found.push({ g, at: k, same: false });
      return;
    }
    // "وحضر Z اللقاء": the attendee right after the verb, the meeting right after them.
    const g = groups.find((g) => g.first === k + 1);
    if (g && (has(toks[g.end], THE_MEETING) || (has(toks[g.end], IN) && has(toks[g.end + 1], THE_MEETING)))) found.push({ g, at: k, same: false });
  });
  return found;
}

/**
 * Contacts of the attendees a sentence names with the subject of the contact they attended: the
 * first claim told before the word of attending in the sentence, else the last one told in the
 * sentences just before (`readClaims` reads a sentence's own contacts).
 */
export function attendanceClaims(view: SentenceView, views: readonly SentenceView[], own: readonly Claim[], readClaims: (v: SentenceView) => Claim[]): Claim[] {
  const { toks } = view;
  const groups = groupPhrases(toks, view.phrases);
  const claims: Claim[] = [];
  for (const { g, at, same } of attendings(toks, groups)) {
    const here = own.find((c) => c.end <= at && c.subjectView === undefined);
    if (same) {
      if (here) claims.push(...pairClaims(view, [here.subject], g.members, { kind: here.kind, planned: here.planned, first: here.first, end: g.end, clause: here.clause }));
      continue;
    }
    if (here) {
      claims.push(...pairClaims(view, [here.subject], g.members, { kind: 'meeting', planned: here.planned, first: at, end: g.end, continues: true }));
      continue;
    }
    const before = contactToldBefore(view, views, BACK, readClaims);
    if (before) {
      const { host, told } = before;
      claims.push(...pairClaims(view, [host.subject], g.members, { kind: 'meeting', planned: host.planned, first: at, end: g.end, subjectView: host.subjectView ?? told, continues: true }));
    }
  }
  return claims;
}
