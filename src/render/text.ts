/**
 * The terminal renderer: an Answer as plain text. Matched words are bold (ANSI) on a colour terminal
 * and wrapped in `*` otherwise, so piped output stays readable.
 */
import type { Answer, Quote } from '../answer.ts';
import { worded } from '../i18n/index.ts';
import { citationLabel, quoteSegments } from './labels.ts';

export interface TextRenderOptions {
  color: boolean;
  /** The labels' language (a catalogue in src/i18n/); English by default. */
  locale?: string;
}

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

// Terminal control characters in article or member text must not reach the terminal.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

function clean(text: string): string {
  return text.replace(CONTROL, '');
}

function renderQuote(quote: Quote, opts: TextRenderOptions): string {
  const body = quoteSegments(quote)
    .map((s) => (s.highlighted ? (opts.color ? `${BOLD}${clean(s.text)}${RESET}` : `*${clean(s.text)}*`) : clean(s.text)))
    .join('');
  return `  > ${quote.cutStart ? '…' : ''}${body}${quote.cutEnd ? '…' : ''} ${citationLabel(quote.citation, opts.locale)}`;
}

/** @example renderText({ status: 'ok', title: 'Articles', items: [] }, { color: false }) // 'Articles\n' */
export function renderText(original: Answer, opts: TextRenderOptions = { color: false }): string {
  const answer = worded(original, opts.locale);
  const out: string[] = [];
  const heading = (t: string) => (opts.color ? `${BOLD}${clean(t)}${RESET}` : clean(t));
  out.push(heading(answer.title));
  if (answer.intro) out.push(clean(answer.intro));
  for (const item of answer.items) {
    out.push('');
    out.push(heading(item.heading));
    for (const line of item.lines ?? []) out.push(`  ${clean(line)}`);
    for (const quote of item.quotes ?? []) out.push(renderQuote(quote, opts));
  }
  if (answer.notes?.length) {
    out.push('');
    for (const note of answer.notes) out.push(opts.color ? `${DIM}${clean(note)}${RESET}` : clean(note));
  }
  return `${out.join('\n')}\n`;
}
