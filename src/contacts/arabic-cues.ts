/**
 * The contact words of an Arabic sentence, as the contact grammar (arabic.ts) reads them: where
 * each stands, whether the text announces it (a future form, a future marker before it, a present
 * verb with today or tomorrow) or denies it (then it is no cue), the kind of contact a clause
 * tells, and the clause whose dates are the contact's.
 */
import type { Tok } from '../grammar/tokens.ts';
import { CLAUSE_BREAKS } from './arabic-adjacency.ts';
import { has } from './arabic-words.ts';
import { CUES, FUTURE_MARKERS, NEGATION_WORDS, PHONE_WORDS, foldedSet as set, type Cue, type CueAt } from './cues.ts';
import { ANNOUNCING_AFTER, GOING_PRESENT } from '../languages/arb/contacts.ts';
import { foldTerm } from '../text/normalize.ts';

const ARABIC_CUES = CUES.of('arb')!;
const ARABIC_FUTURE_MARKERS = FUTURE_MARKERS('arb')!;
const ARABIC_PHONE = PHONE_WORDS('arb')!;
/* How far back from a contact word a future marker announces it ("من المقرر أن يلتقي"). */
export const FUTURE_REACH = 8;
/*
 * Reported speech ends this grammar's searches back from a contact word for a future marker, a
 * denial or a subject ("قال إنه سيزور …" stays with its verb). Fewer verbs than the pack's `speech`,
 * which says who is a speaker: with the pack's whole list (أشار, ذكر, أوضح …) a tuning-split
 * contact was lost and none gained.
 */
const SPEECH = set('قال وقال أضاف وأضاف أكد وأكد أعلن وأعلن');
/* Denied or cancelled contacts are no contacts ("نفت روسيا وجود خطط لعقد محادثات بين X وY"). */
const NEGATIONS = NEGATION_WORDS('arb')!;
const NEGATION_REACH = 10;
/* Today, tonight, tomorrow, next (week, Thursday): the day a present-tense verb announces. */
const COMING_DAYS = set('اليوم الليلة غدا غداً الغد المقبل المقبلة القادم القادمة');
const ANNOUNCED_REACH = 20;

/* Present verbs of going and doing that lead to a contact ("يزور X أنقرة الأسبوع المقبل للقاء Y"). */
const LEADING_PRESENT = new Set(GOING_PRESENT.map(foldTerm));
/* Adjectives after a contact noun making it one to come ("اللقاء المرتقب", "القمة المقبلة"). */
const ANNOUNCING_ADJECTIVES = new Set(ANNOUNCING_AFTER.map(foldTerm));
/* How far back the verb may stand: past a subject with a long title and a place ("يزور وزير الخارجية الباكستاني X أنقرة الأسبوع المقبل للقاء"). */
const LEADING_REACH = 14;

/* Masdars of meeting that take an object ("لقاء Y", meeting Y; "استقبال Y", receiving Y). */
const MASDARS = set('لقاء استقبال مقابلة');

/** The contact words of a sentence, denied ones left out, each marked planned when the text announces it. */
export function findCues(toks: readonly Tok[]): CueAt[] {
  const cues: CueAt[] = [];
  for (let i = 0; i < toks.length; i++) {
    const m = ARABIC_CUES.match(toks, i);
    if (!m) continue;
    let marked = false;
    for (let k = i - 1; k >= Math.max(0, i - FUTURE_REACH) && !has(toks[k], SPEECH); k--) if (has(toks[k], ARABIC_FUTURE_MARKERS)) marked = true;
    let negated = false;
    // "نقلت عن مصادر لم تسمها بأن X التقى Y" (sources it did not name): a denial in the clause before "that" is not the contact's.
    for (let k = i - 1; k >= Math.max(0, i - NEGATION_REACH) && !has(toks[k], SPEECH) && !has(toks[k], CLAUSE_BREAKS); k--) if (has(toks[k], NEGATIONS)) negated = true;
    // "يعتزم X لقاء Y" (X intends to meet Y): a bare masdar after a word announcing it takes the person met as its object.
    const cue = marked && m.end === i + 1 && has(toks[i], MASDARS) ? { ...m.value, possessedObject: true } : m.value;
    if (!negated) cues.push({ i, end: m.end, cue, planned: m.value.future === true || marked || (m.value.present === true && announcedDay(toks, i)) || ledByComingDay(toks, i) || has(toks[m.end], ANNOUNCING_ADJECTIVES) });
    i = m.end - 1;
  }
  // "زيارة مرتقبة لـX إلى أنقرة للقاء Y", "يزور X أنقرة الأسبوع المقبل لإجراء محادثات مع Y": the purpose of an announced visit is announced too.
  for (let n = 1; n < cues.length; n++) {
    const [before, c] = [cues[n - 1]!, cues[n]!];
    if (!c.planned && before.planned && c.cue.possessedObject && c.cue.kind !== 'invitation' && toks[c.i]!.fold.startsWith('ل') && c.i - before.end < LEADING_REACH && !toks.slice(before.end, c.i).some((t) => has(t, CLAUSE_BREAKS) || has(t, SPEECH))) c.planned = true;
  }
  return cues;
}

/* Words that may open the clause going on with a pair just named ("حيث سيناقشان", "التي ستتناول"). */
const PAIR_TAKEN_UP = set('حيث التي الذي والتي والذي');
/* Words opening a clause about something else ("بينما سيزور Z …"). */
const OTHER_CLAUSE = set('بينما فيما كما لكن لكنه بعد قبل');
/* How far after the pair the clause taking it up may start (a day, "بين الجانبين" may stand between). */
const TAKEN_UP_REACH = 6;

/**
 * "محادثات بين X وY اليوم، حيث سيناقشان …", "قمة بين X وY ستعقد في جنيف": a contact noun whose
 * pair the clause right after takes up with a future form is announced, whatever the noun's tense
 * (a noun has none); also one a host verb announces just before it ("تستضيف موسكو اليوم محادثات بين").
 */
export function announcedAround(toks: readonly Tok[], cues: readonly CueAt[], c: CueAt, end: number): boolean {
  const host = [...cues].reverse().find((d) => d.end <= c.i);
  if (host?.planned && c.i - host.end <= 3 && !toks.slice(host.end, c.i + 1).some((t) => t.breakBefore || has(t, CLAUSE_BREAKS))) return true;
  for (let k = end; k < Math.min(toks.length, end + TAKEN_UP_REACH); k++) {
    const t = toks[k]!;
    if (has(t, ARABIC_FUTURE_MARKERS) || cues.some((d) => d.i === k && d.cue.future === true)) return true;
    if (has(t, OTHER_CLAUSE) || has(t, SPEECH) || (has(t, CLAUSE_BREAKS) && !has(t, PAIR_TAKEN_UP)) || cues.some((d) => d.i === k)) return false;
  }
  return false;
}

/** A present verb of going as written, or after "and": other clitics would read names as verbs (فيصل as ف+يصل). */
function leadingVerb(tok: Tok): boolean {
  return LEADING_PRESENT.has(tok.fold) || (tok.fold.startsWith('و') && LEADING_PRESENT.has(tok.fold.slice(1)));
}

/**
 * "يزور X أنقرة الأسبوع المقبل للقاء Y", "يجري X غدا محادثات مع Y": a present verb of going or
 * doing before the contact word, in its clause, with a day to come, announces the contact it leads to.
 */
function ledByComingDay(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - LEADING_REACH) && !has(toks[k], SPEECH) && !has(toks[k], CLAUSE_BREAKS); k--) {
    if (leadingVerb(toks[k]!)) return announcedDay(toks, k);
  }
  return false;
}

/**
 * "يستقبل X، اليوم الجمعة، Y" (X receives Y today): a present-tense verb with today, tonight or
 * tomorrow in its clause announces the contact. Headlines use the present for what happened, and
 * name no day.
 */
function announcedDay(toks: readonly Tok[], i: number): boolean {
  const [start] = clauseOf(toks, i, i + 1);
  // The day may follow two long titled names ("يلتقي رئيس الوزراء الهندي X مستشار الأمن القومي Y الأسبوع المقبل").
  for (let k = start; k < Math.min(toks.length, i + ANNOUNCED_REACH); k++) {
    if (k > i && (has(toks[k], CLAUSE_BREAKS) || has(toks[k], ARABIC_FUTURE_MARKERS))) return false;
    if (has(toks[k], COMING_DAYS)) return true;
  }
  return false;
}


/** The contact's kind: a phone cue or phone word near it makes talks a phone call. */
export function kindOf(toks: readonly Tok[], cues: CueAt[], from: number, to: number, fallback: CueAt): Cue['kind'] {
  if (cues.some((c) => c.cue.kind === 'phone call' && c.i >= from && c.i < to)) return 'phone call';
  for (let k = from; k < Math.min(to, toks.length); k++) if (has(toks[k], ARABIC_PHONE)) return 'phone call';
  // "في اتصال هاتفي تلقاه X": the call noun stands right before the verb of receiving.
  if (fallback.cue.received && cues.some((c) => c.cue.kind === 'phone call' && c.end >= fallback.i - 1 && c.end <= fallback.i)) return 'phone call';
  if (fallback.cue.received) return cues.find((c) => c.i >= from && c.i < to && !c.cue.received)?.cue.kind ?? fallback.cue.kind;
  return fallback.cue.kind;
}

/* How far after the contact's words its clause may run: further on, a date is what they discussed ("بحث الجانبان … الاتفاق المبرم عام 2015"). */
const CLAUSE_REACH_AFTER = 12;

/**
 * The clause around tokens [first, end): from after the last clause break before to the next one,
 * at most CLAUSE_REACH_AFTER words after the contact's words. There a future marker opens a clause
 * too: "ناقش الجانبان الدورة المقرر عقدها يوم 19 ديسمبر" (the session scheduled for 19 December)
 * dates the session, not the talks.
 */
export function clauseOf(toks: readonly Tok[], first: number, end: number): [number, number] {
  let start = first;
  while (start > 0 && !has(toks[start - 1], CLAUSE_BREAKS)) start--;
  let stop = end;
  while (stop < toks.length && stop - end < CLAUSE_REACH_AFTER && !has(toks[stop], CLAUSE_BREAKS) && !has(toks[stop], ARABIC_FUTURE_MARKERS)) stop++;
  return [start, stop];
}
