/**
 * English spellings of the groups and organisations src/events/actors.ts knows, by English name, and
 * of the nouns naming a nation's institutions ("Russian foreign ministry"), by English noun.
 */
export const GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Taliban', ['Taliban']],
  ['Kremlin', ['Kremlin']],
  ['SCO', ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization']],
  ['CSTO', ['CSTO', 'Collective Security Treaty Organization']],
  ['UN Security Council', ['UN Security Council', 'Security Council']],
  ['UN', ['UN', 'United Nations']],
  ['NATO', ['NATO']],
  ['EU', ['EU', 'European Union']],
  ['WHO', ['WHO', 'World Health Organization']],
  ['Islamic State', ['Islamic State', 'ISIS', 'IS']],
  ['al-Qaeda', ['al-Qaeda', 'Al Qaeda']],
  ['CICA', ['CICA']],
];

/* A delegation is who arrives when no one is named ("Saudi delegates reached Islamabad"). */
export const INSTITUTIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['foreign ministry', ['foreign ministry', 'foreign ministries']],
  ['embassy', ['embassy', 'embassies']],
  ['government', ['government', 'governments']],
  ['army', ['army', 'armies']],
  ['forces', ['forces', 'troops', 'soldiers']],
  ['delegation', ['delegation', 'delegations', 'delegates']],
];
