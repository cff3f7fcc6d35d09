/**
 * The Discord renderer: an Answer as one or more embed pages inside Discord's limits (description
 * 4096, title 256, footer 2048, 6000 per message), with matched words bold, every text escaped, and
 * no mention ever allowed to ping.
 */
import type { APIEmbed } from 'discord.js';
import type { Answer, Quote } from '../src/answer.ts';
import { say, worded, type Worded } from '../src/i18n/index.ts';
import { msg } from '../src/i18n/message.ts';
import { citationLabel, quoteSegments } from '../src/render/labels.ts';
import { cutWords, safeText } from './discord-text.ts';

export const LIMITS = { title: 256, description: 4096, footer: 2048, message: 6000, content: 2000 } as const;
/** Room kept free in the description for the "continued" marks. */
const DESCRIPTION_BUDGET = 3900;

const COLORS = { ok: 0x2f6fb0, empty: 0x8a8f98, 'user-error': 0xd9822b } as const;

/** Never ping: no parsed mentions, no replied-user ping. */
export const NO_PINGS = { parse: [] as never[], repliedUser: false };

function renderQuote(q: Quote, locale: string): string {
  const body = quoteSegments(q)
    .map((s) => (s.highlighted && s.text.trim() ? `**${safeText(s.text)}**` : safeText(s.text)))
    .join('');
  return `> ${q.cutStart ? '…' : ''}${body}${q.cutEnd ? '…' : ''} ${citationLabel(q.citation, locale)}`;
}

function renderItem(item: Worded['items'][number], locale: string): string {
  return [`**${safeText(item.heading)}**`, ...(item.lines ?? []).map(safeText), ...(item.quotes ?? []).map((q) => renderQuote(q, locale))].join('\n');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${cutWords(text, max - 1).head}…`;
}

/**
 * Splits the answer into pages of whole items; an item longer than a page is continued on the next
 * page at a word boundary, marked as such.
 */
export function renderPages(original: Answer, locale = 'en'): APIEmbed[] {
  const answer = worded(original, locale);
  const title = clip(safeText(answer.title), LIMITS.title);
  const notes = (answer.notes ?? []).map(safeText).join('\n');
  const bodies: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) bodies.push(current);
    current = '';
  };
  const blocks = [...(answer.intro ? [safeText(answer.intro)] : []), ...answer.items.map((item) => renderItem(item, locale))];
  for (let block of blocks) {
    const sep = current ? '\n\n' : '';
    if (current.length + sep.length + block.length <= DESCRIPTION_BUDGET) {
      current += sep + block;
      continue;
    }
    flush();
    while (block.length > DESCRIPTION_BUDGET) {
      const { head, rest } = cutWords(block, DESCRIPTION_BUDGET - 40);
      bodies.push(`${head} … *${say(msg('page.continued-next'), locale)}*`);
      block = `*${say(msg('page.continued'), locale)}* ${rest}`;
    }
    current = block;
  }
  flush();
  if (bodies.length === 0) bodies.push('\u200b');
  const color = COLORS[answer.status];
  return bodies.map((description, i) => {
    const pageMark = bodies.length > 1 ? say(msg('page.of', { page: i + 1, pages: bodies.length }), locale) : '';
    const footer = clip([notes, pageMark].filter(Boolean).join('\n'), LIMITS.footer);
    const embed: APIEmbed = { title, description, color };
    if (footer) embed.footer = { text: footer };
    // Title + description + footer must stay within the per-message total.
    const total = title.length + description.length + footer.length;
    if (total > LIMITS.message) embed.description = cutWords(description, LIMITS.message - title.length - footer.length - 2).head + '…';
    return embed;
  });
}
