/**
 * Arabic writes conjunctions and prepositions joined to the next word (وعمران "and Imran",
 * بنظيره "with his counterpart"): a word's matching forms include it without them, so that a
 * lexicon entry or a name is found whatever is glued to it.
 */

/**
 * Forms of a folded word, `fold` first, then without a leading و/ف and/or ب/ل/ك (`لل` read both
 * as `ال` and as ل before a word starting with ل); `clitics[i]` is how many letters `forms[i]` strips.
 * @example arabicForms('وعمران') // { forms: ['وعمران', 'عمران'], clitics: [0, 1] }
 */
export function arabicForms(fold: string): { forms: string[]; clitics: number[] } {
  const forms = [fold];
  const clitics = [0];
  const add = (form: string, clitic: number): void => {
    if (form.length >= 2 && !forms.includes(form)) {
      forms.push(form);
      clitics.push(clitic);
    }
  };
  const stems: Array<[string, number]> = [[fold, 0]];
  if (/^[وف]/u.test(fold) && fold.length > 3) stems.push([fold.slice(1), 1]);
  for (const [stem, n] of stems) {
    if (stem !== fold) add(stem, n);
    // لل is ل before ال ("للاجتماع", to the meeting) or before a word that starts with ل ("للقاء" to a meeting, "لليبيا", "للافروف").
    if (stem.startsWith('لل') && stem.length > 3) add(`ال${stem.slice(2)}`, n + 1);
    if (/^[بلك]/u.test(stem) && stem.length > 3) add(stem.slice(1), n + 1);
  }
  return { forms, clitics };
}
