/**
 * English words that state a contact between people, with the kind of contact they state.
 */
import { cue } from '../entries.ts';
import type { Cue } from '../types.ts';

export const CUES: ReadonlyArray<readonly [string, Cue]> = [
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
];

/** Words just before a verb that announce it: "will meet". */
export const FUTURE_MARKERS = ['will', 'shall'];

/** A phone word anywhere in the clause turns talks into a phone call ("spoke by phone"). */
export const PHONE = ['phone', 'telephone', 'call'];
