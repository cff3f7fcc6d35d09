import { SlashCommandBuilder } from 'discord.js';
import { searchAnswer } from '../src/answers/search.ts';
import { MAX_LIMIT } from '../src/search/query.ts';
import type { Lang } from '../src/types.ts';
import { defineCommand } from '../bot/command.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('Find passages in the articles, quoted word for word with citations')
    .addStringOption((o) => o.setName('query').setDescription('Words or names in English, Hindi or Arabic, e.g. Lavrov or Kabul airport').setRequired(true).setMaxLength(300))
    .addStringOption((o) =>
      o.setName('language').setDescription('Only articles in this language').addChoices({ name: 'Hindi', value: 'hin' }, { name: 'Arabic', value: 'arb' }, { name: 'English', value: 'eng' }),
    )
    .addIntegerOption((o) => o.setName('limit').setDescription(`How many articles to show (1–${MAX_LIMIT})`).setMinValue(1).setMaxValue(MAX_LIMIT)),
  cacheable: true,
  example: '/search query:Kabul airport',
  cooldown: 3,
  run: (options, ctx) =>
    searchAnswer(ctx.kb, { query: options.string('query') ?? '', language: options.string('language') as Lang | undefined, limit: options.integer('limit') }),
});
