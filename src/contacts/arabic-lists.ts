/**
 * How the Arabic contact grammar shapes the groups of coordinated people around a contact word:
 * lists whose nationalities or portfolios stand apart are one list ("مع نظيريه الصيني A والروسي
 * B", "مع وزيري الدفاع … C، والخارجية D"); after a transitive verb, the object set off by a comma
 * is split from the subjects ("التقى A، وB، C"); and a pair followed by مع met someone else.
 */
import type { Group } from '../grammar/groups.ts';
import { NATION_WORDS } from '../grammar/nations.ts';
import type { Phrase } from '../grammar/phrase.ts';
import { TITLE_WORDS } from '../grammar/titles.ts';
import type { Tok } from '../grammar/tokens.ts';
import { ARABIC_NAME_WORDS } from '../languages/arb/name-words.ts';
import { foldTerm } from '../text/normalize.ts';
import { foldedSet as set, type CueAt } from './cues.ts';
import { formsOf, has } from './arabic-words.ts';

const WITH = set('مع');
/* "X آل ثاني، وY": a family name may stand between coordinated people. */
const FAMILY = foldTerm('آل');
/* A ministry's word after و names the next office of a shared one ("وزيري الدفاع … X، والخارجية Y"). */
const PORTFOLIOS = set('الخارجية الدفاع الداخلية المالية الاقتصاد التجارة العدل الإعلام');

/** Whether the word at `k` names the next office of a shared one ("والخارجية"), after a comma for `portfolioNext`. */
const portfolioAt = (toks: readonly Tok[], k: number): boolean => toks[k] !== undefined && toks[k]!.text.startsWith('و') && PORTFOLIOS.has(toks[k]!.fold.slice(1));
const portfolioNext = (toks: readonly Tok[], k: number): boolean => portfolioAt(toks, k) && toks[k]!.breakBefore;

/**
 * Coordinated people whose nationality stands apart from their phrase ("نظيريه الصيني وانغ يي
 * والروسي سيرغي لافروف") are one list: groups joined by nationality words alone, or by the end of
 * a family name ("الشيخ تميم بن حمد آل ثاني، وولي عهد …"), are merged; the words of a date
 * (`dated`) may end the first one's part ("الصيني A الأسبوع المقبل والفرنسي B").
 */
export function mergeNationLists(toks: readonly Tok[], groups: Group[], dated: (k: number) => boolean = () => false): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    const last = out[out.length - 1];
    let k = last?.end ?? -1;
    // "الصيني A الأسبوع المقبل والفرنسي B": each person's day may follow their name.
    while (last && k < g.first && dated(k)) k++;
    const gapStart = k;
    // "… خالد بن محمد العطية، والخارجية Y": a last word of the name the recogniser left out, before the portfolio.
    const tail = last !== undefined && k < g.first && !toks[k]!.breakBefore && portfolioNext(toks, k + 1);
    if (tail) k++;
    while (last && k < g.first) {
      const m = NATION_WORDS.match(toks, k);
      if (toks[k]!.fold === FAMILY && k + 1 < g.first && !toks[k + 1]!.breakBefore) k += 2;
      else if (k === gapStart + (tail ? 1 : 0) && portfolioAt(toks, k)) k++;
      else if (!m || m.value.isCountry) break;
      else k = m.end;
    }
    const andNext = toks[g.first]!.breakBefore && toks[g.first]!.text.startsWith('و');
    const joined = last && k === g.first && k > gapStart && (tail || toks[gapStart]!.text.startsWith('و') || toks[gapStart]!.breakBefore || andNext);
    if (joined) {
      last.members.push(...g.members);
      last.end = g.end;
    } else out.push({ ...g, members: [...g.members] });
  }
  return out;
}

/* First words of Arabic names (their first word only: عبد of عبد الرحمن). */
const NAME_STARTS = new Set(ARABIC_NAME_WORDS.map(([w]) => foldTerm(w.split(' ')[0]!)));

/**
 * "التقى A، وB، عبد الرحمن منصور": a comma and then a name word or an office after people listed
 * after a transitive verb start its object, even one the grammar could not name: A and B did not
 * meet each other.
 */
export function objectAfter(toks: readonly Tok[], g: Group, c: CueAt): boolean {
  const next = toks[g.end];
  return c.cue.transitive === true && c.end <= g.first && next !== undefined && next.breakBefore && (formsOf(next).some((f) => NAME_STARTS.has(f)) || TITLE_WORDS.match(toks, g.end) !== undefined);
}

/* How many words may stand between a contact word after a pair and the مع that follows it ("بحثا اليوم مع"). */
const WITH_AFTER_REACH = 2;

/**
 * "X وY أجريا محادثات مع وفد طالبان" (X and Y held talks with a Taliban delegation): a pair
 * before its contact word, which مع follows in the same clause, met someone else together, named
 * or not; they did not meet each other.
 */
export function withAfter(toks: readonly Tok[], g: Group, c: CueAt): boolean {
  if (c.i < g.end) return false;
  for (let k = c.end; k <= c.end + WITH_AFTER_REACH && k < toks.length; k++) {
    if (k > c.end && toks[k]!.breakBefore) return false;
    if (has(toks[k], WITH)) return !toks[k]!.breakBefore;
  }
  return false;
}

/** Whether the phrase opens with the word "and" (a clitic و, or و standing alone before it). */
const anded = (toks: readonly Tok[], p: Phrase): boolean => (p.clitic > 0 && toks[p.first]!.text.startsWith('و')) || toks[p.first - 1]?.fold === 'و';

/**
 * "التقى A، وB، C" (A and B met C): after a transitive verb, the list of subjects ends with its
 * "and"; a person set off by a comma alone after the و-joined one is the verb's object, not a
 * third subject.
 */
export function splitObjects(toks: readonly Tok[], groups: Group[], cues: readonly CueAt[]): Group[] {
  return groups.flatMap((g): Group[] => {
    if (!cues.some((c) => c.cue.transitive && c.end === g.first)) return [g];
    const cut = g.members.findIndex((m, i) => i >= 2 && anded(toks, g.members[i - 1]!) && !anded(toks, m) && toks[m.first]!.breakBefore);
    if (cut < 0) return [g];
    const subjects = g.members.slice(0, cut);
    // A word of a subject's name read again as its own phrase (عبد of عبد الرحمن) is no object.
    const objects = g.members.slice(cut).filter((m) => !subjects.some((x) => x.person === m.person));
    const head: Group = { ...g, members: subjects, end: subjects[subjects.length - 1]!.end };
    return objects.length === 0 ? [head] : [head, { ...g, members: objects, first: objects[0]!.first }];
  });
}
