/**
 * What a language pack says about contacts between people: the words that state one, with their
 * kind and grammar (src/contacts/cues.ts reads them), and the words around them that deny, announce,
 * report or recall a contact. Part of the language pack (types.ts).
 */
import type { ContactKind, Word } from './types.ts';

export interface Cue {
  kind: ContactKind;
  /** The word itself announces the contact (Arabic سيلتقي "will meet"). */
  future?: boolean;
  /** A present-tense verb (Arabic يستقبل "receives"): with "today" or "tomorrow" it announces the contact. */
  present?: boolean;
  /** A verb that takes the person met as its direct object (التقى X Y, X met Y). */
  transitive?: boolean;
  /** A verb of receiving: the person met is the one it came from ("تلقى X اتصالا من Y", X got a call from Y). */
  received?: boolean;
  /** The person after the words invited the one the clause is about ("Y is visiting at the invitation of X"). */
  inviter?: boolean;
  /**
   * A noun of contact possessed by its subject, or standing for a purpose, that takes the person met
   * as its direct object (Arabic "خلال لقائه Y" during his meeting Y, "لدى استقباله Y" on receiving Y, "للقاء Y" to meet Y).
   */
  possessedObject?: boolean;
  /** A noun whose genitive is the person met ("X ने Y की मेजबानी की" hosted Y, "Y का स्वागत किया" welcomed Y). */
  genitiveObject?: boolean;
  /**
   * A word of joining that is a contact only at a meeting its clause names as the place joined
   * ("बैठक में शामिल हुए" attended the meeting; not "सरकार में शामिल हुए" joined the government).
   */
  atOccasion?: boolean;
}

export interface ContactWords {
  cues: ReadonlyArray<readonly [string, Cue]>;
  /** Words that turn talks into a phone call ("फोन", "phone"). */
  phone?: readonly string[];
  /** Words before a verb that announce it ("will", "سوف"). */
  futureMarkers?: readonly string[];
  /**
   * Spans of time after the day of writing ("next week", "الأسبوع المقبل", "अगले सप्ताह"): a
   * contact dated by one is announced, even when the span lies in the publication's own month.
   */
  aheadSpans?: readonly string[];
  /**
   * Words opening another clause or event after a contact told as done ("and", "ahead of", "और", "ثم"):
   * a time to come after one dates that, not the contact ("met Y and agreed to meet again next month").
   */
  clauseJoiners?: readonly string[];
  /**
   * The person a transitive contact verb reaches stands after it, its subject before it ("X met Y"):
   * the co-occurrence fallback reads such a verb only between a party before it and one after it
   * ("X held talks with the Taliban, while Y met officials" tells no X–Y contact).
   */
  objectAfterVerb?: boolean;
  /** Words that name the people met as a list ("أبرزهم", "including"), as "with" does. */
  listIntroducers?: readonly string[];
  /**
   * Nouns for a contact told just before, opening a sentence that names no one and gives its day
   * ("The meeting took place on Tuesday", "यह मुलाकात मंगलवार को हुई", "وجرى اللقاء يوم الثلاثاء").
   */
  recalledBy?: readonly string[];
  /**
   * Words standing for a subject the sentence does not name, before a contact word, besides the
   * pack's `pronouns` ("أنه عقد اجتماعات مع Y": "that he held meetings with Y"; src/contacts/subjectless.ts).
   */
  elidedSubject?: readonly string[];
  /**
   * Finite forms of the verb "to meet" that state a contact in a headline with the subject last
   * ("पुतिन से मिले मोदी"), also forms that are no contact word alone (मिला, मिली: "Y से मिली जानकारी").
   */
  headlineMet?: readonly string[];
  /**
   * Words that may stand before a contact noun as part of its phrase ("शिखर वार्ता", "द्विपक्षीय बैठक",
   * "यह पहली मुलाकात", "फोन वार्ता"), so the words before them frame the noun as they would frame it bare.
   */
  nounModifiers?: readonly string[];
  /** Nouns of a meeting or gathering that people attend together ("बैठक", "सम्मेलन"), for cues read only at one. */
  occasions?: readonly string[];
  /** Words that deny or cancel what their sentence tells ("not", "نفت" denied, "नहीं"): it states no contact. */
  negations?: readonly string[];
  /** Verbs of saying: a person next to one is the speaker, not a party to the contact told ("said", "أكد", "कहा"). */
  speech?: readonly string[];
  /**
   * Offices in a case that marks their holders as a verb's object, never its subject (Arabic oblique
   * dual "نائبي الرئيس X وY", the president's two deputies X and Y, after "التقى Z"): after a contact
   * verb, the people they name were met by someone else and did not meet each other.
   */
  objectOffices?: readonly string[];
  /** Verbs of sending someone ("sent", "أوفد", "भेजा"): before a contact word, the sender is no party to it. */
  sending?: readonly string[];
  /**
   * Words that, right before a contact word, make it a contact hoped for, offered, sought, refused
   * or ruled out rather than one held or arranged ("عن استعداده للقاء Y", "استبعد لقاء X مع Y").
   */
  unrealBefore?: readonly string[];
  /**
   * Words opening a conditional clause ("if", "unless"): a contact word after one in its clause is
   * supposed, not told as held (src/contacts/unreal-frames.ts).
   */
  conditionals?: readonly string[];
  /** Phrases right after a contact's parties (a date may stand between) that call it off ("was cancelled"). */
  cancelledAfter?: readonly string[];
  /**
   * Contact words that are an appeal when the person they reach is followed by one of `before` and
   * a verb that is no contact word ("called on Y to form a government"; "called on Y to discuss" stays a visit).
   */
  appeals?: { cues: readonly string[]; before: readonly string[] };
  /**
   * Whether the words right after a contact word announce it rather than report it, for languages
   * that mark the future after the verb (Hindi "मुलाकात करेंगे" will meet, "कर सकते हैं" may).
   */
  announcedAfter?: (words: readonly Word[]) => boolean;
}
