/**
 * What a language pack says about roles: the titles and offices that introduce a name, and the
 * words around them that belong to the title rather than to the name (src/grammar/titles.ts and
 * src/people/title*.ts read them). Part of `LanguagePack`.
 */

export interface Title {
  /** The role in English; absent for honorifics (Dr., श्री, الشيخ) that say nothing of a role. */
  role?: string;
  /**
   * `relational` roles ("समकक्ष", "نظيره", counterpart) name someone only relative to another
   * person; `weak` ones (सहयोगी "colleague", नेता "leader") are everyday nouns too, so they
   * introduce a name only after a nationality or a possessive.
   */
  relational?: boolean;
  weak?: boolean;
  /**
   * A dual office two people hold ("وزيري الخارجية الصيني والروسي", the Chinese and Russian foreign
   * ministers): a second nationality joined by "and" after it names the second holder.
   */
  shared?: boolean;
  /**
   * An office in construct that heads a place: a province or city right after it is its body, as
   * a body noun is for other construct offices ("والي هرات X", governor of Herat).
   */
  ofPlace?: boolean;
}

export interface TitleWords {
  /** Titles and offices that introduce a name ("विदेश मंत्री X", "الرئيس X", "Dr. X"). */
  titles: ReadonlyArray<readonly [string, Title]>;
  /** Words qualifying a role: the English qualifier kept in the role, '' when it adds nothing. */
  roleQualifiers: ReadonlyArray<readonly [string, string]>;
  /**
   * Movements and bodies whose name, written before an office, says whose office it is ("Taliban
   * leader X", "तालिबान नेता X", "NATO Secretary General X"), with their English name for the role.
   * Like a nationality they let a weak title ("leader", "नेता") introduce a full name.
   */
  titleOwners?: ReadonlyArray<readonly [string, string]>;
  /**
   * Nouns of the bodies an office is "of" or "for", written after the title with لـ/بـ and then
   * the body's definite words or a country ("الأمين العام لمنظمة التعاون الإسلامي X", "مبعوث إيران
   * الخاص بشؤون أفغانستان X"): the complement is part of the title, not the start of the name.
   */
  titleBodies?: readonly string[];
  /**
   * Nouns that are an office only with the body or portfolio they belong to written right after
   * them in construct ("عضو فريق التفاوض", "مسؤول الشؤون الخارجية والأمن"): alone they head any noun.
   */
  constructOffices?: ReadonlyArray<readonly [string, Title]>;
  /**
   * Heads of a state named by the state in construct ("رئيس باكستان", "ملك الأردن"), with the
   * office they denote; alone they are no title (رئيس heads any noun, أمير is a given name).
   */
  stateOffices?: ReadonlyArray<readonly [string, Title]>;
  /** Words naming a state's form before its country ("جمهورية طاجيكستان", "المملكة العربية السعودية"). */
  stateForms?: readonly string[];
  /** Adjectives of a state's official name around its country ("… أفغانستان الإسلامية", "المملكة العربية …"). */
  stateAdjectives?: readonly string[];
  /** Prepositions placing an office in a body or city named after it ("… في الاتحاد الأوروبي", "… في الدوحة"): part of the title. */
  titleSeats?: readonly string[];
  /** Prepositions naming whom an office belongs to ("عضو فريق التفاوض من طالبان"): after an office set off after a name they close it as a comma would. */
  titleAffiliations?: readonly string[];
  /** Nationality and qualifiers follow the noun ("الرئيس الروسي") rather than precede it ("रूसी राष्ट्रपति"). */
  modifiersAfterNoun?: boolean;
}
