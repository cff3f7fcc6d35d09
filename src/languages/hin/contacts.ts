/**
 * Hindi words that state a contact between people, with the kind of contact they state; the
 * nouns need a light verb (की, करेंगे, लिया) to state one.
 */
import { cue } from '../entries.ts';
import type { Cue } from '../types.ts';

export const CUES: ReadonlyArray<readonly [string, Cue]> = [
  ['मुलाकात', cue('meeting')],
  ['भेंट', cue('meeting')],
  ['बैठक', cue('meeting')],
  ['बैठकें', cue('meeting')],
  ['बैठकों', cue('meeting')],
  ['मुलाकातें', cue('meeting')],
  ['मीटिंग', cue('meeting')],
  ['मेजबानी', cue('meeting', { genitiveObject: true })],
  ['स्वागत', cue('meeting', { genitiveObject: true })],
  ['अगवानी', cue('meeting', { genitiveObject: true })],
  ['मिलने', cue('meeting')],
  ['मिलकर', cue('meeting')],
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
  ['मंत्रणा', cue('talks')],
  ['परामर्श', cue('talks')],
  ['मुलाकातों', cue('meeting')],
  ['वार्ताओं', cue('talks')],
  ['विचार विमर्श', cue('talks')],
  ['संवाद', cue('talks')],
  ['बातें', cue('talks')],
  ['फोन', cue('phone call')],
  ['टेलीफोन', cue('phone call')],
  ['कॉल', cue('phone call')],
  ['फोन कॉल', cue('phone call')],
  ['आमंत्रित', cue('invitation')],
  ['आमंत्रण', cue('invitation')],
  ['निमंत्रण', cue('invitation')],
  ['न्योता', cue('invitation')],
  ['न्यौता', cue('invitation')],
  ['भाग', cue('joint appearance')],
  ['हिस्सा', cue('joint appearance')],
  ['शिरकत', cue('joint appearance')],
];

/** A phone word anywhere in the clause turns talks into a phone call ("फोन पर बात की"). */
export const PHONE = ['फोन', 'टेलीफोन', 'कॉल', 'टेलीफोनिक'];
