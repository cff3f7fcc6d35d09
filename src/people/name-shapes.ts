/**
 * One name in another shape, as two display names' words show it: given names cut to initials
 * ("S. M. Abbas Stanekzai", Sher Mohammad Abbas Stanekzai), a compound given name written joined or
 * apart ("Harshavardhan Shringla", Harsh Vardhan Shringla; "Abdulaziz", Abdul Aziz), a middle name
 * left out ("Sher Mohammad Stainikzai"). The last word, the surname, must be one (spelt alike) and
 * a long word must be shared letter for letter; the caller asks the roles to agree as well.
 */

/* A word shared letter for letter must be this long to speak for the rest. */
const MIN_SHARED_LETTERS = 4;
/* A name must keep this many words for a left-out middle word to be read as left out. */
const MIN_WORDS_WITHOUT_MIDDLE = 3;

/**
 * Whether words `x` and `y` (folded letters, in order) are one name in another shape; `alike`
 * compares two words spelt a letter or two apart.
 * @example otherShape(['s', 'm', 'abbas', 'stanekzai'], ['sher', 'mohammad', 'abbas', 'stanekzai'], (a, b) => a === b) // true
 */
export function otherShape(x: readonly string[], y: readonly string[], alike: (a: string, b: string) => boolean): boolean {
  if (x.length < 2 || y.length < 2 || !alike(x[x.length - 1]!, y[y.length - 1]!)) return false;
  if (!x.some((w) => w.length >= MIN_SHARED_LETTERS && y.includes(w))) return false;
  const word = (a: string, b: string): boolean => alike(a, b) || initialOf(a, b) || initialOf(b, a);
  if (x.length === y.length) return x.every((w, i) => word(w, y[i]!));
  // Given names joined or split: the words before the surname, written together, are one.
  if (alike(x.slice(0, -1).join(''), y.slice(0, -1).join(''))) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= MIN_WORDS_WITHOUT_MIDDLE && long.length === short.length + 1 && word(short[0]!, long[0]!) && withoutOne(short, long, word);
}

/** Whether `a` is one letter, the initial of `b`. */
function initialOf(a: string, b: string): boolean {
  return a.length === 1 && b.length > 1 && b.startsWith(a);
}

/** Whether `long` is `short` with one middle word more. */
function withoutOne(short: readonly string[], long: readonly string[], word: (a: string, b: string) => boolean): boolean {
  for (let skip = 1; skip < long.length - 1; skip++) {
    const rest = long.filter((_, i) => i !== skip);
    if (rest.every((w, i) => word(short[i]!, w))) return true;
  }
  return false;
}
