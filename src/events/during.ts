/**
 * A happening noun under a postposition of time ("इस देश के कब्जे के दौरान", "काबुल पर कब्जे के
 * बाद") is the setting of another verb, not the sentence's news. Hindi is verb-final: a day written
 * after the postposition stands before that later verb and is its day ("जिस तरह ईरान ने इस देश के
 * कब्जे के दौरान … समर्थन किया था, उसी तरह आज भी …" does not date an occupation today), so such a
 * noun takes only a day written before it ("15 अगस्त को काबुल पर कब्जे के बाद"). Pack field
 * `happenings.duringAfter`.
 */
import { perPack } from '../languages/index.ts';
import type { Tok } from '../grammar/tokens.ts';
import { foldTerm } from '../text/normalize.ts';

const PHRASES = perPack((pack) => (pack.happenings?.duringAfter ?? []).map((p) => p.split(/\s+/u).map(foldTerm)));

/**
 * Whether the noun ending at token `end` is followed by one of its language's postpositions of time.
 * @example underTimePostposition(toks('कब्जे के दौरान'), 1, 'hin') // true
 */
export function underTimePostposition(toks: readonly Tok[], end: number, lang: string): boolean {
  return (PHRASES(lang) ?? []).some((words) => words.every((w, k) => toks[end + k]?.fold === w));
}
