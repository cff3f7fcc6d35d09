/**
 * The shape of one language's catalogue file (src/i18n/<locale>.ts): its labels, which Discord
 * client locales it serves, the script of questions it answers, and its command descriptions.
 */
import type { Messages } from './en.ts';

/** Every English key, with the same arguments; a plain string where English has one. */
export type Translations = { [K in keyof Messages]: Messages[K] extends string ? string : Messages[K] };

/** Descriptions shown in the Discord client, 1–100 characters each. */
export interface CommandTexts {
  description: string;
  /** By option name. */
  options?: Record<string, string>;
}

export interface Catalogue {
  /** What `--locale` takes in the terminal. */
  locale: string;
  /** Discord client locales (`interaction.locale`) served in this language; none for Arabic, which Discord lacks. */
  discordLocales: readonly string[];
  /** A question written mostly in this script gets these labels, whatever the member's locale. */
  questionScript?: RegExp;
  messages: Translations;
  /** Localised command and option descriptions, by command name; registered with the commands. */
  commands: Record<string, CommandTexts>;
}
