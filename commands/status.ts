import { SlashCommandBuilder } from 'discord.js';
import { statusAnswer } from '../src/answers/operations.ts';
import { defineCommand } from '../bot/command.ts';

export default defineCommand({
  data: new SlashCommandBuilder().setName('status').setDescription('What the bot has indexed, since when, and how it is connected'),
  example: '/status',
  run: (_options, ctx) =>
    statusAnswer({ kb: ctx.kb, version: ctx.runtime.version, uptimeMs: Date.now() - ctx.runtime.startedAt, pingMs: ctx.runtime.pingMs, connected: ctx.runtime.connected, knowledgeSource: ctx.runtime.knowledgeSource }),
});
