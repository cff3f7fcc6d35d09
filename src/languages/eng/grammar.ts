/**
 * English words the contact grammar (src/contacts/english*.ts) reads sentences by: what may stand
 * between a contact word and the person met, what opens another clause, what announces a contact
 * or sets it as the scene of other news. Data only: the readers build their sets from these lists.
 */

const words = (s: string): string[] => s.split(' ');

/**
 * Words allowed between the verb and the person met: "spoke by phone with", "met with his", "the
 * conversation between", a list's head ("spoke with counterparts including", "met several leaders,
 * including"), and the small words of an organisation's name before a title ("the High Council for
 * National Reconciliation Chairman").
 */
export const LINKING = words(
  'with to by on the a an and phone telephone over his her their virtually between including among of for counterparts leaders officials ministers several many various other senior top',
);

/** Words after a talks word that make the person after them its topic ("spoke of Y", "talked about Y"). */
export const ABOUT = words('of about');

/** Participles of contact opening a clause after a comma ("…, meeting Y", "…, holding talks with Y"). */
export const CONTACT_PARTICIPLES = words('meeting holding speaking talking');
/** Of those, the one that is a contact word by itself after a comma ("X reached out to Afghan leaders, meeting Y"). */
export const MEETING_PARTICIPLE = 'meeting';

/** Subject pronouns right after a verb of saying, standing for its speaker ("X said he met Y"). */
export const SPEAKER_PRONOUNS = words('he she');
/** First-person pronouns inside a quotation, standing for its speaker ("“We had talks with Y,” X said"). */
export const FIRST_PERSON = words('we i');
/** Relative pronouns opening an aside about the person before them ("X, who met Y on Monday, said"). */
export const RELATIVES = words('who which');

/** Prepositions opening a phrase put before the subject ("In a phone call with Y, X said"). */
export const FRONTING = words('in during after at following before ahead while on');
/** Participles of speaking that may open that phrase ("Speaking after his meeting with Y, X said"). */
export const FRONT_PARTICIPLES = words('speaking talking commenting writing addressing');

/** Words adding a person to those met after an apposition ("Y, the deputy minister, along with Z"). */
export const LIST_JOINERS: ReadonlyArray<readonly string[]> = [['along', 'with'], ['together', 'with'], ['as', 'well', 'as']];
/** Articles: they may open an apposition between listed people ("Y, the head of the council, and Z"). */
export const ARTICLES = words('the a an');
/** Words that make the stretch between two people a clause, not an apposition. */
export const FINITE = words('is was are were has have had will would did does do');
/** Small words of an office's name in capitals ("and Chairman of the Council for Peace and Unity, Z"). */
export const OFFICE_OF = words('of the for on and');

/** Adjectives announcing a contact noun ("his upcoming meeting with"). */
export const ANNOUNCING_ADJECTIVES = words('upcoming forthcoming planned proposed scheduled expected coming next');
/** Words opening a purpose after a verb of going: "to meet", "for talks with". */
export const PURPOSE = words('to for');
/** Words before "to" that make "to <verb>" an announcement ("is expected to meet"); "Good to catch up" is not one. */
export const FUTURE_BEFORE_TO = words(
  'is are was were set expected plans plan planned planning scheduled slated going due likely poised intends intend intended hopes hope hoped wants want aims aim',
);
/** Negations before an announcing word that deny the announcement ("has no plans to meet", "is not expected to meet"). */
export const NEGATING = words('no not t never');
/** Light verbs stating a contact noun ("hold a meeting with", "have a phone call with"), whose tense is the contact's. */
export const LIGHT_VERBS = words('hold have make pay conduct');
/** Determiners and possessives before a noun. */
export const DETERMINERS = words('a an the his her their its');

/** Words opening a participle whose subject is its clause's ("after meeting Y"); the pack's cues start with them. */
export const PARTICIPLE_OPENERS = words('after before while when since upon');
/** Openers of a contact noun owned by the clause's subject ("X said after his meeting with Y"), besides the participle openers. */
export const OWNED_NOUN_OPENERS = words('during following in at');
/** Possessives owning a contact noun. */
export const OWNING = words('his her their');

/** Words making a contact the setting of what its clause tells ("said after meeting Y", "during talks with Y"). */
export const SETTING = words('after during in at following upon while when');
/** Verbs of receiving a guest ("was received by Y"). */
export const RECEPTIONS = words('received welcomed greeted');
/** Auxiliaries of the passive. */
export const PASSIVE = words('was were is are been being');
/** Verbs of arriving somewhere. */
export const ARRIVALS = words('arrived arrives reached landed');
/** Words of a journey besides the arrivals ("left for Tashkent where he was received by Y"). */
export const JOURNEYS = words('arrival left travelled traveled flew visited');

/** Nouns a person may own and still be the one met or called: their delegation, their call or message. */
export const OWNED_CONTACT = words('delegation delegations delegates team call calls phone message letter invitation');

/** Words opening another clause after a contact ("X met Y, who …", "X said that …"). */
export const CLAUSE_BREAKS = words('that said says who which while after before when');
/** Besides those, words opening a clause whose dates are not the contact's ("… came after Y ordered … on Saturday"). */
export const DATE_CLAUSE_BREAKS = words('since as because amid following');

/** Prepositions setting a clause in a call or a meeting ("told Y in a phone call", "assured Y over the phone"). */
export const SETTING_PREPOSITIONS = words('in during over on');
/** Nouns of a call, which reaches the one spoken to: "X told Y in a phone call" is a call between them. */
export const CALL_NOUNS: ReadonlyArray<readonly [string, 'phone call' | 'talks']> = [
  ['call', 'phone call'], ['phone call', 'phone call'], ['telephone call', 'phone call'], ['phone conversation', 'phone call'],
  ['telephone conversation', 'phone call'], ['telephonic conversation', 'phone call'], ['phone', 'phone call'], ['telephone', 'phone call'],
  ['video call', 'talks'], ['video conference', 'talks'], ['videoconference', 'talks'],
];
/** Nouns of a meeting that, owned by "their", is the two people's own ("X thanked Y during their meeting"). */
export const OWNED_MEETING_NOUNS: ReadonlyArray<readonly [string, 'meeting' | 'talks']> = [
  ['meeting', 'meeting'], ['meetings', 'meeting'], ['talks', 'talks'], ['conversation', 'talks'], ['discussions', 'talks'],
];

/** Words introducing the companions of a party in an aside ("X, accompanied by C, met Y"). */
export const COMPANION_OPENERS = ['accompanied by', 'along with', 'together with', 'flanked by', 'joined by'];
/** Of those, the ones that follow a passive auxiliary ("He was accompanied by C"). */
export const COMPANION_PASSIVES = ['accompanied by', 'flanked by', 'joined by'];
