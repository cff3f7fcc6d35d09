/**
 * `.env.example` lists every variable the code reads, each with a comment (issue 12, problem 10).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

it('lists every variable that src/, bot/ and commands/ read, each after a comment line', () => {
  const read = new Set<string>();
  for (const file of ['src', 'bot', 'commands'].flatMap(sources)) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/(?:get\('|env\.)([A-Z][A-Z_]{2,})/g)) read.add(m[1]!);
  }
  expect(read.size).toBeGreaterThanOrEqual(9);
  const lines = fs.readFileSync('.env.example', 'utf8').split('\n');
  for (const name of read) {
    const at = lines.findIndex((l) => l.startsWith(`${name}=`));
    expect(at, name).toBeGreaterThan(0);
    expect(lines[at - 1], name).toMatch(/^# \S/);
  }
});
