/**
 * The knowledge and questions the answer golden files are recorded on: the seeds, and a small
 * synthetic corpus whose invented people have hundreds of contacts, typo'd and unknown names, and
 * dates with and without events. The golden files hold, per question, a hash of the whole answer
 * (every item, line, quote and citation) as the straightforward implementation gave it before the
 * lookups were indexed; `WRITE_GOLDEN=1 npx vitest run test/people/who-met-golden.test.ts
 * test/events/on-golden.test.ts` rewrites them when an answer is meant to change.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { ingestSynthetic, SyntheticCorpus } from '../../bench/generate.ts';
import { fullName } from '../../bench/names.ts';
import type { Answer } from '../../src/answer.ts';
import { worded } from '../../src/i18n/index.ts';
import { loadCorpusSync } from '../../src/corpus/load.ts';
import { buildKnowledge, type Knowledge } from '../../src/knowledge.ts';
import { loadGazetteer } from '../../src/people/gazetteer.ts';

export const SYNTHETIC_ARTICLES = 400;

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

/** What the golden file keeps of an answer: enough to say which part changed, and a hash of all of it. */
export function fingerprint(answer: Answer): string {
  // Hashed as the English reader sees it, so the golden files also pin the English labels.
  const hash = createHash('sha256').update(JSON.stringify(worded(answer, 'en'))).digest('hex').slice(0, 16);
  return `${answer.status} · ${answer.items.length} items · ${hash}`;
}

/** Fingerprints of `answer(query)` for every query, keyed by corpus and query. */
export function fingerprints(queries: (c: GoldenCorpus) => string[], answer: (kb: Knowledge, q: string) => Answer, label: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of goldenCorpora) for (const q of queries(c)) out[`${c.name} ${label} ${q}`] = fingerprint(answer(c.kb, q));
  return out;
}

/** The recorded fingerprints, or (with WRITE_GOLDEN=1) records `actual` and returns it. */
export function golden(file: string, actual: Record<string, string>): Record<string, string> {
  if (process.env.WRITE_GOLDEN === '1') fs.writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
}
