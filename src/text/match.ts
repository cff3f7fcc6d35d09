/**
 * Folding for loose, as-you-type matching in autocomplete: case, accents and Unicode forms ignored.
 */
export function foldForMatch(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().trim();
}
