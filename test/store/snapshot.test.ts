import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleAnswer } from '../../src/answers/articles.ts';
import { createLogger } from '../../src/log.ts';
import { renderText } from '../../src/render/text.ts';
import { snapshotPath } from '../../src/snapshot.ts';
import { loadKnowledge } from '../../src/store.ts';
import type { Knowledge } from '../../src/knowledge.ts';

const warnings: string[] = [];
const log = createLogger({ level: 'warn', destination: { write: (line: string) => void warnings.push(line) } });

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function setup(): { seedsDir: string; cacheDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'snap-'));
  made.push(root);
  const seedsDir = path.join(root, 'seeds');
  fs.cpSync('seeds', seedsDir, { recursive: true });
  return { seedsDir, cacheDir: path.join(root, 'cache') };
}

/** Answers that must read the same whether the knowledge was built or restored. */
function answers(kb: Knowledge): string {
  return [0, 1, 2, 3, 4].map((n) => renderText(articleAnswer(kb, { number: n }))).join('\n');
}

describe('knowledge snapshot', async () => {
  it('builds and saves on first start, then restores with identical answers', async () => {
    const dirs = setup();
    const first = await loadKnowledge({ ...dirs, log });
    expect(first.from).toBe('built');
    expect(fs.existsSync(snapshotPath(dirs.cacheDir))).toBe(true);
    const second = await loadKnowledge({ ...dirs, log });
    expect(second.from).toBe('snapshot');
    expect(answers(second.kb)).toBe(answers(first.kb));
  });

  it('rebuilds a corrupted snapshot with a warning, and answers are unchanged', async () => {
    const dirs = setup();
    const built = await loadKnowledge({ ...dirs, log });
    const file = snapshotPath(dirs.cacheDir);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    fs.writeFileSync(file, bytes);
    warnings.length = 0;
    const again = await loadKnowledge({ ...dirs, log });
    expect(again.from).toBe('built');
    expect(again.snapshotMiss).toMatch(/corrupt/);
    expect(warnings.join('')).toMatch(/snapshot not used; rebuilding/);
    expect(answers(again.kb)).toBe(answers(built.kb));
    expect((await loadKnowledge({ ...dirs, log })).from).toBe('snapshot');
  });

  it('rebuilds a truncated or garbage snapshot', async () => {
    const dirs = setup();
    await loadKnowledge({ ...dirs, log });
    fs.writeFileSync(snapshotPath(dirs.cacheDir), 'not a snapshot');
    expect((await loadKnowledge({ ...dirs, log })).snapshotMiss).toMatch(/header is unreadable/);
  });

  it('rebuilds a stale snapshot when an article changed, and serves the new text', async () => {
    const dirs = setup();
    await loadKnowledge({ ...dirs, log });
    const file = path.join(dirs.seedsDir, '002_bb1efd53af77a5b3.txt');
    fs.appendFileSync(file, '\nनया अनुच्छेद जोड़ा गया।\n');
    const again = await loadKnowledge({ ...dirs, log });
    expect(again.from).toBe('built');
    expect(again.snapshotMiss).toBe('the articles changed since the snapshot was made');
    expect(again.kb.articles.get(2)!.paragraphs.at(-1)!.text).toBe('नया अनुच्छेद जोड़ा गया।');
  });
});
