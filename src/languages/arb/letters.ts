/**
 * The Latin letters as Arabic writes them in an acronym read out letter by letter, each name a
 * word of its own: CIA سي آي إيه, FBI إف بي آي.
 */
export const ARABIC_LATIN_LETTERS = {
  names: {
    A: 'إيه', B: 'بي', C: 'سي', D: 'دي', E: 'إي', F: 'إف', G: 'جي', H: 'إتش', I: 'آي', J: 'جيه', K: 'كيه', L: 'إل', M: 'إم',
    N: 'إن', O: 'أو', P: 'بي', Q: 'كيو', R: 'آر', S: 'إس', T: 'تي', U: 'يو', V: 'في', W: 'دبليو', X: 'إكس', Y: 'واي', Z: 'زد',
  },
  joined: false,
} as const;
