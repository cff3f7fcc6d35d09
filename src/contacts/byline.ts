/**
 * Embedded tweets end with a byline: "— Dr. S. Jaishankar (@DrSJaishankar) October 12, 2021".
 * It names the author of the tweet's sentences (which often have no subject: "Good to catch up
 * with …") and dates them.
 */
import type { DateMention } from '../dates/types.ts';
import type { Phrase } from '../grammar/phrase.ts';
import type { SentenceView } from '../grammar/sentences.ts';

const BYLINE = /^\s*[—–-]+\s*[^()\n]+\(@\w+\)/u;
/** A tweet is a few short lines; a byline further away closes another text. */
const MAX_LINES = 4;

export interface Byline {
  view: SentenceView;
  /** The author's phrase on the byline, when it names a recognised person. */
  phrase?: Phrase;
  date?: DateMention;
}

/**
 * The byline closing the tweet that `view` belongs to: English lines, then the byline line.
 * @example tweetByline(views[6], views)?.date?.text // 'October 12, 2021'
 */
export function tweetByline(view: SentenceView, views: readonly SentenceView[]): Byline | undefined {
  if (view.toks[0]?.lang !== 'eng') return undefined;
  for (let k = view.order + 1; k < views.length; k++) {
    const next = views[k]!;
    if (next.paragraph.number - view.paragraph.number > MAX_LINES) return undefined;
    if (next.toks.some((t) => t.lang !== 'eng' && t.lang !== 'und')) return undefined;
    if (next.sentence.index === 0 && BYLINE.test(next.paragraph.text)) {
      return { view: next, phrase: next.phrases.find((p) => p.person !== undefined), date: next.dates[0] };
    }
  }
  return undefined;
}
