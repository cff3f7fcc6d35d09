/**
 * Filling a shape's template with people, shared by the shape generators (arabic-shapes.ts,
 * hindi-shapes.ts, negative-shapes.ts): `{A}` stands for a titled person, `{a}` for the same
 * person's bare name.
 */

/** The person slots a template uses, in order. */
export function slotsOf(template: string, letters: readonly string[] = ['A', 'B', 'C', 'D']): string[] {
  return letters.filter((s) => template.includes(`{${s}}`) || template.includes(`{${s.toLowerCase()}}`));
}

/**
 * The template with each slot's person: titled (`titleAt(j)` with `{N}` for the name, j the slot's
 * place) for `{X}`, bare for `{x}`.
 * @example fillSlots('{A} met {b}.', new Map([['A', 'Ali Raza'], ['B', 'Ken Sato']]), () => 'Minister {N}') // 'Minister Ali Raza met Ken Sato.'
 */
export function fillSlots(template: string, named: ReadonlyMap<string, string>, titleAt: (j: number) => string): string {
  let text = template;
  [...named].forEach(([slot, name], j) => {
    text = text.replaceAll(`{${slot}}`, titleAt(j).replace('{N}', name)).replaceAll(`{${slot.toLowerCase()}}`, name);
  });
  return text;
}

/** The named people of each pair of slots. */
export function pairsOf(pairs: ReadonlyArray<readonly [string, string]>, named: ReadonlyMap<string, string>): Array<[string, string]> {
  return pairs.map(([x, y]): [string, string] => [named.get(x)!, named.get(y)!]);
}
