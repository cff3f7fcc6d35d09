import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestSynthetic, SyntheticCorpus } from '../../bench/generate.ts';
import { paragraphTexts, restoreSpans, storeSpans } from '../../src/corpus/quotedSpans.ts';
import { loadCorpusSync } from '../../src/corpus/load.ts';
import { articlesFromChunk, corpusChunks, type CorpusChunk } from '../../src/corpus/snapshot.ts';
import { buildKnowledge, type Knowledge } from '../../src/knowledge.ts';
import { CHUNK_SIZES, knowledgeToSnapshot, type ChunkSizes } from '../../src/knowledgeSnapshot.ts';
import { loadGazetteer } from '../../src/people/gazetteer.ts';
import { searchCorpus } from '../../src/search/query.ts';
import { readSnapshot, saveSnapshot } from '../../src/snapshot.ts';
import type { Article } from '../../src/types.ts';

const seeds = loadCorpusSync('seeds');
const gazetteer = loadGazetteer('seeds');
const key = { seeds: 'test', code: 'test' };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snap-parts-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function roundTrip(kb: Knowledge, name: string, sizes?: ChunkSizes): Knowledge {
  const file = path.join(dir, name);
  saveSnapshot(kb, file, key, sizes);
  const read = readSnapshot(file, key);
  if (!read.ok) throw new Error(read.reason);
  return read.kb;
}

function expectSameKnowledge(restored: Knowledge, built: Knowledge): void {
  expect(restored.corpus).toStrictEqual(built.corpus);
  expect(restored.people).toStrictEqual(built.people);
  expect(restored.events.events).toStrictEqual(built.events.events);
  expect(restored.events.undatedContacts).toBe(built.events.undatedContacts);
  expect(restored.builtAt).toBe(built.builtAt);
  for (const q of ['Lavrov', 'तालिबान', 'طالبان', 'Kabul airport']) {
    expect(searchCorpus(restored.search, restored.corpus, q)).toEqual(searchCorpus(built.search, built.corpus, q));
  }
}

describe('the knowledge snapshot, part by part', () => {
  it('restores the seeds knowledge equal to the built one', () => {
    const kb = buildKnowledge(seeds, gazetteer);
    expect(kb.people.contacts.length).toBeGreaterThan(0);
    expectSameKnowledge(roundTrip(kb, 'seeds'), kb);
  }, 30_000);

  it('restores a synthetic corpus equal to the built one, also when stored in several chunks', () => {
    const { corpus } = ingestSynthetic(new SyntheticCorpus(seeds, { count: 200 }));
    const kb = buildKnowledge(corpus, gazetteer);
    // At the default sizes one section of each, but events as many as 500 per section take.
    const defaults = knowledgeToSnapshot(kb).map((s) => s.name);
    expect(defaults.filter((n) => n !== 'events')).toEqual(['meta', 'corpus', 'search', 'people']);
    expect(defaults.filter((n) => n === 'events').length).toBe(Math.ceil(kb.events.events.length / CHUNK_SIZES.events));
    expectSameKnowledge(roundTrip(kb, 'synthetic'), kb);
    // People, contacts and events each spread over several sections (the last ones shorter, or empty).
    const sizes = { articles: 64, people: 40, events: 150, pieceLength: 5000 };
    const names = knowledgeToSnapshot(kb, sizes).map((s) => s.name);
    const count = (name: string) => names.filter((n) => n === name).length;
    expect([count('corpus'), count('people'), count('events')]).toEqual([4, Math.ceil(Math.max(kb.people.people.length, kb.people.contacts.length) / 40), Math.ceil(kb.events.events.length / 150)]);
    expect(count('people')).toBeGreaterThan(2);
    expect(count('events')).toBeGreaterThan(2);
    expectSameKnowledge(roundTrip(kb, 'synthetic-chunked', sizes), kb);
    // The search postings were stored in pieces of 5,000 numbers, each a section.
    const pieces = fs.readFileSync(path.join(dir, 'synthetic-chunked')).toString('latin1').match(/\{"name":"piece",/g) ?? [];
    expect(pieces.length).toBeGreaterThan(4);
    const chunks = corpusChunks(corpus, 64).map((chunk) => v8.deserialize(v8.serialize(chunk())) as CorpusChunk);
    expect(chunks.length).toBe(4);
    const articles: Article[] = [];
    for (const chunk of chunks) articlesFromChunk(chunk, articles);
    expect(articles).toStrictEqual(corpus.articles);
  }, 60_000);

  it('keeps a quoted text that is not the slice of its paragraph verbatim', () => {
    const text = paragraphTexts(seeds.articles);
    const paragraph = seeds.articles[0]!.paragraphs[1]!;
    const spans = [
      { article: paragraph.article, paragraph: paragraph.number, start: 0, end: 5, text: paragraph.text.slice(0, 5) },
      { article: paragraph.article, paragraph: paragraph.number, start: 0, end: 5, text: 'other' },
      { article: 999_999, paragraph: 1, start: 0, end: 3, text: 'gone' },
    ];
    const stored = storeSpans(spans, text);
    expect([...stored.texts.keys()]).toEqual([1, 2]);
    expect(restoreSpans(stored, text)).toStrictEqual(spans);
  });

  it('reports a file cut after a whole section, or with a damaged section, as corrupt', () => {
    const file = path.join(dir, 'cut');
    saveSnapshot(buildKnowledge(seeds, gazetteer), file, key);
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.lastIndexOf('\n', bytes.length - 2) + 1));
    expect(readSnapshot(file, key)).toMatchObject({ ok: false, reason: expect.stringMatching(/corrupt/) });
    const damaged = Buffer.from(bytes);
    damaged[bytes.length >> 1] = damaged[bytes.length >> 1]! ^ 0xff;
    fs.writeFileSync(file, damaged);
    expect(readSnapshot(file, key)).toMatchObject({ ok: false, reason: expect.stringMatching(/corrupt/) });
  });
});
