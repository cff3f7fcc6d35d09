/**
 * /who-met: the people a given person met, called, talked with, invited or appeared with, one item
 * per counterpart, each contact with its kind, date, place and status, and the sentences that
 * state it as verbatim quotes with the two names highlighted. Plus autocomplete of names.
 */
import type { Answer, AnswerItem, Choice, Quote } from '../answer.ts';
import { formatDate } from '../dates/format.ts';
import { contactGroups } from '../people/contact-groups.ts';
import { peopleMaps } from '../people/maps.ts';
import { closestPeople, findPerson } from '../people/lookup.ts';
import type { Contact, Evidence } from '../contacts/types.ts';
import type { PeopleKnowledge, Person } from '../people/types.ts';
import { phoneticKey } from '../text/phonetic.ts';
import { foldTerm } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';

const MAX_CHOICES = 25;
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

/** "Phone call · 2021-08-16 · took place", "Meeting · date not stated · Armenia · planned". */
function contactLine(c: Contact): string {
  const kind = c.kind.charAt(0).toUpperCase() + c.kind.slice(1);
  const date = c.date ? formatDate(c.date) : 'date not stated';
  const status = c.planned ? 'planned (announced)' : 'took place';
  return [kind, date, ...(c.place ? [c.place] : []), status].join(' · ');
}

/** Where and as what the person is named in each of their articles, one pass over the mentions. */
function mentionedAt(person: Person, kb: PeopleKnowledge): AnswerItem[] {
  const inArticle = new Map<number, { where: Set<string>; spellings: Set<string> }>();
  for (const m of person.mentions) {
    let seen = inArticle.get(m.article);
    if (!seen) inArticle.set(m.article, (seen = { where: new Set(), spellings: new Set() }));
    seen.where.add(m.paragraph === 0 ? 'headline' : `¶${m.paragraph}`);
    seen.spellings.add(m.text);
  }
  return person.articles.map((n) => {
    const seen = inArticle.get(n);
    const where = [...(seen?.where ?? [])].join(', ');
    const spellings = [...(seen?.spellings ?? [])].join(', ');
    return { heading: `#${n} · ${peopleMaps(kb).article.get(n)?.title ?? ''}`, lines: [`Named in ${where} as ${spellings}`] };
  });
}

/**
 * @example whoMetAnswer(kb, 'Lavrov').items.map((i) => i.heading) // ['Antony Blinken (एंटनी ब्लिंकन)', 'Wang Yi (वांग यी)', 'S. Jaishankar (एस जयशंकर)']
 */
export function whoMetAnswer(kb: PeopleKnowledge, query: string): Answer {
  const asked = query.trim().replace(/\s+/gu, ' ');
  if (!asked) return { status: 'user-error', title: 'Who met', intro: 'Please type a name, in any script: for example Lavrov, लावरोव or لافروف.', items: [] };
  const { person, alternatives } = findPerson(kb, asked);
  if (!person) {
    const close = closestPeople(kb, asked, 3).map((p) => p.display);
    const hint = close.length ? ` Closest known names: ${close.join(', ')}.` : '';
    return { status: 'user-error', title: `Who met ${asked}`, intro: `No article mentions ${asked}.${hint}`, items: [] };
  }
  const title = `Who met ${personLabel(person)}`;
  const notes = alternatives.length ? [`Also matching "${asked}": ${alternatives.map((p) => p.display).join(', ')}.`] : [];
  const groups = contactGroups(kb).get(person.id) ?? [];
  const about = `${person.display}${person.role ? `, ${person.role},` : ''} is named in ${person.articles.length} article${person.articles.length === 1 ? '' : 's'}`;
  if (groups.length === 0) {
    return { status: 'empty', title, intro: `${about}, but no article reports a meeting, call, talks, invitation or joint appearance with anyone.`, items: mentionedAt(person, kb), notes };
  }
  const people = peopleMaps(kb).person;
  const items = groups.slice(0, MAX_COUNTERPARTS).map(([id, list]): AnswerItem => {
    const other = people.get(id)!;
    const role = other.role ? [`Role: ${other.role}`] : [];
    const shown = list.slice(0, MAX_CONTACTS_EACH);
    const more = list.length > shown.length ? [`…and ${list.length - shown.length} more contacts with ${other.display}`] : [];
    return { heading: personLabel(other), lines: [...role, ...shown.map(contactLine), ...more], quotes: shown.flatMap((c) => c.evidence.map((e) => quoteOf(e, kb))) };
  });
  const capped = groups.length > MAX_COUNTERPARTS ? [`Showing the first ${MAX_COUNTERPARTS} of ${groups.length} people, in the order of their first contact with ${person.display}.`] : [];
  return {
    status: 'ok',
    title,
    intro: `${about}; ${groups.length} ${groups.length === 1 ? 'person' : 'people'} met or spoke with them.`,
    items,
    notes: [...capped, ...notes, 'Dates are those the sentences state or that their context gives (a weekday read against the publication date, the tweet date line); "date not stated" when the text gives none.'],
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
