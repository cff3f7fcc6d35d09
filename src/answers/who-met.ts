/**
 * /who-met: the people a given person met, called, talked with, invited or appeared with, one item
 * per counterpart, each contact with its kind, date, place and status, and the sentences that
 * state it as verbatim quotes with the two names highlighted. Plus autocomplete of names.
 */
import type { Answer, AnswerItem, Choice, Quote } from '../answer.ts';
import { formatDate } from '../dates/format.ts';
import { joined, msg, type Text } from '../i18n/message.ts';
import { contactGroups } from '../people/contact-groups.ts';
import { peopleMaps } from '../people/maps.ts';
import { closestPeople, findPerson } from '../people/lookup.ts';
import type { Contact, Evidence } from '../contacts/types.ts';
import type { PeopleKnowledge, Person } from '../people/types.ts';
import { phoneticKey } from '../text/phonetic.ts';
import { foldTerm } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';

const MAX_CHOICES = 25;
/** Marks the headline among paragraph numbers until it is worded. */
const HEADLINE = '¶0';
const MAX_CHOICE_CHARS = 100;
/** Long sentences are cut to about this many characters around the two names. */
const MAX_QUOTE_CHARS = 300;
const LEAD_CHARS = 60;
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

function quoteOf(e: Evidence, kb: PeopleKnowledge): Quote {
  const article = peopleMaps(kb).article.get(e.article);
  const first = Math.min(...e.names.map(([s]) => s));
  const last = Math.max(...e.names.map(([, x]) => x));
  let start = e.start;
  let end = e.end;
  if (end - start > MAX_QUOTE_CHARS) {
    const words = tokenize(e.text).map((t) => ({ start: t.start + e.start, end: t.end + e.start }));
    start = words.find((w) => w.start >= Math.min(first - LEAD_CHARS, e.end - MAX_QUOTE_CHARS))?.start ?? e.start;
    end = words.filter((w) => w.end <= Math.max(start + MAX_QUOTE_CHARS, last)).pop()?.end ?? e.end;
  }
  return {
    text: e.text.slice(start - e.start, end - e.start),
    highlights: e.names.filter(([s, x]) => s >= start && x <= end).map(([s, x]): [number, number] => [s - start, x - start]),
    cutStart: start > e.start,
    cutEnd: end < e.end,
    citation: { article: e.article, paragraph: e.paragraph, title: article?.title ?? '', lang: article?.lang ?? 'und', ...(article?.published ? { date: article.published } : {}) },
  };
}

/** "Phone call · 2021-08-16 · took place", "Meeting · date not stated · Armenia · planned (announced)". */
function contactLine(c: Contact): Text {
  const date = c.date ? formatDate(c.date) : msg('date.not-stated');
  return joined(' · ', msg(`kind.${c.kind}`), date, c.place, msg(c.planned ? 'status.planned' : 'status.took-place'));
}

/** "Sergey Lavrov, Russian foreign minister, is named in 3 articles". */
export function namedIn(person: Person, withRole = true): Text {
  return msg('person.named-in', { name: person.display, role: (withRole && person.role) || undefined, n: person.articles.length });
}

/** " Closest known names: …" after an unknown name, or nothing. */
export function closestNames(kb: PeopleKnowledge, asked: string): Text {
  const close = closestPeople(kb, asked, 3).map((p) => p.display);
  return close.length ? msg('closest-names', { names: close.join(', ') }) : '';
}

/** The note when a name matches more than the person answered for. */
export function alsoMatching(asked: string, alternatives: readonly Person[]): Text[] {
  return alternatives.length ? [msg('also-matching', { asked, names: alternatives.map((p) => p.display).join(', ') })] : [];
}

/** Where and as what the person is named in each of their articles, one pass over the mentions. */
function mentionedAt(person: Person, kb: PeopleKnowledge): AnswerItem[] {
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
    return { heading: `#${n} · ${peopleMaps(kb).article.get(n)?.title ?? ''}`, lines: [msg('who-met.named-at', { where, spellings })] };
  });
}

/**
 * @example whoMetAnswer(kb, 'Lavrov').items.map((i) => i.heading) // ['Antony Blinken (एंटनी ब्लिंकन)', 'Wang Yi (वांग यी)', 'S. Jaishankar (एस जयशंकर)']
 */
export function whoMetAnswer(kb: PeopleKnowledge, query: string): Answer {
  const asked = query.trim().replace(/\s+/gu, ' ');
  if (!asked) return { status: 'user-error', title: msg('who-met.title-bare'), intro: msg('who-met.type-a-name'), items: [] };
  const { person, alternatives } = findPerson(kb, asked);
  if (!person) {
    return { status: 'user-error', title: msg('who-met.title', { person: asked }), intro: [msg('who-met.unknown', { name: asked }), closestNames(kb, asked)], items: [] };
  }
  const title = msg('who-met.title', { person: personLabel(person) });
  const notes = alsoMatching(asked, alternatives);
  const groups = contactGroups(kb).get(person.id) ?? [];
  const about = namedIn(person);
  if (groups.length === 0) {
    return { status: 'empty', title, intro: msg('who-met.intro-none', { about }), items: mentionedAt(person, kb), notes };
  }
  const people = peopleMaps(kb).person;
  const items = groups.slice(0, MAX_COUNTERPARTS).map(([id, list]): AnswerItem => {
    const other = people.get(id)!;
    const role = other.role ? [msg('role', { role: other.role })] : [];
    const shown = list.slice(0, MAX_CONTACTS_EACH);
    const more = list.length > shown.length ? [msg('who-met.more-contacts', { n: list.length - shown.length, name: other.display })] : [];
    return { heading: personLabel(other), lines: [...role, ...shown.map(contactLine), ...more], quotes: shown.flatMap((c) => c.evidence.map((e) => quoteOf(e, kb))) };
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

/* Folded for prefix comparison: silent-vowel marks depend on where a word ends, and a half-typed word ends early. */
function prefixForm(s: string): string {
  return foldTerm(s).replace(/\u094D/gu, '');
}

interface PrefixEntry {
  person: Person;
  /** Prefix forms of the display name and every spelling, and of each of their words. */
  forms: string[];
  words: string[];
  /** Sound keys of those words. */
  keys: string[];
}

/* Built once per knowledge: folding and sound-keying every spelling on each keystroke would not scale. */
const prefixIndexes = new WeakMap<PeopleKnowledge, PrefixEntry[]>();

function prefixIndex(kb: PeopleKnowledge): PrefixEntry[] {
  let index = prefixIndexes.get(kb);
  if (index) return index;
  // Most covered first (stable: knowledge order breaks ties), so a keystroke scans only until the choices are full.
  index = [...kb.people]
    .sort((a, b) => b.articles.length - a.articles.length || b.mentions.length - a.mentions.length)
    .map((person) => {
      const forms = [person.display, ...person.spellings].map(prefixForm);
      const words = forms.flatMap((f) => f.split(/\s+/u));
      return { person, forms, words, keys: words.map((w) => phoneticKey(w)) };
    });
  prefixIndexes.set(kb, index);
  return index;
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
export function personChoices(kb: PeopleKnowledge, partial: string): Choice[] {
  const typed = prefixForm(partial.trim());
  const typedKey = typed ? phoneticKey(typed.split(/\s+/u).pop()!) : '';
  const starts: Person[] = [];
  const soundsLike: Person[] = [];
  for (const e of prefixIndex(kb)) {
    if (starts.length === MAX_CHOICES) break;
    const score = typed ? prefixScore(e, typed, typedKey) : 2;
    if (score === 2) starts.push(e.person);
    else if (score === 1 && soundsLike.length < MAX_CHOICES) soundsLike.push(e.person);
  }
  return [...starts, ...soundsLike].slice(0, MAX_CHOICES).map((p) => ({ name: choiceName(p), value: p.id }));
}
