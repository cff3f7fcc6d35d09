/**
 * The stopwords-iso lists, which the packs take their stop words from.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lists = require('stopwords-iso') as Record<string, string[]>;

/**
 * A stopwords-iso list by its ISO 639-1 code.
 * @example isoStopWords('hi').includes('के') // true
 */
export function isoStopWords(code: string): readonly string[] {
  return lists[code] ?? [];
}
