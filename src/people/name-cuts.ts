/**
 * Cutting a person phrase's name short: at a word that is no name (local-people.ts), or at the
 * fragment an article cut off mid-word ends on.
 */
import { isNamed, type Phrase } from '../grammar/phrase.ts';
import type { SentenceView } from '../grammar/sentences.ts';

/** The phrase with its name cut at `end`: the role alone when nothing of the name is left. */
export function cutName(p: Phrase, end: number): Phrase | undefined {
  if (end >= p.nameEnd) return p;
  if (end === p.nameFirst) return roleOnly(p);
  return { ...p, end: p.end === p.nameEnd ? end : p.end, nameEnd: end };
}

/** The phrase without its name: the role alone, when there is one. */
export function roleOnly(p: Phrase): Phrase | undefined {
  return p.role ? { ...p, end: p.nameFirst, nameEnd: p.nameFirst, source: 'role' } : undefined;
}

/* What a paragraph that was not cut off ends with: a letter or mark ends a text cut mid-word. */
const CUT_END = /[\p{L}\p{M}]$/u;

/**
 * "… पाकिस्तान के विदेश मंत्री अप": an article whose text stops mid-word ends on a fragment: its last
 * paragraph (not the headline) ends on a letter, and its last word is the beginning of a longer word
 * the article writes elsewhere (अप of अपने, ब्ल of ब्लिंकन; not "… Foreign Minister Wang", cut after
 * a whole word). A name whose last word is that fragment loses it ("एंटनी ब्ल" → "एंटनी"), and a
 * name of that word alone leaves the role.
 */
export function cutAtTextEnd(views: SentenceView[]): void {
  const view = views[views.length - 1];
  if (!view || view.paragraph.number === 0 || view.toks.length === 0) return;
  const paragraphs = view.article.paragraphs;
  const text = view.paragraph.text.trimEnd();
  if (paragraphs[paragraphs.length - 1] !== view.paragraph || !CUT_END.test(text) || view.toks[view.toks.length - 1]!.end < text.length) return;
  const last = view.toks.length;
  const fragment = view.toks[last - 1]!.text;
  if (!views.some((v) => v.toks.some((t) => t.text.length > fragment.length && t.text.startsWith(fragment)))) return;
  view.phrases = view.phrases.flatMap((p) => {
    if (!isNamed(p) || p.nameEnd !== last) return [p];
    const cut = cutName(p, p.nameEnd - 1);
    return cut ? [cut] : [];
  });
}
