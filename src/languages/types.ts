/**
 * A language pack: everything the analysis knows about one language, as data and small hooks.
 * The grammar rules (src/grammar, src/people, src/contacts, src/events) are written once and read
 * the pack of the language a paragraph is detected to be in; a paragraph in a language without a
 * pack gets language-neutral handling (words, exact names, all-digit dates) and never another
 * language's pack. Phrases are written as in text; they are folded and tokenised when read.
 */
import type { DateFinder } from '../dates/find.ts';
import type { ContactWords, Cue } from './contact-words.ts';

export type { ContactWords, Cue } from './contact-words.ts';
import type { TitleWords } from './title-words.ts';
export type { Title, TitleWords } from './title-words.ts';

/** The kinds of contact between people a cue can state. */
export type ContactKind = 'meeting' | 'phone call' | 'talks' | 'invitation' | 'joint appearance';

/** Happenings other than person-to-person contacts; 'session' is a meeting of a body (a council, an organisation); 'attack' a bombing, an assault, an assassination. */
export type HappeningKind = 'capture' | 'attack' | 'invitation' | 'session' | 'travel' | 'warning' | 'announcement' | 'statement';

/**
 * Words of one happening kind, each form written out (space-separated; a phrase's words joined
 * with '_'). src/grammar/triggers.ts reads every pack's rows into its trigger table.
 */
export interface HappeningRow {
  kind: HappeningKind;
  verbs: string;
  nouns?: string;
  /** Nouns that report a happening only with a finite light verb after them ("मुलाकात की"). */
  light?: string;
  /** Future forms: the happening is announced, not reported. */
  planned?: string;
  /** Verbs of leaving a place (journeys only), done and announced: the place is where it started. */
  departures?: string;
  plannedDepartures?: string;
}

/** A word as the grammar sees it (the fields of a sentence token a pack hook may read). */
export interface Word {
  /** As written. */
  text: string;
  /** Folded (spelling variants, case). */
  fold: string;
  /** Matching forms, `fold` first, then without clitics. */
  forms: readonly string[];
}

/** Case a postposition gives the phrase before it (Hindi ने, से, को …). */
export type PhraseCase = 'ergative' | 'with' | 'dative' | 'genitive' | 'locative' | 'nominative';

export interface LanguagePack extends TitleWords {
  /** franc's ISO 639-3 code, as paragraphs carry it (src/languages/detect.ts detects it). */
  code: string;

  // Words
  /** The written form a stem is cut from (default: the spelling-folded word). */
  stemBase?(word: string): string;
  /** Stem of `stemBase(word)` (only endings may go: the caller refuses a stem that is not a prefix). */
  stem(base: string): string;
  /** Stop words, left out of the search index and queries. */
  stopWords: readonly string[];
  /** Forms of a folded word without the clitics glued to it (Arabic و, بـ …), `fold` first. */
  clitics?(fold: string): { forms: string[]; clitics: number[] };
  /** The word in plain lowercase Latin letters. */
  toLatin(word: string): string;

  // Names
  /** Whether a word can be part of a name; `prev` is the name's previous word. */
  nameWord(word: Word, prev: Word | undefined): boolean;
  /** A lowercase particle inside names ("bin", "al"): it never ends a name. */
  nameParticle?(word: Word): boolean;
  /** The Latin capital a one-letter initial stands for ("S.", "एस" → S). */
  initial?(word: Word): string | undefined;
  /**
   * The Latin capital a letter's spelled name stands for inside a name, where it is a middle
   * initial ("وليام جيه بيرنز": William J. Burns); elsewhere the word may be another (بي, سي).
   */
  spelledInitial?(word: Word): string | undefined;
  /**
   * Common name words (and two-word name units, space-separated) with the spelling English news
   * uses, keyed by folded word: محمد → Mohammed, بن → bin. Particles are written lowercase.
   */
  nameWordsLatin?: ReadonlyMap<string, string>;
  /**
   * Particles leading a family name written after a given name ("अल सऊद", "अल थानी"): a known
   * name followed by one of them and one more word keeps the two as its surname.
   */
  surnameParticles?: readonly string[];
  /** The words saying "son (daughter) of" inside a name (bin, بن, बिन): the word after one is the father's name. */
  patronymics?: readonly string[];
  /**
   * How the language writes Latin capitals read out one by one (CIA → सीआईए, سي آي إيه): each
   * letter's name, and whether the names are written as one word (Hindi) or apart (Arabic).
   */
  latinLetters?: { names: Readonly<Record<string, string>>; joined: boolean };
  /**
   * The English-press spellings of common name words of the language's own people where they write
   * more than its script does (Deepak for दीपक): a reading that allows one takes it (devanagari-spelling.ts).
   */
  pressNameWords?: readonly string[];
  /**
   * The definite article as a name writes it joined to the word it precedes (Albusaidi, अलबुसैदी,
   * العطية): a member types the name with it apart or without it (Busaidi, al-Attiyah).
   */
  joinedArticles?: readonly string[];
  /** Short forms of given names a member may type, with the formal names they stand for, by folded short form ("bill" → William). */
  shortForms?: ReadonlyMap<string, readonly string[]>;
  /** The forms a folded word would also take if it were a verb: one of them in the same text shows it is no name. */
  verbForms?(fold: string): string[];
  /** A folded word without the definite article it carries (الصراحة → صراحة), else undefined: a word a text writes so is a common noun there, not a name. */
  definite?(fold: string): string | undefined;

  /** Country names and nationality adjectives, by the English country name (see grammar/nations.ts). */
  nations: ReadonlyArray<readonly [country: string, names: readonly string[], adjectives: readonly string[]]>;
  /** Cities, by their English name. */
  cities: ReadonlyArray<readonly [city: string, spellings: readonly string[]]>;
  /**
   * How the language says where a contact took place (src/contacts/where.ts): `in` are its words for
   * "in"/"at", standing `after` the city (a postposition: "मॉस्को में"; the place then comes before
   * the verb) or before it ("في موسكو", "in Moscow"); `inClitic` a letter glued to the city for "in"
   * ("بموسكو"); `capitalised` when any capitalised name after "in" is a place; `where` a relative
   * word pointing back to the place named before it ("जहां"); `here` the word for the dateline's place.
   */
  venue?: { in: readonly string[]; after?: boolean; inClitic?: string; capitalised?: boolean; where?: readonly string[]; here?: readonly string[] };
  /** Possessives before a role ("अपने", "his"): someone's counterpart. */
  possessives: readonly string[];
  /** Words joining two phrases ("और", "and", "و"). */
  and: readonly string[];
  /** Articles that may stand between "and" and the next person ("and the Foreign Minister X"). */
  determiners?: readonly string[];
  /** Genitive words between a country and a role ("रूस के विदेश मंत्री", the "s" of "Pakistan's"). */
  genitives?: readonly string[];
  /**
   * Prepositions joining a country to a title written before it: true when the country is the
   * office's nationality ("Foreign Minister of Pakistan"), false when it is where the office serves
   * ("Ambassador to Tajikistan").
   */
  countryAfterTitle?: ReadonlyArray<readonly [string, boolean]>;
  /**
   * Words of the portfolios an office is "for" or "on", capitalised like names where the language
   * has capitals ("Special Representative for Afghan Reconciliation", "Adviser on Commerce"): with
   * a preposition of `countryAfterTitle` they are part of the title, not of the name after it.
   */
  portfolios?: readonly string[];
  /**
   * Nouns that end the names of bodies, media and things ("Sky News", "Naval Ship", "Foreign
   * Office"): a capitalised run ending in one is no person's name, whatever given name leads it.
   */
  institutionNouns?: readonly string[];
  /**
   * Words that may open a role set off after a name by a comma ("X, the Tajik President",
   * "X, who is the …"): a pack with them reads such appositions as Arabic's are read without them.
   */
  appositionOpeners?: readonly string[];

  // Sentence grammar
  /** Postpositions marking a phrase's case, particles that may stand before them, and pronouns. */
  cases?: {
    markers: Readonly<Record<string, PhraseCase>>;
    /** The marker + one of these words is a "with" (के साथ, के संग). */
    withAfterGenitive: readonly string[];
    /** "Y सहित …दल से": after these the group's case is the marker closing the phrase it is part of. */
    including: readonly string[];
    /**
     * "Y के नेतृत्व वाले तालिबान प्रतिनिधिमंडल से" (the delegation led by Y): after the genitive, a word
     * of `words` and, within a few words, a noun of `bodies` closed by a marker, the leader takes that
     * marker's case: meeting the delegation is meeting the one who leads it.
     */
    ledBy?: { words: readonly string[]; bodies: readonly string[] };
    particles: readonly string[];
    /** Pronouns carrying the ergative themselves (उन्होंने, इन्होंने, उसने). */
    ergativePronouns: readonly string[];
  };
  /** Pronouns standing for an earlier person (उन्होंने, वह). */
  pronouns?: readonly string[];
  /** Prepositions before a phrase that make it other than the subject ("with", "to"). */
  prepositions?: readonly string[];
  /** Words standing for people named earlier that the contact grammar resolves (src/contacts/antecedent.ts). */
  coreference?: {
    /**
     * Nouns for two people: those of the previous contact, or the two just named ("the two leaders",
     * "الرجلان", "दोनों नेताओं"). Not "the two sides" (الجانبان, दोनों पक्ष): sides are as often
     * countries and movements, and on the dev set they added only a wrong contact.
     */
    pairNouns?: readonly string[];
    /**
     * Words for "the two" that stand for two people only with a case marker of the pack right after
     * them ("दोनों ने", "दोनों के बीच", "दोनों की"); before a noun they are a determiner ("दोनों देशों").
     */
    pairWords?: readonly string[];
    /**
     * Pronouns that are never their clause's subject, with the case they carry (उनसे 'with', उनकी
     * 'genitive', उन्हें 'dative'): they stand for someone named just before, not for the subject.
     */
    objectPronouns?: Readonly<Record<string, PhraseCase>>;
    /**
     * Plural roles after a list of countries in the genitive ("कजाकिस्तान, ताजिकिस्तान और उजबेकिस्तान
     * के (अपने) समकक्षों / विदेश मंत्रियों"), with the office each must hold ('' for a counterpart,
     * whose office is the subject's): each country's one person of that office named in the article.
     */
    listedRoles?: Readonly<Record<string, string>>;
    /**
     * Words opening a clause that goes on from the main clause's one person ("X काबुल पहुंचे, जहां Y
     * ने उनका स्वागत किया"): an object pronoun after one stands for that person.
     */
    relatives?: readonly string[];
    /**
     * A delegation named again ("the delegates", "the delegation") stands for the people it was
     * told to be made of or led by: `delegationWords` name one, `delegationMembers` introduce its
     * people after it ("comprising", "led by"); see src/contacts/delegation-members.ts.
     */
    delegationNouns?: readonly string[];
    delegationWords?: readonly string[];
    delegationMembers?: readonly string[];
    /** Phrases after the person leading a delegation told right after them ("के नेतृत्व में", "led a"). */
    delegationLeaders?: readonly string[];
  };

  // Contacts
  contacts: ContactWords;

  // Dates
  /** Month, weekday and day words: they end a name ("प्रधानमंत्री सोमवार को"). */
  dateWords: readonly string[];
  /** Cardinal number words ("أربع دول", "चार देशों", "six countries"): never a name word, like digits. */
  numberWords?: readonly string[];
  /** The date finders for a paragraph in this language. */
  findDates: DateFinder;
  /**
   * Words that make a date a limit of time rather than when the clause's happening took place:
   * `before` stand just before the date ("after August 31", "بحلول 31 أغسطس"), `after` just after
   * it ("31 अगस्त के बाद", "15 अगस्त तक"). Such a date dates no happening nor contact (src/grammar/date-limits.ts).
   */
  dateLimits?: { before?: readonly string[]; after?: readonly string[] };
  /**
   * Words that make a date the name of a thing talked about rather than when its clause took place:
   * `before` just before it ("موعد 31 أغسطس" the 31 August deadline, "ذكرى"), `after` just after it
   * ("the 31 August deadline", "the September 11 attacks"). "X and Y discussed the 31 August
   * deadline" tells no contact on the 31st (src/grammar/date-limits.ts).
   */
  dateNames?: { before?: readonly string[]; after?: readonly string[] };
  /**
   * Phrases telling that a journey or visit is made at someone's invitation ("at the invitation
   * of", "के निमंत्रण पर", "تلبية لدعوة"): the sentence's day is the visit's, not the invitation's,
   * so an invitation read from such a sentence is undated (src/contacts/when.ts).
   */
  invitationGrounds?: readonly string[];
  /**
   * Phrases telling that a visit lasts several days ("two-day visit", "तीन दिवसीय यात्रा", "زيارة
   * تستغرق يومين"): a day told before such a phrase and before a contact is the visit's first, not
   * the contact's ("X arrives on Tuesday on a two-day visit and will meet Y"), which stays undated
   * (src/contacts/when.ts). `{n}` stands for any number: one of `numberWords` or digits.
   */
  visitSpans?: readonly string[];
  /**
   * Relative pronouns that open an aside set off by a comma ("X, who arrived on Monday, met Y",
   * "X، الذي وصل أمس، التقى Y", "X ने, जो सोमवार को पहुंचे थे, Y से …"): a day inside the aside dates
   * what the aside tells, not the main clause's contact (src/contacts/when.ts).
   */
  asideRelatives?: readonly string[];
  /**
   * Words opening a sentence that goes on with the news before it ("كما التقى X …", "X also met",
   * "इसके अलावा"): an undated contact there takes the day of the nearest sentence before that names
   * its subject and gives a day (src/contacts/when.ts).
   */
  continuationOpeners?: readonly string[];
  /**
   * Words after a meeting noun that schedule it for the day that follows ("session …, scheduled to
   * take place on December 19", "القمة المقررة في 20 أكتوبر"): that day is the meeting's, announced
   * (src/events/scheduled.ts). Not needed where the day stands before the noun (Hindi).
   */
  scheduling?: readonly string[];
  /**
   * Phrases saying a journey was made to attend a meeting ("arrived in Dushanbe to attend the
   * summit", "وصل إلى دوشنبه للمشاركة في القمة", "सम्मेलन में भाग लेने के लिए पहुंचे"): the meeting
   * noun they go with is the journey's purpose, no happening of its own (src/events/purpose.ts).
   * Words separated by spaces; in English and Arabic the phrase stands before the noun, in Hindi
   * right after it.
   */
  attending?: readonly string[];
  /**
   * An occasion the article told of before, named again with the article ("على هامش الاجتماع",
   * "قبل انطلاق القمة"): `relations` stand right before the noun, `nouns` are every form of the
   * occasion nouns. An undated contact there takes the day of the nearest sentence before that
   * names the occasion with a day (src/contacts/occasion.ts).
   */
  occasions?: { relations: readonly string[]; nouns: readonly string[] };
  /**
   * Words that make a sentence report a dated happening that is not a contact (a capture, a
   * journey, a meeting of a body, a statement): the rows by kind; the definite article also read
   * glued to each noun (Arabic ال); and the nouns naming what a journey or an invitation is for
   * ("बातचीत के लिए", "for talks").
   */
  /**
   * Words of the coverage that are translated, not transliterated (airport, talks, foreign
   * minister, Russia), by the concept's English label: /search looks a query's concept up in every
   * pack's spellings (src/languages/concepts.ts).
   */
  concepts?: ReadonlyArray<readonly [concept: string, spellings: readonly string[]]>;
  /**
   * Spellings of the groups and organisations that act in the news (src/events/actors.ts lists
   * them by English name: "Taliban", "UN Security Council"), keyed by that name.
   */
  groups?: ReadonlyArray<readonly [group: string, spellings: readonly string[]]>;
  /** Nouns naming a nation's institutions ("विदेश मंत्रालय" with "रूसी": the Russian foreign ministry), keyed by the English noun. */
  institutions?: ReadonlyArray<readonly [noun: string, spellings: readonly string[]]>;
  /**
   * Phrases telling a happening some days apart from its sentence's main one, with the days from
   * the main one to it ("a day after X arrived": -1, "قبل يوم على انطلاق القمة": +1); `follows`
   * when the phrase stands after the happening it moves ("शिखर सम्मेलन से एक दिन पहले"), with the
   * words that may stand between (`gap`: "शुरू होने"); else it stands before, in the same clause.
   */
  daysApart?: { phrases: ReadonlyArray<readonly [phrase: string, days: number]>; follows?: boolean; gap?: readonly string[] };
  happenings?: HappeningWords & {
    rows: readonly HappeningRow[];
    definiteArticle?: string;
    purposes?: ReadonlyArray<readonly [string, 'talks' | 'a meeting']>;
  };
}

/** Function words the happening grammar reads per language (src/events/). */
export interface HappeningWords {
  /** Words opening a reported clause ("कि", "that", "أن"): a day on the other side of one is not the reporting verb's. */
  complementizers?: readonly string[];
  /** Determiners before a meeting noun that name it as one already told of ("the", "इस"); Arabic writes ال on the noun instead. */
  definite?: readonly string[];
  /** Words in a sentence's opening that go on with the news before ("वहीं", "meanwhile", "كما"): its happening shares that day (src/events/dating.ts). */
  continuations?: readonly string[];
  /** Words telling of something before the news ("पहले", "previously", "سابقا"): such a sentence takes no day from the one before. */
  anterior?: readonly string[];
  /** Singular subject pronouns that open a sentence about the person named just before ("he", "उन्होंने"; src/events/pronoun-subject.ts). */
  subjectPronouns?: readonly string[];
  /** Connectives that may stand before such a pronoun ("Later, he …", "वहीं उन्होंने"). */
  connectives?: readonly string[];
  /**
   * Postpositions of time right after a happening noun that make it the setting of another verb
   * ("कब्जे के दौरान", src/events/during.ts): a day written after them, nearer that verb, is not the noun's.
   */
  duringAfter?: readonly string[];
  /**
   * "The country" as what a departure left ("left the country", "देश छोड़ दिया", "غادر البلاد";
   * src/events/left-country.ts): its `nouns`; where they stand: right `after` the verb (with one of
   * `owners` between: "fled his country"), right `before` it (with one of `between`: "देश छोड़कर भाग
   * गए"), or `within` a few words after it, past the subject of a verb-first language, which then
   * also names the leaver's country after the verb ("غادر الرئيس الأفغاني البلاد").
   */
  leftCountry?: { nouns: readonly string[]; at: 'after' | 'before' | 'within'; owners?: readonly string[]; between?: readonly string[] };
}
