/**
 * The event-kind lexicon: words that make a sentence report a happening, read from each language
 * pack's `happenings` rows (src/languages/<code>/happenings.ts), with the inflected forms written
 * out — Arabic conjunctions and prepositions glued to the word are handled by the tokeniser. A
 * word matches only in its own language's paragraphs: Urdu or Persian text never borrows the
 * Arabic words.
 */
import { PackPhrases } from './phrases.ts';
import type { HappeningKind, HappeningRow } from '../languages/types.ts';

export interface Trigger {
  kind: HappeningKind;
  /** A noun ("बैठक", "اجتماع", "meeting") rather than a verb: its agent is read differently. */
  noun: boolean;
  /** A future form ("जाएंगे", "سيصل"): the happening is announced, not reported. */
  planned: boolean;
  /** A noun that reports a happening only with a finite light verb after it ("मुलाकात की", "बातचीत होगी"). */
  light?: boolean;
  /** A journey told by where it left ("left Kabul", "अफगानिस्तान छोड़ दिया", "غادر كابول"): its place is where it started. */
  departure?: boolean;
}

/** When a sentence has several triggers, the most specific kind describes it ("X said Y took Kabul" is a capture). */
/* An attack comes after a warning: "warned of an attack" is the warning; "said the blast killed …" the attack. */
export const KIND_PRIORITY: readonly HappeningKind[] = ['capture', 'invitation', 'session', 'travel', 'warning', 'attack', 'announcement', 'statement'];

function* entries(rows: readonly HappeningRow[], article: string | undefined): Generator<readonly [string, Trigger]> {
  const forms = (s: string | undefined): string[] => (s ? s.split(' ').filter(Boolean).map((f) => f.replace(/_/gu, ' ')) : []);
  for (const row of rows) {
    for (const v of forms(row.verbs)) yield [v, { kind: row.kind, noun: false, planned: false }];
    for (const v of forms(row.planned)) yield [v, { kind: row.kind, noun: false, planned: true }];
    for (const v of forms(row.departures)) yield [v, { kind: row.kind, noun: false, planned: false, departure: true }];
    for (const v of forms(row.plannedDepartures)) yield [v, { kind: row.kind, noun: false, planned: true, departure: true }];
    for (const n of forms(row.light)) yield [n, { kind: row.kind, noun: true, planned: false, light: true }];
    for (const n of forms(row.nouns)) {
      yield [n, { kind: row.kind, noun: true, planned: false }];
      if (article && !n.startsWith(article)) yield [`${article}${n}`, { kind: row.kind, noun: true, planned: false }];
    }
  }
}

/** Trigger words, each language's from its pack (a language without a pack has none). */
export const TRIGGERS = new PackPhrases<Trigger>((pack) => (pack.happenings ? entries(pack.happenings.rows, pack.happenings.definiteArticle) : []));

/* What an invitation or a journey is for, when the sentence says so ("बातचीत के लिए", "for talks", "لإجراء محادثات"). */
export const PURPOSE_WORDS = new PackPhrases<string>((pack) => pack.happenings?.purposes ?? []);
