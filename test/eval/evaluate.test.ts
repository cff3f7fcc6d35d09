import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGold, readManifests, type Gold } from '../../eval/devset.ts';
import { evaluate, type Evaluation } from '../../eval/evaluate.ts';
import { evalKnowledge } from '../../eval/knowledge.ts';
import { summarise } from '../../eval/tally.ts';

/** One invented Hindi article (published Wednesday 2021-09-01): a meeting on "मंगलवार", i.e. 2021-08-31. */
const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixture');
const kb = evalKnowledge({ folder: path.join(fixture, 'texts'), catalogText: '' });
const manifest = readManifests(fixture);
const gold = readGold(fixture).get(1)!;

function figure(ev: Evaluation, name: string): string {
  const measure = ev.measures.find((m) => m.name.startsWith(name));
  if (!measure) throw new Error(`no measure ${name}`);
  return summarise(measure, { language: 'hin', split: 'all' }, manifest);
}

describe('npm run eval on a hand-written article', () => {
  const ev = evaluate(kb, [gold]);

  it('finds the gold contact in both people\'s /who-met, dated, and nothing else', () => {
    expect(figure(ev, '/who-met recall')).toBe('2/2 100%');
    expect(figure(ev, '/who-met precision')).toBe('1/1 100%');
    expect(figure(ev, '/on recall: dated contacts')).toBe('1/1 100%');
    expect(figure(ev, 'wrong dates: contacts')).toBe('0');
  });

  it('checks people, Latin lookups, search and quotes', () => {
    expect(figure(ev, 'people recognised')).toBe('2/2 100%');
    expect(figure(ev, 'listed people that are not people')).toBe('0/2 0%');
    expect(figure(ev, 'Latin spelling reaches')).toBe('3/3 100%');
    expect(figure(ev, '/search')).toBe('1/1 100%');
    expect(figure(ev, 'quotes verbatim')).toMatch(/^(\d+)\/\1 100%$/u);
    expect(ev.problems).toEqual([]);
  });

  it('counts a contact dated otherwise than the gold as a wrong date and a miss', () => {
    const other: Gold = { ...gold, contacts: gold.contacts.map((c) => ({ ...c, date: '2021-08-30' })) };
    const wrong = evaluate(kb, [other]);
    expect(figure(wrong, 'wrong dates: contacts')).toBe('1');
    expect(figure(wrong, '/who-met recall')).toBe('0/2 0%');
    expect(figure(wrong, 'recall misses: read, not on gold date')).toBe('2');
    expect(figure(wrong, 'recall misses: both known')).toBe('0');
  });

  it('tells why a direction is missed: a person not recognised, or both known and no contact read', () => {
    expect(figure(ev, 'recall misses: a person not recognised')).toBe('0');
    const stranger: Gold = {
      ...gold,
      people: [...gold.people, { name: 'Nobody Here', spellings: ['कोई नहीं'], latin: ['Nobody'] }],
      contacts: [...gold.contacts, { ...gold.contacts[0]!, b: 'Nobody Here' }],
    };
    expect(figure(evaluate(kb, [stranger]), 'recall misses: a person not recognised')).toBe('2');
    // A pair the text never puts in contact: the only two people are, so a person with themself.
    const unread: Gold = { ...gold, contacts: gold.contacts.map((c) => ({ ...c, a: c.b, b: c.b })) };
    expect(figure(evaluate(kb, [unread]), 'recall misses: both known, not read')).toBe('2');
  });

  it('reports gold evidence that is not in the text', () => {
    const broken: Gold = { ...gold, events: [{ date: '2021-08-31', what: 'nothing', evidence: 'यह वाक्य लेख में नहीं है' }] };
    expect(evaluate(kb, [broken]).problems).toEqual(['#1: evidence not in the text: "यह वाक्य लेख में नहीं है"']);
  });
});

describe('npm run eval on part of the dev set', () => {
  it('drops the dev-set catalog lines of articles the folder does not hold, so they raise no warning', () => {
    const devsetCatalog = '# number\tpublished\tsource\ttitle\n1\t2021-09-01\tfixture.example\t\n999\t2021-09-02\telsewhere.example\t\n';
    const part = evalKnowledge({ folder: path.join(fixture, 'texts'), catalogText: devsetCatalog });
    expect(part.corpus.warnings.filter((w) => w.message.includes('999'))).toEqual([]);
    expect(part.corpus.articles.map((a) => a.number)).toEqual([1]);
  });
});
