/**
 * English words of dated happenings that are not contacts (src/grammar/triggers.ts reads them): each
 * kind's verbs and nouns with their inflected forms written out. The kinds are general news
 * vocabulary, not tied to any article.
 */
import type { HappeningRow, HappeningWords } from '../types.ts';

export const HAPPENINGS: HappeningRow[] = [
  {
    kind: 'capture',
    verbs: 'seized seizes captured captures took_control takes_control taken_control took_over takes_over overran overruns stormed storms retook retakes retaken took_power seized_power swept_to_power sweeps_to_power came_to_power',
    nouns: 'takeover capture',
  },
  { kind: 'attack', verbs: 'attacked bombed', nouns: 'attack bombing blast explosion assassination' },
  { kind: 'invitation', verbs: 'invited invites', nouns: 'invitation' },
  { kind: 'session', verbs: 'met meets hosted hosts convened convenes', nouns: 'meeting meetings summit conference session sessions talks consultations dialogue negotiations forum' },
  {
    kind: 'travel',
    // The plain forms come after "will" or "to" ("will travel to Moscow", "is due to arrive"). Leaving for a place is going there ("left for Doha").
    verbs:
      'arrived arrives arriving arrive visited visits visiting travelled traveled travels travel reached reaches reach landed lands returned returns flew flies fly entered enters ' +
      'left_for leaves_for leave_for leaving_for departed_for departs_for depart_for headed_to heads_to head_to headed_for heads_for head_for set_off_for sets_off_for',
    nouns: 'visit trip arrival',
    departures: 'left leaves leave fled flees flee departed departs depart',
  },
  { kind: 'warning', verbs: 'warned warns', nouns: 'warning' },
  { kind: 'announcement', verbs: 'announced announces declared declares proclaimed proclaims', nouns: 'announcement' },
  {
    kind: 'statement',
    // What was said told by how it was said or what it did: urged, rejected, welcomed, condemned, assured …
    verbs:
      'said says stated stressed told tweeted wrote added noted reiterated confirmed urged urges emphasised emphasized underlined underscored highlighted asserted explained claimed insisted remarked ' +
      'pointed_out welcomed welcomes rejected rejects denied denies dismissed condemned condemns expressed expresses assured assures vowed pledged praised thanked accused called_for calls_for appealed',
    nouns: 'statement',
  },
];

/* What a journey or an invitation is for ("for talks"). */
export const PURPOSES = [...'talks negotiations'.split(' ').map((w) => [w, 'talks'] as const), ...'meeting'.split(' ').map((w) => [w, 'a meeting'] as const)];

/* Function words the happening grammar reads (src/events/: reported clauses, definite meeting nouns, sentences going on from the one before, pronoun subjects). */
export const HAPPENING_WORDS: HappeningWords = {
  complementizers: 'that'.split(' '),
  definite: 'the this that'.split(' '),
  continuations: 'meanwhile he she they it also'.split(' '),
  anterior: 'earlier previously had ago'.split(' '),
  subjectPronouns: 'he she'.split(' '),
  connectives: 'meanwhile later then also afterwards'.split(' '),
  leftCountry: { nouns: ['country', 'nation', 'homeland'], at: 'after', owners: ['the', 'his', 'her', 'their', 'its'] },
};
