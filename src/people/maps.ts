/**
 * Lookups over the people knowledge, built once per knowledge object on first use, so that answering
 * is a lookup rather than a scan of every person or article (tens of thousands at scale).
 */
import type { ArticleRef, PeopleKnowledge, Person } from './types.ts';

export interface PeopleMaps {
  article: Map<number, ArticleRef>;
  person: Map<string, Person>;
}

const built = new WeakMap<PeopleKnowledge, PeopleMaps>();

/** @example peopleMaps(kb).person.get('sergey-lavrov')?.display // 'Sergey Lavrov' */
export function peopleMaps(kb: PeopleKnowledge): PeopleMaps {
  let maps = built.get(kb);
  if (maps) return maps;
  maps = {
    article: new Map(kb.articles.map((a) => [a.number, a])),
    person: new Map(kb.people.map((p) => [p.id, p])),
  };
  built.set(kb, maps);
  return maps;
}
