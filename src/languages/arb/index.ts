/**
 * The Arabic pack (ISO 639-3 `arb`): Modern Standard Arabic news. Conjunctions and prepositions
 * are written joined to the next word (وعمران = و + عمران), nationality follows the title
 * ("الرئيس الروسي"), and names have no capitals, so a curated list of function words ends them.
 * Urdu and Persian share the script but not this grammar: they are detected apart and never get it.
 */
import { arabicDates } from '../../dates/find.ts';
import { ARABIC_DAY_WORD, ARABIC_MONTH_SPELLINGS, ARABIC_WEEKDAY_SPELLINGS } from '../../dates/lexicon-ar.ts';
import { stripArticle } from '../../text/arabicClitics.ts';
import { arabicStemBase } from './stem-base.ts';
import { arabicToLatin } from '../../text/arabicLatin.ts';
import { snowballStemmer } from '../snowball.ts';
import { isoStopWords } from '../iso-stopwords.ts';
import type { LanguagePack } from '../types.ts';
import { arabicForms } from './clitics.ts';
import { AHEAD_SPANS, CUES, FUTURE_MARKERS, LIST_INTRODUCERS, NEGATIONS, OBJECT_OFFICES, OCCASIONS, PHONE_WORDS, SENDING, SPEECH, UNREAL_BEFORE } from './contacts.ts';
import { NEWS_FUTURE_FORMS } from './verbs.ts';
import { arabicNameParticle, arabicNameWord, arabicSpelledInitial, arabicVerbForms } from './names.ts';
import { ARABIC_NAME_PARTICLES, ARABIC_NAME_WORDS, ARABIC_SPELLING_ONLY } from './name-words.ts';
import { foldTerm } from '../../text/normalize.ts';
import { ARABIC_LATIN_LETTERS } from './letters.ts';
import { CITIES, NATIONS } from './places.ts';
import { ROLE_QUALIFIERS, ALL_TITLES } from './titles.ts';
import { TITLE_BODIES, CONSTRUCT_OFFICES, STATE_ADJECTIVES, STATE_FORMS, STATE_OFFICES } from './title-bodies.ts';
import { CONCEPTS } from './concepts.ts';
import { GROUPS, INSTITUTIONS } from './groups.ts';
import { HAPPENING_WORDS, HAPPENINGS, PURPOSES } from './happenings.ts';

export const arabic: LanguagePack = {
  code: 'arb',
  stemBase: arabicStemBase,
  stem: snowballStemmer('arabic'),
  stopWords: isoStopWords('ar'),
  clitics: arabicForms,
  toLatin: (word) => arabicToLatin(word),
  nameWord: arabicNameWord,
  nameParticle: arabicNameParticle,
  spelledInitial: arabicSpelledInitial,
  joinedArticles: ['ال'],
  verbForms: arabicVerbForms,
  definite: (fold) => {
    const bare = stripArticle(fold);
    return bare === fold ? undefined : bare;
  },
  nameWordsLatin: new Map([...ARABIC_NAME_PARTICLES, ...ARABIC_NAME_WORDS, ...ARABIC_SPELLING_ONLY].map(([word, latin]) => [foldTerm(word), latin])),
  latinLetters: ARABIC_LATIN_LETTERS,
  titles: ALL_TITLES,
  roleQualifiers: ROLE_QUALIFIERS,
  titleBodies: TITLE_BODIES,
  constructOffices: CONSTRUCT_OFFICES,
  stateOffices: STATE_OFFICES,
  stateForms: STATE_FORMS,
  stateAdjectives: STATE_ADJECTIVES,
  titleSeats: ['في'],
  titleAffiliations: ['من'],
  modifiersAfterNoun: true,
  nations: NATIONS,
  cities: CITIES,
  venue: { in: ['في'], inClitic: 'ب' },
  possessives: [],
  and: ['و'],
  // Honorifics standing for the one they honour, as subject pronouns do (src/people/anaphora.ts):
  // "كما تلقى سموه اتصالا من Y" (His Highness), فخامته, معاليه, سعادته, دولته (His Excellency).
  patronymics: ['بن', 'ابن', 'بنت'],
  pronouns: ['سموه', 'سموها', 'فخامته', 'معاليه', 'معاليها', 'سعادته', 'سعادتها'],
  coreference: {
    // Duals only: a plural (المسؤولين "the officials") names no pair. بينهما "between the two of them";
    // الجانبان "the two sides" stands for people only when the sentences before name exactly two (antecedent.ts).
    pairNouns: ['الرجلان', 'الرجلين', 'الزعيمان', 'الزعيمين', 'الوزيران', 'الوزيرين', 'الرئيسان', 'الرئيسين', 'المسؤولان', 'القائدان', 'القائدين', 'الجانبان', 'الجانبين', 'الطرفان', 'الطرفين', 'بينهما'],
  },
  contacts: { cues: CUES, phone: PHONE_WORDS, futureMarkers: FUTURE_MARKERS, aheadSpans: AHEAD_SPANS, clauseJoiners: ['ثم'], listIntroducers: LIST_INTRODUCERS, recalledBy: ['اللقاء', 'الاجتماع', 'الاتصال', 'المحادثات', 'المباحثات'], elidedSubject: ['أنه', 'إنه', 'بأنه', 'وأنه', 'وإنه', 'انه', 'بانه', 'وانه'], negations: NEGATIONS, speech: SPEECH, sending: SENDING, unrealBefore: UNREAL_BEFORE, objectOffices: OBJECT_OFFICES },
  // Cardinals with their feminine and case forms ("تضم أربع دول", "وزراء خارجية ست دول").
  numberWords: 'اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية ثمان تسع تسعة عشر عشرة عشرين عشرون مئة مائة ألف آلاف'.split(' '),
  dateWords: [...ARABIC_MONTH_SPELLINGS.flat(), ...ARABIC_WEEKDAY_SPELLINGS.flat(), ...ARABIC_DAY_WORD.keys()],
  // A bare weekday after a future verb or marker of its clause is the coming one.
  // "بعد 31 أغسطس" after, "منذ 15 أغسطس" since, "حتى/بحلول 31 أغسطس" until/by, "قبل" before, with و/ف glued on.
  // "منذ العام 2005" (since the year 2005): the year word may follow.
  dateLimits: { before: ['بعد', 'منذ', 'حتى', 'بحلول', 'قبل', 'عقب'].flatMap((w) => [w, `و${w}`, `ف${w}`]).flatMap((w) => [w, `${w} العام`, `${w} عام`]) },
  // "ناقشا اقتراب موعد 31 أغسطس" (the approaching 31 August deadline), "ذكرى 11 سبتمبر", "هجمات 11 سبتمبر", "في موعد أقصاه".
  dateNames: { before: ['تاريخ', 'موعد', 'الموعد النهائي', 'مهلة', 'ذكرى', 'الذكرى', 'حلول', 'اقتراب', 'هجمات', 'أحداث', 'اتفاق', 'أقصاه'] },
  asideRelatives: ['الذي', 'التي', 'الذين', 'اللذان', 'اللذين', 'اللتان', 'اللتين', 'اللواتي', 'اللاتي'],
  invitationGrounds: ['بدعوة', 'وبدعوة', 'تلبية لدعوة', 'تلبية لدعوات', 'بناء على دعوة', 'بناءً على دعوة', 'استجابة لدعوة'],
  visitSpans: ['تستغرق يومين', 'تستمر يومين', 'لمدة يومين', 'على مدى يومين', 'على مدار يومين', 'تستغرق {n} أيام', 'تستمر {n} أيام', 'لمدة {n} أيام', 'على مدى {n} أيام', 'على مدار {n} أيام'],
  continuationOpeners: ['كما', 'وكذلك', 'كذلك'],
  // "المقرر عقدها في" scheduled to be held on, "المزمع" intended, "المرتقب"/"المنتظر" expected.
  scheduling: ['المقرر', 'المقررة', 'مقرر', 'مقررة', 'المزمع', 'المزمعة', 'المرتقب', 'المرتقبة', 'المنتظر', 'المنتظرة'],
  // "لحضور القمة" to attend, "للمشاركة في / بـ" to take part in, "لإجراء" to hold (the ل glued on).
  attending: ['لحضور', 'للمشاركة في', 'للمشاركة ب', 'للمشاركة', 'لإجراء', 'لعقد', 'للانضمام إلى'],
  occasions: OCCASIONS,
  findDates: arabicDates(new Set([...CUES.filter(([, c]) => c.future).map(([w]) => w), ...FUTURE_MARKERS, ...NEWS_FUTURE_FORMS].map(foldTerm))),
  concepts: CONCEPTS,
  groups: GROUPS,
  institutions: INSTITUTIONS,
  // "قبل يوم على/من انطلاق القمة": the summit the day after (+1); "بعد يوم من وصوله": the arrival the day before.
  daysApart: {
    phrases: ['على', 'من'].flatMap((p) => [[`قبل يوم ${p}`, 1], [`بعد يوم ${p}`, -1], [`قبل يومين ${p}`, 2], [`بعد يومين ${p}`, -2]] as const),
  },
  happenings: { rows: HAPPENINGS, definiteArticle: 'ال', purposes: PURPOSES, ...HAPPENING_WORDS },
};
