/**
 * English titles and offices that introduce a name, with the English role they denote, and the
 * words that qualify a role. A name that follows a title is a person even when no gazetteer lists them.
 */
import { COLLEAGUE, COUNTERPART, HONORIFIC, office } from '../entries.ts';
import type { Title } from '../types.ts';

export const TITLES: ReadonlyArray<readonly [string, Title]> = [
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

/** Kept in the role when they change its meaning ("former president"), passed over ('') when not. */
export const ROLE_QUALIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['former', 'former'],
  ['acting', 'acting'],
  ['new', ''],
  ['top', ''],
];
