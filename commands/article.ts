import { SlashCommandBuilder } from 'discord.js';
import { articleAnswer, articleChoices } from '../src/answers/articles.ts';
import { defineCommand } from '../bot/command.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('article')
    .setDescription('Read one article: its metadata and text, paragraph by paragraph')
    .addIntegerOption((o) => o.setName('number').setDescription('Article number (see /articles)').setRequired(true).setMinValue(0).setMaxValue(1_000_000_000).setAutocomplete(true))
    .addIntegerOption((o) => o.setName('paragraph').setDescription('Show only this paragraph (0 is the headline)').setMinValue(0).setMaxValue(10_000)),
  cacheable: true,
  example: '/article number:3',
  run: (options, ctx) => articleAnswer(ctx.kb, { number: options.integer('number')!, paragraph: options.integer('paragraph') }),
  autocomplete: (focused, ctx) => articleChoices(ctx.kb, focused.value),
});
