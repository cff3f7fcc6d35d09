/**
 * `npm run ask -- "/search Lavrov"`: one question, answered as text on stdout.
 */
import 'dotenv/config';
import { ConfigError } from '../src/config.ts';
import { CommandLineError } from './command-line.ts';
import { localeArgument, openTerminal } from './terminal.ts';

try {
  const { locale, rest } = localeArgument(process.argv.slice(2), process.env);
  const line = rest.join(' ');
  const terminal = await openTerminal(process.env, process.stdout.isTTY === true, locale);
  if (!line.trim()) {
    process.stdout.write('Usage: npm run ask -- [--locale hi] "/search Lavrov"   (try "/help")\n');
    process.exitCode = 2;
  } else {
    const { text, exitCode } = await terminal.run(line);
    (exitCode === 0 ? process.stdout : process.stderr).write(text);
    process.exitCode = exitCode;
  }
} catch (err) {
  if (err instanceof CommandLineError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`${err instanceof ConfigError ? err.message : `crisis-bot failed: ${(err as Error).stack}`}\n`);
  process.exitCode = 1;
}
