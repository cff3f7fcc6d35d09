/**
 * Arabic titles and offices that introduce a name, with the English role they denote, and the
 * words that qualify a role. A name that follows a title is a person even when no gazetteer lists them.
 */
import { COLLEAGUE, COUNTERPART, HONORIFIC, office } from '../entries.ts';
import type { Title } from '../types.ts';

export const TITLES: ReadonlyArray<readonly [string, Title]> = [
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
];

/** Kept in the role when they change its meaning ("former president"), passed over ('') when not. */
export const ROLE_QUALIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['السابق', 'former'],
  ['الأسبق', 'former'],
  ['المؤقت', 'acting'],
  ['الجديد', ''],
];
