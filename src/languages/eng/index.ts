/**
 * The English pack (ISO 639-3 `eng`): English lines and names quoted in the coverage (tweets,
 * bylines). Names are capitalised; nationality precedes the title ("Russian FM").
 */
import { ENGLISH_DATES } from '../../dates/find.ts';
import { ENGLISH_MONTHS } from '../../dates/format.ts';
import { toAscii } from '../../text/translit.ts';
import { snowballStemmer } from '../snowball.ts';
import { isoStopWords } from '../iso-stopwords.ts';
import type { LanguagePack } from '../types.ts';
import { AHEAD_SPANS, APPEALS, CANCELLED_AFTER, CONDITIONALS, CUES, FUTURE_MARKERS, NEGATIONS, PHONE, SENDING, SPEECH, UNREAL_BEFORE } from './contacts.ts';
import { ENGLISH_SHORT_FORMS, FUNCTION_WORDS, englishInitial, englishNameWord, englishParticle } from './names.ts';
import { CITIES, NATIONS } from './places.ts';
import { worldNations } from '../world-nations.ts';
import { ROLE_QUALIFIERS, TITLE_OWNERS, TITLES } from './titles.ts';
import { CONCEPTS } from './concepts.ts';
import { GROUPS, INSTITUTIONS } from './groups.ts';
import { HAPPENING_WORDS, HAPPENINGS, PURPOSES } from './happenings.ts';

const words = (s: string): string[] => s.split(' ');

export const english: LanguagePack = {
  code: 'eng',
  stem: snowballStemmer('english'),
  stopWords: isoStopWords('en'),
  toLatin: toAscii,
  nameWord: englishNameWord,
  nameParticle: englishParticle,
  initial: englishInitial,
  shortForms: ENGLISH_SHORT_FORMS,
  joinedArticles: ['al', 'el'],
  titles: TITLES,
  roleQualifiers: ROLE_QUALIFIERS,
  titleOwners: TITLE_OWNERS,
  nations: [...NATIONS, ...worldNations(NATIONS)],
  cities: CITIES,
  venue: { in: ['in', 'at'], capitalised: true, here: ['here'] },
  possessives: words('his her their its'),
  and: ['and'],
  determiners: ['the'],
  // "Pakistan's FM" is tokenised Pakistan | s: the s is the genitive.
  genitives: ['s'],
  countryAfterTitle: [['of', true], ['to', false], ['in', false], ['for', false], ['on', false]],
  portfolios: words(
    'Reconciliation Affairs Afghanistan Security Commerce Trade Defence Defense Peace Political Economic Humanitarian Human Rights Refugees Women Foreign National Internal Interior Finance Counterterrorism Terrorism Migration Development Relations Region Asia Middle East Reconstruction Transition Information Broadcasting Industry Industries Production Education Health Energy Justice Law Planning Communications Culture Tourism Overseas Equality International Cooperation Investment',
  ),
  appositionOpeners: words('the who is was also now'),
  institutionNouns: words(
    'News Agency Ministry Office Times Post Network Party Council Ship Airport Palace Company Bank Group Forces Army Embassy University Institute TV Radio Channel Press Tribune Daily Herald Journal Express Today Monitor Television Committee Commission Corporation Foundation Organisation Organization Authority Department Association Union Alliance Front Movement Airlines Airways',
  ),
  // A person after any of these is no subject ("is expected to call on Prime Minister Modi").
  prepositions: FUNCTION_WORDS.filter((w) => !['the', 'a', 'an', 'amid'].includes(w)),
  // Subject pronouns: the subject earlier in the sentence, else the previous sentence's (src/people/anaphora.ts).
  pronouns: words('he she'),
  patronymics: words('bin ibn bint'),
  coreference: {
    pairNouns: [
      ...['the two', 'both'].flatMap((both) => words('leaders men women ministers presidents officials diplomats envoys').map((noun) => `${both} ${noun}`)),
      'the two foreign ministers', 'the two heads of state', 'the pair', 'the duo',
    ],
    delegationNouns: ['the delegates', 'the delegation', 'the visiting delegation', 'the visiting delegates', 'the delegation members', 'the members of the delegation', 'the team'],
    delegationWords: words('delegation delegations delegates team'),
    delegationLeaders: ['led a', 'leads a', 'headed a', 'heads a', 'is leading a', 'was leading a'],
    delegationMembers: ['comprising', 'including', 'consisting of', 'composed of', 'made up of', 'led by', 'headed by', 'which included', 'that included'],
  },
  contacts: { cues: CUES, futureMarkers: FUTURE_MARKERS, aheadSpans: AHEAD_SPANS, clauseJoiners: ['and', 'but', 'while', 'then', 'ahead of', 'before', 'until', 'prior to'], phone: PHONE, recalledBy: words('meeting talks call conversation'), negations: NEGATIONS, speech: SPEECH, sending: SENDING, unrealBefore: UNREAL_BEFORE, conditionals: CONDITIONALS, cancelledAfter: CANCELLED_AFTER, appeals: APPEALS, objectAfterVerb: true },
  numberWords: words('Two Three Four Five Six Seven Eight Nine Ten Twenty Hundred Thousand'),
  dateWords: [...ENGLISH_MONTHS, ...words('Sunday Monday Tuesday Wednesday Thursday Friday Saturday Today Yesterday Tomorrow')],
  findDates: ENGLISH_DATES,
  dateLimits: { before: words('after since until till by before') },
  // "the approaching 31 August deadline", "the September 11 attacks", "the deadline of August 31".
  dateNames: { before: ['deadline of', 'anniversary of'], after: words('deadline deadlines anniversary attacks attack target cutoff cut-off withdrawal pullout elections election polls') },
  asideRelatives: ['who', 'which', 'whom', 'whose'],
  invitationGrounds: ['at the invitation of', 'on the invitation of', 'at the request of'],
  visitSpans: ['{n}-day', 'for {n} days', 'days-long'],
  continuationOpeners: ['also', 'meanwhile', 'in addition', 'besides'],
  scheduling: words('scheduled slated due planned set'),
  attending: ['to attend', 'to take part in', 'to participate in', 'to join', 'for'],
  concepts: CONCEPTS,
  groups: GROUPS,
  institutions: INSTITUTIONS,
  // "a day after X arrived": X was the day before the main happening (-1).
  daysApart: {
    phrases: [
      ...['a day', 'one day', 'the day'].flatMap((d) => [[`${d} after`, -1], [`${d} before`, 1]] as const),
      ...['two days', '2 days'].flatMap((d) => [[`${d} after`, -2], [`${d} before`, 2]] as const),
    ],
  },
  happenings: { rows: HAPPENINGS, purposes: PURPOSES, ...HAPPENING_WORDS },
};
