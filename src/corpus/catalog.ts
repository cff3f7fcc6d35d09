/**
 * The catalog: optional per-article metadata that the text does not carry, in `seeds/catalog.tsv`.
 *
 * Format: one article per line, tab-separated columns `number  published  source  title`; empty
 * columns allowed; lines starting with `#` are comments. `published` is `YYYY-MM-DD`.
 *
 * @example parseCatalog('3\t2021-08-25\tSputnik\t').entries.get(3) // { number: 3, published: '2021-08-25', source: 'Sputnik' }
 */
import type { LoadWarning } from '../types.ts';
import { decodeText } from './decode.ts';

export const CATALOG_FILE = 'catalog.tsv';

export interface CatalogEntry {
  number: number;
  /** Line of catalog.tsv it came from, for warnings. */
  line?: number;
  published?: string;
  source?: string;
  title?: string;
}

export interface Catalog {
  entries: Map<number, CatalogEntry>;
  warnings: LoadWarning[];
}

export const EMPTY_CATALOG: Catalog = { entries: new Map(), warnings: [] };

function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}

/** The catalog file's bytes: UTF-8 or UTF-16 with a mark, else one warning and no catalog. */
export function parseCatalogFile(bytes: Uint8Array): Catalog {
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { entries: new Map(), warnings: [{ file: CATALOG_FILE, message: `${CATALOG_FILE} ignored: ${decoded.problem}.` }] };
  return parseCatalog(decoded.text);
}

export function parseCatalog(text: string): Catalog {
  const entries = new Map<number, CatalogEntry>();
  const warnings: LoadWarning[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (!raw.trim() || raw.trimStart().startsWith('#')) return;
    const where = `${CATALOG_FILE} line ${i + 1}`;
    const [num = '', published = '', source = '', ...titleParts] = raw.split('\t').map((c) => c.trim());
    const title = titleParts.join(' ').trim();
    if (!/^\d{1,9}$/.test(num.replace(/^0+(?=\d)/, ''))) {
      warnings.push({ file: CATALOG_FILE, message: `${where}: the first column must be an article number (at most 9 digits), then a tab, got "${num.slice(0, 40)}"; line ignored.` });
      return;
    }
    const entry: CatalogEntry = { number: Number(num), line: i + 1 };
    if (published) {
      if (isRealDate(published)) entry.published = published;
      else warnings.push({ file: CATALOG_FILE, message: `${where}: "${published}" is not a real YYYY-MM-DD date; ignored.` });
    }
    if (source) entry.source = source;
    if (title) entry.title = title;
    if (entries.has(entry.number)) warnings.push({ file: CATALOG_FILE, message: `${where}: article ${entry.number} is listed twice; the later line wins.` });
    entries.set(entry.number, entry);
  });
  return { entries, warnings };
}
