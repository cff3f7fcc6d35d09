/**
 * The people gazetteer: well-known people the moderators list with the spellings they appear
 * under, in `seeds/gazetteer.tsv`. It only helps: people are found without it, after titles.
 *
 * Format — UTF-8 text, one person per line, three tab-separated columns:
 *
 *     display name <TAB> role <TAB> spelling | spelling | …
 *
 * - `display name`: how the bot names the person, in Latin letters ("Sergey Lavrov").
 * - `role`: optional, in English ("Russian foreign minister"); the text's own role wins when it gives one.
 * - `spellings`: every other way the name is written, in any script, separated by `|`
 *   ("Sergei Lavrov | सर्गेई लावरोव | لافروف"). Each spelling is found in articles as a whole
 *   phrase, ignoring case, nukta and Arabic letter variants. List a one-word spelling (a surname)
 *   only when that word alone identifies the person in this coverage.
 * - Lines starting with `#` and blank lines are ignored. A spelling claimed by two people is kept
 *   for the first and reported as a warning. A malformed line, or a spelling that is a place or a
 *   common word, is reported with its line number (src/people/gazetteer-rules.ts).
 *
 * @example parseGazetteer('Wang Yi\tChinese foreign minister\tवांग यी').entries[0].spellings // ['Wang Yi', 'वांग यी']
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeText } from '../corpus/decode.ts';
import { GAZETTEER_COLUMNS, lineProblem, spellingProblem } from './gazetteer-rules.ts';
import { foldTerm } from '../text/normalize.ts';
import type { LoadWarning } from '../types.ts';

export const GAZETTEER_FILE = 'gazetteer.tsv';

export interface GazetteerEntry {
  /** Stable identifier derived from the display name ("sergey-lavrov"). */
  id: string;
  display: string;
  role?: string;
  /** The display name first, then the listed spellings, as written in the file. */
  spellings: string[];
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  warnings: LoadWarning[];
}

export const EMPTY_GAZETTEER: Gazetteer = { entries: [], warnings: [] };

/**
 * An identifier made of the Latin letters and digits of a name.
 * @example slugOf('S. Jaishankar') // 's-jaishankar'
 */
export function slugOf(name: string): string {
  return foldTerm(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'person';
}

/** Parses the gazetteer text; malformed lines become warnings naming the line. */
export function parseGazetteer(text: string, file: string = GAZETTEER_FILE): Gazetteer {
  const entries: GazetteerEntry[] = [];
  const warnings: LoadWarning[] = [];
  const owner = new Map<string, string>();
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const columns = raw.split('\t');
    // Trailing tabs are invisible in an editor; only columns with text count as extra.
    while (columns.length > GAZETTEER_COLUMNS && !columns.at(-1)!.trim()) columns.pop();
    const problem = lineProblem(columns);
    if (problem) {
      warnings.push({ file, message: `${file} line ${i + 1} skipped: ${problem}.` });
      return;
    }
    const [display = '', role = '', spellingList = ''] = columns.map((c) => c.trim());
    const id = slugOf(display);
    const spellings: string[] = [];
    for (const spelling of [display, ...spellingList.split('|').map((s) => s.trim())]) {
      if (!spelling) continue;
      const refused = spellingProblem(spelling);
      if (refused) {
        warnings.push({ file, message: `${file} line ${i + 1}: ${refused}; spelling refused.` });
        continue;
      }
      const key = foldTerm(spelling);
      const claimed = owner.get(key);
      if (claimed && claimed !== id) {
        warnings.push({ file, message: `${file} line ${i + 1}: the spelling "${spelling}" already belongs to ${claimed}; kept there only.` });
        continue;
      }
      owner.set(key, id);
      if (!spellings.includes(spelling)) spellings.push(spelling);
    }
    if (entries.some((e) => e.id === id)) {
      warnings.push({ file, message: `${file} line ${i + 1} skipped: ${display} is listed twice.` });
      return;
    }
    entries.push({ id, display, ...(role ? { role } : {}), spellings });
  });
  return { entries, warnings };
}

/**
 * Reads `gazetteer.tsv` from the seeds folder; a folder without one has an empty gazetteer.
 * @example loadGazetteer('seeds').entries.length // a handful
 */
export function loadGazetteer(dir: string): Gazetteer {
  const file = path.join(dir, GAZETTEER_FILE);
  if (!fs.existsSync(file)) return EMPTY_GAZETTEER;
  return gazetteerFromBytes(fs.readFileSync(file));
}

/** The file's bytes: UTF-8 or UTF-16 with a mark, else one warning and an empty gazetteer. */
export function gazetteerFromBytes(bytes: Uint8Array): Gazetteer {
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { entries: [], warnings: [{ file: GAZETTEER_FILE, message: `${GAZETTEER_FILE} ignored: ${decoded.problem}.` }] };
  return parseGazetteer(decoded.text, GAZETTEER_FILE);
}
