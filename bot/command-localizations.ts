/**
 * Gives each command builder the descriptions of every catalogue that serves Discord client
 * locales (src/i18n/hi.ts: `hi`), through discord.js's own setters, which check Discord's limits
 * (1–100 characters, known locales) when the commands load rather than when Discord refuses them.
 * Names stay English: one spelling to type and to find in /help, whatever the member's language.
 */
import type { LocaleString } from 'discord.js';
import { translations } from '../src/i18n/index.ts';
import type { Command } from './command.ts';

interface Describable {
  name: string;
  setDescriptionLocalization(locale: LocaleString, text: string | null): unknown;
}

const describable = (x: unknown): x is Describable => typeof (x as Describable | undefined)?.setDescriptionLocalization === 'function';

export function localizeCommand(command: Command): void {
  const builder = command.data as unknown;
  if (!describable(builder)) return;
  const options = ((builder as { options?: unknown[] }).options ?? []).filter(describable);
  for (const catalogue of translations()) {
    const texts = catalogue.commands[builder.name];
    if (!texts) continue;
    for (const locale of catalogue.discordLocales as LocaleString[]) {
      builder.setDescriptionLocalization(locale, texts.description);
      for (const option of options) {
        const text = texts.options?.[option.name];
        if (text) option.setDescriptionLocalization(locale, text);
      }
    }
  }
}
