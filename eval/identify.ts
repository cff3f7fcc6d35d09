/**
 * Which gold person a name in the text is. Names are compared word by word after the product's
 * own folding (case, nukta, Arabic letter variants, schwa), so "अजीत डोभाल" and "अजित डोभाल" may
 * differ while "डोभाल" alone still fits Ajit Doval through the spelling list of the gold file.
 */
import { foldTerm } from '../src/text/normalize.ts';
import type { Knowledge } from '../src/knowledge.ts';
import type { Person } from '../src/people/types.ts';
import type { Gold, GoldPerson } from './devset.ts';

function rawWords(text: string): string[] {
  return text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

function words(text: string): string[] {
  return rawWords(text).map((w) => foldTerm(w));
}

/** A name that is only part of a spelling must have a word this long (in code points) to count. */
const MIN_PART_CHARS = 3;

/** Whether `inner` occurs in `outer` as a run of whole words. */
function containsRun(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((w, j) => outer[i + j] === w)) return true;
  return false;
}

/**
 * 3 when the name is one of the person's spellings; 2 when it contains one ("राष्ट्रपति पुतिन");
 * 1 when it is part of one ("Mahmood" of "Shah Mahmood Qureshi") and is more than initials
 * ("एस" of "एस जयशंकर" is nobody yet); 0 otherwise. Among names containing a spelling, the
 * longer spelling wins, so "प्रधानमंत्री इमरान खान" is Imran Khan rather than any "खान".
 */
function fit(name: string[], moreThanInitials: boolean, person: GoldPerson): [score: number, length: number] {
  let best: [number, number] = [0, 0];
  for (const form of [person.name, ...person.spellings, ...person.latin]) {
    const s = words(form);
    const score = s.length === name.length && containsRun(s, name) ? 3 : containsRun(name, s) ? 2 : moreThanInitials && containsRun(s, name) ? 1 : 0;
    // Only a contained spelling's length says how much of the name it explains; a part fits every spelling it is part of equally.
    const length = score === 2 ? s.length : 0;
    if (score > best[0] || (score === best[0] && length > best[1])) best = [score, length];
  }
  return best;
}

/** The gold person a name in the text refers to, or undefined when none or several fit equally. */
export function goldPersonOf(name: string, gold: Gold): GoldPerson | undefined {
  const w = words(name);
  if (w.length === 0) return undefined;
  // Counted before folding, which adds a virama to every Devanagari word.
  const moreThanInitials = rawWords(name).some((x) => [...x].length >= MIN_PART_CHARS);
  const ranked = gold.people.map((p) => ({ p, f: fit(w, moreThanInitials, p) })).filter((r) => r.f[0] > 0);
  ranked.sort((x, y) => y.f[0] - x.f[0] || y.f[1] - x.f[1]);
  const [first, second] = ranked;
  if (!first) return undefined;
  if (second && second.f[0] === first.f[0] && second.f[1] === first.f[1]) return undefined;
  return first.p;
}

/** The gold person most of a bot person's mentions in one article refer to. */
export function goldOfBotPerson(person: Person, article: number, gold: Gold): GoldPerson | undefined {
  const votes = new Map<GoldPerson, number>();
  for (const m of person.mentions) {
    if (m.article !== article) continue;
    const g = goldPersonOf(m.text, gold);
    if (g) votes.set(g, (votes.get(g) ?? 0) + 1);
  }
  let best: GoldPerson | undefined;
  for (const [g, n] of votes) if (!best || n > votes.get(best)!) best = g;
  return best;
}

/** For one article: each bot person named there, and the gold person they are (undefined: not a gold person). */
export function botPeopleIn(kb: Knowledge, article: number, gold: Gold): Map<Person, GoldPerson | undefined> {
  const found = new Map<Person, GoldPerson | undefined>();
  for (const person of kb.people.people) {
    if (!person.articles.includes(article)) continue;
    found.set(person, goldOfBotPerson(person, article, gold));
  }
  return found;
}
