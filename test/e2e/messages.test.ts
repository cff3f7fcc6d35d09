/**
 * Members asking in plain words: a mention in a channel and a DM get /ask's cited answer as a
 * reply that pings nobody; other messages get nothing; a follow-up leans on the previous question;
 * moderators can turn mention answering off. Real discord.js client, fake Discord on 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import { embedOf, useHarness } from './harness.ts';

const h = useHarness();

const mention = (text: string) => `<@${h().fake.appId}> ${text}`;
const NO_PINGS = { parse: [], replied_user: false };

describe('questions by mention and DM', () => {
  it('answers a mention in a channel as a reply with a cited answer, pinging nobody', async () => {
    const m = await h().fake.message({ content: mention('who met Lavrov?') });
    expect(m.replies).toHaveLength(1);
    const reply = m.replies[0]!;
    expect(reply.message_reference).toMatchObject({ message_id: m.id });
    expect(reply.allowed_mentions).toEqual(NO_PINGS);
    const embed = embedOf(reply);
    expect(embed.title).toBe('Who met Sergey Lavrov (सर्गेई लावरोव)');
    expect(embed.description).toMatch(/\*\*Antony Blinken[^*]*\*\*\nRole: [^\n]*\nPhone call · 2021-08-16 · took place\n> [^\n]*\[#0 ¶1\]/);
  });

  it('answers a direct message the same way', async () => {
    const m = await h().fake.message({ content: 'من التقى بوتين؟', dm: true, user: { id: '300000000000000077', username: 'dm-member' } });
    const reply = m.replies[0]!;
    expect(reply.allowed_mentions).toEqual(NO_PINGS);
    expect(embedOf(reply).title).toBe('من التقى Vladimir Putin (فلاديمير بوتين)');
    expect(embedOf(reply).description).toMatch(/\[#3 ¶1\]/);
  });

  it('never reads a message that does not mention the bot, nor a bot\'s message', async () => {
    const plain = await h().fake.message({ content: 'who met Lavrov?' }, { expectReply: false });
    expect(plain.delivered).toBe(true);
    // Without the MessageContent intent Discord sends it without its words.
    expect(plain.payload.content).toBe('');
    expect(plain.replies).toEqual([]);
    const fromBot = await h().fake.message({ content: mention('who met Lavrov?'), user: { id: '300000000000000088', username: 'other-bot', bot: true } }, { expectReply: false });
    expect(fromBot.replies).toEqual([]);
  });

  it('answers a follow-up for the new person', async () => {
    const user = { id: '300000000000000055', username: 'asker' };
    await h().fake.message({ content: mention('who met Lavrov?'), user });
    const m = await h().fake.message({ content: mention('and Putin?'), user });
    expect(embedOf(m.replies[0]!).title).toBe('Who met Vladimir Putin (فلاديمير بوتين)');
    expect(embedOf(m.replies[0]!).description).toContain('Imran Khan');
  });

  it('a moderator can turn mention answering off and on with /settings', async () => {
    const refused = await h().fake.command('settings', { mentions: 'off' }, { manageGuild: false });
    expect(refused.text).toContain('Manage Server');
    const off = await h().fake.command('settings', { mentions: 'off' }, { manageGuild: true });
    expect(off.text).toContain('Answering mentions: off');
    expect((await h().fake.message({ content: mention('who met Lavrov?') }, { expectReply: false })).replies).toEqual([]);
    expect((await h().fake.message({ content: 'who met Lavrov?', dm: true })).replies).toHaveLength(1);
    await h().fake.command('settings', { mentions: 'on' }, { manageGuild: true });
    expect((await h().fake.message({ content: mention('who met Lavrov?') })).replies).toHaveLength(1);
  });

  it('sent nothing Discord would reject and never answered itself', async () => {
    // Every bot message so far replies to a member's; its own messages (echoed back, DMs included) got none.
    await new Promise((r) => setTimeout(r, 300));
    const answered = h().fake.messages.reduce((n, m) => n + m.replies.length, 0);
    expect(h().fake.botMessages.length).toBe(answered);
    expect(h().fake.messages.every((m) => m.replies.length <= 1)).toBe(true);
    expect(h().fake.rejections).toEqual([]);
  });
});
