/**
 * The built-in language packs, registered on import. To add a language, write its pack (a folder
 * like ./hin/) and register it here; see README "Adding a language".
 */
import { arabic } from './arb/index.ts';
import { english } from './eng/index.ts';
import { hindi } from './hin/index.ts';
import { registerPack } from './registry.ts';

for (const pack of [hindi, arabic, english]) registerPack(pack);

export { allPacks, packFor, packsVersion, perPack, registerPack, unregisterPack } from './registry.ts';
export type { LanguagePack } from './types.ts';
