/**
 * Words that state a contact between people, per language, with the kind of contact they state.
 * A phone word anywhere in the clause turns talks into a phone call ("फोन पर बात की",
 * "خلال اتصال هاتفي مع", "spoke by phone").
 */
import { foldTerm } from '../text/normalize.ts';
import { PhraseTable } from '../people/phrases.ts';
import type { ContactKind } from '../people/types.ts';

export interface Cue {
  kind: ContactKind;
  /** The word itself announces the contact (Arabic سيلتقي "will meet"). */
  future?: boolean;
  /** A verb that takes the person met as its direct object (التقى X Y, X met Y). */
  transitive?: boolean;
}

const cue = (kind: ContactKind, extra: Omit<Cue, 'kind'> = {}): Cue => ({ kind, ...extra });

/** Hindi contact nouns and verbs; the nouns need a light verb (की, करेंगे, लिया) to state a contact. */
export const HINDI_CUES = new PhraseTable<Cue>([
  ['मुलाकात', cue('meeting')],
  ['भेंट', cue('meeting')],
  ['बैठक', cue('meeting')],
  ['मिले', cue('meeting')],
  ['मिलीं', cue('meeting')],
  ['मिलेंगे', cue('meeting', { future: true })],
  ['मिलेंगी', cue('meeting', { future: true })],
  ['मिलेगा', cue('meeting', { future: true })],
  ['बात', cue('talks')],
  ['बातचीत', cue('talks')],
  ['चर्चा', cue('talks')],
  ['वार्ता', cue('talks')],
  ['विचार-विमर्श', cue('talks')],
  ['आमंत्रित', cue('invitation')],
  ['आमंत्रण', cue('invitation')],
  ['निमंत्रण', cue('invitation')],
  ['न्योता', cue('invitation')],
  ['भाग', cue('joint appearance')],
  ['हिस्सा', cue('joint appearance')],
  ['शिरकत', cue('joint appearance')],
]);

/** Verbs after a Hindi contact noun that make it a statement ("मुलाकात की", "भाग लिया"). */
export const HINDI_LIGHT_VERBS = new Set(
  'की किया करके करने करते करेंगे करेगा करेगी करेंगी कर हुई हुआ होगी होगा होंगे लिया लिए लेंगे लेगा दिया देंगे भेजा'.split(' ').map(foldTerm),
);

/** Hindi future endings (करेंगे, होगी, मिलेगा): the contact is announced, not reported. */
export const HINDI_FUTURE = /(?:ेंगे|ेंगी|ेगा|ेगी|ूंगा|ूंगी|ोगे)$/u;

export const HINDI_PHONE = new Set(['फोन', 'टेलीफोन', 'कॉल'].map(foldTerm));

export const ARABIC_CUES = new PhraseTable<Cue>([
  ['التقى', cue('meeting', { transitive: true })],
  ['التقت', cue('meeting', { transitive: true })],
  ['يلتقي', cue('meeting', { transitive: true })],
  ['تلتقي', cue('meeting', { transitive: true })],
  ['سيلتقي', cue('meeting', { transitive: true, future: true })],
  ['ستلتقي', cue('meeting', { transitive: true, future: true })],
  ['استقبل', cue('meeting', { transitive: true })],
  ['يستقبل', cue('meeting', { transitive: true })],
  ['سيستقبل', cue('meeting', { transitive: true, future: true })],
  ['اجتمع', cue('meeting')],
  ['يجتمع', cue('meeting')],
  ['سيجتمع', cue('meeting', { future: true })],
  ['لقاء', cue('meeting')],
  ['اجتماع', cue('meeting')],
  ['بحث', cue('talks')],
  ['يبحث', cue('talks')],
  ['سيبحث', cue('talks', { future: true })],
  ['ناقش', cue('talks')],
  ['يناقش', cue('talks')],
  ['تباحث', cue('talks')],
  ['محادثات', cue('talks')],
  ['مباحثات', cue('talks')],
  ['اتصال هاتفي', cue('phone call')],
  ['اتصالا هاتفيا', cue('phone call')],
  ['مكالمة هاتفية', cue('phone call')],
  ['مكالمة', cue('phone call')],
  ['دعا', cue('invitation', { transitive: true })],
  ['دعوة', cue('invitation')],
  ['مؤتمر صحفي مشترك', cue('joint appearance')],
]);

/** Words before an Arabic verb that announce it: سوف "will", المقرر "scheduled", يعتزم "intends". */
export const ARABIC_FUTURE_MARKERS = new Set(['سوف', 'المقرر', 'يعتزم', 'تعتزم', 'يتوقع'].map(foldTerm));

export const ENGLISH_CUES = new PhraseTable<Cue>([
  ['met', cue('meeting', { transitive: true })],
  ['meet', cue('meeting', { transitive: true })],
  ['meets', cue('meeting', { transitive: true })],
  ['meeting with', cue('meeting')],
  ['hosted', cue('meeting', { transitive: true })],
  ['received', cue('meeting', { transitive: true })],
  ['catch up with', cue('talks')],
  ['caught up with', cue('talks')],
  ['held talks', cue('talks')],
  ['hold talks', cue('talks')],
  ['talks with', cue('talks')],
  ['spoke', cue('talks')],
  ['speaks', cue('talks')],
  ['speak', cue('talks')],
  ['talked', cue('talks')],
  ['conversation with', cue('talks')],
  ['called', cue('phone call', { transitive: true })],
  ['phone call', cue('phone call')],
  ['phone conversation', cue('phone call')],
  ['telephone conversation', cue('phone call')],
  ['invited', cue('invitation', { transitive: true })],
  ['joint press conference', cue('joint appearance')],
]);

/** English words just before a verb that announce it: "will meet", "is to meet". */
export const ENGLISH_FUTURE = new Set(['will', 'shall']);
/** Words before "to" that make "to <verb>" an announcement ("is expected to meet"); "Good to catch up" is not one. */
export const ENGLISH_FUTURE_BEFORE_TO = new Set(['is', 'are', 'was', 'were', 'set', 'expected', 'plans', 'planned', 'scheduled', 'going', 'due', 'likely']);

export const ENGLISH_PHONE = new Set(['phone', 'telephone', 'call']);

/** A contact word found in a sentence: token span, its cue, and whether the text announces it. */
export interface CueAt {
  i: number;
  end: number;
  cue: Cue;
  planned: boolean;
}

/** A set of space-separated words, folded as tokens are. */
export function foldedSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' ').map(foldTerm));
}
