import { describe, expect, it } from 'vitest';
import { sentenceTokens } from '../../src/grammar/tokens.ts';
import { findTitledPhrases } from '../../src/people/titled.ts';
import { invented } from './helpers.ts';
import {
  ENGLISH_LIST_CASES,
  ENGLISH_OFFICE_CASES,
  ENGLISH_SHAPE_CASES,
  HINDI_OFFICE_CASES,
  HINDI_SHAPE_CASES,
  type ListCase,
  type MatrixCase,
} from './title-matrix.ts';

/* The matrix is a few thousand sentences: generous on a loaded machine, about a second of CPU idle. */
const TIMEOUT = 60_000;

/** The combinations whose sentence the title grammar does not read as exactly one name, the expected one. */
function grammarFailures(cases: readonly MatrixCase[]): string[] {
  return cases.flatMap((c) => {
    const toks = sentenceTokens(c.sentence, 0, c.lang);
    const names = findTitledPhrases(toks, c.sentence)
      .filter((p) => p.nameEnd > p.nameFirst)
      .map((p) => c.sentence.slice(toks[p.nameFirst]!.start, toks[p.nameEnd - 1]!.end));
    return names.length === 1 && names[0] === c.name ? [] : [`${c.combo}: "${c.sentence}" → ${JSON.stringify(names)}`];
  });
}

/**
 * Batches in which no name is written twice: a name read in one article is looked for in the
 * others (known names), which would hide a combination that fails on its own.
 */
function batches(cases: readonly MatrixCase[]): MatrixCase[][] {
  const out: Array<{ cases: MatrixCase[]; names: Set<string> }> = [];
  for (const c of cases) {
    let batch = out.find((b) => !b.names.has(c.name));
    if (!batch) out.push((batch = { cases: [], names: new Set() }));
    batch.cases.push(c);
    batch.names.add(c.name);
  }
  return out.map((b) => b.cases);
}

/** The combinations whose article the people analysis does not read as exactly one person with the expected name. */
function peopleFailures(cases: readonly MatrixCase[]): string[] {
  const failed: string[] = [];
  for (const batch of batches(cases)) {
    const kb = invented(batch.map((c) => `Headline\n${c.sentence}`));
    batch.forEach((c, article) => {
      const people = kb.people.map((p) => p.mentions.filter((m) => m.article === article).map((m) => m.text)).filter((m) => m.length > 0);
      if (people.length !== 1 || !people[0]!.includes(c.name)) failed.push(`${c.combo}: "${c.sentence}" → ${JSON.stringify(people)}`);
    });
  }
  return failed;
}

describe('title × nation × name × frame matrix (issue 11: constructions, not sentences)', () => {
  it('reads the name after or before every English office with every attachment', { timeout: TIMEOUT }, () => {
    expect(ENGLISH_OFFICE_CASES.length).toBeGreaterThan(900);
    expect(grammarFailures(ENGLISH_OFFICE_CASES)).toEqual([]);
  });

  it('reads the name after every Hindi office with every attachment', { timeout: TIMEOUT }, () => {
    expect(HINDI_OFFICE_CASES.length).toBeGreaterThan(700);
    expect(grammarFailures(HINDI_OFFICE_CASES)).toEqual([]);
  });

  for (const [language, cases] of [
    ['English', ENGLISH_SHAPE_CASES],
    ['Hindi', HINDI_SHAPE_CASES],
  ] as const) {
    it(`reads the one person of every ${language} attachment × name shape, qualifier and frame`, { timeout: TIMEOUT }, () => {
      expect(cases.length).toBeGreaterThan(150);
      expect(peopleFailures(cases)).toEqual([]);
    });
  }
});

/** The lists whose article is not read as exactly their people, each under one of its names. */
function listFailures(cases: readonly ListCase[]): string[] {
  return cases.flatMap((c) => {
    const kb = invented([`Headline\n${c.sentence}`]);
    const read = kb.people.map((p) => p.mentions.map((m) => m.text));
    const ok = read.length === c.names.length && c.names.every((name) => read.some((m) => m.includes(name)));
    return ok ? [] : [`${c.combo}: "${c.sentence}" → ${JSON.stringify(read)}`];
  });
}

describe('lists of people led by a known one (issue 11)', () => {
  it('reads every name of every English list as a person of its own', { timeout: TIMEOUT }, () => {
    expect(ENGLISH_LIST_CASES.length).toBeGreaterThan(100);
    expect(listFailures(ENGLISH_LIST_CASES)).toEqual([]);
  });
});
