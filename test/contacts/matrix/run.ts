/**
 * Reads every matrix sentence as one invented article (all in one knowledge, built once) and
 * tells, per sentence, what the bot missed: a person not recognised, a stated contact not found,
 * a contact it should not have, a contact not marked planned as it should be, or a contact dated
 * otherwise than its date word says.
 */
import { formatDate } from '../../../src/dates/format.ts';
import { inventedCorpus } from '../../people/helpers.ts';
import { buildPeopleKnowledge } from '../../../src/people/build.ts';
import { EMPTY_GAZETTEER } from '../../../src/people/gazetteer.ts';
import type { MatrixCase } from './cases.ts';

export interface MatrixResult {
  case: MatrixCase;
  /** Empty when the sentence is read right. */
  problems: string[];
}

export function runMatrix(cases: readonly MatrixCase[]): MatrixResult[] {
  const kb = buildPeopleKnowledge(inventedCorpus(cases.map((c) => `Headline\n${c.text}`)), EMPTY_GAZETTEER);
  const articleNumbers = kb.articles.map((a) => a.number).sort((x, y) => x - y);
  const byId = new Map(kb.people.map((p) => [p.id, p]));
  return cases.map((c, i) => {
    const article = articleNumbers[i]!;
    const problems: string[] = [];
    const nameIn = (name: string, id: string) => byId.get(id)?.mentions.some((m) => m.article === article && m.text.includes(name)) === true;
    for (const name of c.people) {
      if (!kb.people.some((p) => p.mentions.some((m) => m.article === article && m.text.includes(name)))) problems.push(`person ${name} not recognised`);
    }
    const found = kb.contacts.filter((k) => k.evidence.some((e) => e.article === article));
    for (const [x, y] of c.pairs) {
      const hit = found.find((k) => (nameIn(x, k.a) && nameIn(y, k.b)) || (nameIn(y, k.a) && nameIn(x, k.b)));
      if (!hit) problems.push(`no contact ${x} – ${y}`);
      else if (hit.planned !== c.planned) problems.push(`${x} – ${y} ${c.planned ? 'not planned' : 'planned'}`);
      else if (c.date !== undefined && (hit.date ? formatDate(hit.date) : 'undated') !== c.date) problems.push(`${x} – ${y} dated ${hit.date ? formatDate(hit.date) : 'undated'}, not ${c.date}`);
    }
    for (const k of found) {
      const pair = c.pairs.some(([x, y]) => (nameIn(x, k.a) && nameIn(y, k.b)) || (nameIn(y, k.a) && nameIn(x, k.b)));
      if (!pair) problems.push(`extra contact ${byId.get(k.a)?.display} – ${byId.get(k.b)?.display}`);
    }
    return { case: c, problems };
  });
}
