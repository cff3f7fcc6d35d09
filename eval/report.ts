/**
 * The evaluation as text: one table per language (tune / held / all), one for all languages,
 * then the tuning split's failures of each measure (with --failures).
 */
import { UNLISTED, type ManifestEntry, type Split } from './devset.ts';
import type { Evaluation } from './evaluate.ts';
import { inGroup, summarise, toFix, type Group } from './tally.ts';

const SPLITS: Array<Split | 'all'> = ['tune', 'held', 'all'];

function table(ev: Evaluation, language: string, manifest: Map<number, ManifestEntry>): string {
  const articles = (split: Split | 'all') => [...manifest.values()].filter((m) => inGroup({ article: m.article, ok: true }, { language, split }, manifest)).length;
  const rows = [['measure', ...SPLITS.map((s) => `${s} (${articles(s)} articles)`)]];
  for (const m of ev.measures) rows.push([m.name, ...SPLITS.map((split) => summarise(m, { language, split } satisfies Group, manifest))]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

export function renderReport(ev: Evaluation, manifest: Map<number, ManifestEntry>, opts: { failures: boolean }): string {
  const languages = [...new Set([...manifest.values()].map((m) => m.language))].sort();
  const head = `${manifest.size} articles in the folder; ${ev.goldArticles} with gold in the folder.${languages.includes(UNLISTED) ? ` "${UNLISTED}": articles of the folder without a manifest line (only their quotes are checked).` : ''}`;
  const parts = [head, ...[...languages, 'all'].map((l) => `== ${l === 'all' ? 'all languages' : l} ==\n${table(ev, l, manifest)}`)];
  if (ev.problems.length) parts.push(`== gold problems (${ev.problems.length}) ==\n${ev.problems.join('\n')}`);
  if (opts.failures) {
    for (const m of ev.measures) {
      // Only the tuning split: reading the held third's failures would tune on it.
      const bad = toFix(m).filter((o) => inGroup(o, { language: 'all', split: 'tune' }, manifest));
      if (bad.length) parts.push(`-- ${m.name}: to fix on the tuning split (${bad.length}) --\n${bad.map((o) => o.what ?? `#${o.article}`).join('\n')}`);
    }
  }
  return `${parts.join('\n\n')}\n`;
}
