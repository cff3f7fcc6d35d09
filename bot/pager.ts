/**
 * Remembers multi-page answers for a while so that "Next"/"Previous" buttons can show the other pages.
 * Bounded in size and age: an old page set is forgotten and the member is asked to run the command again.
 */
import { randomUUID } from 'node:crypto';
import type { APIEmbed } from 'discord.js';

/** An answer's pages and the language of their labels (the buttons keep it). */
export interface PageSet {
  pages: APIEmbed[];
  locale: string;
}

interface Entry extends PageSet {
  expires: number;
}

export class Pager {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly maxEntries = 1000,
  ) {}

  /** Stores pages and returns the key for the buttons' custom ids. */
  put(pages: APIEmbed[], now = Date.now(), locale = 'en'): string {
    const key = randomUUID().slice(0, 12);
    this.entries.set(key, { pages, locale, expires: now + this.ttlMs });
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && e.expires > now) break;
      this.entries.delete(k);
    }
    return key;
  }

  get(key: string, now = Date.now()): PageSet | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.expires < now) return undefined;
    return entry;
  }
}

export const PAGE_PREFIX = 'page';

export function pageButtonId(key: string, page: number): string {
  return `${PAGE_PREFIX}:${key}:${page}`;
}

export function parsePageButtonId(id: string): { key: string; page: number } | undefined {
  const m = /^page:([\w-]+):(\d+)$/.exec(id);
  return m ? { key: m[1]!, page: Number(m[2]) } : undefined;
}
