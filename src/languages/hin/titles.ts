/**
 * Hindi titles and offices that introduce a name, with the English role they denote, and the
 * words that qualify a role. A name that follows a title is a person even when no gazetteer lists them.
 */
import { COLLEAGUE, COUNTERPART, HONORIFIC, office } from '../entries.ts';
import type { Title } from '../types.ts';

export const TITLES: ReadonlyArray<readonly [string, Title]> = [
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
];

/** Kept in the role when they change its meaning ("former president"), passed over ('') when not. */
export const ROLE_QUALIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['पूर्व', 'former'],
  ['कार्यवाहक', 'acting'],
  ['नए', ''],
  ['नई', ''],
  ['नव', ''],
  ['वरिष्ठ', 'senior'],
];
