/**
 * The knowledge and questions the answer golden files are recorded on: the seeds, and a small
 * synthetic corpus whose invented people have hundreds of contacts, typo'd and unknown names, and
 * dates with and without events. The golden files hold, per question, the whole answer as readable
 * text, so a failure shows what changed; an answer equal to an earlier question's is written as a
 * reference to it. Article text is third-party and never committed: a quote is written as the
 * paragraph offsets it covers (with its cuts, highlights and citation), and article titles as
 * `‹title #n›`.
 * `WRITE_GOLDEN=1 npx vitest run test/people/who-met-golden.test.ts test/events/on-golden.test.ts
 * test/people/choices-golden.test.ts test/search/search-golden.test.ts` rewrites them when an
 * answer is meant to change.
 */
import fs from 'node:fs';
import { ingestSynthetic, SyntheticCorpus } from '../../bench/generate.ts';
import { fullName } from '../../bench/names.ts';
import type { Answer, Quote } from '../../src/answer.ts';
import { worded } from '../../src/i18n/index.ts';
import { loadCorpusSync } from '../../src/corpus/load.ts';
import { buildKnowledge, type Knowledge } from '../../src/knowledge.ts';
import { loadGazetteer } from '../../src/people/gazetteer.ts';

export const SYNTHETIC_ARTICLES = 200;

export interface GoldenCorpus {
  name: string;
  kb: Knowledge;
  /** Names typed into /who-met and /timeline. */
  names: string[];
  /** Dates typed into /on. */
  dates: string[];
}

const FIXED_NAMES = [
  'Lavrov', 'लावरोव', 'لافروف', 'Putin', 'بوتين', 'Wang Yi', 'Jaishankar', 'Blinken', 'Imran Khan', 'sergey-lavrov',
  'Lavrof', 'Jaishanker', 'Jaishamkar', 'Lavrom', 'Blinkin', 'Pootin', 'Nobody Atall', 'Lavrentiy Beria', 'Xyzzy', 'S.', '', 'a b c d e f g',
];

function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Every date key with events, the day before and after each day, each month and year, and dates far outside. */
function datesOf(kb: Knowledge): string[] {
  const out = new Set<string>(['2019-01-01', '2030-05-05', '2020-01', '2031-12', '2021', 'not a date', '2021-02-30']);
  for (const key of kb.events.keys) {
    out.add(key);
    out.add(key.slice(0, 7));
    out.add(key.slice(0, 4));
    if (key.length === 10) {
      out.add(shiftDay(key, -1));
      out.add(shiftDay(key, 1));
    }
  }
  return [...out];
}

/** Typos of a name: its first word without its second letter; n and m swapped, and an r slipped in after the third letter (typos that change the sound key, in any script). */
function typos(name: string): string[] {
  const dropped = name.split(' ').map((w, i) => (i === 0 && w.length > 3 ? w[0] + w.slice(2) : w)).join(' ');
  const swap: Record<string, string> = { n: 'm', m: 'n', न: 'म', म: 'न', ن: 'م', م: 'ن' };
  const r = /[\u0600-\u06ff]/u.test(name) ? 'ر' : /[\u0900-\u097f]/u.test(name) ? 'र' : 'r';
  return [dropped, name.replace(/[nmनमنم]/u, (c) => swap[c]!), `${name.slice(0, 3)}${r}${name.slice(3)}`];
}

function seedCorpus(): GoldenCorpus {
  const kb = buildKnowledge(loadCorpusSync('seeds'), loadGazetteer('seeds'));
  const names = [...FIXED_NAMES, ...kb.people.people.flatMap((p) => [p.display, p.id, ...typos(p.display), ...p.native.flatMap(typos)])];
  return { name: 'seeds', kb, names, dates: datesOf(kb) };
}

function syntheticCorpus(): GoldenCorpus {
  const synthetic = new SyntheticCorpus(loadCorpusSync('seeds'), { count: SYNTHETIC_ARTICLES });
  const kb = buildKnowledge(ingestSynthetic(synthetic).corpus, loadGazetteer('seeds'));
  const invented = Array.from({ length: 40 }, (_, k) => synthetic.person(k)).flatMap((p) => {
    const names = [fullName(p, 'latin'), fullName(p, 'devanagari'), fullName(p, 'arabic')];
    return [...names, ...names.flatMap(typos)];
  });
  const known = [...kb.people.people].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 60).map((p) => p.display);
  return { name: 'synthetic', kb, names: [...FIXED_NAMES, ...invented, ...known], dates: datesOf(kb) };
}

/** The seeds and the synthetic corpus, built once per test file. */
export const goldenCorpora: GoldenCorpus[] = [seedCorpus(), syntheticCorpus()];

/** A quote as the paragraph offsets it covers: "[#0 ¶5 hin 2021-08-17] …12–148… marks 30–36 50–58". */
function quoteLine(q: Quote, kb: Knowledge): string {
  const c = q.citation;
  const paragraph = kb.articles.get(c.article)?.paragraphs.find((p) => p.number === c.paragraph);
  const at = paragraph?.text.indexOf(q.text) ?? -1;
  const span = at < 0 ? 'not a slice of the paragraph' : `${q.cutStart ? '…' : ''}${at}–${at + q.text.length}${q.cutEnd ? '…' : ''}`;
  const marks = q.highlights.map(([a, b]) => `${at + a}–${at + b}`).join(' ');
  return `  > [#${c.article} ¶${c.paragraph} ${c.lang}${c.date ? ` ${c.date}` : ''}] ${span}${marks ? ` marks ${marks}` : ''}`;
}

/** Article titles (headlines, third-party text) replaced by a placeholder, longest first. */
function withoutTitles(text: string, kb: Knowledge): string {
  let out = text;
  for (const a of [...kb.corpus.articles].sort((x, y) => y.title.length - x.title.length)) if (a.title) out = out.split(a.title).join(`‹title #${a.number}›`);
  return out;
}

/** What the golden file keeps of an answer: all of it, as text, without article text. */
export function readable(asGiven: Answer, kb: Knowledge): string {
  // Worded as the English reader sees it, so the golden files also pin the English labels.
  const answer = worded(asGiven, 'en');
  const items = answer.items.flatMap((i) => ['', i.heading, ...(i.lines ?? []).map((l) => `  ${l}`), ...(i.quotes ?? []).map((q) => quoteLine(q, kb))]);
  const lines = [`[${answer.status}] ${answer.title}`, ...(answer.intro ? [answer.intro] : []), ...items, ...(answer.notes?.length ? ['', ...answer.notes] : [])];
  return withoutTitles(lines.join('\n'), kb);
}

/** Readable answers of `answer(query)` for every query, keyed by corpus and query. */
export function answersOf(queries: (c: GoldenCorpus) => string[], answer: (kb: Knowledge, q: string) => Answer, label: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of goldenCorpora) for (const q of queries(c)) out[`${c.name} ${label} ${q}`] = readable(answer(c.kb, q), c.kb);
  return out;
}

const HEADER = '=== ';
const SAME = 'same as: ';

/** The golden file's text: each answer under its key, an answer given before as a reference to it. */
function toGoldenText(answers: Record<string, string>): string {
  const firstKey = new Map<string, string>();
  return Object.entries(answers)
    .map(([key, text]) => {
      const first = firstKey.get(text);
      if (first === undefined) firstKey.set(text, key);
      return `${HEADER}${key}\n${first === undefined ? text : `${SAME}${first}`}\n`;
    })
    .join('');
}

function fromGoldenText(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const block of text.split(new RegExp(`^${HEADER}`, 'mu')).slice(1)) {
    const newline = block.indexOf('\n');
    const body = block.slice(newline + 1, -1);
    out[block.slice(0, newline)] = body.startsWith(SAME) ? out[body.slice(SAME.length)]! : body;
  }
  return out;
}

/** The recorded answers, or (with WRITE_GOLDEN=1) records `actual` and returns it. */
export function golden(file: string, actual: Record<string, string>): Record<string, string> {
  if (process.env.WRITE_GOLDEN === '1') fs.writeFileSync(file, toGoldenText(actual));
  return fromGoldenText(fs.readFileSync(file, 'utf8'));
}
