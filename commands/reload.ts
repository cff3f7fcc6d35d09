import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { notAllowedAnswer, reloadAnswer, reloadFailedAnswer } from '../src/answers/operations.ts';
import { defineCommand } from '../bot/command.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('reload')
    .setDescription('Moderators: re-read the articles folder without restarting')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  example: '/reload',
  slow: true,
  cooldown: 10,
  ephemeral: true,
  async run(_options, ctx) {
    // Server owners can change who sees the command, so the permission is checked again here.
    if (ctx.member && !ctx.member.canManageGuild) return notAllowedAnswer('reload', 'Manage Server');
    if (!ctx.reload) return reloadFailedAnswer('this runtime cannot reload.');
    try {
      return reloadAnswer(await ctx.reload());
    } catch (err) {
      return reloadFailedAnswer((err as Error).message);
    }
  },
});
