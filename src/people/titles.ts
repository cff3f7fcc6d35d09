/**
 * Titles and roles that introduce a person's name in Hindi, Arabic and English news ("विदेश मंत्री
 * X", "الرئيس X", "Russian FM X", "Dr. X"), with the English role they denote. A name that follows
 * one of these is a person even when no gazetteer lists them.
 */
import { PhraseTable } from './phrases.ts';

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
}

const office = (role: string): Title => ({ role });
const HONORIFIC: Title = {};
const COUNTERPART: Title = { role: 'counterpart', relational: true };
const COLLEAGUE: Title = { role: 'colleague', relational: true, weak: true };

const TITLES: ReadonlyArray<readonly [string, Title]> = [
  // Hindi. अमीर (emir) and राजा (king) are left out: they are common given names (Amir, Raja).
  ['विदेश मंत्री', office('foreign minister')],
  ['रक्षा मंत्री', office('defence minister')],
  ['गृह मंत्री', office('home minister')],
  ['वित्त मंत्री', office('finance minister')],
  ['वाणिज्य मंत्री', office('commerce minister')],
  ['मंत्री', office('minister')],
  ['प्रधानमंत्री', office('prime minister')],
  ['प्रधान मंत्री', office('prime minister')],
  ['उप प्रधानमंत्री', office('deputy prime minister')],
  ['राष्ट्रपति', office('president')],
  ['उपराष्ट्रपति', office('vice president')],
  ['उप राष्ट्रपति', office('vice president')],
  ['स्टेट काउंसलर', office('state councillor')],
  ['विदेश सचिव', office('foreign secretary')],
  ['महासचिव', office('secretary-general')],
  ['प्रवक्ता', office('spokesperson')],
  ['राजदूत', office('ambassador')],
  ['दूत', office('envoy')],
  ['विशेष दूत', office('special envoy')],
  ['चांसलर', office('chancellor')],
  ['क्राउन प्रिंस', office('crown prince')],
  ['युवराज', office('crown prince')],
  ['जनरल', office('general')],
  ['समकक्ष', COUNTERPART],
  ['सहयोगी', COLLEAGUE],
  ['नेता', { role: 'leader', weak: true }],
  ['डॉ', HONORIFIC],
  ['डॉक्टर', HONORIFIC],
  ['श्री', HONORIFIC],
  ['श्रीमती', HONORIFIC],
  ['मुल्ला', HONORIFIC],
  ['शेख', HONORIFIC],
  // Arabic. A bare رئيس ("head of …") is left out: only the compounds name an office.
  ['وزير الخارجية', office('foreign minister')],
  ['وزير خارجية', office('foreign minister')],
  ['وزير الدفاع', office('defence minister')],
  ['وزير دفاع', office('defence minister')],
  ['وزير', office('minister')],
  ['رئيس الوزراء', office('prime minister')],
  ['رئيس وزراء', office('prime minister')],
  ['رئيس الحكومة', office('prime minister')],
  ['الرئيس', office('president')],
  ['نائب الرئيس', office('vice president')],
  ['مستشار الدولة', office('state councillor')],
  ['عضو مجلس الدولة', office('state councillor')],
  ['السفير', office('ambassador')],
  ['سفير', office('ambassador')],
  ['المبعوث', office('envoy')],
  ['المبعوث الخاص', office('special envoy')],
  ['الأمين العام', office('secretary-general')],
  ['ولي العهد', office('crown prince')],
  ['الملك', office('king')],
  ['العاهل', office('monarch')],
  ['الأمير', office('emir')],
  ['المستشار', office('chancellor')],
  ['المستشارة', office('chancellor')],
  ['نظيره', COUNTERPART],
  ['نظيرته', COUNTERPART],
  ['نظيريه', COUNTERPART],
  ['الشيخ', HONORIFIC],
  ['الدكتور', HONORIFIC],
  ['السيد', HONORIFIC],
  ['السيدة', HONORIFIC],
  ['الملا', HONORIFIC],
  // English
  ['Foreign Minister', office('foreign minister')],
  ['FM', office('foreign minister')],
  ['External Affairs Minister', office('foreign minister')],
  ['EAM', office('foreign minister')],
  ['Foreign Secretary', office('foreign secretary')],
  ['Secretary of State', office('secretary of state')],
  ['Defence Minister', office('defence minister')],
  ['Defense Minister', office('defence minister')],
  ['Minister', office('minister')],
  ['Prime Minister', office('prime minister')],
  ['PM', office('prime minister')],
  ['President', office('president')],
  ['Vice President', office('vice president')],
  ['State Councilor', office('state councillor')],
  ['State Councillor', office('state councillor')],
  ['Secretary-General', office('secretary-general')],
  ['Ambassador', office('ambassador')],
  ['Envoy', office('envoy')],
  ['Special Envoy', office('special envoy')],
  ['Spokesperson', office('spokesperson')],
  ['Spokesman', office('spokesperson')],
  ['Spokeswoman', office('spokesperson')],
  ['Chancellor', office('chancellor')],
  ['King', office('king')],
  ['Crown Prince', office('crown prince')],
  ['Emir', office('emir')],
  ['General', office('general')],
  ['leader', { role: 'leader', weak: true }],
  ['chief', { role: 'chief', weak: true }],
  ['counterpart', COUNTERPART],
  ['colleague', COLLEAGUE],
  ['Dr', HONORIFIC],
  ['Mr', HONORIFIC],
  ['Mrs', HONORIFIC],
  ['Ms', HONORIFIC],
  ['Mullah', HONORIFIC],
  ['Sheikh', HONORIFIC],
];

/** Every title of the three languages. */
export const TITLE_WORDS = new PhraseTable<Title>(TITLES);

/**
 * Words that qualify a role: kept in the role when they change its meaning ("former president"),
 * passed over when they do not ("नए सहयोगी", new colleague).
 */
export const ROLE_QUALIFIERS = new PhraseTable<string>([
  ['पूर्व', 'former'],
  ['कार्यवाहक', 'acting'],
  ['नए', ''],
  ['नई', ''],
  ['नव', ''],
  ['वरिष्ठ', 'senior'],
  ['السابق', 'former'],
  ['الأسبق', 'former'],
  ['المؤقت', 'acting'],
  ['الجديد', ''],
  ['former', 'former'],
  ['acting', 'acting'],
  ['new', ''],
  ['top', ''],
]);
