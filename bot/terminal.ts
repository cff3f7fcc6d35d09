/**
 * What `npm run ask` and `npm run console` share: the knowledge, the commands, and running one
 * line to text. No token and no network.
 */
import { loadConfig } from '../src/config.ts';
import { createLogger, setLogger } from '../src/log.ts';
import { KnowledgeStore, loadKnowledge } from '../src/store.ts';
import { chooseLocale, locales } from '../src/i18n/index.ts';
import { renderText } from '../src/render/text.ts';
import type { CommandContext } from './command.ts';
import { CommandLineError, parseCommandLine } from './command-line.ts';
import { loadCommands, summarise } from './registry.ts';
import { VERSION } from './version.ts';

export interface Terminal {
  /** Runs one line; `exitCode` is 0 when the command ran (even with no results), 2 for bad syntax. */
  run(line: string): Promise<{ text: string; exitCode: number }>;
}

/**
 * The labels' language from `--locale xx` among the arguments, and the arguments without it.
 * `npm run console --locale hi` (without `--`) reaches the script as npm_config_locale=true and a
 * first argument `hi`; `--locale=hi` as npm_config_locale=hi.
 */
export function localeArgument(argv: string[], env: NodeJS.ProcessEnv): { locale: string; rest: string[] } {
  if (env.npm_config_locale === 'true' && argv[0] && !argv.includes('--locale')) return localeArgument(['--locale', ...argv], {});
  const at = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const given = at < 0 ? env.npm_config_locale : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  const rest = at < 0 ? argv : argv.filter((_, i) => i !== at && !(i === at + 1 && !argv[at]!.includes('=')));
  const locale = given?.trim() || 'en';
  if (!locales().includes(locale)) throw new CommandLineError(`Unknown locale "${locale}"; known: ${locales().join(', ')}.`);
  return { locale, rest };
}

export async function openTerminal(env: NodeJS.ProcessEnv, color: boolean, locale = 'en'): Promise<Terminal> {
  const config = loadConfig(env);
  // Terminal output is the answer; logs go to stderr and only when something is wrong.
  const log = createLogger({ level: env.LOG_LEVEL ? config.logLevel : 'warn', destination: process.stderr });
  setLogger(log);
  const storeOptions = { seedsDir: config.seedsDir, cacheDir: config.cacheDir, log };
  const loaded = await loadKnowledge(storeOptions);
  for (const w of loaded.warnings) process.stderr.write(`warning: ${w.message}\n`);
  const store = new KnowledgeStore(loaded.kb, storeOptions);
  const commands = await loadCommands();
  const runtime = { startedAt: Date.now(), version: VERSION, knowledgeSource: loaded.from === 'snapshot' ? 'restored from snapshot' : `built from ${config.seedsDir}` };
  const context = (): CommandContext => ({ kb: store.current, commands: summarise(commands), runtime, reload: () => store.reload() });
  return {
    async run(line) {
      try {
        const parsed = parseCommandLine(line, commands);
        const answer = await parsed.command.run(parsed.options, context());
        return { text: renderText(answer, { color, locale: chooseLocale({ question: parsed.options.string('question'), locale }) }), exitCode: 0 };
      } catch (err) {
        if (err instanceof CommandLineError) return { text: `${err.message}\n`, exitCode: 2 };
        throw err;
      }
    },
  };
}
