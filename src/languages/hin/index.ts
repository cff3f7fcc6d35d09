/**
 * The Hindi pack (ISO 639-3 `hin`): Devanagari news Hindi. Roles are marked by postpositions after
 * the phrase (ने, से, को …), nationality precedes the title ("रूसी विदेश मंत्री"), and names have
 * no capitals, so a curated list of function words ends them.
 */
import { stemmer } from '@orama/stemmers/indian';
import { HINDI_DATES } from '../../dates/find.ts';
import { HINDI_DAY_WORD, HINDI_MONTH_SPELLINGS, HINDI_WEEKDAY_SPELLINGS } from '../../dates/lexicon-hin.ts';
import { devanagariToLatin } from '../../text/devanagariLatin.ts';
import { isoStopWords } from '../iso-stopwords.ts';
import type { LanguagePack } from '../types.ts';
import { announcedAfter, CUES, HEADLINE_MET, NEGATIONS, NOUN_MODIFIERS, OCCASIONS, PHONE, SENDING, SPEECH } from './contacts.ts';
import { HINDI_LATIN_LETTERS } from './letters.ts';
import { HINDI_PRESS_NAME_WORDS, hindiInitial, hindiNameWord } from './names.ts';
import { CITIES, NATIONS } from './places.ts';
import { ROLE_QUALIFIERS, TITLE_OWNERS, TITLES } from './titles.ts';
import { CONCEPTS } from './concepts.ts';
import { GROUPS, INSTITUTIONS } from './groups.ts';
import { HAPPENING_WORDS, HAPPENINGS, PURPOSES } from './happenings.ts';

const words = (s: string): string[] => s.split(' ');

export const hindi: LanguagePack = {
  code: 'hin',
  stem: stemmer,
  stopWords: isoStopWords('hi'),
  toLatin: devanagariToLatin,
  nameWord: hindiNameWord,
  initial: hindiInitial,
  latinLetters: HINDI_LATIN_LETTERS,
  pressNameWords: HINDI_PRESS_NAME_WORDS,
  joinedArticles: ['अल'],
  titles: TITLES,
  roleQualifiers: ROLE_QUALIFIERS,
  titleOwners: TITLE_OWNERS,
  nations: NATIONS,
  cities: CITIES,
  venue: { in: ['में'], after: true, where: ['जहां'], here: ['यहां'] },
  possessives: words('अपने अपनी अपना उनके उनकी उनका उसके उसकी'),
  // "व" is a short "and" of the press ("मोदी व पुतिन"); never a name word (names.ts).
  and: words('और तथा एवं व'),
  genitives: words('के की का'),
  cases: {
    // "Y संग" (with Y), a shorter "के संग" the press uses in headlines and running text alike.
    markers: { ने: 'ergative', द्वारा: 'ergative', से: 'with', संग: 'with', को: 'dative', के: 'genitive', की: 'genitive', का: 'genitive', में: 'locative', पर: 'locative' },
    withAfterGenitive: ['साथ', 'संग'],
    including: words('सहित समेत'),
    ledBy: { words: words('नेतृत्व अगुवाई'), bodies: words('प्रतिनिधिमंडल प्रतिनिधिमण्डल शिष्टमंडल शिष्टमण्डल मंडल मण्डल दल टीम डेलिगेशन') },
    particles: words('भी ही'),
    // इन्होंने ("these/this one did") and उसने (singular, plainer) stand for a person named before as उन्होंने does.
    ergativePronouns: words('उन्होंने इन्होंने उसने'),
  },
  pronouns: words('उन्होंने इन्होंने उसने वह वे'),
  // "फैसल बिन फरहान अल सऊद", "तमीम बिन हमद अल थानी": the Arabic article before a family name.
  surnameParticles: words('अल आल'),
  patronymics: words('बिन इब्न'),
  coreference: {
    // "दोनों देशों" (both countries) is no pair of people: only nouns for people follow दोनों here.
    pairNouns: ['दोनों नेताओं', 'दोनों नेता', 'दोनों राजनेताओं', 'दोनों मंत्रियों', 'दोनों मंत्री', 'दोनों विदेश मंत्रियों', 'दोनों राष्ट्राध्यक्षों'],
    pairWords: ['दोनों'],
    objectPronouns: {
      उनसे: 'with', उससे: 'with', इनसे: 'with',
      उन्हें: 'dative', उनको: 'dative', उसे: 'dative', उसको: 'dative',
      उनकी: 'genitive', उनका: 'genitive', उनके: 'genitive', उसकी: 'genitive', उसका: 'genitive', उसके: 'genitive',
    },
    relatives: ['जहां', 'जहाँ'],
    // "X के नेतृत्व में … प्रतिनिधिमंडल … पहुंचा। प्रतिनिधिमंडल ने Y से मुलाकात की": the delegation again is its leader.
    delegationNouns: ['प्रतिनिधिमंडल', 'प्रतिनिधिमण्डल', 'शिष्टमंडल', 'डेलिगेशन'],
    delegationWords: words('प्रतिनिधिमंडल प्रतिनिधिमण्डल शिष्टमंडल डेलिगेशन'),
    delegationMembers: ['का नेतृत्व', 'की अगुवाई', 'की अगुआई', 'जिसका नेतृत्व', 'जिसकी अगुवाई', 'जिसकी अगुआई'],
    delegationLeaders: ['के नेतृत्व में', 'के नेतृत्व वाले', 'के नेतृत्व वाला', 'की अगुवाई में', 'की अगुआई में', 'की अगुवाई वाले', 'की अध्यक्षता में'],
    listedRoles: {
      समकक्षों: '',
      'विदेश मंत्रियों': 'foreign minister',
      'विदेश मंत्री': 'foreign minister',
      'रक्षा मंत्रियों': 'defence minister',
      'राष्ट्रीय सुरक्षा सलाहकारों': 'national security adviser',
      'सुरक्षा सलाहकारों': 'national security adviser',
      राष्ट्रपतियों: 'president',
      प्रधानमंत्रियों: 'prime minister',
      'प्रधान मंत्रियों': 'prime minister',
      राजदूतों: 'ambassador',
      'विशेष दूतों': 'special envoy',
    },
  },
  contacts: { cues: CUES, phone: PHONE, aheadSpans: words('अगले_सप्ताह अगले_हफ्ते अगले_हफ़्ते अगले_महीने अगले_माह अगले_साल अगले_वर्ष आने_वाले_दिनों आने_वाले_सप्ताह आने_वाले_हफ्तों').map((w) => w.replaceAll('_', ' ')), clauseJoiners: words('और तथा लेकिन जबकि'), recalledBy: words('बैठक मुलाकात बातचीत वार्ता भेंट'), occasions: OCCASIONS, nounModifiers: NOUN_MODIFIERS, headlineMet: HEADLINE_MET, negations: NEGATIONS, speech: SPEECH, sending: SENDING, announcedAfter },
  numberWords: 'दो तीन चार पांच पाँच छह छः सात आठ नौ दस बीस सौ हजार हज़ार'.split(' '),
  dateWords: [...HINDI_MONTH_SPELLINGS.flat(), ...HINDI_WEEKDAY_SPELLINGS.flat(), ...HINDI_DAY_WORD.keys()],
  findDates: HINDI_DATES,
  // "31 अगस्त के बाद" after, "15 अगस्त से पहले" before, "31 अगस्त तक" until (not से: "सोमवार से" starts a visit too).
  dateLimits: { after: ['के बाद', 'के पहले', 'से पहले', 'तक'] },
  asideRelatives: ['जो', 'जिन्होंने', 'जिसने', 'जिनकी', 'जिनका', 'जिनके', 'जिसकी', 'जिसका', 'जिसके'],
  invitationGrounds: ['के निमंत्रण पर', 'के आमंत्रण पर', 'के न्योते पर', 'के न्यौते पर', 'के बुलावे पर'],
  visitSpans: ['{n} दिवसीय', '{n}-दिवसीय', '{n} दिन की', '{n} दिनों की', '{n} दिन के', '{n} दिनों के'],
  // "सम्मेलन में भाग लेने के लिए … पहुंचे", "बैठक के लिए रवाना हुए": after the meeting noun, before the journey verb.
  attending: ['के लिए', 'में भाग लेने', 'में हिस्सा लेने', 'में शामिल होने', 'में भाग लेंगे', 'में शिरकत करने'],
  // "उसी दिन", "इसी दिन" (that same day), "इस दौरान" (meanwhile, on that visit), "इस मौके पर / इस अवसर
  // पर" (on this occasion): the day of the news told before. Not "वहां" (there), which as often points
  // to a place with no day of its own ("वहां की सरकार").
  continuationOpeners: ['इसके अलावा', 'इसके साथ ही', 'साथ ही', 'वहीं', 'उसी दिन', 'इसी दिन', 'इस दौरान', 'इस मौके पर', 'इस अवसर पर'],
  concepts: CONCEPTS,
  groups: GROUPS,
  institutions: INSTITUTIONS,
  // "X से एक दिन पहले": X the day after (+1); "X के एक दिन बाद": X the day before (-1). Only the start
  // of what happened may stand between ("बैठक शुरू होने से एक दिन पहले").
  daysApart: {
    phrases: [['से एक दिन पहले', 1], ['के एक दिन बाद', -1], ['से दो दिन पहले', 2], ['के दो दिन बाद', -2], ['से एक दिन पूर्व', 1], ['से एक रोज पहले', 1]],
    follows: true,
    gap: words('शुरू होने आरंभ'),
  },
  happenings: { rows: HAPPENINGS, purposes: PURPOSES, ...HAPPENING_WORDS },
};
