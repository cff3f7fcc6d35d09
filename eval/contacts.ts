/**
 * /who-met against gold contacts: recall counting both directions (A's list names B, B's list
 * names A), precision of the contacts listed from the gold articles, planned contacts shown as
 * planned, and contacts dated differently from the gold (a date where the gold has none included).
 */
import { dateKey } from '../src/dates/format.ts';
import type { Knowledge } from '../src/knowledge.ts';
import { contactGroups } from '../src/people/contact-groups.ts';
import type { Contact } from '../src/contacts/types.ts';
import type { Person } from '../src/people/types.ts';
import type { Gold, GoldContact, GoldPerson } from './devset.ts';
import { overlaps, spansOf, type Span } from './evidence.ts';
import type { Measure, Observation } from './tally.ts';
import { botPeopleIn, goldPersonOf } from './identify.ts';

interface Listed {
  contact: Contact;
  /** The gold people the two bot people are in this article. */
  a?: GoldPerson;
  b?: GoldPerson;
  spans: Span[];
}

export function samePair(c: GoldContact, x?: GoldPerson, y?: GoldPerson): boolean {
  return !!x && !!y && ((c.a === x.name && c.b === y.name) || (c.a === y.name && c.b === x.name));
}

/** The bot's contacts with evidence in one article, their people mapped to gold people of that article. */
export function listedIn(kb: Knowledge, article: number, gold: Gold, asGold: Map<Person, GoldPerson | undefined>): Listed[] {
  const byId = new Map([...asGold].map(([p, g]) => [p.id, g]));
  const doc = kb.articles.get(article)!;
  return kb.people.contacts.flatMap((contact) => {
    const evidence = contact.evidence.filter((e) => e.article === article);
    if (evidence.length === 0) return [];
    let a = byId.get(contact.a);
    let b = byId.get(contact.b);
    // A person not named by a mention of this article: fall back to the names the sentence highlights.
    if (!a || !b) {
      const named = evidence.flatMap((e) => e.names.map(([s, x]) => goldPersonOf(doc.paragraphs.find((p) => p.number === e.paragraph)!.text.slice(s, x), gold)));
      const distinct = [...new Set(named.filter((g): g is GoldPerson => !!g))];
      if (distinct.length === 2) [a, b] = distinct;
    }
    return [{ contact, a, b, spans: evidence.map((e) => ({ paragraph: e.paragraph, start: e.start, end: e.end })) }];
  });
}

function dateOf(c: Contact): string | null {
  return c.date ? dateKey(c.date) : null;
}

/**
 * Why a direction was missed, so that work goes where recall is lost: one of the two people is
 * not recognised in the article, both are but no contact of theirs is read there, or one is read
 * but undated or dated otherwise than the gold.
 */
type MissCause = 'unknown' | 'unread' | 'undated';

function missCause(readHere: Contact[], bothKnown: boolean): MissCause {
  return !bothKnown ? 'unknown' : readHere.length === 0 ? 'unread' : 'undated';
}

function label(article: number, c: GoldContact): string {
  return `#${article} ${c.a} – ${c.b} (${c.kind}, ${c.date ?? 'undated'}${c.planned ? ', planned' : ''})`;
}

export function contactMeasures(kb: Knowledge, golds: Gold[]): Measure[] {
  const recall: Observation[] = [];
  const precision: Observation[] = [];
  const planned: Observation[] = [];
  const wrongDates: Observation[] = [];
  const missed: Record<MissCause, Observation[]> = { unknown: [], unread: [], undated: [] };
  const groups = contactGroups(kb.people);
  for (const gold of golds) {
    const doc = kb.articles.get(gold.article);
    if (!doc) continue;
    const asGold = botPeopleIn(kb, gold.article, gold);
    const listed = listedIn(kb, gold.article, gold, asGold);
    for (const g of gold.contacts) {
      // Each direction: a bot person who is g.a lists, among their counterparts, one who is g.b, by a contact from this article.
      for (const [from, to] of [[g.a, g.b], [g.b, g.a]] as const) {
        const fromPeople = [...asGold].filter(([, x]) => x?.name === from).map(([p]) => p);
        const here = fromPeople.flatMap((p) =>
          (groups.get(p.id) ?? [])
            .filter(([other]) => [...asGold].some(([q, x]) => q.id === other && x?.name === to))
            .flatMap(([, list]) => list.filter((c) => c.evidence.some((e) => e.article === gold.article))),
        );
        const hit = here.some((c) => g.date === null || dateOf(c) === g.date);
        const what = `${label(gold.article, g)} in /who-met ${from}`;
        recall.push({ article: gold.article, ok: hit, what });
        if (!hit) missed[missCause(here, [from, to].every((n) => [...asGold.values()].some((x) => x?.name === n)))].push({ article: gold.article, ok: true, what });
      }
      if (g.planned) {
        const shown = listed.filter((l) => samePair(g, l.a, l.b));
        planned.push({ article: gold.article, ok: shown.some((l) => l.contact.planned), what: label(gold.article, g) });
      }
    }
    for (const l of listed) {
      const matches = gold.contacts.filter((g) => samePair(g, l.a, l.b));
      precision.push({ article: gold.article, ok: matches.length > 0, what: `#${gold.article} listed ${l.a?.name ?? '?'} – ${l.b?.name ?? '?'}: ${l.contact.evidence[0]?.text.slice(0, 80)}` });
      // Dated against the gold contact stated in the same sentence.
      const sameSentence = matches.filter((g) => spansOf(doc, g.evidence).some((s) => l.spans.some((x) => overlaps(s, x))));
      const botDate = dateOf(l.contact);
      // An undated contact the gold dates is a miss (recall), not a wrong date.
      if (botDate !== null && sameSentence.length > 0 && !sameSentence.some((g) => g.date === botDate)) {
        wrongDates.push({ article: gold.article, ok: true, what: `#${gold.article} ${l.a!.name} – ${l.b!.name}: bot ${botDate}, gold ${sameSentence.map((g) => g.date ?? 'undated').join('/')}` });
      }
    }
  }
  return [
    { name: '/who-met recall (both directions)', kind: 'rate', observations: recall },
    { name: '/who-met precision', kind: 'rate', observations: precision },
    { name: '/who-met planned shown as planned', kind: 'rate', observations: planned },
    { name: 'wrong dates: contacts', kind: 'count', observations: wrongDates },
    { name: 'recall misses: a person not recognised', kind: 'count', observations: missed.unknown },
    { name: 'recall misses: both known, not read', kind: 'count', observations: missed.unread },
    { name: 'recall misses: read, not on gold date', kind: 'count', observations: missed.undated },
  ];
}
