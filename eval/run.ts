/**
 * `npm run eval -- <folder> [--devset devset] [--gazetteer file] [--failures]`: builds the
 * knowledge of the articles in <folder> as the bot would, and measures it against the gold facts
 * of the dev set (see eval/README.md).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readGold, readManifests, joinedCatalogs, folderManifest, DevsetError } from './devset.ts';
import { evaluate } from './evaluate.ts';
import { evalKnowledge } from './knowledge.ts';
import { renderReport } from './report.ts';

const USAGE = 'Usage: npm run eval -- <articles folder> [--devset devset] [--gazetteer seeds/gazetteer.tsv] [--failures]';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { devset: { type: 'string', default: 'devset' }, gazetteer: { type: 'string' }, failures: { type: 'boolean', default: false } },
  });
  const folder = positionals[0];
  if (!folder) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
  } else {
    const devsetDir = path.resolve(values.devset);
    const kb = evalKnowledge({ folder, catalogText: joinedCatalogs(devsetDir), gazetteerFile: values.gazetteer });
    for (const w of kb.corpus.warnings) process.stderr.write(`warning: ${w.message}\n`);
    const ev = evaluate(kb, [...readGold(devsetDir).values()]);
    const manifest = folderManifest(readManifests(devsetDir), kb.articles.keys());
    process.stdout.write(renderReport(ev, manifest, { failures: values.failures }));
  }
} catch (err) {
  if (err instanceof DevsetError || (err as NodeJS.ErrnoException).code === 'ENOENT' || (err as Error).name === 'CorpusError') {
    process.stderr.write(`eval: ${(err as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else throw err;
}
