/**
 * English words that state a contact between people, with the kind of contact they state.
 */
import { cue } from '../entries.ts';
import type { Cue } from '../types.ts';

/** Contact nouns, one word or with the words that make them a call or a link, that may be "held" or "take place". */
const HELD_NOUNS: ReadonlyArray<readonly [string, Cue['kind']]> = [
  ['meeting', 'meeting'], ['virtual meeting', 'meeting'], ['conversation', 'talks'], ['video conference', 'talks'], ['video call', 'talks'],
  ['call', 'phone call'], ['phone call', 'phone call'], ['telephone call', 'phone call'], ['phone conversation', 'phone call'],
  ['telephone conversation', 'phone call'], ['telephonic conversation', 'phone call'],
];

export const CUES: ReadonlyArray<readonly [string, Cue]> = [
  ['met', cue('meeting', { transitive: true })],
  ['meet', cue('meeting', { transitive: true })],
  ['meets', cue('meeting', { transitive: true })],
  ['meeting with', cue('meeting')],
  ['meeting between', cue('meeting')],
  // "held separate meetings with Y and Z".
  ['meetings with', cue('meeting')],
  ['hosted', cue('meeting', { transitive: true })],
  ['hosts', cue('meeting', { transitive: true })],
  ['host', cue('meeting', { transitive: true })],
  ['received', cue('meeting', { transitive: true })],
  ['receives', cue('meeting', { transitive: true })],
  ['receive', cue('meeting', { transitive: true })],
  ['receiving', cue('meeting', { transitive: true })],
  // A meeting told by what was done at it.
  ['shook hands with', cue('meeting')],
  ['shakes hands with', cue('meeting')],
  ['shake hands with', cue('meeting')],
  ['sat down with', cue('meeting')],
  ['sits down with', cue('meeting')],
  ['sit down with', cue('meeting')],
  ['dined with', cue('meeting')],
  ['dine with', cue('meeting')],
  // "X and Y held a meeting", as "held talks".
  ['held a meeting', cue('meeting')],
  ['hold a meeting', cue('meeting')],
  ['holds a meeting', cue('meeting')],
  ['had a meeting', cue('meeting')],
  // "X visited Y at his residence": a visit to a person (a place after it names no one).
  ['visited', cue('meeting', { transitive: true })],
  ['call on', cue('meeting', { transitive: true })],
  ['calls on', cue('meeting', { transitive: true })],
  ['called on', cue('meeting', { transitive: true })],
  ['talks between', cue('talks')],
  ['spoken', cue('talks')],
  ['discussed', cue('talks')],
  // Headlines tell it in the present ("X discusses Afghanistan with Y", "X, Y discuss Afghanistan").
  ['discuss', cue('talks')],
  ['discusses', cue('talks')],
  ['discussing', cue('talks')],
  ['discussions with', cue('talks')],
  ['held discussions', cue('talks')],
  ['hold discussions', cue('talks')],
  ['holds discussions', cue('talks')],
  ['had discussions', cue('talks')],
  ['telephoned', cue('phone call', { transitive: true })],
  ['phoned', cue('phone call', { transitive: true })],
  ['dialled', cue('phone call', { transitive: true })],
  // Headlines tell a call in the present ("X dials Y, discusses Kabul").
  ['dials', cue('phone call', { transitive: true })],
  ['phones', cue('phone call', { transitive: true })],
  ['call with', cue('phone call')],
  ['received a call from', cue('phone call')],
  ['received a phone call from', cue('phone call')],
  ['call between', cue('phone call')],
  ['catch up with', cue('talks')],
  ['caught up with', cue('talks')],
  ['holding talks', cue('talks')],
  ['held talks', cue('talks')],
  ['hold talks', cue('talks')],
  ['talks with', cue('talks')],
  ['spoke', cue('talks')],
  ['speaks', cue('talks')],
  ['speak', cue('talks')],
  ['talked', cue('talks')],
  ['conversation with', cue('talks')],
  ['conversation between', cue('talks')],
  ['called', cue('phone call', { transitive: true })],
  ['phone call', cue('phone call')],
  ['phone conversation', cue('phone call')],
  ['telephone conversation', cue('phone call')],
  // Indian and Pakistani English: "a telephonic conversation", "telephonic talks".
  ['telephonic conversation', cue('phone call')],
  ['telephonic talks', cue('phone call')],
  ['invited', cue('invitation', { transitive: true })],
  ['invites', cue('invitation', { transitive: true })],
  ['invite', cue('invitation', { transitive: true })],
  ['at the invitation of', cue('invitation', { inviter: true })],
  ['on the invitation of', cue('invitation', { inviter: true })],
  ['at the request of', cue('invitation', { inviter: true })],
  ['telephone call', cue('phone call')],
  ['phone talks', cue('phone call')],
  ['video call', cue('talks')],
  ['videoconference', cue('talks')],
  ['video conference', cue('talks')],
  ['video-conference', cue('talks')],
  ['conferred with', cue('talks')],
  // "X briefed Y on …", "X interacted with Y" (Indian English), "X and Y co-chaired the session".
  ['briefed', cue('talks', { transitive: true })],
  ['interacted with', cue('talks')],
  ['co-chaired', cue('meeting')],
  ['co-chair', cue('meeting')],
  ['co-chairs', cue('meeting')],
  // "X and Y exchanged views", "X exchanged views with Y".
  ['exchanged views', cue('talks')],
  ['exchange views', cue('talks')],
  ['exchanged ideas', cue('talks')],
  ['consulted', cue('talks', { transitive: true })],
  ['hosting', cue('meeting', { transitive: true })],
  ['welcomed', cue('meeting', { transitive: true })],
  ['welcomes', cue('meeting', { transitive: true })],
  ['greeted', cue('meeting', { transitive: true })],
  ['dialed', cue('phone call', { transitive: true })],
  ['rang', cue('phone call', { transitive: true })],
  ['talk with', cue('talks')],
  ['negotiations with', cue('talks')],
  ['consultations with', cue('talks')],
  ['dialogue with', cue('talks')],
  ['joint press conference', cue('joint appearance')],
  // "is meeting Y" (not the noun "meeting"); "after meeting Y", "while speaking with Y": a participle
  // whose subject is the clause's ("X said after meeting Y").
  ...['is', 'are', 'was', 'were', 'be', 'after', 'before', 'while', 'when', 'since', 'upon'].map((w): readonly [string, Cue] => [`${w} meeting`, cue('meeting', { transitive: true })]),
  ['speaking', cue('talks')],
  ['talking', cue('talks')],
  // A contact noun as the subject of "were held" or "took place" before "between" ("Talks were held between X and Y").
  ...(['talks', 'negotiations', 'consultations', 'discussions'] as const).flatMap((noun) => [`${noun} were held`, `${noun} took place`].map((w): readonly [string, Cue] => [w, cue('talks')])),
  // The noun with the words that make it a phone call or a video link ("A telephone conversation was held
  // between X and Y"): the longer noun is matched first, so it needs its own "was held".
  ...HELD_NOUNS.flatMap(([noun, kind]) => [`${noun} was held`, `${noun} took place`].map((w): readonly [string, Cue] => [w, cue(kind)])),
];

/** Spans of time after the day of writing: a contact dated by one is announced ("meets X next week"). */
export const AHEAD_SPANS = ['next week', 'next month', 'next year', 'coming week', 'coming weeks', 'coming days', 'coming month', 'coming months', 'later this week', 'later this month', 'later this year', 'this coming week'];

/** Words just before a verb that announce it: "will meet". */
export const FUTURE_MARKERS = ['will', 'shall', 'may', 'might', 'would', 'could', "'ll"];

/** A phone word anywhere in the clause turns talks into a phone call ("spoke by phone"). */
export const PHONE = ['phone', 'telephone', 'call'];

/** Words that deny what their sentence tells: no contact is read from it ("denied holding talks"). */
export const NEGATIONS = ['not', "n't", 'never', 'no', 'denied', 'denies', 'deny', 'cancelled', 'canceled'];

/**
 * Words that, right before a contact word (a word between allowed), make it one denied, refused,
 * sought or ruled out, not held: "did not meet", "has never met", "refused to meet", "declined to hold talks
 * with", "no meeting between", "left without meeting". The "t" of "didn't", "won't" is a word of
 * its own after the apostrophe.
 */
export const UNREAL_BEFORE = [
  'not', 't', 'never', 'no', 'without', 'refused', 'refuses', 'refuse', 'refusing', 'declined', 'declines', 'decline', 'declining',
  // A contact asked for is not held: "has sought a meeting with", "requested a phone call with".
  'sought', 'seek', 'seeks', 'seeking', 'requested', 'request', 'requests', 'requesting',
];

/** Words opening a conditional clause: "If X meets Y, …" tells no contact. */
export const CONDITIONALS = ['if', 'unless'];

/** A contact called off right after its parties: "X's meeting with Y was cancelled", "talks between X and Y have been postponed". */
export const CANCELLED_AFTER = ['was', 'were', 'is', 'are', 'has been', 'have been', 'had been', 'will be'].flatMap((aux) =>
  ['cancelled', 'canceled', 'called off', 'postponed', 'scrapped', 'put off', 'shelved'].map((w) => `${aux} ${w}`),
);

/** "X called on Y to form an inclusive government": an appeal, not a visit. */
export const APPEALS = { cues: ['call on', 'calls on', 'called on', 'calling on'], before: ['to'] };

/** Verbs of sending someone ("sent an envoy to hold talks"): the one sent holds the talks, not the sender. */
export const SENDING = ['send', 'sends', 'sent', 'sending', 'dispatch', 'dispatches', 'dispatched', 'depute', 'deputes', 'deputed', 'tasked', 'despatched'];

/** Verbs of saying: who says is not a party to the contact told. */
export const SPEECH = ['said', 'says', 'told', 'tweeted', 'wrote', 'added', 'confirmed', 'announced', 'stated', 'reported', 'reports', 'noted', 'stressed', 'emphasised', 'emphasized', 'explained', 'claimed', 'declared', 'insisted', 'remarked', 'posted', 'informed', 'quoted'];
