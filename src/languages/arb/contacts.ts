/**
 * Arabic words that state a contact between people, with the kind of contact they state.
 */
import { cue } from '../entries.ts';
import type { Cue } from '../types.ts';

export const CUES: ReadonlyArray<readonly [string, Cue]> = [
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
];

/** Words before a verb that announce it: سوف "will", المقرر "scheduled", يعتزم "intends". */
export const FUTURE_MARKERS = ['سوف', 'المقرر', 'يعتزم', 'تعتزم', 'يتوقع'];
