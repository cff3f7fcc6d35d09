/**
 * Answers messages that mention the bot in a server channel, and direct messages, as /ask would:
 * the same command, router and answers, rendered as a reply with the same pages and buttons, and
 * never a ping. Any other message is dropped before its content is looked at. Bots (this one
 * included) are never answered, the member cooldown applies, a moderator can turn mention
 * answering off per server (/settings), and a short follow-up leans on the member's previous
 * question in the same channel.
 */
import type { Message, MessageReplyOptions } from 'discord.js';
import { followUpQuestion } from '../src/ask/follow-up.ts';
import { chooseLocale, say } from '../src/i18n/index.ts';
import { msg } from '../src/i18n/message.ts';
import type { Logger } from '../src/log.ts';
import { answerKey, type AnswerCache } from './answer-cache.ts';
import type { Command, CommandContext } from './command.ts';
import type { Cooldown } from './cooldown.ts';
import type { RecentQuestions } from './follow-up.ts';
import type { GuildSettings } from './guild-settings.ts';
import type { Rendered } from './interactions.ts';
import type { Pager } from './pager.ts';
import { NO_PINGS, renderPages } from './render-discord.ts';
import { pagePayload } from './reply.ts';

export interface MessageDeps {
  /** The /ask command: its router and answers serve messages too. */
  ask: Command;
  context(member: CommandContext['member']): CommandContext;
  botId(): string | undefined;
  cooldown: Cooldown;
  pager: Pager;
  answers: AnswerCache<Rendered>;
  recent: RecentQuestions;
  settings: GuildSettings;
  log: Logger;
}

/** The question's length limit is /ask's own. */
function maxQuestionChars(ask: Command): number {
  const option = ask.data.toJSON().options?.find((o) => o.name === 'question') as { max_length?: number } | undefined;
  return option?.max_length ?? 500;
}

/** Whether a message is for the bot: a DM, or a server message mentioning the bot where mentions are on. */
function addressed(m: Message, botId: string, settings: GuildSettings): boolean {
  if (m.author.bot || m.author.id === botId || m.system || m.webhookId) return false;
  if (!m.inGuild()) return true;
  return m.mentions.users.has(botId) && settings.get(m.guildId).mentions;
}

export function createMessageHandler(deps: MessageDeps): (m: Message) => Promise<void> {
  const maxChars = maxQuestionChars(deps.ask);
  return async (m) => {
    const botId = deps.botId();
    if (!botId || !addressed(m, botId, deps.settings)) return;
    const started = performance.now();
    const log = deps.log.child({ messageId: m.id, dm: !m.inGuild() });
    const text = m.content.replace(new RegExp(`<@!?${botId}>`, 'gu'), ' ').replace(/\s+/gu, ' ').trim().slice(0, maxChars);
    const reply = (payload: MessageReplyOptions) => m.reply({ ...payload, allowedMentions: NO_PINGS });
    const locale = chooseLocale({ question: text });
    try {
      if (!text) {
        await reply({ content: say(msg('chat.empty'), locale) });
        return;
      }
      const wait = deps.cooldown.take(m.author.id);
      if (wait > 0) {
        await reply({ content: say(msg('chat.cooldown', { seconds: Math.ceil(wait / 1000) }), locale) });
        log.info({ cooldownMs: wait }, 'cooldown');
        return;
      }
      const ctx = deps.context({ id: m.author.id, canManageGuild: false, guildId: m.guildId ?? undefined });
      const previous = deps.recent.previous(m.author.id, m.channelId);
      const question = (previous && followUpQuestion(previous, text, ctx.kb)) || text;
      deps.recent.remember(m.author.id, m.channelId, question);
      const options = { string: (name: string) => (name === 'question' ? question : undefined), integer: () => undefined };
      const { answer, pages } = await deps.answers.get(ctx.kb, answerKey(`ask\u0000${locale}`, [{ name: 'question', value: question }]), async () => {
        const answer = await deps.ask.run(options, ctx);
        return { answer, pages: renderPages(answer, locale) };
      });
      await reply(pagePayload(pages, 0, pages.length > 1 ? deps.pager.put(pages, Date.now(), locale) : undefined, locale));
      log.info({ followUp: question !== text, locale, status: answer.status, items: answer.items.length, pages: pages.length, ms: Math.round(performance.now() - started) }, 'answered a message');
    } catch (err) {
      log.error({ err }, 'message answer failed');
      try {
        await reply({ content: say(msg('chat.failed'), locale) });
      } catch (replyErr) {
        log.error({ err: replyErr }, 'could not tell the member about the failure');
      }
    }
  };
}
