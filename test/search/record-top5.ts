/**
 * Records the top 5 articles (number and score) of every agreement query into top5.golden.json:
 * `npx tsx test/search/record-top5.ts`; the agreement test compares today's search with the file.
 * First recorded before the pruning layer (commit f2a564d), so that the layer had to rank as
 * MiniSearch did; re-recorded when the ranking itself changed on purpose (session 5: a name's
 * spelling in another script weighs as much as the typed one, and an article is scored by the
 * share of the query's units it contains; session 20: an article whose headline or first
 * paragraph holds the query's units ranks higher, query.ts `aboutnessOf`). The pruning walk is
 * still checked against visiting every posting in maxscore.test.ts.
 */
import fs from 'node:fs';
import { buildSearchIndex } from '../../src/search/index.ts';
import { searchCorpus } from '../../src/search/query.ts';
import { agreementCorpora } from './agreement-queries.ts';

const golden: Record<string, Record<string, Array<[article: number, score: number]>>> = {};
for (const { name, corpus, queries } of agreementCorpora()) {
  const index = buildSearchIndex(corpus);
  golden[name] = Object.fromEntries(queries.map((q) => [q, searchCorpus(index, corpus, q).articles.map((a) => [a.article, a.score])]));
}
// One line per query, so that a changed ranking shows as a one-line diff.
const body = Object.entries(golden).map(([name, byQuery]) => `${JSON.stringify(name)}: {\n${Object.entries(byQuery).map(([q, top]) => `  ${JSON.stringify(q)}: ${JSON.stringify(top)}`).join(',\n')}\n}`);
fs.writeFileSync(new URL('./top5.golden.json', import.meta.url), `{\n${body.join(',\n')}\n}\n`);
