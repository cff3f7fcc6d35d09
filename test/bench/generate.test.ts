import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, loadCorpusSync } from '../../src/corpus/load.ts';
import { fullName } from '../../bench/names.ts';
import { SyntheticCorpus, writeSyntheticCorpus } from '../../bench/generate.ts';

const seeds = loadCorpusSync('seeds');
const seedText = seeds.articles.flatMap((a) => a.paragraphs.map((p) => p.text)).join('\n');

function digest(corpus: SyntheticCorpus): string {
  const hash = createHash('sha256');
  for (const f of corpus.all().files) hash.update(f.name).update(f.bytes);
  return hash.digest('hex');
}

describe('SyntheticCorpus', () => {
  it('is deterministic: the same count and seed give the same bytes', () => {
    expect(digest(new SyntheticCorpus(seeds, { count: 60 }))).toBe(digest(new SyntheticCorpus(seeds, { count: 60 })));
    expect(digest(new SyntheticCorpus(seeds, { count: 60, seed: 1 }))).not.toBe(digest(new SyntheticCorpus(seeds, { count: 60 })));
  });

  it('produces the requested number of uniquely numbered article files', () => {
    const { files } = new SyntheticCorpus(seeds, { count: 123 }).all();
    expect(files).toHaveLength(123);
    expect(new Set(files.map((f) => f.name)).size).toBe(123);
    expect(files[7]!.name).toBe('000007_synthetic.txt');
  });

  it('names invented people, in Devanagari and Arabic script, who are not in the seeds', () => {
    const corpus = new SyntheticCorpus(seeds, { count: 200 });
    const text = corpus.all().files.map((f) => f.bytes.toString('utf8')).join('\n');
    const people = Array.from({ length: corpus.size }, (_, k) => corpus.person(k));
    const seen = (script: 'devanagari' | 'arabic') => people.filter((p) => text.includes(fullName(p, script)));
    expect(seen('devanagari').length).toBeGreaterThan(10);
    expect(seen('arabic').length).toBeGreaterThan(3);
    for (const p of [...seen('devanagari'), ...seen('arabic')]) {
      expect(seedText).not.toContain(p.surname.devanagari);
      expect(seedText).not.toContain(p.surname.arabic);
    }
  });

  it('recombines seed sentences: every generated article mixes sentences of several seed articles', () => {
    const seedSentences = new Map<string, number>();
    for (const a of seeds.articles) for (const p of a.paragraphs) for (const s of p.sentences) seedSentences.set(s.text, a.number);
    const corpus = buildCorpus(new SyntheticCorpus(seeds, { count: 30 }).all().files);
    const sources = corpus.articles.map((a) => new Set(a.paragraphs.flatMap((p) => p.sentences.map((s) => seedSentences.get(s.text)).filter((n) => n !== undefined))));
    expect(sources.filter((s) => s.size > 1).length).toBeGreaterThan(20);
  });

  it('loads through buildCorpus without warnings, with the catalog dates and both seed languages', () => {
    const { files, catalog } = new SyntheticCorpus(seeds, { count: 150 }).all();
    const corpus = buildCorpus(files, catalog);
    expect(corpus.warnings).toEqual([]);
    expect(corpus.articles).toHaveLength(150);
    expect(corpus.articles.every((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.published ?? ''))).toBe(true);
    expect(new Set(corpus.articles.map((a) => a.lang))).toEqual(new Set(['hin', 'arb']));
  });

  it('writes a folder that loadCorpusSync reads back with the same articles and dates', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-'));
    const synthetic = new SyntheticCorpus(seeds, { count: 12 });
    writeSyntheticCorpus(synthetic, dir);
    const loaded = loadCorpusSync(dir);
    const built = buildCorpus(synthetic.all().files, synthetic.all().catalog);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.articles.map((a) => [a.hash, a.published])).toEqual(built.articles.map((a) => [a.hash, a.published]));
    fs.rmSync(dir, { recursive: true });
  });
});
