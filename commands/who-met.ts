import { SlashCommandBuilder } from 'discord.js';
import { personChoices, whoMetAnswer } from '../src/answers/who-met.ts';
import { defineCommand } from '../bot/command.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('who-met')
    .setDescription('Who met, phoned or held talks with a person, with dates, places and quotes')
    .addStringOption((o) => o.setName('person').setDescription('A name in any script: Lavrov, लावरोव, لافروف').setRequired(true).setMaxLength(100).setAutocomplete(true)),
  cacheable: true,
  cooldown: 2,
  example: '/who-met person:Lavrov',
  run: (options, ctx) => whoMetAnswer(ctx.kb, { person: options.string('person') ?? '' }),
  autocomplete: (focused, ctx) => personChoices(ctx.kb, focused.value),
});
