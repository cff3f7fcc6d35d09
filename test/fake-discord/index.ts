/**
 * A local stand-in for Discord (REST + gateway) that the real discord.js 14 client logs in to, so
 * end-to-end tests drive the real bot. Strict like Discord: late, duplicate or over-limit responses
 * are refused with Discord's status and JSON error, and logged in `fake.rejections`.
 *
 * Start and connect
 *   const fake = await startFakeDiscord({ guildId?, appId?, extraGuildIds?, interactionDeadlineMs?, ... });
 *   new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } }).login(fake.token);
 *   new REST({ api: fake.apiUrl }).setToken(fake.token);   // or DISCORD_API_URL=fake.apiUrl, DISCORD_TOKEN=fake.token
 *   `apiUrl` is http://127.0.0.1:<port>/api; discord.js appends /v10 itself (requests elsewhere are refused).
 *   `appId` (= bot user id), `guildId`, `channelId`, `token`, `bot` (user payload) are fixed per fake.
 *
 * Drive interactions (each resolves once the user would see an answer, then waits `quietMs` = 100
 * for follow-ups; throws after `timeoutMs` = 5000 listing what arrived and what was refused)
 *   const res = await fake.command('search', { query: 'Lavrov' }, { manageGuild?, locale?, user?, permissions? });
 *   await fake.command('admin reload');                       // subcommand path, space-separated
 *   const ac = await fake.autocomplete('search', { query: 'Lav' }, 'query');  ac.choices
 *   await fake.click('next-page');                            // button on the latest bot message holding it
 *   await fake.select('pick-article', ['2']);
 *   Options are typed and checked against the registered command (unknown option, wrong type, value
 *   outside choices, missing required option → the test throws); unregistered commands infer types.
 *   Lower level: `const ix = fake.dispatchInteraction({ kind: 'command', name, options })` returns at once.
 *
 * Inspect an InteractionHandle
 *   ix.responses    [{ kind: 'callback'|'edit'|'followup'|'fetch'|'delete', type?, body, data, atMs, messageId? }]
 *                   (`body` as received; `data` = the message fields, i.e. body.data for a callback)
 *   ix.original     the original response message as it stands after edits; ix.followUps; ix.text (all visible text)
 *   ix.choices      autocomplete result; ix.answered; ix.rejections; ix.payload (the INTERACTION_CREATE d)
 *
 * Members' messages (MESSAGE_CREATE) and the bot's channel messages
 *   const m = await fake.message({ content: `<@${fake.appId}> who met Lavrov?` });   // resolves on the bot's reply
 *   await fake.message({ content: 'hello', dm: true, user: { id, username, bot? } }, { expectReply: false });
 *   m.replies (bodies of POST /channels/:id/messages referencing it), m.payload, m.delivered;
 *   fake.messages, fake.botMessages. As Discord: delivered only with GuildMessages / DirectMessages,
 *   content emptied for a server message not mentioning the bot unless MessageContent was identified,
 *   and the bot's own messages are dispatched back to it.
 *
 * Whole-fake state
 *   fake.rejections (assert `toEqual([])`), fake.takeRejections(), fake.requests (every HTTP call,
 *   `injected` marks faults), fake.interactions, fake.registeredCommands(guildId?),
 *   fake.gatewayLog, fake.gatewayStats ({ connections, identifies, resumes, invalidSessions, heartbeats }).
 *
 * Faults and waiting
 *   fake.injectFault({ status: 429 | 500 | 502 | 503, on?: 'callback'|'webhook'|'commands'|'any', times?, retryAfter?, global? });
 *   await fake.closeGateway(4000);                 // discord.js resumes on resume_gateway_url (path /resume)
 *   await fake.waitFor(() => fake.gatewayStats.resumes > 0, 3000, 'a resume');
 *   await fake.stop();                             // closes everything; call after client.destroy()
 *
 * Not modelled: file uploads (multipart), modals, user/channel/role options (`resolved`), DM buttons,
 * Components V2 layout rules, zlib/etf gateway encodings, rate-limit buckets other than injected faults.
 */
export { FakeDiscord, startFakeDiscord } from './server.ts';
export type { FakeDiscordOptions, SettleOptions } from './server.ts';
export type { InteractionSpec, Invoker } from './interaction-spec.ts';
export { InteractionHandle, messageText } from './interactions.ts';
export type { RecordedResponse, Rejection } from './interactions.ts';
export type { FaultSpec, FaultTarget, RequestLogEntry } from './rest.ts';
export type { GatewayLogEntry, GatewayStats } from './gateway.ts';
export type { StoredCommand } from './rest-commands.ts';
export type { OptionValue } from './command-options.ts';
export { Permission, MEMBER_PERMISSIONS, BOT_PERMISSIONS } from './fixtures.ts';
