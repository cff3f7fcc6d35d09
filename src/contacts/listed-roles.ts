/**
 * A plural role after a list of countries stands for one person of each: "कजाकिस्तान, ताजिकिस्तान
 * और उजबेकिस्तान के अपने समकक्षों से मुलाकात की" (met his counterparts of Kazakhstan, Tajikistan and
 * Uzbekistan), "… के विदेश मंत्रियों ने भाग लिया". Each country's person is the one person of its
 * nationality, holding the role's office, that the article names elsewhere (before or after: the
 * names often follow, "किर्गिज विदेश मंत्री X, ताजिक समकक्ष Y … पहले ही दिल्ली पहुंच चुके हैं");
 * a country with none or several stays unread. The roles are the pack's `coreference.listedRoles`.
 * The people found are phrases on the words of the whole list, one each, so the contact grammar
 * reads them as one coordinated group with the case after the role.
 */
import { PackPhrases } from '../grammar/phrases.ts';
import { NATION_WORDS } from '../grammar/nations.ts';
import type { Phrase } from '../grammar/phrase.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import { CONTACT_GRAMMAR_WORDS as HINDI_WORDS } from '../languages/hin/grammar-words.ts';

/** Phrases made for listed people: each is the subject's counterpart, not the others' (see amongListed). */
const LISTED = new WeakMap<Phrase, Listed>();

/**
 * Whether a claim pairs two people of the same listed role: "A, B और C के समकक्षों ने भाग लिया" tells
 * that each took part with the subject, not that they met one another.
 */
export function amongListed(subject: Phrase, other: Phrase): boolean {
  const list = LISTED.get(subject);
  return list !== undefined && list === LISTED.get(other);
}

const LISTED_ROLES = new PackPhrases<string>((pack) => Object.entries(pack.coreference?.listedRoles ?? {}));
const LINKS = perPack((pack) => new Set(pack.and.map(foldTerm)));
const GENITIVES = perPack((pack) => new Set((pack.genitives ?? []).map(foldTerm)));
const POSSESSIVES = perPack((pack) => new Set(pack.possessives.map(foldTerm)));
/** Countries a list needs: one country's plural role is no list ("चीन के अधिकारियों"). */
const MIN_COUNTRIES = 2;
/* "किर्गिज गणराज्य" (the Kyrgyz Republic): a word after a country's name that is still its name. */
const STATE_WORDS = new Set(HINDI_WORDS.stateWords.split(' ').map(foldTerm));

interface Listed {
  first: number;
  end: number;
  nationalities: string[];
  office: string;
}

/** The list of countries starting at token `k` with the plural role closing it, if there is one. */
function listAt(view: SentenceView, k: number): Listed | undefined {
  const { toks } = view;
  const lang = toks[k]!.lang;
  const nationalities: string[] = [];
  let j = k;
  for (;;) {
    const nation = NATION_WORDS.match(toks, j);
    if (!nation) return undefined;
    nationalities.push(nation.value.adjective);
    j = nation.end;
    while (STATE_WORDS.has(toks[j]?.fold ?? '')) j++;
    // A comma before the next country, or "और"/"तथा" (after a comma too: "A, B, और C").
    const comma = toks[j]?.breakBefore === true && /^\s*,\s*$/u.test(view.paragraph.text.slice(toks[j - 1]!.end, toks[j]!.start));
    if (LINKS(lang)?.has(toks[j]?.fold ?? '')) j++;
    else if (!comma) break;
  }
  if (nationalities.length < MIN_COUNTRIES || !GENITIVES(lang)?.has(toks[j]?.fold ?? '')) return undefined;
  j++;
  if (POSSESSIVES(lang)?.has(toks[j]?.fold ?? '')) j++;
  const role = LISTED_ROLES.match(toks, j);
  return role ? { first: k, end: role.end, nationalities, office: role.value } : undefined;
}

/** Whether a phrase gives its person the office (all its words; any office for '', a counterpart's). */
function holds(p: Phrase, office: string): boolean {
  if (office === '') return true;
  const words = (p.office ?? '').split(' ');
  return office.split(' ').every((w) => words.includes(w));
}

/** The one person of a nationality holding the office whom the article names outside this sentence. */
function personOf(view: SentenceView, views: readonly SentenceView[], nationality: string, office: string): number | undefined {
  const here = new Set(view.phrases.map((p) => p.person));
  const found = new Set<number>();
  const withOffice = new Set<number>();
  for (const v of views) {
    for (const p of v.phrases) {
      if (p.person === undefined || here.has(p.person)) continue;
      if (p.nationality === nationality) found.add(p.person);
      if (holds(p, office) && p.office !== undefined) withOffice.add(p.person);
    }
  }
  // A counterpart holds the subject's office, which need not be stated: the country's one person.
  const fit = office === '' ? [...found] : [...found].filter((person) => withOffice.has(person));
  return fit.length === 1 ? fit[0] : undefined;
}

/**
 * Phrases for the people a listed plural role stands for, one per country found, on the list's words.
 * @example listedRolePhrases(view, views) // "रूस, चीन और ईरान के विदेश मंत्रियों से" → three phrases
 */
export function listedRolePhrases(view: SentenceView, views: readonly SentenceView[], taken: (k: number) => boolean): Phrase[] {
  const out: Phrase[] = [];
  for (let k = 0; k < view.toks.length; k++) {
    if (taken(k)) continue;
    const listed = listAt(view, k);
    if (!listed) continue;
    for (let j = listed.first; j < listed.end; j++) if (taken(j)) return out;
    for (const nationality of listed.nationalities) {
      const person = personOf(view, views, nationality, listed.office);
      if (person === undefined || out.some((p) => p.person === person)) continue;
      const phrase: Phrase = { first: listed.first, end: listed.end, nameFirst: listed.first, nameEnd: listed.first, clitic: 0, source: 'role', relational: listed.office === '', possessive: false, person };
      LISTED.set(phrase, listed);
      out.push(phrase);
    }
    k = listed.end - 1;
  }
  return out;
}
