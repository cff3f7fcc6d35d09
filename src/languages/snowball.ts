/**
 * snowball-stemmers is a CommonJS package without types: one loader for the packs that use it.
 */
import { createRequire } from 'node:module';

interface Snowball {
  stem(word: string): string;
}
const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(language: string): Snowball };

/** @example snowballStemmer('english')('talks') // 'talk' */
export function snowballStemmer(language: string): (word: string) => string {
  const stemmer = snowball.newStemmer(language);
  return (word) => stemmer.stem(word);
}
