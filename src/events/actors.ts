/**
 * Who and what a sentence names, as token spans: people (where the people registry found their
 * names), groups and organisations (a small list below, spelt by each language pack's `groups`), countries (the nations
 * lexicon), a nation's institutions ("रूसी विदेश मंत्रालय", "وزارة الخارجية الروسية", "Russian
 * foreign ministry") and cities. Countries are both actors and places; cities are places only.
 */
import { cityAt } from '../contacts/places.ts';
import { NATION_WORDS } from '../grammar/nations.ts';
import { PackPhrases } from '../grammar/phrases.ts';
import type { Tok } from '../grammar/tokens.ts';
import { packFor, perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import type { MentionRef } from '../people/types.ts';
import type { Participant } from './types.ts';

export interface Entity {
  participant: Participant;
  /** Token range [first, end). */
  first: number;
  end: number;
  actor: boolean;
  place: boolean;
  person: boolean;
}

/* Groups and organisations that act in the news, by English name, and whether English prints it with "the"; each language pack spells them (`groups`). */
const GROUPS: ReadonlyArray<readonly [string, boolean]> = [
  ['Taliban', true],
  ['Kremlin', true],
  ['SCO', true],
  ['CSTO', true],
  ['UN Security Council', true],
  ['UN', true],
  ['NATO', false],
  ['EU', true],
  ['WHO', true],
  ['Islamic State', true],
  ['al-Qaeda', false],
  ['CICA', false],
];

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
}

const GROUP_PARTICIPANTS = new Map(GROUPS.map(([name, article]) => [name, { id: `group:${slug(name)}`, name, article } satisfies Participant]));

/* A pack's spelling of a group it names but the list above lacks is left out: the list says how English prints it. */
const GROUP_WORDS = new PackPhrases<Participant>((pack) =>
  (pack.groups ?? []).flatMap(([name, spellings]) => {
    const p = GROUP_PARTICIPANTS.get(name);
    return p ? spellings.map((s) => [s, p] as const) : [];
  }),
);

const INSTITUTION_WORDS = new PackPhrases<string>((pack) => (pack.institutions ?? []).flatMap(([noun, spellings]) => spellings.map((s) => [s, noun] as const)));

const GENITIVES = perPack((pack) => new Set((pack.genitives ?? []).map(foldTerm)));

export function countryParticipant(country: string): Participant {
  return { id: `country:${slug(country)}`, name: country, article: /^United /u.test(country) };
}

type Span = Pick<Entity, 'participant' | 'first' | 'end'>;

/** A nationality before the institution (Hindi "रूसी …", "रूस के …"; English "Russian …") or after it (Arabic "… الروسية"). */
function institutionAt(toks: readonly Tok[], i: number): Span | undefined {
  const nation = NATION_WORDS.match(toks, i);
  if (nation) {
    const after = toks[nation.end];
    const at = nation.value.isCountry && after && GENITIVES(after.lang)?.has(after.fold) ? nation.end + 1 : nation.end;
    const inst = nation.value.isCountry && at === nation.end ? undefined : INSTITUTION_WORDS.match(toks, at);
    if (inst && !toks[at]!.breakBefore) return institution(nation.value.adjective, nation.value.country, inst.value, i, inst.end);
    return undefined;
  }
  const inst = INSTITUTION_WORDS.match(toks, i);
  const after = inst ? NATION_WORDS.match(toks, inst.end) : undefined;
  if (inst && after && !after.value.isCountry && packFor(toks[inst.end]!.lang)?.modifiersAfterNoun) {
    return institution(after.value.adjective, after.value.country, inst.value, i, after.end);
  }
  return undefined;
}

function institution(adjective: string, country: string, noun: string, first: number, end: number): Span {
  return { participant: { id: `org:${slug(country)}-${slug(noun)}`, name: `${adjective} ${noun}`, article: true }, first, end };
}

/**
 * Entities of one sentence, in order, never overlapping; people first where spans collide.
 * @example findEntities(sentenceTokens('तालिबान ने काबुल पर कब्जा किया', 0), []).map((e) => e.participant.name) // ['Taliban', 'Kabul']
 */
export function findEntities(toks: readonly Tok[], people: ReadonlyArray<{ ref: MentionRef; participant: Participant }>): Entity[] {
  const out: Entity[] = [];
  const taken = new Array<boolean>(toks.length).fill(false);
  for (const { ref, participant } of people) {
    const first = toks.findIndex((t) => t.end > ref.start);
    let end = first;
    while (end >= 0 && end < toks.length && toks[end]!.start < ref.end) end++;
    if (first < 0 || end <= first) continue;
    for (let k = first; k < end; k++) taken[k] = true;
    out.push({ participant, first, end, actor: true, place: false, person: true });
  }
  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    const found = entityAt(toks, i);
    if (!found || taken.slice(i, found.end).some(Boolean)) continue;
    for (let k = i; k < found.end; k++) taken[k] = true;
    out.push(found);
    i = found.end - 1;
  }
  out.sort((a, b) => a.first - b.first);
  return out.filter((e, k) => !titleOfPerson(toks, e, out[k + 1]));
}

/* Hindi case markers that end a noun phrase: an entity followed by one is not part of a title. */
const PHRASE_ENDING_MARKERS = new Set(['ने', 'को', 'से', 'पर', 'में'].map(foldTerm));
/** Longest gap between a country and a person's name for the country to be part of the title ("रूस के विदेश मंत्री …"). */
const TITLE_GAP = 3;

/** Whether a country or group only qualifies the title of the person named next ("رئيس وزراء باكستان عمران خان"). */
function titleOfPerson(toks: readonly Tok[], e: Entity, next: Entity | undefined): boolean {
  if (e.person || !next?.person || next.first - e.end > TITLE_GAP) return false;
  if (PHRASE_ENDING_MARKERS.has(toks[e.end]?.fold ?? '')) return false;
  for (let k = e.end; k <= next.first; k++) if (toks[k]!.breakBefore) return false;
  return true;
}

/* English acronyms that are also words ("IS", "WHO") name a group only in capitals: "who is visiting" names none. */
const ACRONYMS = new Set((packFor('eng')?.groups ?? []).flatMap(([, spellings]) => spellings).filter((s) => /^[A-Z]{2,5}$/u.test(s)).map(foldTerm));

function lowercaseAcronym(tok: Tok): boolean {
  return ACRONYMS.has(tok.fold) && tok.text !== tok.text.toUpperCase();
}

function entityAt(toks: readonly Tok[], i: number): Entity | undefined {
  const inst = institutionAt(toks, i);
  if (inst) return { ...inst, actor: true, place: false, person: false };
  const group = GROUP_WORDS.match(toks, i);
  if (group && !(group.end === i + 1 && lowercaseAcronym(toks[i]!))) return { participant: group.value, first: i, end: group.end, actor: true, place: false, person: false };
  const city = cityAt(toks, i);
  if (city) return { participant: { id: `place:${slug(city.value)}`, name: city.value, article: false }, first: i, end: city.end, actor: false, place: true, person: false };
  const nation = NATION_WORDS.match(toks, i);
  if (nation?.value.isCountry) return { participant: countryParticipant(nation.value.country), first: i, end: nation.end, actor: true, place: true, person: false };
  return undefined;
}
