/**
 * A coverage matrix of the ways Hindi and English news introduce a person by their office: every
 * office of the pack × every way a nation is attached to it (adjective, genitive, possessive, "of",
 * apposition) × name shapes (two and three words, honorifics, repeated words) × the person as
 * subject or object. Each generated sentence is one invented article; the test asserts the person
 * read from it. The combinations are crossed pairwise: every office meets every attachment (read
 * by the title grammar, cheap), and every attachment meets every name shape, qualifier and frame
 * (read by the whole people analysis of an invented article).
 */
import { english } from '../../src/languages/eng/index.ts';
import { hindi } from '../../src/languages/hin/index.ts';
import type { LanguagePack } from '../../src/languages/types.ts';

export interface MatrixCase {
  /** The language the sentence is written in. */
  lang: 'eng' | 'hin';
  /** The invented sentence. */
  sentence: string;
  /** The name the person must be read as (honorifics left out). */
  name: string;
  /** What was combined, for a failure's message. */
  combo: string;
}

interface NameShape {
  /** As written in the sentence. */
  written: string;
  /** The person's name without honorifics. */
  name: string;
}

interface Grammar {
  /** The offices to combine: the pack's titles that name an office. */
  offices: string[];
  /** Ways a nation attaches to an office: the office (with its qualifier) → the phrase before a name, or an apposition after it. */
  attachments: Array<{ label: string; before?: (office: string) => string; after?: (office: string) => string; weak?: boolean }>;
  /** Weak titles ("leader", "नेता"): they introduce a name only after an attachment marked `weak`. */
  weakOffices: string[];
  qualifiers: string[];
  names: NameShape[];
  /** Frames with the person phrase in place of {P}. */
  frames: string[];
}

/** Name shapes as written, each with its name: the written words without an honorific of the pack ("Dr.", "मुल्ला"). */
function namesOf(pack: LanguagePack, written: readonly string[]): NameShape[] {
  const honorifics = new Set(pack.titles.filter(([, t]) => !t.role).map(([w]) => w));
  return written.map((w) => {
    const [first, ...rest] = w.split(' ');
    return { written: w, name: honorifics.has(first!.replace(/\.$/u, '')) ? rest.join(' ') : w };
  });
}

/** The offices of a pack: titles with a role that are neither weak, relational nor honorifics. */
const officesOf = (pack: LanguagePack): string[] => pack.titles.filter(([, t]) => t.role && !t.weak && !t.relational).map(([w]) => w);
/** The weak titles of a pack that name an office ("leader", "head"). */
const weakOf = (pack: LanguagePack): string[] => pack.titles.filter(([, t]) => t.role && t.weak && !t.relational).map(([w]) => w);

const ENGLISH: Grammar = {
  offices: officesOf(english).filter((w) => !/^[A-Z]{2,}$/u.test(w) && !/\bof\b/u.test(w)),
  attachments: [
    { label: 'bare', before: (o) => o },
    { label: 'adjective', before: (o) => `Pakistani ${o}`, weak: true },
    { label: 'possessive', before: (o) => `Pakistan's ${o}`, weak: true },
    { label: 'owner', before: (o) => `Taliban ${o}`, weak: true },
    { label: 'owner-possessive', before: (o) => `the Taliban's ${o}`, weak: true },
    { label: 'of', before: (o) => `${o} of Pakistan` },
    { label: 'the-adjective-comma', before: (o) => `the Pakistani ${o},` },
    { label: 'apposition-the', after: (o) => `, the Pakistani ${o},` },
    { label: 'apposition-possessive', after: (o) => `, Pakistan's ${o},` },
    { label: 'apposition-of', after: (o) => `, the ${o} of Pakistan,` },
    { label: 'apposition-who-is', after: (o) => `, who is the Pakistani ${o},` },
    { label: 'apposition-lowercase', after: (o) => `, Sri Lanka’s ${o.toLowerCase()},` },
    { label: 'possessive-to-comma', before: (o) => `Pakistan’s ${o} to Tajikistan,` },
    { label: 'portfolio', before: (o) => `US ${o} for Afghanistan Reconciliation` },
    { label: 'to-the-office-on', before: (o) => `${o} to the Prime Minister on Commerce` },
  ],
  qualifiers: ['', 'acting ', 'former ', 'newly appointed '],
  names: namesOf(
    english,
    [
      'Farhad Saleem',
      'Gamini Lakshman Peiris',
      'Dr. Imran Haider',
      'Mullah Abdul Salam Hanafi',
      'Emomali Rahmon',
      'Abdullah Abdullah',
      'G. L. Peiris',
      'Faisal bin Farhan Al Saud',
      'Sheikh Tamim bin Hamad',
    ],
  ),
  frames: [
    '{P} said on Monday that the talks went well.',
    'The delegation later met {P} in Kabul.',
    'Talks were held on Monday with {P}.',
    '{P} and his delegation arrived in Kabul.',
  ],
  weakOffices: weakOf(english),
};

/* Hindi writes a portfolio and its head as one word as often as two ("गृहमंत्री"). */
const joined = (office: string): string[] => (/ (मंत्री|सचिव)$/u.test(office) ? [office, office.replace(/ (मंत्री|सचिव)$/u, '$1')] : [office]);

const HINDI: Grammar = {
  offices: [...new Set(officesOf(hindi).filter((w) => !w.includes(' के ')).flatMap(joined))],
  attachments: [
    { label: 'bare', before: (o) => o },
    { label: 'adjective', before: (o) => `पाकिस्तानी ${o}`, weak: true },
    { label: 'genitive', before: (o) => `पाकिस्तान के ${o}`, weak: true },
    { label: 'body-genitive', before: (o) => `तालिबान सरकार के ${o}`, weak: true },
    { label: 'feminine-genitive', before: (o) => `पाकिस्तान की ${o}`, weak: true },
    { label: 'state-form-genitive', before: (o) => `किर्गिज गणराज्य के ${o}`, weak: true },
    { label: 'owner', before: (o) => `तालिबान ${o}`, weak: true },
    { label: 'possessive', before: (o) => `उनके ${o}`, weak: true },
    { label: 'seat-genitive', before: (o) => `कतर में पाकिस्तान के ${o}`, weak: true },
    { label: 'body-chain-genitive', before: (o) => `तालिबान के राजनीतिक कार्यालय के ${o}`, weak: true },
    { label: 'owner-genitive', before: (o) => `संयुक्त राष्ट्र के ${o}`, weak: true },
  ],
  qualifiers: ['', 'कार्यवाहक ', 'पूर्व ', 'नवनियुक्त ', 'कट्टर विरोधी '],
  names: namesOf(
    hindi,
    [
      'फरहाद सलीम',
      'गामिनी लक्ष्मण पीरिस',
      'डॉ. इमरान हैदर',
      'मुल्ला अब्दुल सलाम हनफी',
      'अमित शाह',
      'राजनाथ सिंह',
      'रुसलान कजाकबाएव',
      'अब्दुल्ला अब्दुल्ला',
      'एस. जयशंकर',
      'फैसल बिन फरहान',
      'शेख तमीम बिन हमद',
      'गुलबुद्दीन हिक़मतयार',
    ],
  ),
  frames: [
    '{P} ने सोमवार को कहा कि बातचीत अच्छी रही।',
    'प्रतिनिधिमंडल ने काबुल में {P} से मुलाकात की।',
    'इस बैठक में {P} भी मौजूद थे।',
    'भारतीय राजदूत ने {P} के साथ बातचीत की।',
    'सोमवार को {P} काबुल पहुंचे।',
  ],
  weakOffices: weakOf(hindi),
};

/** The person phrase: office attached before the name, or set after it in apposition. */
function phrase(g: Grammar, attachment: Grammar['attachments'][number], office: string, name: NameShape): string {
  if (attachment.before) return `${attachment.before(office)} ${name.written}`;
  return `${name.written}${attachment.after!(office)}`;
}

/** Builds the cases of one language: `add` takes the office and the indices of attachment, qualifier, name and frame. */
function builder(lang: MatrixCase['lang'], g: Grammar): { out: MatrixCase[]; add: (office: string, a: number, q: number, n: number, f: number) => void } {
  const out: MatrixCase[] = [];
  const add = (office: string, a: number, q: number, n: number, f: number): void => {
    const attachment = g.attachments[a]!;
    const name = g.names[n]!;
    const qualified = `${g.qualifiers[q]}${office}`;
    const person = phrase(g, attachment, qualified, name);
    const frame = g.frames[f]!;
    const sentence = frame.replace('{P}', person).replace(/^\p{Ll}/u, (c) => c.toUpperCase()).replace(/,\s*([.।])/u, '$1');
    out.push({ lang, sentence, name: name.name, combo: `${lang} office=${office} nation=${attachment.label} qualifier=${g.qualifiers[q]!.trim() || '-'} name=${name.written} frame=${f}` });
  };
  return { out, add };
}

/** Every office meets every attachment (name, qualifier and frame rotate); a weak title only those that let it name someone. */
function officeCases(lang: MatrixCase['lang'], g: Grammar): MatrixCase[] {
  const { out, add } = builder(lang, g);
  const offices = [...g.offices.map((office) => ({ office, weak: false })), ...g.weakOffices.map((office) => ({ office, weak: true }))];
  offices.forEach(({ office, weak }, o) =>
    g.attachments.forEach((attachment, a) => {
      if (!weak || attachment.weak) add(office, a, (o + a) % g.qualifiers.length, (o + a) % g.names.length, (o + a) % g.frames.length);
    }),
  );
  return out;
}

/** Every attachment meets every name shape, every qualifier and every frame, with the first office. */
function shapeCases(lang: MatrixCase['lang'], g: Grammar): MatrixCase[] {
  const { out, add } = builder(lang, g);
  g.attachments.forEach((_, a) => {
    g.names.forEach((_, n) => add(g.offices[0]!, a, n % g.qualifiers.length, n, n % g.frames.length));
    g.qualifiers.forEach((_, q) => add(g.offices[0]!, a, q, (a + q) % g.names.length, (a + q + 1) % g.frames.length));
    g.frames.forEach((_, f) => add(g.offices[0]!, a, (a + f) % g.qualifiers.length, (a + f + 1) % g.names.length, f));
  });
  return out;
}

/** Office × attachment: read by the title grammar alone (cheap: one tokenised sentence each). */
export const ENGLISH_OFFICE_CASES: MatrixCase[] = officeCases('eng', ENGLISH);
export const HINDI_OFFICE_CASES: MatrixCase[] = officeCases('hin', HINDI);
/** Attachment × name shape, qualifier and frame: read by the whole people analysis of an article. */
export const ENGLISH_SHAPE_CASES: MatrixCase[] = shapeCases('eng', ENGLISH);
export const HINDI_SHAPE_CASES: MatrixCase[] = shapeCases('hin', HINDI);

/** A list of people and the names it must be read as, every one a person of its own. */
export interface ListCase {
  sentence: string;
  names: string[];
  combo: string;
}

/*
 * Lists led by a person the grammar knows (a title, an honorific, a listed given name), followed
 * by names nothing else introduces: every lead × every name pair × every way the items are joined
 * × every frame. English only: without capitals nothing shows where a listed name ends (a Hindi
 * reading up to the case marker took common nouns for names on the held split).
 */
interface ListGrammar {
  leads: Array<{ written: string; name: string }>;
  items: string[];
  joins: Array<(items: string[]) => string>;
  frames: string[];
}

const ENGLISH_LISTS: ListGrammar = {
  leads: [
    { written: 'Foreign Minister Wang Yi', name: 'Wang Yi' },
    { written: 'Mullah Abdul Ghani Baradar', name: 'Abdul Ghani Baradar' },
    { written: 'Sergey Lavrov', name: 'Sergey Lavrov' },
  ],
  items: ['Abdul Salam Hanafi', 'Emomali Rahmon', 'Gamini Lakshman Peiris', 'Farhad Saleem'],
  joins: [
    (items) => `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
    (items) => `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`,
    (items) => `${items[0]} and ${items[1]}`,
  ],
  frames: ['The delegation met {L} in Kabul.', 'Talks were held with {L}.', 'He met senior members of the Taliban, including {L}.'],
};

function listCases(lang: MatrixCase['lang'], g: ListGrammar): ListCase[] {
  return g.leads.flatMap((lead) =>
    g.items.flatMap((first, n) => {
      const second = g.items[(n + 1) % g.items.length]!;
      return g.joins.flatMap((join, j) =>
        g.frames.map((frame, f) => {
          // The last way of joining joins two items.
          const pair = j === g.joins.length - 1;
          const items = pair ? [lead.written, first] : [lead.written, first, second];
          const names = pair ? [lead.name, first] : [lead.name, first, second];
          return { sentence: frame.replace('{L}', join(items)), names, combo: `${lang} list lead=${lead.name} items=${names.slice(1).join('+')} join=${j} frame=${f}` };
        }),
      );
    }),
  );
}

export const ENGLISH_LIST_CASES: ListCase[] = listCases('eng', ENGLISH_LISTS);
