import v8 from 'node:v8';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { miniFromColumns, miniToColumns } from '../../src/search/miniColumns.ts';

type Doc = { id: number | string; title: string; body: string };
const OPTIONS = { fields: ['title', 'body'] };
const DOCS: Doc[] = [
  { id: 1, title: 'Lavrov and Blinken', body: 'The two ministers spoke by phone about Afghanistan' },
  { id: 2, title: 'Taliban in Kabul', body: 'The Taliban took control of Kabul on Sunday' },
  { id: 7, title: '', body: 'Kabul airport: evacuation flights continue' },
  { id: 9, title: 'Wang Yi', body: 'Wang Yi and Lavrov discussed the situation in Afghanistan' },
];
const QUERIES: Array<[string, Parameters<MiniSearch['search']>[1]]> = [
  ['kabul', {}],
  ['lavrov afghanistan', { combineWith: 'AND' }],
  ['kabl', { fuzzy: 0.3 }],
  ['af', { prefix: true }],
  ['wang lavrov', { boost: { title: 3 } }],
];

function roundTrip<T>(mini: MiniSearch<T>): MiniSearch<T> {
  return miniFromColumns(v8.deserialize(v8.serialize(miniToColumns(mini))), OPTIONS);
}

describe('MiniSearch stored in columns', () => {
  it('answers every kind of query exactly like the index it was saved from', () => {
    const mini = new MiniSearch<Doc>(OPTIONS);
    mini.addAll(DOCS);
    const restored = roundTrip(mini);
    expect(restored.documentCount).toBe(4);
    for (const [q, opts] of QUERIES) expect(restored.search(q, opts)).toEqual(mini.search(q, opts));
    expect(restored.search('lavrov').length).toBe(2);
  });

  it('keeps string ids, removed documents and later additions working', () => {
    const mini = new MiniSearch<Doc>(OPTIONS);
    mini.addAll(DOCS.map((d) => ({ ...d, id: `doc-${d.id}` })));
    mini.discard('doc-2');
    const restored = roundTrip(mini);
    for (const [q, opts] of QUERIES) expect(restored.search(q, opts)).toEqual(mini.search(q, opts));
    const extra = { id: 'doc-10', title: 'Putin', body: 'Putin spoke with Imran Khan' };
    restored.add(extra);
    mini.add(extra);
    expect(restored.search('putin')).toEqual(mini.search('putin'));
  });

  it('refuses what it cannot keep or did not write', () => {
    const stored = new MiniSearch<Doc>({ ...OPTIONS, storeFields: ['title'] });
    stored.addAll(DOCS);
    expect(() => miniToColumns(stored)).toThrow(/stored fields/);
    expect(() => miniFromColumns({} as never, OPTIONS)).toThrow(/not a MiniSearch column snapshot/);
  });
});
