/**
 * Large typed arrays of a snapshot section (the search index's postings: millions of numbers) are
 * stored apart, in pieces that follow their section, each piece a section of its own. Decoding a
 * 15 MB array inside its section held a reload's questions for hundreds of milliseconds (the copy,
 * and the collection the new memory set off); a piece per step is a few milliseconds. Long plain
 * arrays (the search index's terms and vocabulary: hundreds of thousands of strings and small
 * arrays, each an object to make) are stored in pieces too: decoded in one go, they were the
 * longest step of a reload at 10,000 articles.
 */

/** Numbers per piece (4 MB of Int32). */
export const PIECE_LENGTH = 1 << 20;

/** Items per piece of a plain array: each is an object to make (a string, a vocabulary entry), not a number to copy. */
export const LIST_PIECE_LENGTH = 8192;

const TYPES = { Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array };
type TypeName = keyof typeof TYPES;
type Typed = InstanceType<(typeof TYPES)[TypeName]>;

/** What stands in a section for an array stored in pieces ('Array': a plain array). */
interface Placeholder {
  piecesOf: TypeName | 'Array';
  length: number;
}

const typeName = (v: unknown): TypeName | undefined => {
  const name = (v as object | null)?.constructor?.name;
  return ArrayBuffer.isView(v) && name && name in TYPES ? (name as TypeName) : undefined;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

function isPlaceholder(v: unknown): v is Placeholder {
  return isPlainObject(v) && Object.keys(v).length === 2 && typeof v.piecesOf === 'string' && (v.piecesOf in TYPES || v.piecesOf === 'Array') && Number.isInteger(v.length) && (v.length as number) >= 0;
}

/**
 * The value with every typed array longer than `pieceLength`, and every plain array longer than
 * `listPieceLength`, in its plain-object fields (at any depth; arrays are not searched) replaced by
 * a placeholder, and those arrays' pieces in order. The value itself is not changed: objects on
 * the way are copied.
 * @example splitLargeArrays({ a: new Int32Array(5) }, 2).pieces.length // 3
 */
export function splitLargeArrays(value: unknown, pieceLength = PIECE_LENGTH, listPieceLength = LIST_PIECE_LENGTH): { value: unknown; pieces: Array<Typed | unknown[]> } {
  const pieces: Array<Typed | unknown[]> = [];
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      if (v.length <= listPieceLength) return v;
      for (let at = 0; at < v.length; at += listPieceLength) pieces.push(v.slice(at, at + listPieceLength));
      return { piecesOf: 'Array', length: v.length } satisfies Placeholder;
    }
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
    if (value.piecesOf === 'Array') {
      const list: unknown[] = [];
      while (list.length < value.length) {
        const piece = yield* nextPiece();
        if (!Array.isArray(piece) || piece.length === 0 || list.length + piece.length > value.length) throw new Error('a piece of a stored list does not fit it');
        for (const item of piece) list.push(item);
      }
      return list;
    }
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
