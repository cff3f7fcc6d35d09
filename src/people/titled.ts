/**
 * Names introduced by a title or role — the way news names people it has not named before:
 * Hindi and English put the nationality before the title ("रूसी विदेश मंत्री X", "Russian FM X",
 * "रूस के विदेश मंत्री X"), Arabic after it ("الرئيس الروسي X", "رئيس وزراء باكستان X"). Titles
 * chain ("स्टेट काउंसलर और विदेश मंत्री X", "FM Dr. X"). The name runs until a word that cannot be
 * part of a name (words.ts: function words, date words), punctuation, a title or a nationality.
 */
import { packFor, packsVersion, perPack } from '../languages/index.ts';
import { cityAt } from '../contacts/places.ts';
import { NATION_WORDS } from '../grammar/nations.ts';
import type { Phrase } from '../grammar/phrase.ts';
import { TITLE_WORDS, type Title } from '../grammar/titles.ts';
import { isInitial, type Tok } from '../grammar/tokens.ts';
import { isDateWord, isNameParticle, nameWordOK } from '../grammar/words.ts';
import { articleFamilyEnd } from './article-family.ts';
import { apposedFamilyName, divineCompound, DUAL_OFFICE, listedSecondName, MIN_LISTED_WORDS, remitClosed } from './arabic-name-runs.ts';
import { COMMA, GENITIVE, modifiersAfter, roleBefore, titleChain, type Chain } from './title-chain.ts';
import { isIn, set } from './title-complements.ts';

const APPOSITION_OPENERS = perPack((pack) => (pack.appositionOpeners ? set(pack.appositionOpeners) : undefined));
const STOP_WORDS = perPack((pack) => set(pack.stopWords));
const INSTITUTION_NOUNS = perPack((pack) => set(pack.institutionNouns ?? []));
const AFFILIATIONS = perPack((pack) => set(pack.titleAffiliations ?? []));
/* A role alone is a person when a case postposition other than a place's follows it ("मंत्री ने"). */
const POSTPOSITION_AFTER_ROLE = perPack((pack) => set(Object.entries(pack.cases?.markers ?? {}).flatMap(([word, c]) => (c === 'locative' ? [] : [word]))));
const AND_WORDS = perPack((pack) => set(pack.and));

/**
 * A role alone opening its clause in a language marking case (Hindi) is its holder as the plain
 * subject when a date or "and" follows it: "प्रधानमंत्री बुधवार को X से मिले", "विदेश मंत्री और X
 * के बीच बातचीत हुई", as "मंत्री ने" is with its case. A word of another kind after it may make
 * the title a modifier ("राष्ट्रपति चुनाव", "विदेश मंत्री स्तर की वार्ता"), so not then.
 */
function plainSubjectRole(toks: readonly Tok[], first: number, end: number): boolean {
  const next = toks[end];
  if (!next || next.breakBefore || !POSTPOSITION_AFTER_ROLE(next.lang)?.size) return false;
  if (first > 0 && !toks[first]!.breakBefore) return false;
  return isDateWord(next) || (AND_WORDS(next.lang)?.has(next.fold) ?? false);
}
/* Arabic full names run to six words with their particles (محمد بن عبد الرحمن آل ثاني). */
const MAX_NAME_WORDS = 6;

/** End (exclusive) of the name starting at `j`; `j` itself when no name follows. */
export function nameEnd(toks: readonly Tok[], j: number): number {
  let k = j;
  // A Latin particle ("bin", the "al" of "al-Kabir") is a token of its own but no word of the
  // name's length: "Abdullah bin Khalid bin Saud al-Kabir" runs to seven tokens.
  let particles = 0;
  while (k < toks.length && k - j - particles < MAX_NAME_WORDS) {
    const tok = toks[k]!;
    if (k > j && tok.breakBefore) break;
    // A city after a name is where the person is or goes ("मुल्ला बरादर काबुल पहुंचा").
    if (!(nameWordOK(tok, toks[k - 1]) || divineCompound(toks, k)) || TITLE_WORDS.match(toks, k) || NATION_WORDS.match(toks, k) || (k > j && cityAt(toks, k))) break;
    if (tok.script !== toks[j]!.script) break;
    if (tok.script === 'latin' && isNameParticle(tok)) particles++;
    k++;
  }
  k = articleFamilyEnd(toks, j, k);
  while (k > j && isNameParticle(toks[k - 1]!)) k--;
  // A city right after a title is where the office holder is or goes ("विदेश मंत्री तेहरान में रुके"), as a country is.
  if (cityAt(toks, j)) return j;
  // A word that is a name word only after a title (Hindi जो "who", also Joe) is never a whole name.
  if (k === j + 1 && !nameWordOK(toks[j]!)) return j;
  return k;
}

/** Builds the English role: qualifiers, nationality, then the offices joined by "and". */
function roleText(titles: Title[], nationality: string | undefined, qualifiers: string[]): { role?: string; office?: string; relational: boolean } {
  const offices = titles.filter((t) => t.role && !t.relational).map((t) => t.role!);
  const relational = offices.length === 0 && titles.some((t) => t.relational);
  const roles = offices.length ? offices : titles.filter((t) => t.relational).map((t) => t.role!);
  if (roles.length === 0) return { relational };
  const office = roles.join(' and ');
  return { role: [...qualifiers, nationality, office].filter(Boolean).join(' '), office: relational ? undefined : office, relational };
}

/* A colon after a title introduces its words, not its name ("الرئيس الألماني: سبب سعادتي …"). */
const COLON = /[:：]/u;
/* The words a name set before its office may have ("إنعام الله سمنغاني، نائب المتحدث …"). */
const MAX_APPOSED_NAME_WORDS = 4;

/**
 * Whether the office of `chain` ends an apposition: a comma, an affiliation ("… من طالبان"), or the
 * sentence's end — not after a seat, which may as well be where a clause's action happens
 * ("التقى X، وزير الخارجية في أنقرة").
 */
function closesApposition(toks: readonly Tok[], text: string, chain: Chain): boolean {
  const next = toks[chain.end];
  // Where modifiers precede the noun, the role ends where its words do ("X, the Tajik President at …").
  if (!next || !modifiersAfter(next)) return !chain.seated;
  return COMMA.test(text.slice(toks[chain.end - 1]!.end, next.start)) || (!next.breakBefore && isIn(next, AFFILIATIONS)) || remitClosed(toks, text, chain.end);
}

/**
 * First word of a name set off before an office, the office closed by a comma, an affiliation or
 * the sentence's end ("وغرد X Y، نائب المتحدث باسم الحكومة، على …"); `i` when there is none. The name
 * must have a clear left edge — the sentence's start or a word no name has — and two words or more.
 */
function apposedNameFirst(toks: readonly Tok[], text: string, i: number, chain: Chain): number {
  const quoted = quotedNameFirst(toks, text, i);
  if (quoted < i) return quoted;
  if (i < 2 || !COMMA.test(text.slice(toks[i - 1]!.end, toks[i]!.start)) || !closesApposition(toks, text, chain)) return i;
  // Capitals also open sentences: a capitalised stop word ("In Central Asia, the …") is no name's.
  const stop = modifiersAfter(toks[i]!) ? undefined : STOP_WORDS(toks[i]!.lang);
  // Particles and initials lengthen names where modifiers precede nouns ("Faisal bin Farhan Al Saud", "G. L. Peiris").
  const most = stop ? MAX_NAME_WORDS : MAX_APPOSED_NAME_WORDS;
  let k = i - 1;
  while (k >= 0 && i - k <= most) {
    const tok = toks[k]!;
    const stopWord = stop?.has(tok.fold) === true && !isInitial(tok) && !isNameParticle({ ...tok, text: tok.fold });
    // A sentence opened by a capitalised preposition sets off a place, not a name ("In Central Asia, the …").
    if (stopWord && tok.text !== tok.fold) return i;
    const nameWord = nameWordOK(tok, toks[k - 1]) || apposedFamilyName(toks, k, i);
    if (!nameWord || stopWord || TITLE_WORDS.match(toks, k) || NATION_WORDS.match(toks, k) || cityAt(toks, k) || tok.script !== toks[i - 1]!.script) break;
    if (tok.breakBefore || k === 0) return i - k >= 2 && !isNameParticle(toks[i - 1]!) ? k : i;
    k--;
  }
  if (k < 0 || i - k > most || k === i - 1) return i;
  return i - (k + 1) >= 2 && !isNameParticle(toks[i - 1]!) ? k + 1 : i;
}

/**
 * The end of a second name glued to و right after an Arabic office's name of two words or more, its
 * first word a listed name word or particle, which ends the first name ("X Y وعبد الله Z", "X Y وكريم Z"):
 * two name words or more. Undefined when there is none.
 */
function joinedSecondName(toks: readonly Tok[], first: number, end: number): number | undefined {
  const tok = toks[end];
  if (!tok || end - first < MIN_LISTED_WORDS || !modifiersAfter(tok) || tok.breakBefore || !/^و\p{L}{2}/u.test(tok.fold)) return undefined;
  const rest = tok.fold.slice(1);
  if (!packFor(tok.lang)?.nameWordsLatin?.has(rest) || packFor(tok.lang)?.nameWordsLatin?.has(tok.fold)) return undefined;
  const after = nameEnd(toks, end + 1);
  return after - end >= MIN_LISTED_WORDS && !isNameParticle(toks[after - 1]!) ? after : undefined;
}

/* Quotation marks around a name, as Arabic and Hindi news sets off a name the reader may not know. */
const OPENING_QUOTE = /["“”«»„‟]\s*$/u;
const CLOSING_QUOTE = /^\s*["“”«»„‟]/u;

/**
 * First word of a name in quotation marks right before the office at `i`, which the quotes set off
 * as a comma does ('محادثات مع "أحمد مسعود" زعيم مقاومة بنجشير', talks with Ahmad Massoud, leader of
 * the Panjshir resistance); `i` when there is none. The quotes hold two to four name words and nothing else.
 */
function quotedNameFirst(toks: readonly Tok[], text: string, i: number): number {
  if (i < 2 || !CLOSING_QUOTE.test(text.slice(toks[i - 1]!.end, toks[i]!.start))) return i;
  for (let k = i - 1; k >= 0 && i - k <= MAX_APPOSED_NAME_WORDS; k--) {
    const tok = toks[k]!;
    if (!nameWordOK(tok, toks[k - 1]) || TITLE_WORDS.match(toks, k) || NATION_WORDS.match(toks, k) || cityAt(toks, k) || tok.script !== toks[i - 1]!.script) return i;
    const before = text.slice(k > 0 ? toks[k - 1]!.end : Math.max(0, tok.start - 3), tok.start);
    if (OPENING_QUOTE.test(before)) return i - k >= 2 && !isNameParticle(toks[i - 1]!) ? k : i;
    if (k < i - 1 && tok.breakBefore) return i;
    if (k > 0 && toks[k]!.breakBefore) return i;
  }
  return i;
}

/**
 * First word of a role set off after a name, `first` being its first word of nationality or
 * qualifier: the words that open an apposition go with it ("X, who is the Tajik President");
 * -1 where the language sets no names off before roles.
 */
function appositionStart(toks: readonly Tok[], i: number, first: number): number {
  if (modifiersAfter(toks[i]!)) return i;
  const openers = APPOSITION_OPENERS(toks[i]!.lang);
  if (!openers) return -1;
  let k = first;
  while (k > 0 && first - k < MAX_APPOSED_NAME_WORDS && !toks[k]!.breakBefore && openers.has(toks[k - 1]!.fold)) k--;
  return k;
}

/**
 * Whether the office from `i` to `end` ends by closing the quotes of a body it quotes ("… لحركة
 * “طالبان” ومقره"): the words right after are the sentence's, not a name (a comma may still set one off).
 */
function quoteClosed(toks: readonly Tok[], i: number, end: number): boolean {
  if (!toks[end]?.quoteBefore) return false;
  for (let k = i + 1; k < end; k++) if (toks[k]!.quoteBefore) return true;
  return false;
}

/**
 * "نظرائه الروسي X، والألماني Y": after a titled name, "and" glued to a nationality adjective and a
 * name continues the list with the same office of that nationality. The phrase, else undefined.
 */
function listedNationality(toks: readonly Tok[], i: number, last: Phrase | undefined): Phrase | undefined {
  const tok = toks[i]!;
  if (!last || last.end !== i || last.source !== 'title' || !last.role || !modifiersAfter(tok)) return undefined;
  const nation = NATION_WORDS.match(toks, i);
  if (!nation || nation.value.isCountry || nation.clitic === 0 || !(packFor(tok.lang)?.and ?? []).includes(tok.fold.slice(0, nation.clitic))) return undefined;
  const end = nameEnd(toks, nation.end);
  if (end === nation.end || toks[nation.end]!.breakBefore) return undefined;
  const adjective = nation.value.adjective;
  const role = last.nationality && last.role.includes(last.nationality) ? last.role.replace(last.nationality, adjective) : `${adjective} ${last.role}`;
  return { ...last, first: i, clitic: nation.clitic, end, nameFirst: nation.end, nameEnd: end, role, nationality: adjective };
}

/**
 * Person phrases introduced by titles in one sentence, in order; `text` is what the tokens'
 * offsets point into, to see the punctuation between a title and the words after it.
 * @example findTitledPhrases(sentenceTokens('रूसी विदेश मंत्री सर्गेई लावरोव ने कहा', 0)) // one phrase, name tokens 3–5
 */
export function findTitledPhrases(toks: readonly Tok[], text?: string): Phrase[] {
  const phrases: Phrase[] = [];
  for (let i = 0; i < toks.length; i++) {
    const listed = listedNationality(toks, i, phrases[phrases.length - 1]);
    if (listed) {
      phrases.push(listed);
      i = listed.end - 1;
      continue;
    }
    const chain = titleChain(toks, i, text);
    if (!chain) continue;
    const after = modifiersAfter(toks[i]!);
    const before = after ? { first: i, qualifiers: [], possessive: false } : roleBefore(toks, i);
    const nationality = chain.nationality ?? before.nationality;
    const { role, office, relational } = roleText(chain.titles, nationality ?? before.owner, [...before.qualifiers, ...chain.qualifiers]);
    // Arabic counterpart words carry the possessive as a suffix (نظيره "his counterpart").
    const possessive = before.possessive || (after && relational);
    const weakOnly = chain.titles.every((t) => t.weak);
    const colon = text !== undefined && chain.end < toks.length && COLON.test(text.slice(toks[chain.end - 1]!.end, toks[chain.end]!.start));
    const named = colon || quoteClosed(toks, i, chain.end) ? chain.end : nameEnd(toks, chain.end);
    // Without capitals, one word set off by punctuation after a title is any word ("… विदेश मंत्री, जानें- क्यों").
    const oneWordAfterComma = !after && named === chain.end + 1 && toks[chain.end]!.breakBefore && toks[chain.end]!.script !== 'latin';
    // "Prime Minister Office", "President House": the office's body, not a name.
    const body = toks.slice(chain.end, named).some((tok) => isIn(tok, INSTITUTION_NOUNS));
    let end = oneWordAfterComma || body ? chain.end : named;
    // A weak title names someone after a nationality or a possessive, or after a genitive when a
    // full name follows ("तालिबान के नेता शेर मोहम्मद", not "युद्ध के प्रमुख विजयी राष्ट्रों").
    const genitive = !after && ((before.first > 0 && isIn(toks[before.first - 1], GENITIVE)) || before.owner !== undefined) && end - chain.end >= 2;
    // A word that only introduces a name, its head ("برئاسة X", headed by X), does so before a full name,
    // and is no part of the phrase: the contact grammar reads it before the person.
    const introducing = !chain.titles[0]!.role && chain.titles[0]!.weak === true;
    // Titles after it are read from their own first word, as without it.
    if (introducing && chain.titles.length > 1) continue;
    if (introducing && weakOnly && end - chain.end >= 2 && !toks[chain.end]!.fold.startsWith('ال')) {
      phrases.push({ first: chain.end, clitic: 0, relational: false, possessive: false, end, nameFirst: chain.end, nameEnd: end, source: 'title' });
      i = end - 1;
      continue;
    }
    if (weakOnly && !nationality && !possessive && !genitive) continue;
    // رئيس is no title alone: with its state in construct it names a full name only ("رئيس باكستان عارف علوي"),
    // or no one after it, a role alone that stands for its holder named elsewhere ("اتصل X بأمير قطر").
    if (chain.ofState && end - chain.end === 1) continue;
    // After an office for a body, one word is the verb's object as often as a name ("جدد وزير الدولة
    // لشؤون مجلس الوزراء موقف دولة الكويت", renewed the position of Kuwait): a full name only.
    if (chain.ofBody && end - chain.end === 1) continue;
    const clitic = chain.clitic;
    const base = { first: before.first, clitic: before.first === i ? clitic : 0, role, office, nationality, relational, possessive };
    const roleStart = text !== undefined && role && !relational && !weakOnly && clitic === 0 ? appositionStart(toks, i, before.first) : -1;
    const apposed = roleStart >= 0 ? apposedNameFirst(toks, text!, roleStart, chain) : i;
    const free = phrases.length === 0 || phrases[phrases.length - 1]!.end <= apposed;
    if (apposed < roleStart && free && (end === chain.end || toks[chain.end]!.breakBefore)) {
      phrases.push({ ...base, first: apposed, clitic: 0, end: chain.end, nameFirst: apposed, nameEnd: roleStart, source: 'title' });
      i = chain.end - 1;
    } else if (end > chain.end) {
      const second = listedSecondName(toks, chain.end, end) ?? (joinedSecondName(toks, chain.end, end) !== undefined ? end : undefined);
      if (second === end) end = joinedSecondName(toks, chain.end, end)!;
      phrases.push({ ...base, end: second ?? end, nameFirst: chain.end, nameEnd: second ?? end, source: 'title' });
      // The second of two names after one office: the dual's other holder, else a person whose office may follow.
      if (second !== undefined) {
        const shared = chain.titles[0]!.shared || DUAL_OFFICE.test(toks[i]!.fold) ? { role, office, nationality } : {};
        phrases.push({ first: second, clitic: 1, relational: false, possessive: false, ...shared, end, nameFirst: second, nameEnd: end, source: 'title' });
      }
      i = end - 1;
    } else if (role && (relational || nationality || chain.stateNationality || isIn(toks[chain.end], POSTPOSITION_AFTER_ROLE) || (!weakOnly && plainSubjectRole(toks, before.first, chain.end)))) {
      // "اتصل X بأمير قطر": a title naming its state stands alone for its holder as an office with its nationality does.
      phrases.push({ ...base, nationality: nationality ?? chain.stateNationality, end: chain.end, nameFirst: chain.end, nameEnd: chain.end, source: 'role' });
      i = chain.end - 1;
      // "وزيري الخارجية الصيني والروسي": the second nationality of a dual office is its second holder.
      const second = chain.titles[0]!.shared && nationality ? NATION_WORDS.match(toks, chain.end) : undefined;
      if (second && second.clitic > 0 && toks[chain.end]!.text.startsWith('و') && !toks[chain.end]!.breakBefore) {
        const other = roleText(chain.titles, second.value.adjective, [...before.qualifiers, ...chain.qualifiers]);
        phrases.push({ ...base, ...other, nationality: second.value.adjective, first: chain.end, clitic: second.clitic, end: second.end, nameFirst: second.end, nameEnd: second.end, source: 'role' });
        i = second.end - 1;
      }
    }
  }
  return phrases;
}

/*
 * A build reads each sentence with a title twice: once for the names titles introduce across the
 * corpus (build.ts `titledNames`), then for the article's people. The phrases found the first time
 * wait here, keyed by the sentence, until the second read takes them.
 */
const keptPhrases = new WeakMap<object, { packs: number; phrases: Phrase[] }>();

/**
 * `findTitledPhrases` of one sentence's tokens; `keep`: hold the result for the next call about
 * the same sentence, which takes it (copies: callers change their phrases) instead of reading again.
 */
export function titledPhrasesOf(sentence: object, toks: readonly Tok[], text: string, keep = false): Phrase[] {
  const kept = keptPhrases.get(sentence);
  if (kept) {
    keptPhrases.delete(sentence);
    if (kept.packs === packsVersion()) return kept.phrases.map((p) => ({ ...p }));
  }
  const phrases = findTitledPhrases(toks, text);
  if (keep) keptPhrases.set(sentence, { packs: packsVersion(), phrases: phrases.map((p) => ({ ...p })) });
  return phrases;
}
