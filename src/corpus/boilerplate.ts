/**
 * Site furniture that scrapers carry along with an article: teaser blocks, comment forms, image
 * stubs, share widgets. Recognised by the shape and wording common to news sites, never by one
 * article's text, so that new articles from the same kind of sites are cleaned too.
 */

/** Headings after which a page holds no more article text: the rest of the file is dropped. */
const TRAILING_SECTION = [
  /^check also$/i, /^leave a (?:reply|comment)$/i, /^related(?: posts| articles| news| stories)?:?$/i,
  /^you (?:may|might) also like:?$/i, /^more from /i, /^comments?:?$/i, /^share this:?$/i,
  /^(?:संबंधित|सम्बंधित) (?:खबरें|ख़बरें|लेख)$/u, /^ये भी पढ़ें:?$/u,
  /^(?:مواضيع|أخبار) (?:ذات صلة|متعلقة)$/u, /^اترك (?:تعليقا|ردا)$/u,
];

/** A line of form text from a comment box; dropped wherever it stands. */
const FORM_LINE = [/^your email address will not be published/i, /required fields are marked/i, /^(?:post comment|submit)$/i];

/** A one-line inline teaser heading: the marker line and the teaser line after it are dropped. */
const INLINE_TEASER = [/^(?:also read|read also|read more):?$/i, /^(?:यह|ये) भी पढ़ें:?$/u, /^اقرأ (?:أيضا|أيضاً):?$/u];

// `![alt](url)`: an image whose URL the scraper lost or kept.
const IMAGE_STUB = /!\[[^\]]*\]\([^)]*\)/gu;

export interface CleanLine {
  /** 0-based line number in the file. */
  line: number;
  text: string;
}

export interface CleanResult {
  kept: CleanLine[];
  dropped: CleanLine[];
}

const LETTER = /\p{L}/u;

/**
 * Keeps the article's own lines (trimmed, verbatim) and reports what was dropped.
 * Image-caption lines (a line carrying an image stub) repeat the headline on news sites and are dropped;
 * table-cell or widget fragments ("| Tweet |") and lines without letters are dropped too.
 *
 * @example cleanLines(['Body text.', 'Check Also', 'Teaser', 'Leave a Reply']).kept.map((l) => l.text) // ['Body text.']
 */
export function cleanLines(lines: string[]): CleanResult {
  const kept: CleanLine[] = [];
  const dropped: CleanLine[] = [];
  let skipNext = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (!text) continue;
    const entry = { line: i, text };
    if (skipNext) {
      skipNext = false;
      dropped.push(entry);
      continue;
    }
    if (TRAILING_SECTION.some((re) => re.test(text))) {
      // Some sites put a related-links box under the headline: before any body line the heading
      // is furniture of its own, and the article still follows.
      if (kept.length <= 1) {
        dropped.push(entry);
        continue;
      }
      for (let j = i; j < lines.length; j++) if (lines[j]!.trim()) dropped.push({ line: j, text: lines[j]!.trim() });
      break;
    }
    if (INLINE_TEASER.some((re) => re.test(text))) {
      skipNext = true;
      dropped.push(entry);
      continue;
    }
    const withoutStubs = text.replace(IMAGE_STUB, ' ').replace(/[|\s]+/gu, ' ').trim();
    const isWidget = withoutStubs.split(' ').filter((w) => LETTER.test(w)).length < 2;
    if (FORM_LINE.some((re) => re.test(text)) || text !== text.replace(IMAGE_STUB, '') || isWidget || !LETTER.test(text)) {
      dropped.push(entry);
      continue;
    }
    kept.push(entry);
  }
  return { kept, dropped };
}
