import { SlashCommandBuilder } from 'discord.js';
import { peopleAnswer } from '../src/answers/people.ts';
import { defineCommand } from '../bot/command.ts';

export default defineCommand({
  data: new SlashCommandBuilder().setName('people').setDescription('Everyone the articles mention, with roles and how many articles name them'),
  cacheable: true,
  example: '/people',
  run: (_options, ctx) => peopleAnswer(ctx.kb),
});
