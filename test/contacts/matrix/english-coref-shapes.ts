/*
 * Invented English wire copy (Indian and Pakistani agencies' style) telling a contact across
 * sentences (session 20): "He also met", "the two leaders", an office alone ("the minister", "the
 * NSA", "the visiting envoy"), a delegation led by someone told before, a subject continued after
 * sentences naming no one. Filled like english-shapes.ts; read by test/contacts/english-coref-shapes.test.ts.
 */
import { englishShapeCases, type Shape } from './english-shapes.ts';
import type { MatrixCase } from './cases.ts';

const NONE: Array<[string, string]> = [];

const COREF_SHAPES: Shape[] = [
  // subject pronouns
  { name: 'he: during the visit', t: '{A} arrived in Tashkent on Monday on a two-day visit. During the visit, he met {B}.', date: null },
  { name: 'he: later held talks', t: '{A} addressed a conference in Doha on Monday. He later held talks with {B}.', date: null },
  { name: 'he: after a sentence naming no one', t: '{A} reached Kabul on Monday. It is the first such visit since August. He called on {B} at the palace.', date: null },
  { name: 'he: after a quote', t: '{A} told reporters: "The region needs peace. Talks are the only way." He also met {B} on the sidelines.', date: null },
  { name: 'he: new paragraph', t: '{A} landed in Islamabad on Monday.\nHe held a meeting with {B} and discussed border trade.', date: null },
  { name: 'she: called', t: '{A} is in Geneva this week. She spoke by telephone with {B} on Monday.' },
  { name: 'he: planned, will call on', t: '{A} will travel to Delhi next week. He will call on {B} during the trip.', planned: true },
  { name: 'he: also met, second contact', t: '{A} met {B} on Monday. He also met {C} separately.', pairs: [['A', 'B'], ['A', 'C']] },
  // the two leaders
  { name: 'pair: at the invitation, the two leaders', t: '{A} arrived in Moscow on Monday at the invitation of {B}. The two leaders held talks in the Kremlin.', date: null },
  { name: 'pair: both sides after meeting', t: '{A} received {B} on Monday. Both sides agreed to expand trade.' },
  { name: 'pair: the two ministers discussed', t: '{A} and {B} were both in Dushanbe on Monday. The two ministers discussed Afghanistan on the sidelines.', date: null },
  { name: 'pair miss: two leaders of three', t: '{A}, {B} and {C} were in Doha on Monday. The two leaders held talks there.', pairs: NONE },
  // an office alone
  { name: 'office: the minister', t: 'Foreign Minister {a} arrived in Tehran on Monday. The minister met {B} later in the day.', date: null },
  { name: 'office: the NSA', t: 'National Security Adviser {a} was in Moscow on Monday. The NSA held talks with {B}.', date: null },
  { name: 'office: the visiting minister', t: 'Defence Minister {a} arrived in Delhi on Monday. The visiting minister called on {B}.', date: null },
  { name: 'office: the envoy also', t: 'Special Envoy {a} reached Kabul on Monday. The envoy also met {B}.', date: null },
  { name: 'office: nationality envoy', t: "Qatar's special envoy {a} arrived in London on Monday. The Qatari envoy held talks with {B}.", date: null },
  { name: 'office miss: two ministers before', t: 'Foreign Minister {a} and Defence Minister {c} arrived in Tehran on Monday. The minister met {B} later.', pairs: NONE },
  { name: 'delegation miss: another delegation', t: 'A Taliban delegation led by {A} arrived in Moscow on Monday. A Chinese delegation met {B} there.', pairs: NONE },
  { name: 'office miss: other office', t: 'Defence Minister {a} arrived in Tehran on Monday. The foreign minister met {B} later.', pairs: NONE },
  // delegations
  { name: 'delegation: led, then the delegation met', t: 'A Taliban delegation led by {A} arrived in Moscow on Monday. The delegation met {B}.', date: null },
  { name: 'delegation: headed, the visiting delegation held talks', t: 'A delegation headed by {A} reached Islamabad on Monday. The visiting delegation held talks with {B}.', date: null },
  { name: 'delegation: X led, then met', t: '{A} led a Taliban delegation to Tehran on Monday. The delegation called on {B}.', date: null },
];

/** The coreference shapes, four rounds each with names of their own. */
export const englishCorefShapeCases = (): MatrixCase[] => englishShapeCases(COREF_SHAPES, 3000);
