import { SlashCommandBuilder } from 'discord.js';
import { askAnswer } from '../src/answers/ask.ts';
import { defineCommand } from '../bot/command.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask in English, Hindi or Arabic: who met whom, what happened on a date, an article, or a topic')
    .addStringOption((o) => o.setName('question').setDescription('e.g. Who talked to Lavrov? · लावरोव से किसने मुलाकात की? · من التقى بوتين؟').setRequired(true).setMaxLength(500)),
  cacheable: true,
  example: '/ask question:Who talked to Lavrov?',
  cooldown: 5,
  run: (options, ctx) => askAnswer(ctx.kb, { question: options.string('question') ?? '' }),
});
