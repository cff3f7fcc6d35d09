import { SlashCommandBuilder } from 'discord.js';
import { timelineAnswer } from '../src/answers/timeline.ts';
import { personChoices } from '../src/answers/who-met.ts';
import { defineCommand } from '../bot/command.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('timeline')
    .setDescription('Dated events in order, for all articles or one person')
    .addStringOption((o) => o.setName('person').setDescription('Only events involving this person, in any script: Lavrov, लावरोव, لافروف').setMaxLength(100).setAutocomplete(true)),
  cacheable: true,
  example: '/timeline person:Lavrov',
  cooldown: 3,
  run: (options, ctx) => timelineAnswer(ctx.kb, { person: options.string('person') }),
  autocomplete: (focused, ctx) => personChoices(ctx.kb, focused.value),
});
