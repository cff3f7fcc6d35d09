/**
 * The fake Discord against the real discord.js 14 client (no mocks): login, command registration
 * over REST, every response style, and recovery from a 429, a 500 and a gateway close.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ActionRowBuilder, ButtonBuilder, ButtonStyle, Client, DiscordAPIError, Events, GatewayIntentBits, HTTPError, REST, Routes,
  SlashCommandBuilder, type Interaction,
} from 'discord.js';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/index.ts';

const commands = [
  new SlashCommandBuilder().setName('ping').setDescription('Answers pong')
    .addStringOption((o) => o.setName('word').setDescription('Echoed back')),
  new SlashCommandBuilder().setName('slow').setDescription('Defers, edits, follows up'),
  new SlashCommandBuilder().setName('search').setDescription('Autocompletes')
    .addStringOption((o) => o.setName('query').setDescription('What to find').setRequired(true).setAutocomplete(true)),
  new SlashCommandBuilder().setName('big').setDescription('Sends an over-limit embed'),
].map((c) => c.toJSON());

/** A tiny handler standing in for a bot; errors from discord.js calls are collected for the tests. */
function attachHandler(client: Client, errors: unknown[]): void {
  client.on(Events.InteractionCreate, async (interaction: Interaction) => {
    try {
      if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        await interaction.respond([{ name: `Lavrov (${typed})`, value: 'lavrov' }]);
      } else if (interaction.isButton()) {
        await interaction.update({ content: 'page 2', components: [] });
      } else if (interaction.isChatInputCommand()) {
        if (interaction.commandName === 'ping') {
          const button = new ButtonBuilder().setCustomId('next').setLabel('Next').setStyle(ButtonStyle.Primary);
          await interaction.reply({
            content: `pong ${interaction.options.getString('word') ?? ''}`.trim(),
            components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button)],
          });
        } else if (interaction.commandName === 'slow') {
          await interaction.deferReply();
          await interaction.editReply('finished');
          await interaction.followUp({ content: 'and one more thing', flags: 64 });
        } else if (interaction.commandName === 'big') {
          await interaction.reply({ embeds: [{ title: 'T'.repeat(257), description: 'fine' }] });
        }
      }
    } catch (error) {
      errors.push(error);
    }
  });
}

describe('fake Discord with the real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  let readyMs = 0;
  const errors: unknown[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    attachHandler(client, errors);
    const started = Date.now();
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(fake.token);
    await ready;
    readyMs = Date.now() - started;
  });

  afterEach(() => {
    expect(fake.rejections).toEqual([]);
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.stop();
  });

  it('reaches clientReady through READY and GUILD_CREATE, not the 15 s guild timeout', () => {
    expect(fake.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(readyMs).toBeLessThan(3000);
    expect(client.user?.id).toBe(fake.appId);
    expect(client.guilds.cache.get(fake.guildId)?.available).toBe(true);
    expect(fake.requests.map((r) => r.path)).toContain('/api/v10/gateway/bot');
  });

  it('registers guild commands over REST and refuses an invalid name with 400', async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    const stored = (await rest.put(Routes.applicationGuildCommands(fake.appId, fake.guildId), { body: commands })) as { id: string; name: string }[];
    expect(stored.map((c) => c.name)).toEqual(['ping', 'slow', 'search', 'big']);
    expect(stored.every((c) => /^\d{17,20}$/.test(c.id))).toBe(true);
    expect(fake.registeredCommands(fake.guildId)).toHaveLength(4);

    const bad = rest.post(Routes.applicationCommands(fake.appId), { body: { name: 'Search', description: 'x' } });
    await expect(bad).rejects.toMatchObject({ status: 400, code: 50035 });
    expect(fake.takeRejections()[0]?.reasons[0]).toMatch(/^name: Command name is invalid/);
  });

  it('delivers a chat-input command and records the reply', async () => {
    const res = await fake.command('ping', { word: 'hello' });
    expect(res.responses).toHaveLength(1);
    expect(res.responses[0]).toMatchObject({ kind: 'callback', type: 4, data: { content: 'pong hello' } });
    expect(res.responses[0]!.body).toMatchObject({ type: 4, data: { content: 'pong hello' } });
    expect(res.responses[0]!.atMs).toBeLessThan(3000);
  });

  it('records deferReply, editReply and an ephemeral followUp in order', async () => {
    const res = await fake.command('slow');
    expect(res.responses.map((r) => [r.kind, r.type])).toEqual([['callback', 5], ['edit', undefined], ['followup', undefined]]);
    expect(res.original?.content).toBe('finished');
    expect(res.followUps[0]).toMatchObject({ content: 'and one more thing', flags: 64 });
    expect(res.text).toBe('finished\n\nand one more thing');
  });

  it('answers autocomplete with the focused value', async () => {
    const res = await fake.autocomplete('search', { query: 'Lav' }, 'query');
    expect(res.choices).toEqual([{ name: 'Lavrov (Lav)', value: 'lavrov' }]);
  });

  it('clicks the button of the earlier reply and records the update', async () => {
    const res = await fake.click('next');
    expect(res.responses[0]).toMatchObject({ kind: 'callback', type: 7 });
    expect(res.original).toMatchObject({ content: 'page 2', components: [] });
  });

  it('lets discord.js retry a 429 on the callback, after Retry-After', async () => {
    fake.injectFault({ status: 429, on: 'callback', retryAfter: 0.3 });
    const res = await fake.command('ping');
    const callbacks = fake.requests.filter((r) => r.path.includes(`/interactions/${res.id}/`));
    expect(callbacks.map((r) => [r.status, r.injected])).toEqual([[429, true], [204, false]]);
    expect(res.responses[0]!.atMs).toBeGreaterThanOrEqual(300);
  });

  it('surfaces a 500 that outlasts discord.js’s three retries', async () => {
    fake.injectFault({ status: 500, on: 'callback', times: 4 });
    const ix = fake.dispatchInteraction({ kind: 'command', name: 'ping' });
    const error = await fake.waitFor(() => errors[0], 3000, 'the handler error');
    errors.length = 0;
    expect(error).toBeInstanceOf(HTTPError);
    expect(error).toMatchObject({ status: 500 });
    expect(ix.responses).toEqual([]);
    expect(fake.requests.filter((r) => r.path.includes(ix.id)).map((r) => r.status)).toEqual([500, 500, 500, 500]);
  });

  it('resumes after the gateway closes with 4000 and still answers the interaction sent meanwhile', async () => {
    await fake.closeGateway(4000);
    const ix = fake.dispatchInteraction({ kind: 'command', name: 'ping', options: { word: 'again' } });
    await fake.waitFor(() => ix.answered, 3000, 'the answer after resuming');
    expect(fake.gatewayStats).toMatchObject({ identifies: 1, resumes: 1 });
    expect(fake.gatewayLog.filter((e) => e.kind === 'open').map((e) => e.path)).toEqual(['/gateway', '/resume']);
    expect(ix.original?.content).toBe('pong again');
  });

  it('refuses an over-limit embed sent as a plain object, with Discord’s 400', async () => {
    const ix = fake.dispatchInteraction({ kind: 'command', name: 'big' });
    const error = await fake.waitFor(() => errors[0], 3000, 'the handler error');
    errors.length = 0;
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ status: 400, code: 50035 });
    expect((error as Error).message).toContain('data.embeds[0].title[BASE_TYPE_MAX_LENGTH]');
    expect(fake.takeRejections().map((r) => r.reasons)).toEqual([['data.embeds.0.title: Must be 256 or fewer in length. [BASE_TYPE_MAX_LENGTH]']]);
    expect(ix.answered).toBe(false);
  });
});
