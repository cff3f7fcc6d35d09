import { describe, expect, it } from 'vitest';
import v8 from 'node:v8';
import { runSteps } from '../../src/steps.ts';
import { joinLargeArrays, splitLargeArrays } from '../../src/snapshotPieces.ts';

/** Split, pass through V8 serialisation as the snapshot does, join. */
function roundTrip(value: unknown, pieceLength: number, listPieceLength?: number): { joined: unknown; pieces: number; steps: number } {
  const { value: head, pieces } = splitLargeArrays(value, pieceLength, listPieceLength);
  const stored = pieces.map((p) => v8.serialize(p));
  let next = 0;
  let steps = 0;
  const gen = joinLargeArrays(v8.deserialize(v8.serialize(head)), function* () {
    yield;
    return v8.deserialize(stored[next++]!);
  });
  for (;;) {
    const r = gen.next();
    if (r.done) return { joined: r.value, pieces: pieces.length, steps };
    steps++;
  }
}

describe('large typed arrays stored in pieces', () => {
  it('gives back equal arrays of every type, at any depth of plain objects, one step per piece', () => {
    const value = {
      small: new Int32Array([1, 2, 3]),
      index: { docs: Int32Array.from({ length: 10 }, (_, i) => i * 3 - 7), ids: Float64Array.from({ length: 7 }, (_, i) => i / 3), inner: { flags: new Uint8Array(9).fill(5) } },
      list: [new Int32Array(20)],
      text: 'kept',
    };
    const { joined, pieces, steps } = roundTrip(value, 4);
    expect(joined).toStrictEqual(value);
    // docs 10 → 3 pieces, ids 7 → 2, flags 9 → 3; the array inside a list is not searched.
    expect(pieces).toBe(8);
    expect(steps).toBe(8);
  });

  it('leaves the stored value untouched and passes small arrays and other values through', () => {
    const docs = new Int32Array(10).fill(1);
    const value = { index: { docs } };
    const { value: head } = splitLargeArrays(value, 4);
    expect(value.index.docs).toBe(docs);
    expect(head).toEqual({ index: { docs: { piecesOf: 'Int32Array', length: 10 } } });
    expect(splitLargeArrays('plain', 4)).toEqual({ value: 'plain', pieces: [] });
    expect(roundTrip({ a: new Uint16Array(4) }, 4).pieces).toBe(0);
  });

  it('refuses a piece of the wrong type or one that overruns its array', () => {
    const head = v8.deserialize(v8.serialize(splitLargeArrays({ docs: new Int32Array(6) }, 4).value));
    const feed = (piece: unknown) => () => (function* (): Generator<void, unknown> { return piece; })();
    expect(() => runSteps(joinLargeArrays(structuredClone(head), feed(new Float64Array(4))))).toThrow(/does not fit/);
    expect(() => runSteps(joinLargeArrays(structuredClone(head), feed(new Int32Array(7))))).toThrow(/does not fit/);
    expect(() => runSteps(joinLargeArrays(structuredClone(head), feed(new Int32Array(0))))).toThrow(/does not fit/);
  });
});

describe('long plain arrays stored in pieces', () => {
  it('gives back equal lists (strings, small arrays) at any depth of plain objects, one step per piece', () => {
    const value = {
      vocabulary: Array.from({ length: 10 }, (_, i) => [`word${i}`, `Word${i}`, i, i % 2, 'lavrof']),
      mini: { terms: ['kabul', 'doha', 'لافروف', 'जयशंकर', 'x'], docs: new Int32Array(9), short: ['a', 'b'] },
      text: 'kept',
    };
    const { joined, pieces, steps } = roundTrip(value, 4, 4);
    expect(joined).toStrictEqual(value);
    // vocabulary 10 → 3 pieces, terms 5 → 2, docs 9 → 3; short (2) stays in the section.
    expect(pieces).toBe(8);
    expect(steps).toBe(8);
  });

  it('refuses a piece that is no list or overruns its list', () => {
    const head = v8.deserialize(v8.serialize(splitLargeArrays({ terms: ['a', 'b', 'c', 'd', 'e', 'f'] }, 4, 4).value));
    expect(head).toEqual({ terms: { piecesOf: 'Array', length: 6 } });
    const feed = (piece: unknown) => () => (function* (): Generator<void, unknown> { return piece; })();
    expect(() => runSteps(joinLargeArrays(structuredClone(head), feed(new Int32Array(4))))).toThrow(/does not fit/);
    expect(() => runSteps(joinLargeArrays(structuredClone(head), feed(['a', 'b', 'c', 'd', 'e', 'f', 'g'])))).toThrow(/does not fit/);
    expect(() => runSteps(joinLargeArrays(structuredClone(head), feed([])))).toThrow(/does not fit/);
  });
});
