/**
 * `npm run console`: an interactive prompt with the same commands as Discord.
 */
import 'dotenv/config';
import readline from 'node:readline/promises';
import { localeArgument, openTerminal } from './terminal.ts';

let locale = 'en';
try {
  ({ locale } = localeArgument(process.argv.slice(2), process.env));
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(2);
}
const terminal = await openTerminal(process.env, process.stdout.isTTY === true, locale);
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'crisis-bot> ' });
process.stdout.write('Type a command such as /search Lavrov, /help for the list, or /quit to leave.\n');
rl.prompt();
for await (const line of rl) {
  const trimmed = line.trim();
  if (trimmed === '/quit' || trimmed === '/exit') break;
  if (trimmed) {
    try {
      process.stdout.write((await terminal.run(trimmed)).text);
    } catch (err) {
      process.stdout.write(`Sorry, that failed: ${(err as Error).message}\n`);
    }
  }
  rl.prompt();
}
rl.close();
