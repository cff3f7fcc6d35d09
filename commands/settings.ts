import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { notAllowedAnswer } from '../src/answers/operations.ts';
import { guildOnlyAnswer, settingsAnswer } from '../src/answers/settings.ts';
import { defineCommand } from '../bot/command.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('settings')
    .setDescription('Moderators: see or change how the bot behaves in this server')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addStringOption((o) =>
      o.setName('mentions').setDescription('Whether the bot answers messages that mention it in this server').addChoices({ name: 'on', value: 'on' }, { name: 'off', value: 'off' }),
    ),
  example: '/settings mentions:off',
  run(options, ctx) {
    const guildId = ctx.member?.guildId;
    if (!guildId || !ctx.settings) return guildOnlyAnswer();
    // Server owners can change who sees the command, so the permission is checked again here.
    if (!ctx.member?.canManageGuild) return notAllowedAnswer('settings', 'Manage Server');
    const mentions = options.string('mentions');
    const settings = mentions ? ctx.settings.set(guildId, { mentions: mentions === 'on' }) : ctx.settings.get(guildId);
    return settingsAnswer(settings);
  },
});
