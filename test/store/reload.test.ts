import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { KnowledgeStore, loadKnowledge } from '../../src/store.ts';

const log = createLogger({ level: 'silent', destination: { write: () => undefined } });

/** A reload starts a thread that loads the code before it builds: seconds on a busy machine. */
const RELOAD_MS = 60_000;

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function seedsCopy(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reload-'));
  made.push(root);
  const dir = path.join(root, 'seeds');
  fs.cpSync('seeds', dir, { recursive: true });
  return dir;
}

describe('KnowledgeStore.reload', () => {
  it('reports added, changed and removed articles', async () => {
    const seedsDir = seedsCopy();
    const store = new KnowledgeStore((await loadKnowledge({ seedsDir, log })).kb, { seedsDir, log });
    fs.writeFileSync(path.join(seedsDir, '007_new.txt'), 'नया लेख\nकाबुल में आज शांति रही।\n');
    fs.appendFileSync(path.join(seedsDir, '002_bb1efd53af77a5b3.txt'), '\nएक और वाक्य।\n');
    fs.rmSync(path.join(seedsDir, '004_72d89efb671b246e.txt'));
    const outcome = await store.reload();
    expect(outcome).toMatchObject({ added: [7], changed: [2], removed: [4], total: 5 });
    expect(store.current.articles.has(7)).toBe(true);
  }, RELOAD_MS);

  it('keeps the old corpus when the reload fails', async () => {
    const seedsDir = seedsCopy();
    const store = new KnowledgeStore((await loadKnowledge({ seedsDir, log })).kb, { seedsDir, log });
    const before = store.current;
    fs.writeFileSync(path.join(seedsDir, '003_duplicate.txt'), 'Another article three.\n');
    await expect(store.reload()).rejects.toThrow(/two files claim article number 3/);
    expect(store.current).toBe(before);
  }, RELOAD_MS);

  it('answers 100 racing queries each from one complete corpus, old or new', async () => {
    const seedsDir = seedsCopy();
    const store = new KnowledgeStore((await loadKnowledge({ seedsDir, log })).kb, { seedsDir, log });
    for (let n = 10; n < 40; n++) fs.writeFileSync(path.join(seedsDir, `0${n}_added.txt`), `लेख ${n}\nकाबुल के बारे में वाक्य ${n}।\n`);
    const seen: number[] = [];
    let reloaded = false;
    const reload = store.reload().then(() => (reloaded = true));
    // Queries keep arriving while the reload reads the folder, and after it.
    const query = () => {
      const kb = store.current;
      seen.push(kb.corpus.articles.length);
      expect(kb.articles.size).toBe(kb.corpus.articles.length);
    };
    for (let i = 0; i < 100 || !reloaded; i++) {
      query();
      await new Promise((r) => setImmediate(r));
    }
    await reload;
    query();
    expect(seen.length).toBeGreaterThanOrEqual(100);
    // Old answers during the reload, new ones after it, and nothing in between.
    expect(seen[0]).toBe(5);
    expect(seen.at(-1)).toBe(35);
    expect(seen.every((n) => n === 5 || n === 35)).toBe(true);
    expect(store.current.corpus.articles.length).toBe(35);
  }, RELOAD_MS);
});
