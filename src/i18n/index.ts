/**
 * The catalogues, one file per language in this folder (found at start-up: adding a language is
 * adding its file), and turning Text into the words of one of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Answer } from '../answer.ts';
import type { Catalogue } from './catalogue.ts';
import english from './en.ts';
import type { Message, Text } from './message.ts';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const FILE = /^([a-z]{2,3}(?:-[A-Z]{2})?)\.ts$/;

async function loadCatalogues(): Promise<Map<string, Catalogue>> {
  const found = new Map<string, Catalogue>([['en', english]]);
  for (const file of fs.readdirSync(DIR).sort()) {
    const locale = FILE.exec(file)?.[1];
    if (!locale || found.has(locale)) continue;
    const catalogue = ((await import(pathToFileURL(path.join(DIR, file)).href)) as { default?: Catalogue }).default;
    if (catalogue?.locale !== locale) throw new Error(`src/i18n/${file} must export default a catalogue with locale '${locale}'.`);
    found.set(locale, catalogue);
  }
  return found;
}

const catalogues = await loadCatalogues();

/** The catalogues' locales, English first. */
export function locales(): string[] {
  return [...catalogues.keys()];
}

export function catalogueOf(locale: string): Catalogue {
  return catalogues.get(locale) ?? english;
}

/** Catalogues other than English, for command localisations. */
export function translations(): Catalogue[] {
  return [...catalogues.values()].filter((c) => c !== english);
}

/** Letters of `text` in `script`, compared with all letters: a question "in" a script is mostly written in it. */
function mostlyIn(text: string, script: RegExp): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const inScript = letters.filter((l) => script.test(l)).length;
  return letters.length > 0 && inScript * 2 > letters.length;
}

/**
 * The labels' language: the question's script when a catalogue claims it (Arabic, Hindi), else the
 * locale asked for (the terminal's --locale), else the member's Discord locale, else English.
 * @example chooseLocale({ question: 'من التقى بوتين؟', discordLocale: 'en-US' }) // 'ar'
 * @example chooseLocale({ discordLocale: 'hi' }) // 'hi'
 */
export function chooseLocale(from: { question?: string; discordLocale?: string; locale?: string }): string {
  if (from.question) {
    for (const c of catalogues.values()) if (c.questionScript && mostlyIn(from.question, c.questionScript)) return c.locale;
  }
  if (from.locale && catalogues.has(from.locale)) return from.locale;
  for (const c of catalogues.values()) if (from.discordLocale && c.discordLocales.includes(from.discordLocale)) return c.locale;
  return 'en';
}

function isText(v: unknown): v is Text {
  return typeof v === 'string' || Array.isArray(v) || (typeof v === 'object' && v !== null && 'key' in v);
}

function lookup(message: Message, catalogue: Catalogue): string {
  const entry = catalogue.messages[message.key] ?? english.messages[message.key];
  // Only a key built from unchecked data (a language code from outside) can be missing: show the key.
  if (entry === undefined) return message.key;
  if (typeof entry === 'string') return entry;
  const args = Object.fromEntries(Object.entries(message.args ?? {}).map(([k, v]) => [k, isText(v) ? say(v, catalogue.locale) : v]));
  return (entry as (a: unknown) => string)(args);
}

/** The words of `text` in `locale`. */
export function say(text: Text, locale: string): string {
  if (typeof text === 'string') return text;
  const catalogue = catalogueOf(locale);
  if (Array.isArray(text)) return text.map((t) => say(t, locale)).join('');
  return lookup(text as Message, catalogue);
}

/** An answer whose every text is words, what renderers print. */
export interface Worded {
  status: Answer['status'];
  title: string;
  intro?: string;
  items: Array<{ heading: string; lines?: string[]; quotes?: NonNullable<Answer['items'][number]['quotes']> }>;
  notes?: string[];
}

/** The answer in `locale`: labels looked up, quotes untouched. */
export function worded(answer: Answer, locale = 'en'): Worded {
  const w = (t: Text) => say(t, locale);
  return {
    status: answer.status,
    title: w(answer.title),
    ...(answer.intro === undefined ? {} : { intro: w(answer.intro) }),
    items: answer.items.map((i) => ({
      heading: w(i.heading),
      ...(i.lines ? { lines: i.lines.map(w) } : {}),
      ...(i.quotes ? { quotes: i.quotes } : {}),
    })),
    ...(answer.notes ? { notes: answer.notes.map(w) } : {}),
  };
}
