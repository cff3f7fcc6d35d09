/**
 * One sentence read as a happening: its trigger (the most specific kind when it has several: in
 * "X said the Taliban took Kabul" the capture is what happened), the entities it names and their
 * roles. Among triggers of the same kind a verb is preferred to a noun, and the main verb is the
 * last one in Hindi (verb-final) and the first one in Arabic and English. A happening needs an
 * actor; an invitation needs someone invited and a journey a destination or, told by where it
 * left, a start ("किया जाएगा" is a future auxiliary, not a journey, because no place precedes it).
 */
import { dateKey } from '../dates/format.ts';
import { isDateLimit } from '../grammar/date-limits.ts';
import type { DateMention } from '../dates/types.ts';
import type { MentionRef } from '../people/types.ts';
import { findEntities, type Entity } from './actors.ts';
import { KIND_PRIORITY, TRIGGERS, type Trigger } from '../grammar/triggers.ts';
import { readRoles } from './roles.ts';
import { scheduledDate } from './scheduled.ts';
import { isJourneyPurpose } from './purpose.ts';
import { apartPhrase } from './day-apart.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { words } from './roles-common.ts';
import { DETERMINERS, FUTURE_BEFORE_TO, LIGHT_VERBS } from '../contacts/english-tokens.ts';
import type { HappeningKind, Participant, Roles } from './types.ts';
import { happeningWords } from './function-words.ts';
import { underTimePostposition } from './during.ts';
import { inByline } from './byline-date.ts';

export interface Happening {
  article: number;
  paragraph: number;
  /** Position of the sentence in the article. */
  order: number;
  kind: HappeningKind;
  planned: boolean;
  roles: Roles;
  /** Sentence offsets in the paragraph. */
  start: number;
  end: number;
  /** Paragraph offsets of the trigger and of the role entities. */
  marks: Array<[number, number]>;
  /** The sentence's own date nearest to the trigger. */
  date?: DateMention;
  /** A meeting noun named as one already told of ("the meeting", "this meeting", "الاجتماع", "इस बैठक"). */
  definite?: boolean;
  /** An English meeting's name, the capitalised words before its noun ("the Troika Plus meeting": "troika plus"). */
  name?: string;
  /** Told some days apart from its sentence's main happening ("a day after X arrived"): the days, and the phrase's paragraph offsets. */
  apart?: { days: number; start: number; end: number; text: string };
}

interface Found {
  first: number;
  end: number;
  trigger: Trigger;
}


/* An English "will" just before the verb announces the happening. */
const WILL = words('will shall');
/* Words after which an English noun trigger is the verb of the same spelling ("will visit Kabul", "is due to visit Moscow"). */
const VERB_BEFORE = words('will shall would could may might must to');

/** "is scheduled to visit", "plans to travel": a verb after "to" that a word of intent or schedule opens. */
function toOfFuture(toks: readonly Tok[], first: number): boolean {
  return toks[first - 1]?.fold === 'to' && FUTURE_BEFORE_TO.has(toks[first - 2]?.fold ?? '');
}
/* A Hindi future or modal verb just after a noun announces it ("मुलाकात करेंगे", "बैठक होगी", "मीटिंग कर सकते हैं"). */
const HINDI_FUTURE = /(?:ेंगे|ेंगी|ेगा|ेगी|ोगा|ोगी|ोंगे|ोंगी)$/u;
const HINDI_MODAL = words('सकते सकती सकता');

/* What an English "ahead of" names is still to come ("talks held ahead of the Delhi Regional Security Dialogue on Wednesday"). */
const AHEAD_REACH = 6;

function aheadOf(toks: readonly Tok[], first: number): boolean {
  for (let k = Math.max(0, first - AHEAD_REACH); k < first - 1; k++) if (toks[k]!.fold === 'ahead' && toks[k + 1]!.fold === 'of') return true;
  return false;
}


/** Where the light verb of an English noun stands ("to hold talks", "will pay a visit"), else the noun's own place. */
function lightVerbOf(toks: readonly Tok[], first: number): number {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (LIGHT_VERBS.has(toks[k]!.fold)) return k;
    if (!DETERMINERS.has(toks[k]!.fold) && !/^\p{Ll}/u.test(toks[k]!.text)) break;
  }
  return first;
}

/** How far after an English noun its predicate may stand ("Talks on Afghanistan between the envoys will be held"). */
const PREDICATE_REACH = 8;
const RELATIVE_WORDS = words('that which who where when while');

/** "Talks on Afghanistan will be held in Moscow", "the summit is expected to take place": the noun's own predicate is a future one. */
function futurePredicate(toks: readonly Tok[], end: number): boolean {
  for (let k = end; k < Math.min(toks.length, end + PREDICATE_REACH); k++) {
    const w = toks[k]!.fold;
    if (RELATIVE_WORDS.has(w) || PAST_AUXILIARIES.has(w) || (k > end && TRIGGERS.match(toks, k))) return false;
    if (WILL.has(w) || toOfFuture(toks, k + 1)) return true;
  }
  return false;
}

function announced(view: SentenceView, f: Found): boolean {
  const { toks } = view;
  if (view.lang === 'eng') {
    const v = f.trigger.noun ? lightVerbOf(toks, f.first) : f.first;
    return toks.slice(Math.max(0, v - 2), v).some((t) => WILL.has(t.fold)) || toOfFuture(toks, v) || (f.trigger.noun && (aheadOf(toks, f.first) || futurePredicate(toks, f.end)));
  }
  if (view.lang !== 'hin' || !f.trigger.noun) return false;
  return toks.slice(f.end, f.end + 3).some((t) => HINDI_FUTURE.test(t.fold) || HINDI_MODAL.has(t.fold));
}

/* Finite light verbs that make a contact noun report a happening ("मुलाकात की", "बातचीत हुई", "वार्ता होगी", "भेंट कर सकते"); "बातचीत करना" does not. */
const HINDI_FINITE = words('की कीं किया किए करेंगे करेगा करेगी करेंगी कर हुई हुईं हुआ हुए होगी होगा होंगे होंगी हो');
const PARTICLES = words('भी ही');

function lightVerbAfter(toks: readonly Tok[], end: number): boolean {
  let k = end;
  while (toks[k] && PARTICLES.has(toks[k]!.fold)) k++;
  return toks[k] !== undefined && HINDI_FINITE.has(toks[k]!.fold);
}

function findTriggers(view: SentenceView): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < view.toks.length; i++) {
    const m = TRIGGERS.match(view.toks, i);
    if (m && !(m.value.light && !lightVerbAfter(view.toks, m.end))) {
      // English writes a verb and its noun alike ("visit"): after "will" or "to" it is the verb, whose object is its place.
      const verb = view.lang === 'eng' && m.value.noun && VERB_BEFORE.has(view.toks[i - 1]?.fold ?? '');
      out.push({ first: i, end: m.end, trigger: verb ? { ...m.value, noun: false } : m.value });
      i = m.end - 1;
    }
  }
  return out;
}

/** The triggers to try, best first. */
function ranked(found: Found[], lang: string): Found[] {
  const rank = (f: Found) => KIND_PRIORITY.indexOf(f.trigger.kind) * 2 + (f.trigger.noun ? 1 : 0);
  // Hindi is verb-final: the main verb is the last trigger.
  const position = (f: Found) => (lang === 'hin' ? -f.first : f.first);
  return [...found].sort((a, b) => rank(a) - rank(b) || position(a) - position(b));
}

/**
 * `placed`: a meeting named only by where it was held ("talks were held in Moscow on Monday") is
 * one. Not beside a contact or another happening of the sentence: there a meeting named only by
 * its place ("the talks on Wednesday in New Delhi") is most often one the article tells with its
 * people.
 */
function acceptable(kind: HappeningKind, roles: Roles, placed: boolean): boolean {
  if (kind === 'invitation') return roles.target !== undefined;
  if (kind === 'travel') return (roles.place !== undefined || roles.from !== undefined) && roles.agent !== undefined;
  if ((kind === 'session' || kind === 'attack') && roles.place !== undefined && placed) return true;
  return roles.agent !== undefined || roles.target !== undefined || roles.topic !== undefined;
}

/** A year alone dates nothing one can ask /on about ("इस साल की शुरुआत में"), nor does a limit ("after August 31"), nor a tweet's byline run on into the sentence. */
function datesOf(view: SentenceView): DateMention[] {
  return view.dates.filter((d) => d.precision !== 'year' && !isDateLimit(view.paragraph.text, d, view.lang) && !inByline(d, view.sentence.text, view.sentence.start));
}

/** The days that may date a trigger: under a postposition of time ("कब्जे के दौरान"), only those before it (during.ts). */
function datesFor(view: SentenceView, f: Found): DateMention[] {
  const dates = datesOf(view);
  if (!f.trigger.noun || !underTimePostposition(view.toks, f.end, view.lang)) return dates;
  return dates.filter((d) => d.start < view.toks[f.first]!.start);
}

/*
 * Hindi is verb-final: a day stands before its verb ("18 सितंबर की रात नई दिल्ली पहुंचेंगे और 20
 * सितंबर की रात … रवाना होंगे"), so a day after the trigger is nearer only when none stands before.
 */
function nearestDate(view: SentenceView, at: number, f?: Found): DateMention | undefined {
  const dates = (f ? datesFor(view, f) : datesOf(view)).filter((d) => !f || !anotherFuture(view, f, d)).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  return (view.lang === 'hin' ? dates.find((d) => d.start < at) : undefined) ?? dates[0];
}

function marksOf(view: SentenceView, found: Found, entities: Entity[], roles: Roles): Array<[number, number]> {
  const ids = new Set(Object.values(roles).filter((r): r is Participant => typeof r === 'object').map((p) => p.id));
  const spans = entities.filter((e) => ids.has(e.participant.id)).map((e): [number, number] => [view.toks[e.first]!.start, view.toks[e.end - 1]!.end]);
  spans.push([view.toks[found.first]!.start, view.toks[found.end - 1]!.end]);
  return spans.sort((a, b) => a[0] - b[0]);
}

/* Arabic writes the determiner of a noun already told of on it (ال); the packs list the words standing before it. */
const ARABIC_DEFINITE = /^[وف]?(?:ال|لل)/u;

function definiteNoun(view: SentenceView, first: number): boolean {
  if (view.lang === 'arb') return ARABIC_DEFINITE.test(view.toks[first]!.fold);
  return happeningWords(view.lang).definite.has(view.toks[nameStart(view, first) - 1]?.fold ?? '');
}

/** Where an English meeting's name starts: the capitalised words right before its noun ("the Troika Plus meeting"). */
function nameStart(view: SentenceView, first: number): number {
  if (view.lang !== 'eng') return first;
  const { definite } = happeningWords(view.lang);
  let k = first;
  while (k > 0 && first - k < NAME_WORDS && /^\p{Lu}/u.test(view.toks[k - 1]!.text) && !definite.has(view.toks[k - 1]!.fold) && !view.toks[k]!.breakBefore) k--;
  return k;
}
const NAME_WORDS = 4;

/** An English meeting's name, folded, when capitalised words stand before its noun. */
function meetingName(view: SentenceView, first: number): string | undefined {
  const start = nameStart(view, first);
  return start === first ? undefined : view.toks.slice(start, first).map((t) => t.fold).join(' ');
}

/**
 * English: a day after the trigger with a future verb between ("talks, which have been held in
 * Vienna, have stalled and are expected to resume in September") is that verb's, not a happening
 * told as done. An announced happening keeps it ("will hold talks … and is expected to sign on
 * Friday" is all to come), and so does a noun whose own predicate is the future one ("talks will be
 * held on Friday").
 */
function anotherFuture(view: SentenceView, f: Found, d: DateMention): boolean {
  if (view.lang !== 'eng' || d.start < view.toks[f.end - 1]!.end || announced(view, f)) return false;
  const { toks } = view;
  // A noun's future predicate is its own ("talks will be held on Friday"), unless a past one told it as done first.
  let done = !f.trigger.noun;
  for (let k = f.end; k < toks.length && toks[k]!.end <= d.start; k++) {
    if (PAST_AUXILIARIES.has(toks[k]!.fold)) done = true;
    if (done && (WILL.has(toks[k]!.fold) || toOfFuture(toks, k + 1))) return true;
  }
  return false;
}
const PAST_AUXILIARIES = words('was were has have had');

/** A noun's scheduled day ("session …, scheduled to take place on December 19"), which it takes before any nearer one. */
function scheduledOf(view: SentenceView, f: Found): DateMention | undefined {
  if (!f.trigger.noun) return undefined;
  // Up to the next trigger: a scheduling word after it is that one's.
  let bound = f.end;
  while (bound < view.toks.length && !TRIGGERS.match(view.toks, bound)) bound++;
  return scheduledDate(view, f.end, datesOf(view), bound);
}

function happeningAt(view: SentenceView, f: Found, entities: Entity[], date: DateMention | undefined, placed: boolean): Happening | undefined {
  const roles = readRoles({ toks: view.toks, entities, first: f.first, end: f.end, trigger: f.trigger }, view.lang);
  // Who carried out an attack is what reports dispute, and a name beside one is as often blamed ("holds X responsible for the attack"): it is told without an agent.
  if (f.trigger.kind === 'attack') {
    if (roles.agent && !roles.topic) roles.topic = roles.agent;
    delete roles.agent;
  }
  if (!acceptable(f.trigger.kind, roles, placed)) return undefined;
  return {
    article: view.article.number,
    paragraph: view.paragraph.number,
    order: view.order,
    kind: f.trigger.kind,
    planned: f.trigger.planned || announced(view, f) || (date !== undefined && date === scheduledOf(view, f)),
    roles,
    start: view.sentence.start,
    end: view.sentence.end,
    marks: marksOf(view, f, entities, roles),
    ...(date ? { date } : {}),
    ...(f.trigger.noun && definiteNoun(view, f.first) ? { definite: true } : {}),
    ...(f.trigger.noun && meetingName(view, f.first) ? { name: meetingName(view, f.first) } : {}),
  };
}

/**
 * The happenings a sentence reports: the main one, dated by the sentence's date nearest to its
 * trigger; then, for each other day the sentence names, the happening whose trigger that date is
 * nearest to ("X ने सोमवार को बताया कि … मंगलवार को मुलाकात करेंगे": a statement on Monday and a
 * meeting on Tuesday). `besideContact`: the sentence states a contact, so each happening is dated
 * only from its own clause.
 * @example sentenceHappenings(view, [])[0]?.kind // 'capture' for "तालिबान ने रविवार को … काबुल पर कब्जा कर लिया"
 */
export function sentenceHappenings(view: SentenceView, people: ReadonlyArray<{ ref: MentionRef; participant: Participant }>, besideContact = false): Happening[] {
  const triggers = findTriggers(view);
  // A meeting noun that is a journey's purpose ("arrived in Tehran for talks") is the journey's,
  // unless scheduled for a day of its own ("… to attend the summit scheduled for November 20").
  // A departure may say where it went and for what too ("left for Doha to attend the summit"), and Hindi's "रवाना" is a light noun.
  const journey = triggers.find((f) => f.trigger.kind === 'travel' && (!f.trigger.noun || f.trigger.light));
  const purpose = (f: Found) => f.trigger.kind === 'session' && f.trigger.noun && isJourneyPurpose(view.toks, view.lang, f.first, f.end, journey) && !scheduledOf(view, f);
  const found = triggers.filter((f) => !purpose(f));
  if (found.length === 0) return [];
  const entities = findEntities(view.toks, people);
  const at = (f: Found) => view.toks[f.first]!.start;
  // Another day of the sentence dates a trigger only from its own side of "कि"/"that"/"أن".
  const { complementizers } = happeningWords(view.lang);
  const sameClause = (f: Found, date: DateMention) => {
    const [from, to] = date.start < at(f) ? [date.end, at(f)] : [view.toks[f.end - 1]!.end, date.start];
    return !view.toks.some((t) => t.start >= from && t.end <= to && t.forms.some((x) => complementizers.has(x)));
  };
  const out: Happening[] = [];
  const used = new Set<Found>();
  // Beside a contact, a happening is dated only from its own clause; the sentence's other days may be the contact's.
  const primaryDate = (f: Found) => scheduledOf(view, f) ?? (besideContact ? datesFor(view, f).filter((d) => sameClause(f, d) && !anotherFuture(view, f, d)).sort((a, b) => Math.abs(a.start - at(f)) - Math.abs(b.start - at(f)))[0] : nearestDate(view, at(f), f));
  // A trigger told some days apart from another ("… से एक दिन पहले") is not the sentence's main one.
  const apartOf = new Map(found.map((f) => [f, apartPhrase(view.toks, view.lang, f.first, f.end)]));
  const mains = found.some((f) => !apartOf.get(f)) ? found.filter((f) => !apartOf.get(f)) : found;
  for (const f of ranked(mains, view.lang)) {
    const h = happeningAt(view, f, entities, primaryDate(f), !besideContact);
    if (h) {
      out.push(h);
      used.add(f);
      break;
    }
  }
  // Another happening told some days apart from the main one ("a day after X arrived") takes its day from it.
  const main = [...used][0];
  if (main && !besideContact && !apartOf.get(main)) {
    for (const f of found) {
      const apart = used.has(f) ? undefined : apartOf.get(f);
      const h = apart && happeningAt(view, f, entities, undefined, false);
      if (!apart || !h) continue;
      out.push({ ...h, apart: { days: apart.days, start: view.toks[apart.first]!.start, end: view.toks[apart.end - 1]!.end, text: view.paragraph.text.slice(view.toks[apart.first]!.start, view.toks[apart.end - 1]!.end) } });
      used.add(f);
      break;
    }
  }
  const keys = new Set(out.map((h) => (h.date ? dateKey(h.date.date) : '')));
  for (const date of datesOf(view)) {
    if (keys.has(dateKey(date.date))) continue;
    // Triggers this date is the nearest date of, nearest first.
    const own = found.filter((f) => !used.has(f) && (scheduledOf(view, f) ?? nearestDate(view, at(f), f)) === date && sameClause(f, date)).sort((a, b) => Math.abs(at(a) - date.start) - Math.abs(at(b) - date.start));
    for (const f of own) {
      const h = happeningAt(view, f, entities, date, false);
      if (!h) continue;
      out.push(h);
      used.add(f);
      keys.add(dateKey(date.date));
      break;
    }
  }
  return out;
}

/** Entity ids named in a sentence (for sentences without a happening, which may still be continued). */
export function sentenceEntityIds(view: SentenceView, people: ReadonlyArray<{ ref: MentionRef; participant: Participant }>): string[] {
  return [...new Set(findEntities(view.toks, people).map((e) => e.participant.id))];
}
