/**
 * `npm run ask -- "/search Lavrov"`: one question, answered as text on stdout.
 */
import 'dotenv/config';
import { ConfigError } from '../src/config.ts';
import { openTerminal } from './terminal.ts';

const line = process.argv.slice(2).join(' ');
try {
  const terminal = await openTerminal(process.env, process.stdout.isTTY === true);
  if (!line.trim()) {
    process.stdout.write('Usage: npm run ask -- "/search Lavrov"   (try "/help")\n');
    process.exitCode = 2;
  } else {
    const { text, exitCode } = await terminal.run(line);
    (exitCode === 0 ? process.stdout : process.stderr).write(text);
    process.exitCode = exitCode;
  }
} catch (err) {
  process.stderr.write(`${err instanceof ConfigError ? err.message : `crisis-bot failed: ${(err as Error).stack}`}\n`);
  process.exitCode = 1;
}
