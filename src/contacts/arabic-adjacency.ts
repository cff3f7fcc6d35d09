/**
 * Where an Arabic verb's subject may stand apart from it and its object still follow: particles
 * (قد), a relative clause set off by commas, "that he" after a verb of saying, حيث, and the
 * adverbs, dates, roles and short place phrases between a subject and its object.
 */
import type { Group } from '../grammar/groups.ts';
import { NATION_WORDS } from '../grammar/nations.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { TITLE_WORDS } from '../grammar/titles.ts';
import type { Tok } from '../grammar/tokens.ts';
import { packFor } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import { FUTURE_MARKERS, foldedSet as set, type CueAt } from './cues.ts';
import { has } from './arabic-words.ts';

/* Words opening another clause: a subject or date beyond one is not the contact's. */
export const CLAUSE_BREAKS = set('أن إن أنه إنه بأن بأنه حيث قال وقال أضاف وأضاف الذي التي قولهم');
/* Date words stand between a verb's subject and object even where the article has no date to resolve them. */
const ARABIC_DATE_WORDS = new Set([...(packFor('arb')?.dateWords ?? []), 'اليوم', 'أمس', 'غدا', 'الأسبوع', 'الشهر', 'المقبل', 'المقبلة', 'القادم', 'القادمة'].map(foldTerm));
/* Verbs of saying and continuing before "that he" ("وقال X إنه التقى Y"). */
const SPEECH = set('قال وقال أضاف وأضاف أكد وأكد أعلن وأعلن');
const CONTINUING = set('وأضاف وأضافت وتابع وتابعت وأكد وأكدت وأشار وأشارت وقال وقالت');
/* Particles between a parenthetical clause and its verb ("، قد دعا"). */
const PARTICLES = set('قد لقد أيضا كذلك');
const PARENTHESIS_REACH = 14;
const RELATIVES = set('الذي التي');
const WHERE = set('حيث');

/** Whether a clause break stands among tokens [from, to). */
export function breakBetween(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (has(toks[k], CLAUSE_BREAKS)) return true;
  return false;
}

/** Whether only particles stand between tokens `from` and `to` ("وكان X قد التقى Y": قد before the verb). */
export function particlesOnly(toks: readonly Tok[], from: number, to: number): boolean {
  if (from === to) return true;
  for (let k = from; k < to; k++) if (!has(toks[k], PARTICLES) || toks[k]!.breakBefore) return false;
  return !toks[to]?.breakBefore;
}

/** The subject stands right before or after a transitive verb ("X، الذي دعا Y": a relative pronoun between; "X قد التقى Y"). */
export function adjacentSubject(toks: readonly Tok[], s: Group, c: CueAt): boolean {
  return c.end === s.first || (s.end <= c.i && particlesOnly(toks, s.end, c.i)) || (s.end === c.i - 1 && has(toks[s.end], RELATIVES)) || whereClause(toks, s, c) || parenthetical(toks, s, c);
}

/**
 * "X، الذي زار كابول الشهر الماضي، قد دعا Y": a relative clause set off by commas stands between
 * the subject and its verb, with at most particles (قد) after its closing comma.
 */
export function parenthetical(toks: readonly Tok[], s: Group, c: CueAt): boolean {
  if (s.end >= c.i || !has(toks[s.end], RELATIVES) || !toks[s.end]!.breakBefore || c.i - s.end > PARENTHESIS_REACH) return false;
  let k = c.i;
  while (k > s.end + 1 && has(toks[k - 1], PARTICLES) && !toks[k]!.breakBefore) k--;
  return k > s.end + 1 && toks[k]!.breakBefore;
}

/* Prepositions opening a phrase set off by commas after a subject ("X، خلال زيارته إلى الدوحة، مع Y"). */
const ASIDE_PREPOSITIONS = set('خلال في على عقب أثناء اثناء لدى بعد قبل');

/**
 * "وبحث X، الذي يزور الدوحة حاليا، مع Y", "وبحث X، خلال زيارته إلى الدوحة، مع Y": after a verb-first subject, a relative clause set off
 * by commas, or a phrase a preposition opens, stands before the one met; it closes with the comma right before `at` (the one met or
 * its introducer), within reach.
 */
export function asideAfter(toks: readonly Tok[], s: Group, at: number): boolean {
  const relative = has(toks[s.end], RELATIVES);
  if (!(relative || has(toks[s.end], ASIDE_PREPOSITIONS)) || !toks[s.end]!.breakBefore || at - s.end > PARENTHESIS_REACH) return false;
  let close = s.end + 1;
  // An aside opened by a preposition may hold a relative clause of its own ("خلال زيارته التي بدأها الاثنين").
  const ends = (t: Tok) => has(t, CLAUSE_BREAKS) && (relative || !has(t, RELATIVES));
  while (close < at && !toks[close]!.breakBefore && !ends(toks[close]!)) close++;
  // The comma closes the clause right before the one met or before its introducer ("، مع Y").
  return toks[close]?.breakBefore === true && close >= at - 1 && close <= at;
}

/* How many words (an office) may stand between a verb and its subject's name. */
const VERB_TO_SUBJECT = 6;

/**
 * The subject an aside after it (asideAfter) parts from the one met at `at`, and the contact verb
 * before that subject, with no clause break between the two.
 */
export function asideSubject(toks: readonly Tok[], before: readonly Group[], cues: readonly CueAt[], at: number): { s: Group; c: CueAt } | undefined {
  const s = before.find((s) => asideAfter(toks, s, at));
  const c = s && [...cues].reverse().find((d) => d.end <= s.first && s.first - d.end <= VERB_TO_SUBJECT && !breakBetween(toks, d.end, s.first));
  return s && c ? { s, c } : undefined;
}

/* "that he/she" after a verb of saying: the speaker is the one who met ("وقال X إنه التقى Y"). */
const THAT_SELF = set('إنه أنه انه إنها أنها انها');

/**
 * "وقال X إنه التقى Y", "أعلن X أنه سيلتقي Y", "وأشار X إلى أنه بصدد إجراء محادثات مع Y": the
 * speaker of a verb of saying is the subject of the contact word right after "that he" (or after
 * a future marker and a masdar of holding); nothing but the speaker stands between the two.
 */
export function speakerSelf(toks: readonly Tok[], s: Group, c: CueAt): boolean {
  const that = thatSelfAt(toks, c);
  // The verb of saying before its subject, or after it past قد ("وكان X قد أعلن … أنه سيلتقي Y").
  let after = s.end;
  while (has(toks[after], PARTICLES) && after < that) after++;
  if (s.end >= c.i || that < 0 || !(has(toks[s.first - 1], SPEECH) || has(toks[s.first - 1], CONTINUING) || (after < that && has(toks[after], SPEECH)))) return false;
  return !breakBetween(toks, s.end, that);
}

/* Words between "that he" and a contact noun: a future marker ("أنه بصدد", about to), a masdar of holding ("إجراء محادثات"). */
const ANNOUNCING = new Set([...FUTURE_MARKERS('arb')!, ...set('إجراء عقد لإجراء لعقد')]);
const ANNOUNCING_REACH = 2;

/** Where "that he" stands before the contact word: right before it, or before a future marker and a masdar of holding ("أنه بصدد إجراء محادثات"); -1 if not. */
function thatSelfAt(toks: readonly Tok[], c: CueAt): number {
  let k = c.i - 1;
  while (k >= c.i - ANNOUNCING_REACH && k > 0 && has(toks[k], ANNOUNCING)) k--;
  return has(toks[k], THAT_SELF) ? k : -1;
}

/* Verbs of holding before a contact noun ("حيث أجرى محادثات", "حيث عقد لقاء"). */
const HOLDING = set('أجرى أجرت عقد عقدت يجري تجري يعقد تعقد سيجري ستجري سيعقد ستعقد');

/**
 * "ستتوجه X إلى كييف حيث تلتقي Y", "وصل X إلى كابول حيث أجرى محادثات مع Y": the verb right after
 * حيث (or the contact noun a verb of holding there takes), with no other clause between it and X.
 */
export function whereClause(toks: readonly Tok[], s: Group, c: CueAt): boolean {
  const at = has(toks[c.i - 1], WHERE) ? c.i - 1 : has(toks[c.i - 1], HOLDING) && has(toks[c.i - 2], WHERE) ? c.i - 2 : -1;
  return at >= 0 && s.end <= at && !breakBetween(toks, s.end, at);
}

/* A place or occasion between a verb's subject and its object: "استقبل X في الكرملين Y", "التقى X على هامش القمة Y". */
const PLACE_PREPOSITIONS = set('في على خلال لدى');
const PREPOSITION_PHRASE = 3;
/* "لدى وصوله", "فور وصولها", "عند وصولهما": on arrival, followed by where, up to ARRIVAL_PHRASE words in all. */
const ON_ARRIVAL = set('لدى عند فور');
const ARRIVAL = set('وصوله وصولها وصولهما');
const ARRIVAL_PHRASE = 8;

/* Nouns of place that take بـ "at" ("بمطار كابل", "بمكتبه", "بالديوان الأميري", "بقصر الرئاسة"). */
const PLACE_NOUNS = set('مطار المطار مكتب مكتبه المكتب قصر القصر مقر المقر الديوان ديوان العاصمة مدينة');

/** Whether the word is a place noun with بـ "at" glued on. */
function placeWithBi(tok: Tok): boolean {
  return tok.fold.startsWith('ب') && tok.forms.some((f) => f !== tok.fold && PLACE_NOUNS.has(f));
}

/**
 * Whether the object follows from token `k` on: at once, or after one adverb ("التقى «سراً» Y"), a
 * date ("يستقبل X، اليوم الجمعة، Y"), a role in apposition ("زعيم حركة طالبان، الملا Y") or a short
 * phrase of place ("في الكرملين", "على هامش القمة", "بمطار كابل الدولي").
 */
export function objectFollows(view: SentenceView, k: number, to: number): boolean {
  const { toks } = view;
  let skipped = 0;
  let prepositional = false;
  while (k < to) {
    const tok = toks[k]!;
    const title = TITLE_WORDS.match(toks, k);
    if (datedAt(view, k)) k++;
    else if (title) k = title.end;
    else if (NATION_WORDS.match(toks, k)) k = NATION_WORDS.match(toks, k)!.end;
    else if ((has(tok, PLACE_PREPOSITIONS) || placeWithBi(tok)) && !prepositional && to - k <= PREPOSITION_PHRASE + 1) [k, prepositional] = [to, true];
    // "واستقبله لدى وصوله إلى مطار الملكة علياء الدولي Y": the arrival and the airport's long name.
    else if (has(tok, ON_ARRIVAL) && has(toks[k + 1], ARRIVAL) && !prepositional && to - k <= ARRIVAL_PHRASE && !breakBetween(toks, k, to)) [k, prepositional] = [to, true];
    else if (skipped++ === 0) k++;
    else return false;
  }
  return true;
}

/** Whether the word at `k` is part of a date the sentence states, or a date word ("الأسبوع المقبل", "اليوم"). */
export function datedAt(view: SentenceView, k: number): boolean {
  const tok = view.toks[k]!;
  return view.dates.some((d) => tok.start >= d.start && tok.end <= d.end) || has(tok, ARABIC_DATE_WORDS);
}

/* "مع" (with) before the one met. */
const WITH_WORD = set('مع');

/**
 * The role of an office standing as the verb's own subject among tokens [from, to), the one met
 * being introduced after it by مع or بـ ("والتقى الوزير الصيني بالرئيس الإيراني Y", "وبحث الرئيس
 * الأفغاني مع Y"), if any; a title right before Y is Y's own.
 */
export function officeBeforeWith(view: SentenceView, from: number, to: number): string | undefined {
  const { toks } = view;
  for (let k = from; k < to; k++) {
    const title = TITLE_WORDS.match(toks, k);
    if (!title?.value.role || title.clitic > 0) continue;
    let e = title.end;
    while (e < to && (NATION_WORDS.match(toks, e) || datedAt(view, e))) e = NATION_WORDS.match(toks, e)?.end ?? e + 1;
    const next = TITLE_WORDS.match(toks, e);
    return has(toks[e], WITH_WORD) || (next !== undefined && next.clitic > 0 && toks[e]!.text.startsWith('ب')) ? title.value.role : undefined;
  }
  return undefined;
}

/** Whether a sentence names an office of the role anywhere ("الشيخ X أمير دولة قطر" for a later "أمير قطر"). */
export function namesRole(view: SentenceView, role: string): boolean {
  return view.toks.some((_, k) => TITLE_WORDS.match(view.toks, k)?.value.role === role);
}

/** Whether a title stands among tokens [from, to) ("بحث وزير الخارجية الكويتي مع Y"). */
export function officeBetween(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (TITLE_WORDS.match(toks, k)) return true;
  return false;
}

/** Whether the group's first word carries لـ "to" ("لرئيس الوزراء", "لنظيره"). */
export function addressedTo(toks: readonly Tok[], g: Group): boolean {
  const head = g.members[0]!;
  return head.clitic > 0 && toks[g.first]!.text.slice(0, head.clitic).includes('ل');
}
