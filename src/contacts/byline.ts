/**
 * Embedded tweets end with a byline: "— Dr. S. Jaishankar (@DrSJaishankar) October 12, 2021".
 * It names the author of the tweet's sentences (which often have no subject: "Good to catch up
 * with …") and dates them.
 */
import type { DateMention } from '../dates/types.ts';
import type { Phrase } from '../grammar/phrase.ts';
import type { SentenceView } from '../grammar/sentences.ts';

/* The byline opens its own line or follows the tweet on the same line, after the tweet's link if any. */
const BYLINE = /^\s*(?:https?:\/\/\S+\s+)?[—–-]+\s*[^()\n]+\(@\w+\)/u;
/** A tweet is a few short lines; a byline further away closes another text. */
const MAX_LINES = 4;
/**
 * A tweet quoted in Hindi or Arabic is the one line right before its byline, and its byline names
 * the author in the tweet's script: an English article's own lines are told from a tweet's by the
 * tweet's lack of a subject, not so the lines of an article in the tweet's language.
 */
const MAX_LINES_OTHER = 1;

export interface Byline {
  view: SentenceView;
  /** The author's phrase on the byline, when it names a recognised person. */
  phrase?: Phrase;
  date?: DateMention;
}

/** Whether a sentence is a tweet's byline ("— X (@handle) August 16, 2021"): its date is the tweet's. */
export function isByline(view: SentenceView): boolean {
  return BYLINE.test(view.sentence.text);
}

/**
 * The byline closing the tweet that `view` belongs to: lines in the tweet's language (links and
 * English words allowed), then the byline line. An English tweet may run over a few lines, one in
 * another language is the line right before the byline.
 * @example tweetByline(views[6], views)?.date?.text // 'October 12, 2021'
 */
export function tweetByline(view: SentenceView, views: readonly SentenceView[]): Byline | undefined {
  const lang = view.toks[0]?.lang;
  if (lang === undefined) return undefined;
  const reach = lang === 'eng' ? MAX_LINES : MAX_LINES_OTHER;
  for (let k = view.order + 1; k < views.length; k++) {
    const next = views[k]!;
    if (next.paragraph.number - view.paragraph.number > reach) return undefined;
    if (next.toks.some((t) => t.lang !== 'eng' && t.lang !== 'und' && t.lang !== lang)) return undefined;
    // A Hindi or Arabic tweet's author writes their name in its script; a Latin byline closes an English tweet.
    if (isByline(next) && (lang === 'eng' || next.toks.some((t) => t.lang === lang))) {
      return { view: next, phrase: next.phrases.find((p) => p.person !== undefined), date: next.dates[0] };
    }
  }
  return undefined;
}
