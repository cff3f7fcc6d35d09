/**
 * What `npm run ask` and `npm run console` share: the knowledge, the commands, and running one
 * line to text. No token and no network.
 */
import { loadConfig } from '../src/config.ts';
import { buildKnowledge } from '../src/knowledge.ts';
import { loadCorpusSync } from '../src/corpus/load.ts';
import { createLogger, setLogger } from '../src/log.ts';
import { renderText } from '../src/render/text.ts';
import type { CommandContext } from './command.ts';
import { CommandLineError, parseCommandLine } from './command-line.ts';
import { loadCommands, summarise } from './registry.ts';
import { VERSION } from './version.ts';

export interface Terminal {
  /** Runs one line; `exitCode` is 0 when the command ran (even with no results), 2 for bad syntax. */
  run(line: string): Promise<{ text: string; exitCode: number }>;
}

export async function openTerminal(env: NodeJS.ProcessEnv, color: boolean): Promise<Terminal> {
  const config = loadConfig(env);
  // Terminal output is the answer; logs go to stderr and only when something is wrong.
  setLogger(createLogger({ level: env.LOG_LEVEL ? config.logLevel : 'warn', destination: process.stderr }));
  const corpus = loadCorpusSync(config.seedsDir);
  for (const w of corpus.warnings) process.stderr.write(`warning: ${w.message}\n`);
  const commands = await loadCommands();
  const ctx: CommandContext = {
    kb: buildKnowledge(corpus),
    commands: summarise(commands),
    runtime: { startedAt: Date.now(), version: VERSION, knowledgeSource: `built from ${config.seedsDir}` },
  };
  return {
    async run(line) {
      try {
        const parsed = parseCommandLine(line, commands);
        const answer = await parsed.command.run(parsed.options, ctx);
        return { text: renderText(answer, { color }), exitCode: 0 };
      } catch (err) {
        if (err instanceof CommandLineError) return { text: `${err.message}\n`, exitCode: 2 };
        throw err;
      }
    },
  };
}
