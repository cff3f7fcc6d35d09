import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import graph of src/: every module's relative imports (type-only ones too), read from the
 * source text, so that the layering below is checked without a lint toolchain.
 */
const SRC = path.resolve(import.meta.dirname, '../src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s(type\s)?(?:[^'"]*?\sfrom\s)?\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : /\.(?:ts|mjs)$/u.test(e.name) ? [full] : [];
  });
}

const files = sourceFiles(SRC);
interface Import {
  specifier: string;
  /** `import type` / `export type`: erased when compiled, so it cannot take part in a load-order cycle. */
  typeOnly: boolean;
}
const imports = new Map(files.map((f) => [f, [...fs.readFileSync(f, 'utf8').matchAll(IMPORT)].map((m): Import => ({ specifier: (m[2] ?? m[3])!, typeOnly: m[1] !== undefined }))]));
const specifiers = new Map([...imports].map(([f, list]) => [f, list.map((i) => i.specifier)]));
const resolved = (f: string, list: Import[]): string[] => list.filter((i) => i.specifier.startsWith('.')).map((i) => path.resolve(path.dirname(f), i.specifier));
/** Relative imports, resolved to files. */
const graph = new Map([...imports].map(([f, list]) => [f, resolved(f, list)]));
/** The same, without type-only imports: what runs when a module loads. */
const runtimeGraph = new Map([...imports].map(([f, list]) => [f, resolved(f, list.filter((i) => !i.typeOnly))]));

/*
 * Layers, lowest first: a module imports only from its own layer or lower ones
 * (text ← grammar ← contacts/people/events ← knowledge ← answers; bot and commands sit above src/).
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  // The label catalogues are data and plain wording, needed from events up to the renderers.
  ['types.ts', 'answer.ts', 'log.ts', 'config.ts', 'steps.ts', 'i18n'],
  ['text'],
  ['dates'],
  // Packs (and language detection) are data the corpus reads: its sentence splitter knows each language's initials.
  ['languages'],
  ['corpus'],
  ['grammar'],
  ['contacts', 'search'],
  ['people'],
  ['events'],
  ['knowledge.ts', 'knowledgeSnapshot.ts', 'snapshot.ts', 'snapshotFile.ts', 'snapshotPieces.ts', 'store.ts', 'build'],
  ['ask', 'render'],
  ['answers'],
];

function layerOf(file: string): number {
  const top = path.relative(SRC, file).split(path.sep)[0]!;
  const layer = LAYERS.findIndex((names) => names.includes(top));
  if (layer < 0) throw new Error(`${top} is in no layer: add it to LAYERS`);
  return layer;
}

const rel = (f: string): string => path.relative(SRC, f);

describe('the architecture of src/', () => {
  it('puts every module in a layer', () => {
    for (const f of files) expect(() => layerOf(f), rel(f)).not.toThrow();
  });

  it('imports only from the same or a lower layer', () => {
    const upward = [...graph].flatMap(([f, targets]) => targets.filter((t) => layerOf(t) > layerOf(f)).map((t) => `${rel(f)} → ${rel(t)}`));
    expect(upward).toEqual([]);
  });

  // Type-only imports may go in a circle (search/match.ts and search/index.ts name each other's types).
  it('has no import cycles among the modules that load', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, trail: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].map(rel).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const t of runtimeGraph.get(f) ?? []) visit(t, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('never imports discord.js, nor the bot or the commands', () => {
    const offending = [...specifiers].flatMap(([f, specs]) =>
      specs.filter((s) => /^(?:discord\.js|@discordjs\/)/u.test(s) || (s.startsWith('.') && !path.resolve(path.dirname(f), s).startsWith(SRC + path.sep))).map((s) => `${rel(f)} → ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it('reads the imports it checks (the graph is not empty and sees type-only imports)', () => {
    expect(graph.get(path.join(SRC, 'knowledge.ts'))).toContain(path.join(SRC, 'people/tables.ts'));
    expect(specifiers.get(path.join(SRC, 'people/types.ts'))).toContain('../contacts/types.ts');
    expect(runtimeGraph.get(path.join(SRC, 'people/types.ts'))).toEqual([]);
  });
});
