import { describe, expect, it } from 'vitest';
import { ingestSynthetic, SyntheticCorpus } from '../../bench/generate.ts';
import { MAX_EVENTS, onAnswer } from '../../src/answers/on.ts';
import { MAX_CONTACTS_EACH, MAX_COUNTERPARTS, whoMetAnswer } from '../../src/answers/who-met.ts';
import { loadCorpusSync } from '../../src/corpus/load.ts';
import { buildKnowledge } from '../../src/knowledge.ts';
import { loadGazetteer } from '../../src/people/gazetteer.ts';
import { contactGroups } from '../../src/people/contact-groups.ts';
import { worded } from '../../src/i18n/index.ts';

const kb = buildKnowledge(ingestSynthetic(new SyntheticCorpus(loadCorpusSync('seeds'), { count: 800 })).corpus, loadGazetteer('seeds'));

describe('answers about much-covered people and busy dates stay readable', () => {
  it('/who-met shows the first counterparts and contacts, and counts the rest', () => {
    const [id, groups] = [...contactGroups(kb.people)].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(groups.length).toBeGreaterThan(MAX_COUNTERPARTS);
    const answer = worded(whoMetAnswer(kb.people, id));
    expect(answer.items).toHaveLength(MAX_COUNTERPARTS);
    expect(answer.intro).toContain(`${groups.length} people met or spoke with them`);
    expect(answer.notes?.[0]).toMatch(new RegExp(`^Showing the first ${MAX_COUNTERPARTS} of ${groups.length} people`));
    const busiest = groups.slice(0, MAX_COUNTERPARTS).findIndex(([, list]) => list.length > MAX_CONTACTS_EACH);
    expect(busiest).toBeGreaterThanOrEqual(0);
    const lines = answer.items[busiest]!.lines!;
    expect(lines.at(-1)).toBe(`…and ${groups[busiest]![1].length - MAX_CONTACTS_EACH} more contacts with ${answer.items[busiest]!.heading.split(' (')[0]}`);
  });

  it('/on for a busy month shows the first events day by day and says how many there are', () => {
    const month = [...new Set([...kb.events.byKey.keys()].map((k) => k.slice(0, 7)))]
      .filter((m) => /^\d{4}-\d{2}$/u.test(m))
      .map((m) => ({ m, n: [...kb.events.byKey].filter(([k]) => k.startsWith(m)).reduce((s, [, e]) => s + e.length, 0) }))
      .sort((a, b) => b.n - a.n)[0]!;
    expect(month.n).toBeGreaterThan(MAX_EVENTS);
    const answer = worded(onAnswer(kb, month.m));
    const shown = answer.items.reduce((s, item) => s + item.lines!.filter((l) => l.startsWith('• ')).length, 0);
    expect(shown).toBe(MAX_EVENTS);
    expect(answer.notes).toContain(`Showing the first ${MAX_EVENTS} of ${month.n} events, day by day.`);
  });
}, 120_000);
