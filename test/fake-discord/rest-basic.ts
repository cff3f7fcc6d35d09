/**
 * REST routes discord.js calls around login: gateway discovery, the bot user, the application,
 * and the guild text channel (if a bot fetches it).
 */
import { DiscordError } from './errors.ts';
import { OWNER, textChannelPayload } from './fixtures.ts';
import { ok, refuse, type FakeState, type Route } from './rest.ts';

/** @example basicRoutes(state) // GET /gateway/bot, /users/@me, /applications/@me, /channels/:id */
export function basicRoutes(state: FakeState): Route[] {
  const application = () => ({
    id: state.appId, name: state.bot.username, icon: null, description: '', summary: '', type: null,
    bot_public: false, bot_require_code_grant: false, verify_key: '0'.repeat(64), flags: 0, hook: true,
    is_monetized: false, is_verified: false, is_discoverable: false, integration_types_config: { '0': {} },
    owner: OWNER,
    team: null, bot: state.bot, approximate_guild_count: state.guilds.length, interactions_endpoint_url: null,
    redirect_uris: [], tags: [],
  });
  return [
    {
      method: 'GET', pattern: /^\/gateway$/, auth: false, target: 'other',
      handle: () => ok({ url: state.gateway.url }),
    },
    {
      method: 'GET', pattern: /^\/gateway\/bot$/, auth: true, target: 'other',
      handle: () => ok({
        url: state.gateway.url, shards: state.recommendedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      }),
    },
    { method: 'GET', pattern: /^\/users\/@me$/, auth: true, target: 'other', handle: () => ok(state.bot) },
    { method: 'GET', pattern: /^\/applications\/@me$/, auth: true, target: 'other', handle: () => ok(application()) },
    {
      method: 'GET', pattern: /^\/channels\/(\d+)$/, auth: true, target: 'other',
      handle: ({ params }) => {
        const guild = state.guilds.find((g) => g.channelId === params[0]);
        return guild ? ok(textChannelPayload(guild)) : refuse(DiscordError.unknownChannel(), [`unknown channel ${params[0]}`]);
      },
    },
  ];
}
