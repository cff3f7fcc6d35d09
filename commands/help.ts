import { SlashCommandBuilder } from 'discord.js';
import { helpAnswer } from '../src/answers/help.ts';
import { defineCommand } from '../bot/command.ts';

export default defineCommand({
  data: new SlashCommandBuilder().setName('help').setDescription('What the bot can answer, and how to ask'),
  cacheable: true,
  example: '/help',
  run: (_options, ctx) => helpAnswer(ctx.commands),
});
