/**
 * Turns rendered pages into a message payload: one page, its navigation buttons, no pings.
 */
import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Answer } from '../src/answer.ts';
import { say } from '../src/i18n/index.ts';
import { msg } from '../src/i18n/message.ts';
import { pageButtonId } from './pager.ts';
import { NO_PINGS } from './render-discord.ts';

export interface ReplyPayload {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: typeof NO_PINGS;
}

/** Page `index` of `pages`, with buttons labelled in `locale` when `key` stores the other pages. */
export function pagePayload(pages: APIEmbed[], index: number, key?: string, locale = 'en'): ReplyPayload {
  const page = Math.min(Math.max(index, 0), pages.length - 1);
  const components: ReplyPayload['components'] = [];
  if (key && pages.length > 1) {
    const button = (label: string, target: number, disabled: boolean): APIButtonComponent => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label,
      custom_id: pageButtonId(key, target),
      disabled,
    });
    components.push({
      type: ComponentType.ActionRow,
      components: [button(say(msg('page.previous'), locale), page - 1, page === 0), button(say(msg('page.next'), locale), page + 1, page === pages.length - 1)],
    });
  }
  return { embeds: [pages[page]!], components, allowedMentions: NO_PINGS };
}

/** Member mistakes are shown only to the member who made them. */
export function isPrivate(answer: Answer): boolean {
  return answer.status === 'user-error';
}

/** A plain notice (errors, cooldowns), always ephemeral. */
export function noticePayload(text: string): { content: string; allowedMentions: typeof NO_PINGS; flags: MessageFlags.Ephemeral } {
  return { content: text.slice(0, 2000), allowedMentions: NO_PINGS, flags: MessageFlags.Ephemeral };
}
