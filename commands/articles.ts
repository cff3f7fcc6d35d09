import { SlashCommandBuilder } from 'discord.js';
import { articlesAnswer } from '../src/answers/articles.ts';
import { defineCommand } from '../bot/command.ts';

export default defineCommand({
  data: new SlashCommandBuilder().setName('articles').setDescription('List the articles with their titles, languages and dates'),
  cacheable: true,
  example: '/articles',
  run: (_options, ctx) => articlesAnswer(ctx.kb),
});
