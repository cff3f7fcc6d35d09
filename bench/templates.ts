/**
 * Seed sentences turned into templates: verbatim text with slots where the generator varies
 * something (a person's name or part of it, a place, a month or weekday, a number). Compiled once
 * per seed sentence, so generating an article is only filling slots.
 */
import { CYCLES, PLACE_GROUPS } from './lexicon.ts';
import type { NameScript } from './names.ts';
import type { SeedPerson } from './seed-people.ts';

/** What a slot stands for; `text` is the seed's own wording, kept when the generator varies nothing. */
export type Slot = { text: string } & (
  | { kind: 'person'; key: string; script: NameScript; part: 'full' | 'given' | 'surname' }
  | { kind: 'place'; group: number }
  | { kind: 'cycle'; cycle: number; value: number }
  | { kind: 'number' }
);

export type Template = readonly (string | Slot)[];

/** Names shorter than this (initials, "यी", "शी") are only replaced as part of the full name. */
const MIN_PART_LENGTH = 3;
const DIGITS = '0-9\u0966-\u096F\u0660-\u0669\u06F0-\u06F9';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Turns sentences into templates; one compiler serves a whole seed corpus. */
export class TemplateCompiler {
  private readonly slots = new Map<string, Slot>();
  private readonly pattern: RegExp;

  constructor(people: readonly SeedPerson[]) {
    const add = (text: string, slot: Slot) => {
      if (!this.slots.has(text)) this.slots.set(text, slot);
    };
    for (const p of people) {
      const base = { kind: 'person' as const, key: p.key, script: p.script };
      const full = p.words.join(' ');
      if (p.words.length > 1) add(full, { ...base, text: full, part: 'full' });
      p.words.forEach((w, i) => {
        if ([...w].length >= MIN_PART_LENGTH) add(w, { ...base, text: w, part: i === p.words.length - 1 ? 'surname' : 'given' });
      });
    }
    PLACE_GROUPS.forEach((g, group) => g.names.forEach((text) => add(text, { kind: 'place', text, group })));
    CYCLES.forEach((c, cycle) =>
      c.values.forEach((spellings, value) => spellings.forEach((text) => add(text, { kind: 'cycle', text, cycle, value }))),
    );
    // Longest first, so that "नूर सुल्तान" wins over "नूर" and a full name over its surname.
    const words = [...this.slots.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.pattern = new RegExp(
      `(?<![\\p{L}\\p{M}])([وبلف]?)(${words.join('|')})(?![\\p{L}\\p{M}])` +
        // A number, unless it is part of a Latin token (a URL) or a name like "कोविड-19".
        `|(?<![A-Za-z${DIGITS}]|[\\p{L}\\p{M}]-)([${DIGITS}]+)(?![A-Za-z${DIGITS}])`,
      'gu',
    );
  }

  /**
   * @example new TemplateCompiler([]).compile('मई में 20 लोग') // ['', {kind:'cycle',…}, ' में ', {kind:'number',text:'20'}, ' लोग']
   */
  compile(text: string): Template {
    const out: (string | Slot)[] = [];
    let last = 0;
    for (const m of text.matchAll(this.pattern)) {
      const [whole, proclitic = '', word, digits] = m;
      const slot: Slot = word !== undefined ? this.slots.get(word)! : { kind: 'number', text: digits! };
      out.push(text.slice(last, m.index) + proclitic, slot);
      last = m.index + whole.length;
    }
    out.push(text.slice(last));
    return out;
  }
}
