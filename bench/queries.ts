/**
 * The query mix each command is timed on: fixed and deterministic, so runs compare. Search mixes
 * Latin, Devanagari and Arabic, names across scripts, typos and multi-word questions, plus names of
 * the invented people of a synthetic corpus; who-met asks about real and invented people (and one
 * nobody); on asks for days articles were published, and days and months around them.
 */
import { fullName, type NameScript, type PersonName } from './names.ts';
import { mixSeed, mulberry32, pick } from './prng.ts';

export const SEARCH_FIXED = [
  // Names across scripts: Latin queries for names printed in Devanagari or Arabic, and back.
  'Lavrov', 'Putin', 'Taliban', 'Kabul airport', 'Blinken', 'Wang Yi', 'Imran Khan', 'Jaishankar',
  'लावरोव', 'पुतिन', 'तालिबान', 'काबुल हवाई अड्डा', 'बाइडेन',
  'لافروف', 'بوتين', 'طالبان', 'مطار كابول', 'عمران خان',
  // Typos.
  'Lavrof', 'Talibaan', 'Afganistan', 'Jaishanker', 'Kabool',
  // Multi-word questions and topics.
  'Lavrov Blinken phone call', 'Russia China cooperation', 'embassy evacuation', 'Shanghai Cooperation Organisation',
  'रूसी विदेश मंत्रालय', 'परमाणु ऊर्जा संयंत्र', 'अफगानिस्तान की स्थिति', 'द्वितीय विश्व युद्ध',
  'منظمة شنغهاي للتعاون', 'الوضع في أفغانستان', 'مكافحة الإرهاب',
];

const WHO_MET_FIXED = ['Lavrov', 'लावरोव', 'Putin', 'بوتين', 'Wang Yi', 'Jaishankar', 'Blinken', 'Imran Khan', 'Nobody Atall'];

const SCRIPTS: readonly NameScript[] = ['devanagari', 'arabic', 'latin'];
/** How many of the most frequent invented people the queries name. */
export const QUERIED_PEOPLE = 200;
/** Share of queries naming an invented person, when the corpus has any. */
const INVENTED_SHARE = 0.4;

export interface QueryMix {
  search: string[];
  whoMet: string[];
  on: string[];
  article: number[];
}

function monthOf(iso: string): string {
  const [y, m] = iso.split('-');
  return `${y}-${m}`;
}

/** A day before or after an ISO date, still as YYYY-MM-DD. */
function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * @example queryMix({ count: 1000, people: [], published: ['2021-08-17'], articleNumbers: [0, 1] }).search.length // 1000
 */
export function queryMix(opts: { count: number; people: readonly PersonName[]; published: readonly string[]; articleNumbers: readonly number[] }): QueryMix {
  const rng = mulberry32(mixSeed(0xbe7c4, opts.count));
  const invented = () => fullName(pick(rng, opts.people), pick(rng, SCRIPTS));
  const withPeople = (fixed: readonly string[]) =>
    Array.from({ length: opts.count }, (_, i) => (opts.people.length > 0 && rng() < INVENTED_SHARE ? invented() : fixed[i % fixed.length]!));
  const dates = [...new Set(opts.published)];
  const on = Array.from({ length: opts.count }, () => {
    if (dates.length === 0) return '2021-08-16';
    const date = pick(rng, dates);
    const r = rng();
    return r < 0.6 ? date : r < 0.85 ? shiftDay(date, -1) : monthOf(date);
  });
  const numbers = opts.articleNumbers;
  const article = Array.from({ length: opts.count }, () => (numbers.length > 0 && rng() < 0.95 ? pick(rng, numbers) : 999_999_999));
  return { search: withPeople(SEARCH_FIXED), whoMet: withPeople(WHO_MET_FIXED), on, article };
}
