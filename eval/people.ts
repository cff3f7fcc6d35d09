/**
 * People and names: gold people recognised, listed people that are nobody of the gold, people
 * listed twice (in one article, or under two entries across articles), a member's Latin spelling
 * reaching the right person, and display names equal to a conventional Latin name (the gold name
 * or another full Latin name the gold lists).
 */
import type { Knowledge } from '../src/knowledge.ts';
import { findPerson } from '../src/people/lookup.ts';
import type { Person } from '../src/people/types.ts';
import type { Gold } from './devset.ts';
import { botPeopleIn } from './identify.ts';
import type { Measure, Observation } from './tally.ts';

/** Case, diacritics and dots ignored: "S. Jaishankar" ≠ "Subrahmanyam Jaishankar" still. */
export function normalName(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/[.\-‐'’]/gu, ' ').replace(/\s+/gu, ' ').trim();
}

const PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'ul', 'de', 'da', 'von', 'van']);

/**
 * The gold name and the gold's other full Latin names ("Nikolay Patrushev" beside "Nikolai
 * Patrushev", "Tamim bin Hamad Al Thani" beside "Tamim bin Hamad"): two or more words, each a
 * capitalised name word or a name particle, so a surname alone or "Emir of Qatar" is not one.
 */
export function conventionalNames(g: { name: string; latin: readonly string[] }): Set<string> {
  const full = (s: string): boolean => {
    const words = s.split(/\s+/u);
    return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase()));
  };
  return new Set([g.name, ...g.latin.filter(full)].map(normalName));
}

export function peopleMeasures(kb: Knowledge, golds: Gold[]): Measure[] {
  const recognised: Observation[] = [];
  const notPeople: Observation[] = [];
  const twice: Observation[] = [];
  const reach: Observation[] = [];
  const display: Observation[] = [];
  /** Every bot person who is a given gold name somewhere, for lookups and the across-articles check. */
  const entries = new Map<string, Set<Person>>();
  const perArticle = golds.map((gold) => ({ gold, asGold: botPeopleIn(kb, gold.article, gold) }));
  for (const { gold, asGold } of perArticle) {
    for (const [person, g] of asGold) if (g) (entries.get(g.name) ?? entries.set(g.name, new Set()).get(g.name)!).add(person);
  }
  for (const { gold, asGold } of perArticle) {
    const article = gold.article;
    for (const [person, g] of asGold) notPeople.push({ article, ok: !g, what: `#${article} "${person.display}" (${person.mentions.find((m) => m.article === article)?.text ?? ''})` });
    for (const g of gold.people) {
      const mine = [...asGold].filter(([, x]) => x === g).map(([p]) => p);
      recognised.push({ article, ok: mine.length > 0, what: `#${article} ${g.name}` });
      if (mine.length > 1) twice.push({ article, ok: true, what: `#${article} ${g.name} as ${mine.map((p) => p.display).join(' + ')}` });
      const everywhere = entries.get(g.name) ?? new Set();
      for (const typed of g.latin) {
        const found = findPerson(kb.tables.people.names, typed).person;
        reach.push({ article, ok: !!found && everywhere.has(found), what: `#${article} "${typed}" → ${found?.display ?? 'nobody'} (want ${g.name})` });
      }
      if (mine.length > 0) {
        const shown = [...mine].sort((x, y) => y.mentions.length - x.mentions.length)[0]!;
        display.push({ article, ok: conventionalNames(g).has(normalName(shown.display)), what: `#${article} "${shown.display}" (want ${g.name})` });
      }
    }
  }
  // One gold person under several entries across articles counts once, at the first article naming them.
  for (const [name, set] of entries) {
    if (set.size < 2) continue;
    const first = perArticle.find(({ asGold }) => [...asGold.values()].some((g) => g?.name === name))!;
    const within = [...first.asGold].filter(([, g]) => g?.name === name).length > 1;
    const where = perArticle.filter(({ asGold }) => [...asGold.values()].some((g) => g?.name === name)).map(({ gold }) => `#${gold.article}`);
    if (!within) twice.push({ article: first.gold.article, ok: true, what: `${where.join(' ')} ${name} under ${set.size} entries across articles: ${[...set].map((p) => p.display).join(', ')}` });
  }
  return [
    { name: 'people recognised', kind: 'rate', observations: recognised },
    { name: 'listed people that are not people', kind: 'rate', observations: notPeople, lowerIsBetter: true },
    { name: 'people listed twice', kind: 'count', observations: twice },
    { name: 'Latin spelling reaches the person', kind: 'rate', observations: reach },
    { name: 'display name is the conventional one', kind: 'rate', observations: display },
  ];
}
