/**
 * A lexicon of multi-word phrases matched against a token sequence, longest phrase first. Used by
 * the title, nationality, place and cue lexicons; one map lookup per position keeps scans linear.
 */
import { allPacks, packsVersion, perPack, type LanguagePack } from '../languages/index.ts';
import { sentenceTokens, type Tok } from './tokens.ts';

export interface PhraseMatch<T> {
  value: T;
  /** Token index just past the phrase. */
  end: number;
  /** Letters of the first token that are a clitic in front of the phrase (Arabic و, ب…). */
  clitic: number;
}

/** Splits a lexicon phrase into folded words the way text is tokenised. */
function phraseWords(phrase: string): string[] {
  return sentenceTokens(phrase, 0).map((t) => t.fold);
}

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: T }>>();

  /**
   * Entries are phrases as written, or already folded words.
   * @example new PhraseTable([['विदेश मंत्री', 'foreign minister']])
   */
  constructor(entries: Iterable<readonly [string | readonly string[], T]>) {
    for (const [phrase, value] of entries) {
      const words = typeof phrase === 'string' ? phraseWords(phrase) : [...phrase];
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]!);
      if (list) list.push({ words, value });
      else this.byFirst.set(words[0]!, [{ words, value }]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /**
   * The longest phrase starting at `toks[i]`; it never spans punctuation other than quotation
   * marks around one of its words ("زعيم “طالبان”"). The first word may carry an Arabic proclitic (بالرئيس).
   */
  match(toks: readonly Tok[], i: number): PhraseMatch<T> | undefined {
    const first = toks[i];
    if (!first) return undefined;
    // Every table is asked at every word and most words open no phrase: plain loops, no allocation on a miss.
    const forms = first.forms;
    for (let f = 0; f < forms.length; f++) {
      const entries = this.byFirst.get(forms[f]!);
      if (entries === undefined) continue;
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e]!;
        if (this.restMatches(toks, i, entry.words)) return { value: entry.value, end: i + entry.words.length, clitic: first.clitics[f]! };
      }
    }
    return undefined;
  }

  /** Folded first words of every phrase (to test cheaply whether a text may contain one). */
  firstWords(): ReadonlySet<string> {
    return new Set(this.byFirst.keys());
  }

  private restMatches(toks: readonly Tok[], i: number, words: string[]): boolean {
    for (let k = 1; k < words.length; k++) {
      const tok = toks[i + k];
      if (!tok || (tok.breakBefore && !tok.quoteBefore) || tok.fold !== words[k]) return false;
    }
    return true;
  }
}

/**
 * A phrase table per language, made from each language pack when first used: a word is looked up
 * only in the table of its own language, so a language without a pack matches nothing, and one
 * written in the same script as another (Urdu, Arabic) never borrows its phrases.
 */
export class PackPhrases<T> {
  private readonly tables: (code: string) => PhraseTable<T> | undefined;
  private firsts?: { version: number; words: ReadonlySet<string> };

  /** @example new PackPhrases((pack) => pack.titles) */
  constructor(entries: (pack: LanguagePack) => Iterable<readonly [string | readonly string[], T]>) {
    this.tables = perPack((pack) => new PhraseTable(entries(pack)));
  }

  /** The table of one language (for rules written for that language). */
  of(code: string): PhraseTable<T> | undefined {
    return this.tables(code);
  }

  /** The longest phrase of the language of `toks[i]` starting there. */
  match(toks: readonly Tok[], i: number): PhraseMatch<T> | undefined {
    const tok = toks[i];
    return tok ? this.tables(tok.lang)?.match(toks, i) : undefined;
  }

  /** Folded first words of every phrase of every language (a cheap test before tokenising). */
  firstWords(): ReadonlySet<string> {
    if (this.firsts?.version !== packsVersion()) {
      const words = new Set(allPacks().flatMap((pack) => [...(this.tables(pack.code)?.firstWords() ?? [])]));
      this.firsts = { version: packsVersion(), words };
    }
    return this.firsts.words;
  }
}
