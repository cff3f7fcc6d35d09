/**
 * The Latin letters as Hindi writes them in an acronym read out letter by letter, the names run
 * together into one word: CIA सीआईए, NSA एनएसए, ISI आईएसआई.
 */
export const HINDI_LATIN_LETTERS = {
  names: {
    A: 'ए', B: 'बी', C: 'सी', D: 'डी', E: 'ई', F: 'एफ', G: 'जी', H: 'एच', I: 'आई', J: 'जे', K: 'के', L: 'एल', M: 'एम',
    N: 'एन', O: 'ओ', P: 'पी', Q: 'क्यू', R: 'आर', S: 'एस', T: 'टी', U: 'यू', V: 'वी', W: 'डब्ल्यू', X: 'एक्स', Y: 'वाई', Z: 'जेड',
  },
  joined: true,
} as const;
