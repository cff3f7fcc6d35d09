import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';
import { ENGLISH_CASES, HINDI_CASES, type MatrixCase } from './title-matrix.ts';

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

/** The combinations whose sentence is not read as exactly one person with the expected name. */
function failures(cases: readonly MatrixCase[]): string[] {
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
  it('reads the one person of every English combination', () => {
    expect(ENGLISH_CASES.length).toBeGreaterThan(1000);
    expect(failures(ENGLISH_CASES)).toEqual([]);
  });

  it('reads the one person of every Hindi combination', () => {
    expect(HINDI_CASES.length).toBeGreaterThan(800);
    expect(failures(HINDI_CASES)).toEqual([]);
  });
});
