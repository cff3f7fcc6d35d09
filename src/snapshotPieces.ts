/**
 * Large typed arrays of a snapshot section (the search index's postings: millions of numbers) are
 * stored apart, in pieces that follow their section, each piece a section of its own. Decoding a
 * 15 MB array inside its section held a reload's questions for hundreds of milliseconds (the copy,
 * and the collection the new memory set off); a piece per step is a few milliseconds.
 */

/** Numbers per piece (4 MB of Int32). */
export const PIECE_LENGTH = 1 << 20;

const TYPES = { Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array };
type TypeName = keyof typeof TYPES;
type Typed = InstanceType<(typeof TYPES)[TypeName]>;

/** What stands in a section for an array stored in pieces. */
interface Placeholder {
  piecesOf: TypeName;
  length: number;
}

const typeName = (v: unknown): TypeName | undefined => {
  const name = (v as object | null)?.constructor?.name;
  return ArrayBuffer.isView(v) && name && name in TYPES ? (name as TypeName) : undefined;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

function isPlaceholder(v: unknown): v is Placeholder {
  return isPlainObject(v) && Object.keys(v).length === 2 && typeof v.piecesOf === 'string' && v.piecesOf in TYPES && Number.isInteger(v.length) && (v.length as number) >= 0;
}

/**
 * The value with every typed array longer than `pieceLength` in its plain-object fields (at any
 * depth; arrays are not searched) replaced by a placeholder, and those arrays' pieces in order.
 * The value itself is not changed: objects on the way are copied.
 * @example splitLargeArrays({ a: new Int32Array(5) }, 2).pieces.length // 3
 */
export function splitLargeArrays(value: unknown, pieceLength = PIECE_LENGTH): { value: unknown; pieces: Typed[] } {
  const pieces: Typed[] = [];
  const walk = (v: unknown): unknown => {
    const type = typeName(v);
    if (type) {
      const array = v as Typed;
      if (array.length <= pieceLength) return v;
      for (let at = 0; at < array.length; at += pieceLength) pieces.push(array.subarray(at, at + pieceLength));
      return { piecesOf: type, length: array.length } satisfies Placeholder;
    }
    if (!isPlainObject(v)) return v;
    return Object.fromEntries(Object.entries(v).map(([k, field]) => [k, walk(field)]));
  };
  return { value: walk(value), pieces };
}

/**
 * Puts back, in `value` (a decoded section), the arrays `splitLargeArrays` stored apart; `nextPiece`
 * decodes the next piece section. One step per piece.
 * @throws Error when a piece is not of its array's type or the pieces do not fill it exactly.
 */
export function* joinLargeArrays(value: unknown, nextPiece: () => Generator<void, unknown>): Generator<void, unknown> {
  if (isPlaceholder(value)) {
    const out = new TYPES[value.piecesOf](value.length);
    let at = 0;
    while (at < value.length) {
      const piece = yield* nextPiece();
      if (typeName(piece) !== value.piecesOf || at + (piece as Typed).length > value.length || (piece as Typed).length === 0) {
        throw new Error(`a piece of a stored ${value.piecesOf} does not fit it`);
      }
      out.set(piece as never, at);
      at += (piece as Typed).length;
    }
    return out;
  }
  if (!isPlainObject(value)) return value;
  for (const key of Object.keys(value)) value[key] = yield* joinLargeArrays(value[key], nextPiece);
  return value;
}
