/**
 * From contacts as sentences state them to contacts as events:
 * 1. within an article, a pair's undated statements take the pair's date there when the article
 *    gives that pair exactly one date (the article reports one encounter, sentence after sentence);
 *    then a sentence telling one subject's contacts with several people ("X met A and B") gives its
 *    undated ones the one date its others got;
 * 2. talks on the same day as a meeting or phone call of the same pair are that meeting or call
 *    (the talks were held during it);
 * 3. the same pair, kind, status and day — across articles — is one contact with every sentence
 *    as evidence. Undated statements only merge within their article.
 * The place shown is one stated in a sentence, before one read from "here".
 */
import { dateKey } from '../dates/format.ts';
import type { Contact, ContactKind } from './types.ts';
import type { FoundContact } from './extract.ts';

/** A found contact with canonical person ids. */
export interface Statement extends Omit<FoundContact, 'a' | 'b'> {
  a: string;
  b: string;
}

const SPECIFIC: ReadonlySet<ContactKind> = new Set(['meeting', 'phone call']);

/** One key for a pair of people, whichever is named first. */
export function pairKey(s: { a: string; b: string }): string {
  return s.a < s.b ? `${s.a}|${s.b}` : `${s.b}|${s.a}`;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

function dayOf(s: Statement): string {
  return s.date ? dateKey(s.date) : `undated@${s.evidence.article}`;
}

function dateUndated(statements: Statement[]): Statement[] {
  const perArticle = groupBy(statements, (s) => `${pairKey(s)}|${s.planned}|${s.evidence.article}`);
  return [...perArticle.values()].flatMap((list) => {
    const dated = list.filter((s) => s.date);
    const days = new Set(dated.map((s) => dateKey(s.date!)));
    if (days.size !== 1) return list;
    return list.map((s) => (s.date ? s : { ...s, date: dated[0]!.date, dateFrom: 'neighbourhood' as const }));
  });
}

/**
 * "X met A and B" tells one encounter: an undated statement takes the one date its sentence-mates
 * of the same subject, kind and status were given (by their pair's date in the article, above).
 */
function dateSentenceMates(statements: Statement[]): Statement[] {
  const bySentence = groupBy(statements, (s) => `${s.evidence.article}:${s.evidence.paragraph}:${s.evidence.start}|${s.a}|${s.kind}|${s.planned}`);
  return [...bySentence.values()].flatMap((list) => {
    const dated = list.filter((s) => s.date);
    const days = new Set(dated.map((s) => dateKey(s.date!)));
    if (days.size !== 1 || dated.length === list.length) return list;
    return list.map((s) => (s.date ? s : { ...s, date: dated[0]!.date, dateFrom: 'neighbourhood' as const }));
  });
}

function absorbTalks(statements: Statement[]): Statement[] {
  const byDay = groupBy(statements, (s) => `${pairKey(s)}|${s.planned}|${dayOf(s)}`);
  return [...byDay.values()].flatMap((list) => {
    const kinds = new Set(list.map((s) => s.kind).filter((k) => SPECIFIC.has(k)));
    if (kinds.size !== 1) return list;
    const kind = [...kinds][0]!;
    return list.map((s) => (s.kind === 'talks' ? { ...s, kind } : s));
  });
}

function choosePlace(list: Statement[]): string | undefined {
  const stated = list.filter((s) => s.place && s.placeFrom === 'stated');
  const pool = stated.length ? stated : list.filter((s) => s.place);
  const counts = groupBy(pool, (s) => s.place!);
  return [...counts].sort((x, y) => y[1].length - x[1].length)[0]?.[0];
}

function toContact(list: Statement[]): Contact {
  const first = list[0]!;
  const seen = new Set<string>();
  const evidence = list
    .map((s) => s.evidence)
    .filter((e) => {
      const key = `${e.article}:${e.paragraph}:${e.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((x, y) => x.article - y.article || x.paragraph - y.paragraph || x.start - y.start);
  const dated = list.find((s) => s.dateFrom === 'sentence') ?? list.find((s) => s.date);
  const place = choosePlace(list);
  return {
    a: first.a,
    b: first.b,
    kind: first.kind,
    planned: first.planned,
    ...(dated?.date ? { date: dated.date, dateFrom: dated.dateFrom } : {}),
    ...(place ? { place } : {}),
    evidence,
  };
}

/**
 * @example mergeStatements([callInArticle0, callInArticle2]) // one contact with two evidence sentences
 */
export function mergeStatements(statements: Statement[]): Contact[] {
  const events = groupBy(absorbTalks(dateSentenceMates(dateUndated(statements))), (s) => `${pairKey(s)}|${s.kind}|${s.planned}|${dayOf(s)}`);
  return [...events.values()].map(toContact).sort((x, y) => (x.date ? dateKey(x.date) : '~').localeCompare(y.date ? dateKey(y.date) : '~') || x.a.localeCompare(y.a));
}
