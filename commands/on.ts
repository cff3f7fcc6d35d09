import { SlashCommandBuilder } from 'discord.js';
import { onAnswer, onChoices } from '../src/answers/on.ts';
import { defineCommand } from '../bot/command.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('on')
    .setDescription('What happened on a day (or in a month), with quotes and citations')
    .addStringOption((o) =>
      o
        .setName('date')
        .setDescription('2021-08-16, 16 Aug 2021, August 16 2021, 16/08/2021 (day first), or a month: 2021-08')
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    ),
  cacheable: true,
  cooldown: 2,
  example: '/on date:2021-08-16',
  run: (options, ctx) => onAnswer(ctx.kb, { date: options.string('date') ?? '' }),
  autocomplete: (focused, ctx) => onChoices(ctx.kb, focused.value),
});
