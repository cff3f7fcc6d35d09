import { parseCatalog } from '../../src/corpus/catalog.ts';
import { buildCorpus, loadCorpusSync } from '../../src/corpus/load.ts';
import { formatDate } from '../../src/dates/format.ts';
import { buildPeopleKnowledge } from '../../src/people/build.ts';
import { EMPTY_GAZETTEER, loadGazetteer, parseGazetteer, type Gazetteer } from '../../src/people/gazetteer.ts';
import { findPerson, nameIndex } from '../../src/people/lookup.ts';
import type { Contact } from '../../src/contacts/types.ts';
import type { PeopleKnowledge } from '../../src/people/types.ts';
import type { Corpus } from '../../src/types.ts';

export const seeds: Corpus = loadCorpusSync('seeds');
export const seedGazetteer: Gazetteer = loadGazetteer('seeds');
export const seedKb: PeopleKnowledge = buildPeopleKnowledge(seeds, seedGazetteer);

/** Invented articles, one string per file (first line = headline), all published on `published`. */
export function inventedCorpus(texts: string[], published = '2021-09-01'): Corpus {
  const catalog = parseCatalog(texts.map((_, i) => `${i}\t${published}\t\t`).join('\n'));
  return buildCorpus(texts.map((t, i) => ({ name: `${String(i).padStart(3, '0')}_test.txt`, bytes: Buffer.from(t) })), catalog);
}

/** People knowledge of invented articles; `gazetteer` is the text of a gazetteer file. */
export function invented(texts: string[], opts: { published?: string; gazetteer?: string } = {}): PeopleKnowledge {
  const gazetteer = opts.gazetteer === undefined ? EMPTY_GAZETTEER : parseGazetteer(opts.gazetteer);
  return buildPeopleKnowledge(inventedCorpus(texts, opts.published), gazetteer);
}

/** How a person is named in test output: the Latin display name, or the first spelling as written. */
export type NameStyle = 'display' | 'native';

/** The name of a person id. */
export function nameOf(kb: PeopleKnowledge, id: string, style: NameStyle = 'display'): string {
  const person = kb.people.find((p) => p.id === id);
  return (style === 'native' ? person?.native[0] : undefined) ?? person?.display ?? id;
}

/** A contact in one line: "A – B: meeting, 2021-08-16, Moscow, planned". */
export function describe(kb: PeopleKnowledge, c: Contact, style: NameStyle = 'display'): string {
  const parts = [c.kind, c.date ? formatDate(c.date) : 'undated', ...(c.place ? [c.place] : []), ...(c.planned ? ['planned'] : [])];
  return `${nameOf(kb, c.a, style)} – ${nameOf(kb, c.b, style)}: ${parts.join(', ')}`;
}

/** Every contact of the knowledge, described. */
export function contactLines(kb: PeopleKnowledge, style: NameStyle = 'display'): string[] {
  return kb.contacts.map((c) => describe(kb, c, style));
}

/** Contacts of the person a query finds: counterpart display → descriptions without the person. */
export function contactsOf(kb: PeopleKnowledge, query: string): Record<string, string[]> {
  const person = findPerson(nameIndex(kb), query).person;
  if (!person) return {};
  const out: Record<string, string[]> = {};
  for (const c of kb.contacts.filter((c) => c.a === person.id || c.b === person.id)) {
    const other = nameOf(kb, c.a === person.id ? c.b : c.a);
    const parts = [c.kind, c.date ? formatDate(c.date) : 'undated', ...(c.place ? [c.place] : []), ...(c.planned ? ['planned'] : [])];
    (out[other] ??= []).push(`${parts.join(', ')} [${[...new Set(c.evidence.map((e) => e.article))].join(',')}]`);
  }
  return out;
}
