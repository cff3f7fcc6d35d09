/**
 * Person phrases joined by "और / و / and" form one group ("चीनी विदेश मंत्री वांग यी और रूसी
 * विदेश मंत्री सर्गेई लावरोव से", "بين بوتين وعمران خان"). In Hindi a group's grammatical role is
 * read from the postposition after its last member: ने marks the subject of a past transitive
 * verb, से / के साथ the person met or called, को the recipient; no postposition is a plain subject.
 */
import { foldTerm } from '../text/normalize.ts';
import type { Phrase } from './phrase.ts';
import type { Tok } from './tokens.ts';

export type HindiCase = 'ergative' | 'with' | 'dative' | 'genitive' | 'locative' | 'nominative';

export interface Group {
  members: Phrase[];
  /** Token range from the first member's start to the last member's end. */
  first: number;
  end: number;
  /** Hindi case of the group; 'nominative' elsewhere. */
  hindiCase: HindiCase;
  /** Token index just after the group's case marker (where the rest of the clause starts). */
  after: number;
}

const set = (s: string): ReadonlySet<string> => new Set(s.split(' ').map(foldTerm));
const AND = set('और तथा एवं and');
const POSSESSIVE = set('अपने अपनी उनके उनकी his her their');
const PARTICLES = set('भी ही');
const ERGATIVE_PRONOUN = foldTerm('उन्होंने');
const WITH = foldTerm('साथ');
const MARKER_CASES: Record<string, HindiCase> = { ने: 'ergative', से: 'with', को: 'dative', के: 'genitive', की: 'genitive', का: 'genitive', में: 'locative', पर: 'locative' };
const MARKERS = new Map(Object.entries(MARKER_CASES).map(([word, c]) => [foldTerm(word), c]));

/** Hindi case of a phrase ending at token `end`, and the index after its marker. */
function hindiCaseAt(toks: readonly Tok[], end: number): { hindiCase: HindiCase; after: number } {
  let k = end;
  while (toks[k] && PARTICLES.has(toks[k]!.fold)) k++;
  const tok = toks[k];
  if (!tok || tok.script !== 'devanagari') return { hindiCase: 'nominative', after: end };
  const marker = MARKERS.get(tok.fold);
  if (marker === 'genitive' && toks[k + 1]?.fold === WITH) return { hindiCase: 'with', after: k + 2 };
  return marker ? { hindiCase: marker, after: k + 1 } : { hindiCase: 'nominative', after: end };
}

/** Whether `next` continues a coordination after the phrase ending at `end`. */
function joins(toks: readonly Tok[], end: number, next: Phrase): boolean {
  let k = end;
  const tok = toks[k];
  if (!tok) return false;
  if (k === next.first) {
    // Arabic: و written on the next phrase's first word (بوتين وعمران خان); English/Hindi: a comma.
    return (next.clitic > 0 && /^و/u.test(tok.text)) || tok.breakBefore;
  }
  if (!AND.has(tok.fold) && !(tok.script === 'arabic' && tok.text === 'و')) return false;
  k++;
  while (k < next.first && POSSESSIVE.has(toks[k]!.fold)) k++;
  return k === next.first;
}

/**
 * The sentence's person phrases, coordinated ones grouped, in order.
 * @example groupPhrases(toks, phrases)[0].members.length // 2 for "X और Y ने"
 */
export function groupPhrases(toks: readonly Tok[], phrases: readonly Phrase[]): Group[] {
  const groups: Group[] = [];
  for (const p of phrases) {
    const last = groups[groups.length - 1];
    if (last && joins(toks, last.end, p)) {
      last.members.push(p);
      last.end = p.end;
    } else groups.push({ members: [p], first: p.first, end: p.end, hindiCase: 'nominative', after: p.end });
  }
  for (const g of groups) {
    Object.assign(g, hindiCaseAt(toks, g.end));
    // उन्होंने carries its own ergative ending.
    if (g.members.length === 1 && g.members[0]!.source === 'pronoun' && toks[g.first]!.fold === ERGATIVE_PRONOUN) g.hindiCase = 'ergative';
  }
  return groups;
}
