/**
 * One compacting full collection after the start-up load. A knowledge build leaves about a third of
 * V8's old generation as free space scattered over partly filled pages (30,000 articles: 767 MB live
 * in 1,213 MB), and V8's own full collections move only the emptiest pages, so that memory stayed
 * resident for the bot's whole life. Compacting once moves the survivors together and returns the
 * rest (RSS 1,615 → 1,215 MB). It needs `--expose-gc`, which `npm start` passes; a reload does not
 * compact (the pause would hold questions), and the old knowledge it drops frees whole pages anyway.
 */
import v8 from 'node:v8';

/**
 * @returns the milliseconds it took, or undefined when node runs without --expose-gc.
 * @example compactHeap() // 850 after a large build, when started by npm start
 */
export function compactHeap(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  const started = performance.now();
  v8.setFlagsFromString('--compact-on-every-full-gc');
  try {
    gc();
  } finally {
    v8.setFlagsFromString('--no-compact-on-every-full-gc');
  }
  return performance.now() - started;
}
