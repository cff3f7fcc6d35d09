/*
 * Invented English sentences in the shapes wire copy tells meetings, calls, talks, visits and
 * receptions in (subjects with long titles and appositions, clauses in between, fronted phrases,
 * passive and nominal forms, quotes, pronouns and "the two leaders", lists, headlines), and
 * near misses that name people beside contact words without telling a contact between them
 * (statements about a person, urging, cancelled or refused meetings, hypotheticals, reported
 * meetings of others). Read by test/contacts/english-shapes.test.ts, which holds the known gaps.
 * Every article is published on Wednesday 2021-09-01, so "on Monday" is 2021-08-30.
 */
import type { MatrixCase } from './cases.ts';
import { fillSlots, pairsOf, slotsOf } from './fill.ts';

const TITLES = [
  'Foreign Minister {N}', 'Russian President {N}', "Pakistan's Prime Minister {N}", 'US Secretary of State {N}',
  'National Security Adviser {N}', 'Taliban deputy leader Mullah {N}', 'Qatari Foreign Minister Sheikh {N}',
  'External Affairs Minister Dr. {N}', 'UN Special Envoy {N}', 'Uzbek Foreign Minister {N}', 'German Chancellor {N}',
  'Acting Afghan Foreign Minister {N}',
];
const NAT = ['Iranian', 'Russian', 'Chinese', 'German', 'Tajik', 'French', 'Turkish', 'Uzbek'];
const given = ['Anders', 'Farid', 'Kemal', 'Rustam', 'Oleg', 'Hamza', 'Piotr', 'Davron', 'Yusuf', 'Lorenz', 'Tariq', 'Marek', 'Sandor', 'Ilyas', 'Viktor', 'Nasir', 'Bahrom', 'Emil', 'Jawad', 'Ruben', 'Gustav', 'Shams', 'Levan', 'Arvid', 'Zafar', 'Ivo', 'Kamran', 'Teymur', 'Henrik', 'Aziz', 'Bogdan', 'Sardor', 'Felix', 'Najib', 'Radu', 'Ulugbek', 'Mattias', 'Haroon', 'Stellan', 'Dilshod', 'Amir', 'Lukas', 'Nodir', 'Einar', 'Wahid', 'Jonas', 'Paolo', 'Mirza', 'Gunnar', 'Otabek', 'Rasmus', 'Idris', 'Feliks', 'Anvar', 'Dmitri', 'Sabir', 'Ludvig', 'Khalil', 'Mauro'];
const family = ['Holmgren', 'Sadykov', 'Wardak', 'Pellegrini', 'Nazarov', 'Kessler', 'Aminzai', 'Volkov', 'Brennan', 'Qaderi', 'Sorensen', 'Mirzaev', 'Haidari', 'Lindgren', 'Toktogulov', 'Rahmani', 'Okonkwo', 'Abbasov', 'Fairbanks', 'Stanczyk', 'Jalali', 'Moreau', 'Tursunov', 'Karimov', 'Achterberg', 'Samadi', 'Pavlenko', 'Osmani', 'Delacroix'];
// Every sentence has names of its own: the matrix is one corpus, and a shared pair would corroborate a weak reading.
const nameAt = (i: number): string => `${given[i % given.length]}${i >= given.length * family.length ? ` ${given[Math.floor(i / (given.length * family.length)) % given.length]}` : ''} ${family[(i * 7 + Math.floor(i / given.length)) % family.length]}`;

/** `{A}`… a titled person, `{a}`… the bare name, `{n}` a nationality; pairs default to A–B, `[]` for a near miss. */
export interface Shape { name: string; t: string; pairs?: Array<[string, string]>; planned?: boolean; date?: string | null }
const MONDAY = '2021-08-30';
const NONE: Array<[string, string]> = [];

export const CONTACT_SHAPES: readonly Shape[] = [
  // verbs of contact, active
  { name: 'held talks with', t: '{A} held talks with {B} in Doha on Monday.' },
  { name: 'spoke by phone with', t: '{A} spoke by phone with {B} on Monday.' },
  { name: 'spoke with, by telephone after', t: '{A} spoke with {B} by telephone on Monday.' },
  { name: 'spoke over the phone to', t: '{A} spoke over the phone to {B} about the evacuation.' },
  { name: 'hosted', t: '{A} hosted {B} at the presidential palace on Monday.' },
  { name: 'received', t: '{A} received {B} in Kabul on Monday.' },
  { name: 'met with', t: '{A} met with {B} in Islamabad.' },
  { name: 'date before verb', t: '{A} on Monday met {B} in Tashkent.' },
  { name: 'date before held talks', t: '{A} on Monday held talks with {B}.' },
  { name: 'also met', t: '{A} also met {B} during the visit.' },
  { name: 'later met', t: '{A} later met {B} at the foreign ministry.' },
  { name: 'had a phone conversation with', t: '{A} had a phone conversation with {B} on Monday.' },
  { name: 'held a telephone conversation with', t: '{A} held a telephone conversation with {B} on Monday.' },
  { name: 'received a phone call from', t: '{A} received a phone call from {B} on Monday.' },
  { name: 'called, to discuss', t: '{A} called {B} on Monday to discuss the evacuation of foreign nationals.' },
  { name: 'paid a courtesy call on', t: '{A} paid a courtesy call on {B} in Dushanbe.' },
  { name: 'called on, at his office', t: '{A} called on {B} at his office in Islamabad.' },
  { name: 'held a meeting with', t: '{A} held a meeting with {B} in Moscow.' },
  { name: 'had a meeting with', t: '{A} had a meeting with {B} at the Kremlin.' },
  { name: 'held bilateral talks', t: '{A} held bilateral talks with {B} on Monday.' },
  { name: 'held a virtual meeting', t: '{A} held a virtual meeting with {B} on Monday.' },
  { name: 'held a video conference', t: '{A} held a video conference with {B}.' },
  { name: 'welcomed to', t: '{A} welcomed {B} to the Kremlin on Monday.' },
  { name: 'greeted at the airport', t: '{A} greeted {B} at the airport.' },
  { name: 'discussed topic with', t: '{A} discussed the Afghan crisis with {B} in a phone call.' },
  { name: 'exchanged views with', t: '{A} exchanged views with {B} on regional issues.' },
  { name: 'briefed', t: '{A} briefed {B} on the situation in Kabul.' },
  { name: 'dialled', t: '{A} dialled {B} on Monday.' },
  { name: 'met counterpart', t: '{A} met his {n} counterpart {b} on Monday.' },
  { name: 'spoke to counterpart', t: '{A} spoke to his {n} counterpart, {b}, on Monday.' },
  { name: 'told in a phone call', t: '{A} told {B} in a phone call on Monday that Russia was ready to help.' },
  { name: 'visited at his residence', t: '{A} visited {B} at his residence in Kabul.' },
  { name: 'met, and discussed', t: '{A} met {B} and discussed bilateral ties.' },
  { name: 'spoke on the phone with', t: '{A} spoke on the phone with {B} on Monday.' },
  { name: 'telephoned', t: '{A} telephoned {B} on Monday.' },
  { name: 'talked to', t: '{A} talked to {B} about the border on Monday.' },
  { name: 'hosted a dinner for', t: '{A} hosted a dinner for {B} in Ankara.' },
  { name: 'held a joint press conference with', t: '{A} held a joint press conference with {B} in Tashkent.', date: null },
  { name: 'met a delegation headed by', t: '{A} met a delegation headed by {B} in Kabul.' },
  { name: 'held a meeting with two', t: '{A} held a meeting with {B} and {C} in Doha.', pairs: [['A', 'B'], ['A', 'C']] },
  // passive
  { name: 'passive: received at the airport by', t: '{B} was received at the airport by {A}.' },
  { name: 'passive: was greeted by', t: '{B} was greeted by {A} on arrival in Dushanbe.' },
  { name: 'passive: was received by', t: '{B} was received by {A} at the airport.' },
  { name: 'passive: was met by', t: '{B} was met by {A} on arrival.' },
  { name: 'passive: was hosted by', t: '{B} was hosted by {A} at a state dinner.' },
  { name: 'passive: was welcomed by', t: '{B} was welcomed by {A} in Ankara.' },
  { name: 'passive: was called by', t: '{B} was called by {A} on Monday.' },
  // nominal
  { name: 'nominal: in a call with, fronted', t: 'In a call with {B} on Monday, {A} stressed the need for an inclusive government.' },
  { name: 'nominal: during his meeting with, fronted', t: 'During his meeting with {B}, {A} raised the issue of refugees.' },
  { name: 'nominal: in his talks with, fronted', t: 'In his talks with {B}, {A} called for a ceasefire.' },
  { name: 'nominal: subject, in a phone call with, verb', t: '{A}, in a phone call with {B}, urged restraint.' },
  { name: 'nominal: meeting between lasted', t: 'The meeting between {A} and {B} lasted two hours.' },
  { name: 'nominal: talks between ended', t: 'Talks between {A} and {B} ended on Monday.' },
  { name: 'nominal: phone call between', t: 'A phone call between {A} and {B} took place on Monday.' },
  { name: 'nominal: their meeting', t: '{A} thanked {B} during their meeting on Monday.' },
  { name: 'nominal: after meeting, fronted', t: 'After meeting {B}, {A} told reporters that the talks had been useful.' },
  { name: 'nominal: speaking after his meeting', t: 'Speaking after his meeting with {B}, {A} said relations were strong.' },
  { name: 'nominal: said after talks with', t: '{A} said after talks with {B} that the border would stay open.' },
  { name: 'nominal: on the sidelines, fronted', t: 'On the sidelines of the summit, {A} met {B}.' },
  { name: 'nominal: subject, in a meeting with, said', t: '{A}, in a meeting with {B} on Monday, said the border would reopen.' },
  { name: 'nominal: said at a meeting with', t: '{A} said at a meeting with {B} that aid would continue.' },
  { name: 'nominal: said after holding talks with', t: '{A} said after holding talks with {B} that aid would continue.' },
  { name: "nominal: X's meeting with Y focused", t: "{A}'s meeting with {B} focused on trade." },
  { name: "nominal: X's talks with Y were", t: "{A}'s talks with {B} in Doha were productive." },
  // reciprocal
  { name: 'reciprocal: talked by phone', t: '{A} and {B} talked by phone on Monday.' },
  { name: 'reciprocal: held a meeting', t: '{A} and {B} held a meeting in Doha.' },
  { name: 'reciprocal: co-chaired', t: '{A} and {B} co-chaired the meeting in Tashkent.' },
  { name: 'reciprocal: counterpart discussed', t: '{A} and his {n} counterpart {b} discussed the border on Monday.' },
  { name: 'reciprocal: met on the sidelines', t: '{A} and {B} met on the sidelines of the SCO summit in Dushanbe.' },
  { name: 'reciprocal: discussed', t: '{A} and {B} discussed the refugee question on Monday.' },
  { name: 'reciprocal: spoke by phone', t: '{A} and {B} spoke by phone on Monday.' },
  { name: 'reciprocal: held a telephone conversation', t: '{A} and {B} held a telephone conversation on Monday.' },
  { name: 'reciprocal: who met on Monday', t: '{A} and {B}, who met on Monday, agreed to reopen the border.' },
  { name: 'reciprocal: counterpart held talks', t: '{A} and his {n} counterpart {b} held talks in Tehran.' },
  { name: 'reciprocal: exchanged views', t: '{A} and {B} exchanged views on the peace process.' },
  // on the sidelines and settings
  { name: 'met on the sidelines of', t: '{A} met {B} on the sidelines of the SCO summit in Dushanbe.' },
  { name: 'during his visit met', t: 'During his visit to Kabul, {A} met {B}.' },
  { name: 'arrived and met', t: '{A} arrived in Kabul on Monday and met {B}.' },
  { name: 'arrived where he met', t: '{A} arrived in Doha on Monday, where he met {B}.' },
  // appositions and long titles
  { name: 'subject relative aside', t: '{A}, who is on a two-day visit to India, met {B} on Monday.' },
  { name: 'subject long apposition', t: '{a}, the foreign minister of the interim government of Afghanistan, met {B} in Doha.' },
  { name: 'object long apposition', t: '{B} spoke first. {A} met {b}, the head of the Taliban political office in Doha, on Monday.' },
  { name: 'object relative aside', t: '{A} received {B}, who is on an official visit to Qatar, at the Amiri Diwan.' },
  { name: 'subject former title', t: 'Former {n} President {a} met {B} in Istanbul.' },
  { name: 'object office of the nation', t: '{A} met the Prime Minister of Pakistan, {b}, on Monday.' },
  { name: 'object lowercase office of the host country', t: '{B} spoke first. {A} met with the interior minister of the host nation {b}.', date: null },
  { name: 'object lowercase descriptor before name', t: '{B} spoke first. {A} met with UK senior civil servant {b} in Doha.', date: null },
  { name: 'object office of nation, comma', t: '{A} held a meeting with the Defence Minister of Tajikistan, {b}, in Kabul.' },
  { name: 'subject lowercase office, comma', t: 'The interim trade minister of Kyrgyzstan, {a}, held talks with {B}.' },
  { name: 'subject possessive apposition', t: "{a}, the President's envoy for the peace process in the region, met with {B}." },
  { name: 'subject visit, and met', t: '{A} is on a three-day trip to Iran and met with {B}.' },
  { name: 'objects: members including', t: '{A} met with senior members of the Taliban, including {b} and {c}.', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'objects: separately, lowercase offices', t: '{A} met separately with the deputy chief of the cabinet, Mullah {b}, and the interim finance minister, {c}.', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'caption: (left) meets with', t: '{A} (left) meets with {B} in Kabul.' },
  { name: 'adjective before noun: detailed conversation', t: '{A} had a detailed conversation with {B}.' },
  { name: 'adjective before noun: protocol meeting', t: '{A} held a protocol meeting with {B}.' },
  { name: 'bare weekday after object', t: '{A} spoke to {B} Thursday about the evacuation.', date: '2021-08-26' },
  { name: 'bare weekday after verb', t: '{A} met Thursday with {B} in Washington.', date: '2021-08-26' },
  // quotes and speech
  { name: 'quote then said after meeting', t: '"We went over the state of the region," {A} said after meeting {B}.' },
  { name: 'said he had spoken to', t: '{A} said he had spoken to {B} on Monday.' },
  { name: 'said on day that he had met', t: '{A} said on Tuesday that he had met {B} in Doha.' },
  { name: 'spokesman said met', t: 'A ministry spokesman said {A} met {B} on Monday.' },
  { name: 'tweet: good meeting with', t: '{A} tweeted: "Good meeting with {B} today."', date: '2021-09-01' },
  // lists
  { name: 'met two', t: '{A} met {B} and {C} on Monday.', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'met separately with', t: '{A} met separately with {B} and {C}.', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'held separate meetings with', t: '{A} held separate meetings with {B} and {C}.', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'met three', t: '{A} met {B}, {C} and {D} in Doha.', pairs: [['A', 'B'], ['A', 'C'], ['A', 'D']] },
  // two sentences
  { name: 'pronoun subject next sentence', t: '{A} arrived in Kabul on Monday. He met {B} at the presidential palace.', date: null },
  { name: 'the two leaders, next sentence', t: '{A} met {B} on Monday. The two leaders discussed trade and security.' },
  { name: 'pronoun: he also held talks', t: '{A} is visiting Doha. He also held talks with {B}.' },
  // companions
  { name: 'companion aside: accompanied by', t: '{A}, accompanied by {C}, met {B} in Kabul.', pairs: [['A', 'B'], ['C', 'B']] },
  { name: 'companion aside: along with', t: '{A}, along with {C}, held talks with {B} on Monday.', pairs: [['A', 'B'], ['C', 'B']] },
  { name: 'companion next sentence: he was accompanied by', t: '{A} met {B} in Kabul. He was accompanied by {C}.', pairs: [['A', 'B'], ['C', 'B']] },
  { name: 'companion next sentence: two companions', t: '{A} held talks with {B} in Doha. {a} was accompanied by {C} and {D}.', pairs: [['A', 'B'], ['C', 'B'], ['D', 'B']] },
  // delegations
  { name: 'received a delegation led by', t: '{A} received a Taliban delegation led by {B} in Moscow.' },
  { name: 'delegation led by met', t: 'A Taliban delegation led by {A} met {B} in Moscow.' },
  // headlines
  { name: 'headline: meets, discusses', t: '{A} meets {B}, discusses Afghan situation' },
  { name: 'headline: comma pair discuss', t: '{A}, {B} discuss Afghanistan' },
  { name: 'headline: holds talks with', t: '{A} holds talks with {B}' },
  { name: 'headline: speaks to on phone', t: '{A} speaks to {B} on phone' },
  { name: 'headline: dials', t: '{A} dials {B}, discusses Kabul' },
  // planned
  { name: 'planned: will meet', t: '{A} will meet {B} in Doha next week.', planned: true },
  { name: 'planned: is expected to hold talks', t: '{A} is expected to hold talks with {B} during the visit.', planned: true },
  { name: 'planned: headline to meet', t: '{A} to meet {B} in Moscow', planned: true },
  { name: 'planned: may meet', t: '{A} may meet {B} in Doha.', planned: true },
  { name: 'planned: could meet', t: '{A} could meet {B} during the summit.', planned: true },
  { name: 'planned: is set to hold talks', t: '{A} is set to hold talks with {B} in Moscow.', planned: true },
  { name: 'planned: ahead of his meeting', t: 'Ahead of his meeting with {B}, {A} said he hoped for progress.', planned: true },
];

export const NEAR_MISS_SHAPES: readonly Shape[] = [
  { name: 'miss: said should', t: '{A} said {B} should step down.', pairs: NONE },
  { name: 'miss: criticised', t: '{A} criticised {B} for his remarks on Monday.', pairs: NONE },
  { name: 'miss: urged', t: '{A} urged {B} to release the prisoners.', pairs: NONE },
  { name: 'miss: called on to', t: '{A} called on {B} to form an inclusive government.', pairs: NONE },
  { name: 'miss: called for release', t: "{A} called for {B}'s release.", pairs: NONE },
  { name: 'miss: accused', t: '{A} accused {B} of lying about the deal.', pairs: NONE },
  { name: 'miss: meeting was cancelled', t: "{A}'s meeting with {B} was cancelled.", pairs: NONE },
  { name: 'miss: will not meet', t: '{A} will not meet {B} during the trip.', pairs: NONE },
  { name: 'miss: declined to meet', t: '{A} declined to meet {B} in Doha.', pairs: NONE },
  { name: 'miss: denied meeting', t: '{A} denied meeting {B} in Dubai.', pairs: NONE },
  { name: 'miss: no plans to meet', t: '{A} said he had no plans to meet {B}.', pairs: NONE },
  { name: 'miss: did not speak', t: '{A} did not speak with {B} on Monday.', pairs: NONE },
  { name: 'miss: hypothetical if', t: 'If {A} meets {B}, the talks could resume.', pairs: NONE },
  { name: 'miss: reported speech about others', t: '{C} told reporters that {A} had met {B} in Doha.', pairs: [['A', 'B']] },
  { name: 'miss: meeting of others, then a third', t: '{A} met {B} on Monday, a day after {C} visited Kabul.', pairs: [['A', 'B']] },
  { name: 'miss: while another met', t: '{A} held talks with the Taliban, while {B} met Pakistani officials.', pairs: NONE },
  { name: 'miss: spoke to reporters after arrival', t: "{A} spoke to reporters after {B}'s arrival.", pairs: NONE },
  { name: 'miss: spoke about', t: '{A} spoke about {B} at a news conference.', pairs: NONE },
  { name: 'miss: talked about', t: '{A} talked about {B} in an interview.', pairs: NONE },
  { name: 'miss: succeeded', t: '{A} succeeded {B} as prime minister.', pairs: NONE },
  { name: 'miss: met the father of', t: "{A} met {B}'s father in Kabul.", pairs: NONE },
  { name: 'miss: warned', t: '{A} warned {B} against any attack.', pairs: NONE },
  { name: 'miss: asked about', t: 'Asked about {B}, {A} said he had no comment.', pairs: NONE },
  { name: 'miss: discussed proposal with cabinet', t: "{A} discussed {B}'s proposal with the cabinet.", pairs: NONE },
  { name: 'miss: both condemned', t: '{A} and {B} both condemned the attack.', pairs: NONE },
  { name: 'miss: called remarks', t: "{A} called {B}'s remarks irresponsible.", pairs: NONE },
  { name: 'miss: hosted by another, said', t: '{A} said {B} should attend the meeting.', pairs: NONE },
  { name: 'miss: refused to talk', t: '{A} has refused to talk to {B}.', pairs: NONE },
  { name: 'miss: sought a meeting', t: '{A} has sought a meeting with {B}.', pairs: NONE },
  { name: 'miss: visited places', t: '{A} visited Kabul and {B} visited Doha.', pairs: NONE },
  { name: "miss: visited the hometown of", t: "{A} visited {B}'s hometown on Monday.", pairs: NONE },
  { name: 'miss: said would not meet', t: '{A} said he would not meet {B}.', pairs: NONE },
  { name: 'miss: called a name', t: '{A} called {B} a traitor.', pairs: NONE },
  { name: 'miss: discussed the case of', t: '{A} discussed the case of {B} with reporters.', pairs: NONE },
  { name: 'miss: spoke highly of', t: '{A} spoke highly of {B} on Monday.', pairs: NONE },
  { name: 'miss: welcomed talks between others', t: '{A} welcomed the talks between {B} and {C}.', pairs: [['B', 'C']] },
  { name: "miss: met the deputy of", t: "{A} met {B}'s deputy in Doha.", pairs: NONE },
  { name: 'miss: condemned the killing of', t: '{A} condemned the killing of {B}.', pairs: NONE },
  { name: 'miss: is not expected to meet', t: '{A} is not expected to meet {B} during the visit.', pairs: NONE },
  { name: 'miss: talks postponed', t: 'Talks between {A} and {B} have been postponed.', pairs: NONE },
  { name: 'miss: accompanied on a trip', t: '{A} was accompanied by {B} on the trip to Kabul.', pairs: NONE },
  { name: 'miss: meeting called off', t: "{A}'s planned meeting with {B} was called off.", pairs: NONE },
];

/**
 * Four rounds of every shape, each sentence with names of its own and the titles turning.
 * @example englishShapeCases(CONTACT_SHAPES).length // 4 × the shapes
 */
export function englishShapeCases(shapes: readonly Shape[], start = 0): MatrixCase[] {
  let k = start;
  const fill = (f: Shape): MatrixCase => {
    const named = new Map(slotsOf(f.t).map((s) => [s, nameAt(k++)]));
    const ti = k % TITLES.length;
    const template = f.t.replace('{n}', NAT[k % NAT.length]!);
    const text = fillSlots(template, named, (j) => TITLES[(ti + j * 5) % TITLES.length]!);
    const pairs = pairsOf(f.pairs ?? [['A', 'B']], named);
    // A date the sentence says by its weekday is checked; one it gives otherwise is stated in the shape.
    const date = f.date === null ? undefined : f.date ?? (!f.planned && f.t.includes('on Monday') ? MONDAY : undefined);
    return { lang: 'eng', frame: f.name, verb: '', title: '', text, people: [...named.values()], pairs, planned: f.planned === true, ...(date ? { date } : {}) };
  };
  const cases: MatrixCase[] = [];
  for (let r = 0; r < 4; r++) for (const f of shapes) cases.push(fill(f));
  return cases;
}
