/**
 * /who-met: the people a given person met, called, talked with, invited or appeared with, one item
 * per counterpart, each contact with its kind, date, place and status, and the sentences that
 * state it as verbatim quotes with the two names highlighted. Plus autocomplete of names.
 */
import type { Answer, AnswerItem, Choice, Quote } from '../answer.ts';
import type { Contact, Evidence } from '../contacts/types.ts';
import { formatDate } from '../dates/format.ts';
import { joined, msg, type Text } from '../i18n/message.ts';
import type { Knowledge } from '../knowledge.ts';
import { prefixForm, type PrefixEntry } from '../people/choices.ts';
import { closestPeople, findPerson, type NameIndex } from '../people/lookup.ts';
import type { Person } from '../people/types.ts';
import { phoneticKey } from '../text/phonetic.ts';
import { citationOf, cutQuote } from '../text/quote.ts';

const MAX_CHOICES = 25;
/** Marks the headline among paragraph numbers until it is worded. */
const HEADLINE = '¶0';
const MAX_CHOICE_CHARS = 100;
/**
 * A much-covered person has thousands of counterparts, some with hundreds of contacts: past these
 * an answer would run to hundreds of Discord pages nobody reads, so the rest is counted, not shown.
 */
export const MAX_COUNTERPARTS = 50;
export const MAX_CONTACTS_EACH = 5;

/** "Sergey Lavrov (सर्गेई लावरोव)", or the display name alone. */
export function personLabel(p: Person): string {
  return p.native[0] ? `${p.display} (${p.native[0]})` : p.display;
}

/** The sentence stating a contact, cut around the two names (text/quote.ts). */
function quoteOf(e: Evidence, kb: Knowledge): Quote {
  const article = kb.articles.get(e.article);
  const paragraph = article?.paragraphs.find((p) => p.number === e.paragraph);
  const ref = kb.tables.people.article.get(e.article);
  const citation = article && paragraph ? citationOf(article, paragraph) : citationOf({ number: e.article, title: ref?.title ?? '', published: ref?.published }, { number: e.paragraph, lang: ref?.lang ?? 'und' });
  return cutQuote(e.text, e.start, e, e.names, citation);
}

/** "Phone call · 2021-08-16 · took place", "Meeting · date not stated · Armenia · planned (announced)". */
function contactLine(c: Contact): Text {
  const date = c.date ? formatDate(c.date) : msg('date.not-stated');
  return joined(' · ', msg(`kind.${c.kind}`), date, c.place, msg(c.planned ? 'status.planned' : 'status.took-place'));
}

/** "[#2 ¶1, ¶4; #0 headline]": where a contact is stated, so that each of several contacts points to its quotes. */
function sourcesOf(c: Contact): Text {
  const byArticle = new Map<number, Set<number>>();
  for (const e of c.evidence) (byArticle.get(e.article) ?? byArticle.set(e.article, new Set()).get(e.article)!).add(e.paragraph);
  const articles = [...byArticle].map(([n, paragraphs]) => [`#${n} `, ...joined(', ', ...[...paragraphs].map((p) => (p === 0 ? msg('headline') : `¶${p}`)))]);
  return ['[', ...joined('; ', ...articles), ']'];
}

/** "Sergey Lavrov, Russian foreign minister, is named in 3 articles". */
export function namedIn(person: Person, withRole = true): Text {
  return msg('person.named-in', { name: person.display, role: (withRole && person.role) || undefined, n: person.articles.length });
}

/** " Closest known names: …" after an unknown name, or nothing. */
export function closestNames(names: NameIndex, asked: string): Text {
  const close = closestPeople(names, asked, 3).map((p) => p.display);
  return close.length ? msg('closest-names', { names: close.join(', ') }) : '';
}

/** The note when a name matches more than the person answered for. */
export function alsoMatching(asked: string, alternatives: readonly Person[]): Text[] {
  return alternatives.length ? [msg('also-matching', { asked, names: alternatives.map((p) => p.display).join(', ') })] : [];
}

/** Where and as what the person is named in each of their articles, one pass over the mentions. */
function mentionedAt(person: Person, kb: Knowledge): AnswerItem[] {
  const inArticle = new Map<number, { where: Set<string>; spellings: Set<string> }>();
  for (const m of person.mentions) {
    let seen = inArticle.get(m.article);
    if (!seen) inArticle.set(m.article, (seen = { where: new Set(), spellings: new Set() }));
    seen.where.add(m.paragraph === 0 ? HEADLINE : `¶${m.paragraph}`);
    seen.spellings.add(m.text);
  }
  return person.articles.map((n) => {
    const seen = inArticle.get(n);
    const where = joined(', ', ...[...(seen?.where ?? [])].map((w) => (w === HEADLINE ? msg('headline') : w)));
    const spellings = [...(seen?.spellings ?? [])].join(', ');
    return { heading: `#${n} · ${kb.tables.people.article.get(n)?.title ?? ''}`, lines: [msg('who-met.named-at', { where, spellings })] };
  });
}

export interface WhoMetOptions {
  /** A name in any script, or a person id. */
  person: string;
}

/**
 * @example whoMetAnswer(kb, { person: 'Lavrov' }).items.map((i) => i.heading) // ['Antony Blinken (एंटनी ब्लिंकन)', 'Wang Yi (वांग यी)', 'S. Jaishankar (एस जयशंकर)']
 */
export function whoMetAnswer(kb: Knowledge, options: WhoMetOptions): Answer {
  const asked = options.person.trim().replace(/\s+/gu, ' ');
  const tables = kb.tables.people;
  if (!asked) return { status: 'user-error', title: msg('who-met.title-bare'), intro: msg('who-met.type-a-name'), items: [] };
  const { person, alternatives } = findPerson(tables.names, asked);
  if (!person) {
    return { status: 'user-error', title: msg('who-met.title', { person: asked }), intro: [msg('who-met.unknown', { name: asked }), closestNames(tables.names, asked)], items: [] };
  }
  const title = msg('who-met.title', { person: personLabel(person) });
  const notes = alsoMatching(asked, alternatives);
  const groups = tables.contacts.get(person.id) ?? [];
  const about = namedIn(person);
  if (groups.length === 0) {
    return { status: 'empty', title, intro: msg('who-met.intro-none', { about }), items: mentionedAt(person, kb), notes };
  }
  const people = tables.person;
  const items = groups.slice(0, MAX_COUNTERPARTS).map(([id, list]): AnswerItem => {
    const other = people.get(id)!;
    const role = other.role ? [msg('role', { role: other.role })] : [];
    const shown = list.slice(0, MAX_CONTACTS_EACH);
    const more = list.length > shown.length ? [msg('who-met.more-contacts', { n: list.length - shown.length, name: other.display })] : [];
    // With several contacts, each line says where it is stated: the quotes follow all the lines.
    const line = (c: Contact): Text => (shown.length > 1 ? joined(' ', contactLine(c), sourcesOf(c)) : contactLine(c));
    return { heading: personLabel(other), lines: [...role, ...shown.map(line), ...more], quotes: shown.flatMap((c) => c.evidence.map((e) => quoteOf(e, kb))) };
  });
  const capped = groups.length > MAX_COUNTERPARTS ? [msg('who-met.capped', { shown: MAX_COUNTERPARTS, total: groups.length, name: person.display })] : [];
  return {
    status: 'ok',
    title,
    intro: msg('who-met.intro', { about, n: groups.length }),
    items,
    notes: [...capped, ...notes, msg('who-met.dates-note')],
  };
}

function choiceName(p: Person): string {
  const name = p.native[0] ? `${p.display} — ${p.native[0]}` : p.display;
  return name.length > MAX_CHOICE_CHARS ? `${name.slice(0, MAX_CHOICE_CHARS - 1)}…` : name;
}

/** 2: a spelling or one of its words starts with what was typed; 1: it sounds like the start of one. */
function prefixScore(e: PrefixEntry, typed: string, typedKey: string): number {
  if (e.forms.some((s) => s.startsWith(typed)) || e.words.some((w) => w.startsWith(typed))) return 2;
  if (typedKey.length >= 2 && e.keys.some((k) => k.startsWith(typedKey))) return 1;
  return 0;
}

/**
 * Autocomplete for person names in any script, as the member types; most mentioned first.
 * @example personChoices(kb, 'लाव')[0] // { name: 'Sergey Lavrov — सर्गेई लावरोव', value: 'sergey-lavrov' }
 */
export function personChoices(kb: Knowledge, partial: string): Choice[] {
  const typed = prefixForm(partial.trim());
  const typedKey = typed ? phoneticKey(typed.split(/\s+/u).pop()!) : '';
  const starts: Person[] = [];
  const soundsLike: Person[] = [];
  for (const e of kb.tables.people.choices) {
    if (starts.length === MAX_CHOICES) break;
    const score = typed ? prefixScore(e, typed, typedKey) : 2;
    if (score === 2) starts.push(e.person);
    else if (score === 1 && soundsLike.length < MAX_CHOICES) soundsLike.push(e.person);
  }
  return [...starts, ...soundsLike].slice(0, MAX_CHOICES).map((p) => ({ name: choiceName(p), value: p.id }));
}
