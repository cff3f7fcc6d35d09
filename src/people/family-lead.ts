/**
 * Gulf news names a ruling-family member by the family alone: "بحث عمران خان مع آل ثاني", "وقال آل
 * ثاني", "كشف آل ثاني" (Al Thani). The name table finds the surname (ثاني); آل "family of" cannot open
 * a name on its own (it folds like the article ال), so it stood between the name and the word that
 * governs it (مع, the verb) and hid the contact. The phrase takes آل in, as a title's words are taken
 * in before a name; the name as written stays the surname.
 */
import { isNamed } from '../grammar/phrase.ts';
import type { SentenceView } from '../grammar/sentences.ts';

/* آل alone, or with a proclitic و/ف/ب ("وآل ثاني", "بآل ثاني"). */
const FAMILY = /^([وفب]?)آل$/u;

/** Widens each named phrase that opens right after a free آل to start at it. */
export function takeFamilyWord(views: readonly SentenceView[]): void {
  for (const view of views) {
    for (const p of view.phrases) {
      if (!isNamed(p) || p.first !== p.nameFirst || p.first === 0 || p.clitic > 0) continue;
      const m = FAMILY.exec(view.toks[p.first - 1]!.text.normalize('NFC'));
      if (!m || view.phrases.some((q) => q !== p && q.first < p.first && q.end >= p.first)) continue;
      p.first -= 1;
      p.clitic = m[1]!.length;
    }
  }
}
