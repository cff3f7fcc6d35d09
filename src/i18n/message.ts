/**
 * Label text inside answers, as plain data: a literal string (data from the articles, names,
 * numbers), a message of the catalogue by key with its arguments, or a run of both. The core
 * builds these; a renderer turns them into words of the reader's language (src/i18n/index.ts).
 */
import type { Messages } from './en.ts';

export type MessageKey = keyof Messages;

/** The arguments a message takes: those of the English entry, or none. */
export type MessageArgs<K extends MessageKey> = Messages[K] extends (args: infer A) => string ? A : undefined;

/** Arguments as the core passes them: any string argument may itself be Text, resolved first. */
export type TextArgs<K extends MessageKey> = { [P in keyof MessageArgs<K>]: MessageArgs<K>[P] extends string | undefined ? Text | Extract<MessageArgs<K>[P], undefined> : MessageArgs<K>[P] };

export interface Message<K extends MessageKey = MessageKey> {
  key: K;
  args?: TextArgs<K>;
}

/** Words to show: kept as is when a string, looked up when a message, concatenated when a list. */
export type Text = string | Message | readonly Text[];

/**
 * @example msg('status.took-place') // { key: 'status.took-place' }
 * @example msg('who-met.title', { person: 'Sergey Lavrov' })
 */
export function msg<K extends MessageKey>(key: K, ...args: MessageArgs<K> extends undefined ? [] : [TextArgs<K>]): Message<K> {
  return args.length ? { key, args: args[0] } : { key };
}

/** Parts separated by `sep`, empty parts left out: `joined(' · ', kind, date, status)`. */
export function joined(sep: string, ...parts: ReadonlyArray<Text | undefined | false>): Text[] {
  const out: Text[] = [];
  for (const p of parts) {
    if (p === undefined || p === false || p === '') continue;
    if (out.length) out.push(sep);
    out.push(p);
  }
  return out;
}
