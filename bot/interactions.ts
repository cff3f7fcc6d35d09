/**
 * The one interactionCreate handler. It decides how each outcome reaches the member: answers
 * publicly, member mistakes and cooldowns ephemerally, unexpected errors as a polite ephemeral note
 * (the stack goes to the log, never to the member).
 */
import { PermissionFlagsBits, type APIEmbed, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { Answer } from '../src/answer.ts';
import { chooseLocale, say } from '../src/i18n/index.ts';
import { msg } from '../src/i18n/message.ts';
import type { Logger } from '../src/log.ts';
import type { Command, CommandContext, OptionReader } from './command.ts';
import { answerKey, type AnswerCache } from './answer-cache.ts';
import type { Cooldown } from './cooldown.ts';
import { Pager, parsePageButtonId } from './pager.ts';
import { renderPages } from './render-discord.ts';
import { isPrivate, noticePayload, pagePayload } from './reply.ts';

/** Past this a reply is deferred, well inside Discord's 3 s window. */
const DEFER_AFTER_MS = 1500;
const LOGGED_OPTION_CHARS = 100;

export interface HandlerDeps {
  commands: Map<string, Command>;
  context(member: CommandContext['member']): CommandContext;
  pager: Pager;
  cooldown: Cooldown;
  answers: AnswerCache<Rendered>;
  log: Logger;
}

/** An answer and its pages: rendering (markdown escaping above all) costs more than most answers. */
export interface Rendered {
  answer: Answer;
  pages: APIEmbed[];
}

function optionReader(i: ChatInputCommandInteraction | AutocompleteInteraction): OptionReader {
  return {
    string: (name) => i.options.getString(name) ?? undefined,
    integer: (name) => i.options.getInteger(name) ?? undefined,
  };
}

function loggedOptions(i: ChatInputCommandInteraction): Record<string, unknown> {
  return Object.fromEntries(i.options.data.map((o) => [o.name, typeof o.value === 'string' ? o.value.slice(0, LOGGED_OPTION_CHARS) : o.value]));
}

function memberOf(i: Interaction): CommandContext['member'] {
  return { id: i.user.id, canManageGuild: i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false, guildId: i.guildId ?? undefined };
}

/** Labels in the language of an /ask question when it has one, else in the member's. */
function localeOf(i: ChatInputCommandInteraction): string {
  return chooseLocale({ question: i.options.getString('question') ?? undefined, discordLocale: i.locale });
}

async function handleCommand(i: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const started = performance.now();
  const command = deps.commands.get(i.commandName);
  const log = deps.log.child({ interactionId: i.id, command: i.commandName });
  const locale = localeOf(i);
  if (!command) {
    log.warn('unknown command; the registered commands are out of date');
    await i.reply(noticePayload(say(msg('error.unknown-command', { command: i.commandName }), locale)));
    return;
  }
  const wait = command.expensive ? deps.cooldown.take(i.user.id) : 0;
  if (wait > 0) {
    await i.reply(noticePayload(say(msg('error.cooldown', { seconds: Math.ceil(wait / 1000), command: i.commandName }), locale)));
    log.info({ cooldownMs: wait }, 'cooldown');
    return;
  }
  try {
    if (command.slow) await i.deferReply();
    const ctx = deps.context(memberOf(i));
    const run = async (): Promise<Rendered> => {
      const answer = await command.run(optionReader(i), ctx);
      return { answer, pages: renderPages(answer, locale) };
    };
    const work = Promise.resolve().then(() => (command.cacheable ? deps.answers.get(ctx.kb, answerKey(`${i.commandName}\u0000${locale}`, i.options.data), run) : run()));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), DEFER_AFTER_MS)));
    const first = await Promise.race([work, late]);
    clearTimeout(timer);
    if (first === 'late' && !i.deferred) await i.deferReply();
    const { answer, pages } = await work;
    const payload = pagePayload(pages, 0, pages.length > 1 ? deps.pager.put(pages, Date.now(), locale) : undefined, locale);
    if (!i.deferred) await i.reply(isPrivate(answer) ? { ...payload, flags: noticePayload('').flags } : payload);
    else if (isPrivate(answer)) {
      await i.deleteReply();
      await i.followUp({ ...payload, flags: noticePayload('').flags });
    } else await i.editReply(payload);
    log.info({ options: loggedOptions(i), locale, status: answer.status, items: answer.items.length, pages: pages.length, ms: Math.round(performance.now() - started) }, 'answered');
  } catch (err) {
    log.error({ err, options: loggedOptions(i) }, 'command failed');
    const notice = noticePayload(say(msg('error.failed', { command: i.commandName }), locale));
    try {
      if (i.deferred || i.replied) await i.followUp(notice);
      else await i.reply(notice);
    } catch (replyErr) {
      log.error({ err: replyErr }, 'could not tell the member about the failure');
    }
  }
}

async function handleAutocomplete(i: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const command = deps.commands.get(i.commandName);
  const focused = i.options.getFocused(true);
  let choices: Array<{ name: string; value: string | number }> = [];
  try {
    choices = command?.autocomplete?.({ name: focused.name, value: String(focused.value) }, deps.context(memberOf(i))) ?? [];
  } catch (err) {
    deps.log.error({ err, interactionId: i.id, command: i.commandName }, 'autocomplete failed');
  }
  await i.respond(
    choices.slice(0, 25).map((c) => ({
      name: c.name.length > 100 ? `${c.name.slice(0, 99)}…` : c.name || '—',
      value: typeof c.value === 'string' ? c.value.slice(0, 100) : c.value,
    })),
  );
}

async function handleButton(i: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const target = parsePageButtonId(i.customId);
  if (!target) return;
  const set = deps.pager.get(target.key);
  if (!set) {
    await i.reply(noticePayload(say(msg('error.pages-expired'), chooseLocale({ discordLocale: i.locale }))));
    return;
  }
  await i.update(pagePayload(set.pages, target.page, target.key, set.locale));
}

export function createInteractionHandler(deps: HandlerDeps): (i: Interaction) => Promise<void> {
  return async (i) => {
    try {
      if (i.isChatInputCommand()) await handleCommand(i, deps);
      else if (i.isAutocomplete()) await handleAutocomplete(i, deps);
      else if (i.isButton()) await handleButton(i, deps);
    } catch (err) {
      deps.log.error({ err, interactionId: i.id }, 'interaction failed');
    }
  };
}
