/**
 * Discord-style error bodies. Validation problems are collected as flat `Issue`s and folded into the
 * nested `errors` object of a 50035 "Invalid Form Body" answer, which discord.js flattens back into
 * its `DiscordAPIError` message (e.g. `data.content[BASE_TYPE_MAX_LENGTH]: Must be 2000 or fewer in length.`).
 */

export type Path = (string | number)[];

export interface Issue {
  path: Path;
  /** Discord's per-field error code, e.g. BASE_TYPE_MAX_LENGTH. */
  code: string;
  message: string;
}

export interface ApiError {
  status: number;
  body: { message: string; code: number; errors?: Record<string, unknown> };
}

/** @example issue(['content'], 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.') */
export function issue(path: Path, code: string, message: string): Issue {
  return { path, code, message };
}

/** A string or array length check in Discord's wording; returns nothing when the length fits. */
export function lengthIssue(path: Path, length: number, min: number, max: number): Issue[] {
  if (length > max && min === 0) return [issue(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`)];
  if (length > max || length < min) return [issue(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`)];
  return [];
}

/** Human-readable one-liners, the form stored in the fake's rejection list. */
export function describeIssues(issues: Issue[]): string[] {
  return issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message} [${i.code}]`);
}

/**
 * Folds issues into Discord's nested error object, each under `prefix` (e.g. `['data']` for callbacks).
 * @example invalidFormBody([issue(['content'], 'BASE_TYPE_MAX_LENGTH', '...')], ['data'])
 *   // { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: { data: { content: { _errors: [...] } } } } }
 */
export function invalidFormBody(issues: Issue[], prefix: Path = []): ApiError {
  const errors: Record<string, unknown> = {};
  for (const { path, code, message } of issues) {
    let node = errors;
    for (const key of [...prefix, ...path]) node = (node[String(key)] ??= {}) as Record<string, unknown>;
    ((node._errors ??= []) as unknown[]).push({ code, message });
  }
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
}

/** The JSON error answers of the Discord API that the fake produces, by name. */
export const DiscordError = {
  unauthorized: (): ApiError => ({ status: 401, body: { message: '401: Unauthorized', code: 0 } }),
  notFound: (): ApiError => ({ status: 404, body: { message: '404: Not Found', code: 0 } }),
  missingAccess: (): ApiError => ({ status: 403, body: { message: 'Missing Access', code: 50001 } }),
  unknownInteraction: (): ApiError => ({ status: 404, body: { message: 'Unknown interaction', code: 10062 } }),
  unknownWebhook: (): ApiError => ({ status: 404, body: { message: 'Unknown Webhook', code: 10015 } }),
  unknownMessage: (): ApiError => ({ status: 404, body: { message: 'Unknown Message', code: 10008 } }),
  unknownChannel: (): ApiError => ({ status: 404, body: { message: 'Unknown Channel', code: 10003 } }),
  unknownCommand: (): ApiError => ({ status: 404, body: { message: 'Unknown application command', code: 10063 } }),
  invalidWebhookToken: (): ApiError => ({ status: 401, body: { message: 'Invalid Webhook Token', code: 50027 } }),
  alreadyAcknowledged: (): ApiError => ({
    status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 },
  }),
  emptyMessage: (): ApiError => ({ status: 400, body: { message: 'Cannot send an empty message', code: 50006 } }),
  invalidJson: (): ApiError => ({ status: 400, body: { message: 'The request body contains invalid JSON.', code: 50109 } }),
  unsupportedBody: (what: string): ApiError => ({
    status: 400, body: { message: `The fake Discord does not support ${what}`, code: 0 },
  }),
} as const;
