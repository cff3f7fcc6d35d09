/**
 * Arabic contact grammar. News Arabic is mostly verb-first, and the person met is introduced by
 * مع "with", بـ "with/by", من "from" after a verb of receiving, a list word (أبرزهم "chief among
 * them") or برئاسة "headed by" after مع وفد "with a delegation"; or named together with the subject
 * after بين "between", or coordinated with it around a cue (reciprocal):
 * - `<contact noun> بين X و Y` — "اتصال هاتفي بين X وY", "محادثات بين X وY";
 * - `<verb> X … [<noun>] مع|بـ Y` — "بحث X … خلال اتصال هاتفي مع Y", "التقى X بـY";
 * - `تلقى X اتصالا … من Y` — "في اتصال هاتفي تلقاه X، الأحد، من Y";
 * - `<transitive verb> X Y` or `X، <transitive verb> Y` — "استقبل X Y", "X يلتقي Y" (headlines);
 * - `<verb> X ونظيره Y` / `X و Y <dual verb>` — "بحث X ونظيره Y هاتفيا", "X وY تناولا".
 * A future verb (سيلتقي) or a future marker (سوف, من المقرر, سيزور …) shortly before the cue makes
 * the contact planned. The contact's clause runs between clause breaks (أن, قال …): its dates are the
 * contact's, and dates outside it are not.
 */
import { groupPhrases, type Group } from '../grammar/groups.ts';
import { NEWS_VERB_FORMS } from '../languages/arb/verbs.ts';
import { foldTerm } from '../text/normalize.ts';
import { TITLE_WORDS } from '../grammar/titles.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { inBrackets, pairClaims, type Claim } from './claim.ts';
import { duringIt, participleAt, participleSpeaker, sayingSubject } from './arabic-subjects.ts';
import { formsOf, has } from './arabic-words.ts';
import { addressedTo, adjacentSubject, asideSubject, breakBetween, CLAUSE_BREAKS, datedAt, objectFollows, namesRole, officeBeforeWith, officeBetween, parenthetical, particlesOnly, speakerSelf, whereClause } from './arabic-adjacency.ts';
import { addressedAt, toldSpeakerAt } from './arabic-addressed.ts';
import { welcomeClaims } from './arabic-welcome.ts';
import { introducerOf, type Introducer } from './arabic-introducers.ts';
import { delegationPhrases } from './arabic-delegation.ts';
import { attendanceClaims } from './arabic-attendance.ts';
import { delegationMadeOfClaims } from './arabic-delegation-made-of.ts';
import { cooccurrenceClaims } from './cooccurrence.ts';
import { afterLeading, afterOpening, loneObject, objectList, opensContinuing, pronounAfterCue, pronounOnCue, subjectThenList, whereObject } from './arabic-continued.ts';
import { laterPossessor, mentionedOccasion, openingOccasion, openScene, relativeOnNoun, sceneEnd, sceneNoun } from './arabic-possessor.ts';
import { mergeNationLists, objectAfter, splitObjects, withAfter } from './arabic-lists.ts';
import { CUES, FUTURE_MARKERS, foldedSet as set, type Cue, type CueAt } from './cues.ts';
import { announcedAround, clauseOf, findCues, FUTURE_REACH, kindOf } from './arabic-cues.ts';
import { broughtTogether } from './arabic-brought.ts';
import { conveyedMessages } from './arabic-conveyed.ts';
import { urgedTo } from './arabic-urged.ts';
import { subjectOwner } from './arabic-owner.ts';
import { eachAlone, governedElsewhere, headedObject, inviting, obliqueDualObject, unnamedObjectAfter, unnamedSubjectBefore } from './arabic-co-subjects.ts';

const ARABIC_CUES = CUES.of('arb')!;
const ARABIC_FUTURE_MARKERS = FUTURE_MARKERS('arb')!;
/* Verbs continuing the previous sentence's speaker ("وأضاف في مؤتمر صحفي مشترك مع Y", he added). */
const CONTINUING = set('وأضاف وأضافت وتابع وتابعت وأكد وأكدت وأشار وأشارت وقال وقالت');
/* "كما التقى بـY" (he also met Y): a word going on with the news before it. */
const ALSO = set('كما وكذلك كذلك');
const WITH = set('مع');
/* Verbs a subjectless sentence may open with (غادر, وصل, قال …). */
const VERBS = new Set(NEWS_VERB_FORMS.map(foldTerm));
const BETWEEN = set('بين');
const MAX_GAP = 20;
const SUBJECT_GAP = 30;
/* A reciprocal cue stands this close to the coordinated pair ("X ونظيره Y، خلال اتصال هاتفي"). */
const RECIPROCAL_GAP = 3;
const RELATIVES = set('الذي التي');


/* How many words of a shared office may stand between بين and the pair ("بين وزيري خارجية تركيا وروسيا X وY"). */
const SHARED_OFFICE_REACH = 6;

/**
 * The coordinated people after بين: at once, or after the office they share, written once in the
 * dual ("بين وزيري خارجية تركيا وروسيا مولود جاويش أوغلو وسيرغي لافروف"), with no comma or clause
 * break between.
 */
function pairAfterBetween(toks: readonly Tok[], groups: readonly Group[], from: number): Group | undefined {
  const g = groups.find((g) => g.first >= from && g.first - from <= SHARED_OFFICE_REACH);
  if (!g || (g.first > from && (breakBetween(toks, from, g.first) || toks.slice(from + 1, g.first + 1).some((t) => t.breakBefore)))) return undefined;
  return g.members.length === 1 ? (officeApart(toks, groups, g) ?? g) : g;
}

/* How many words the second person's office, with what is set off inside it, may run to. */
const OFFICE_APART_REACH = 14;

/**
 * "بين X وولي عهد أبو ظبي - الحاكم الفعلي للإمارات - Y": the second person of the pair after
 * بين, whose office ("and the crown prince of …") opens right after the first and is parted from
 * the name by words set off between dashes or commas. The pair is the first person and the next
 * group, when no clause break or contact word stands between.
 */
function officeApart(toks: readonly Tok[], groups: readonly Group[], g: Group): Group | undefined {
  const office = TITLE_WORDS.match(toks, g.end);
  if (!office || office.clitic === 0 || !toks[g.end]!.text.startsWith('و') || toks[g.end]!.breakBefore) return undefined;
  const next = groups.find((n) => n.first >= office.end);
  if (!next || next.first - g.end > OFFICE_APART_REACH || breakBetween(toks, g.end, next.first)) return undefined;
  for (let k = office.end; k < next.first; k++) if (ARABIC_CUES.match(toks, k)) return undefined;
  return { ...g, members: [...g.members, ...next.members], end: next.end };
}

/* How many words of place and date may stand between a contact noun and بين ("محادثات في الدوحة أمس الثلاثاء بين X وY"). */
const BETWEEN_REACH = 7;
const PLACE_WORDS = set('في ب');

/**
 * Where بين stands after a contact cue: at once or one word on, or past a short place phrase and
 * date words with no clause break, person, other contact word or comma between; -1 if not.
 */
function betweenAfter(view: SentenceView, groups: readonly Group[], cues: readonly CueAt[], c: CueAt): number {
  const { toks } = view;
  const near = toks.slice(c.end, c.end + 2).findIndex((t) => BETWEEN.has(t.fold));
  if (near >= 0) return c.end + near;
  let place = 0;
  for (let k = c.end; k < Math.min(toks.length, c.end + BETWEEN_REACH); k++) {
    const t = toks[k]!;
    if (t.breakBefore || has(t, CLAUSE_BREAKS) || groups.some((g) => g.first <= k && k < g.end) || cues.some((d) => d !== c && d.i === k)) return -1;
    if (BETWEEN.has(t.fold)) return k;
    if (datedAt(view, k)) continue;
    // One place phrase: a preposition and its noun ("في الدوحة", "بالعاصمة القطرية الدوحة").
    if (place === 0 && (has(t, PLACE_WORDS) || /^(ب|في)/u.test(t.fold))) place = has(t, PLACE_WORDS) ? 4 : 3;
    if (place-- <= 0) return -1;
  }
  return -1;
}

type Shape = (kind: Cue['kind'], planned: boolean, first: number, end: number) => Omit<Claim, 'view' | 'subject' | 'other'>;

/**
 * من names the one met only after a verb of receiving ("تلقى X اتصالا من Y") or an invitation
 * ("بدعوة رسمية من Y", at Y's invitation); `at` is where the introduced name (or its detached
 * introducer) stands, `first` where the claim starts.
 */
function fromSender(cues: readonly CueAt[], at: number, first: number): boolean {
  return cues.some((x) => (x.cue.received && x.i < at && x.i >= first - 3) || (x.cue.kind === 'invitation' && x.end <= at && at - x.end <= 2));
}

/** An invitation from the person met ("بدعوة من Y", "تلبية لدعوة من Y") told after the subject's own action. */
function invitedBy(toks: readonly Tok[], s: Group, c: CueAt, by: Introducer): boolean {
  return by === 'from' && c.cue.kind === 'invitation' && s.end < c.i && !particlesOnly(toks, s.end, c.i);
}

/** Whether the word is a verb (a form of a contact verb or a common news verb, with و/ف). */
function isVerb(tok: Tok | undefined): boolean {
  return tok !== undefined && formsOf(tok).some((f) => VERBS.has(f));
}

const OPENING_QUOTES = /[“«]/gu;
const CLOSING_QUOTES = /[”»]/u;

/** Paragraph offset of a quotation mark that opens a quotation in the sentence and is not closed in it, if any. */
function unclosedQuote(view: SentenceView): number | undefined {
  const { text, start } = view.sentence;
  let open: number | undefined;
  for (const m of text.matchAll(OPENING_QUOTES)) if (!CLOSING_QUOTES.test(text.slice(m.index + 1))) open ??= start + m.index;
  return open;
}

/** Paragraph offset of the last straight quotation mark of a sentence that has an odd number of them. */
function unpairedStraightQuote(view: SentenceView): number | undefined {
  const marks = [...view.sentence.text.matchAll(/"/gu)];
  return marks.length % 2 === 1 ? view.sentence.start + marks[marks.length - 1]!.index : undefined;
}

/**
 * "وقال X: “… ذلك.. سوف …”، مشيرا إلى محادثات سيجريها مع Y": a participle of saying after a
 * quotation that the previous sentence opened goes on with that sentence's speaker.
 */
function quotedSpeaker(view: SentenceView, prev: SentenceView, g: Group, c: CueAt, at: number, shape: Shape): Claim[] {
  const quoted = unclosedQuote(prev) ?? unpairedStraightQuote(prev);
  if (quoted === undefined) return [];
  const groups = groupPhrases(prev.toks, prev.phrases).filter((s) => prev.toks[s.first]!.start < quoted);
  const introduced = groups.map((s, i) => introducerOf(prev.toks, s, groups[i - 1]?.end ?? 0, []).by !== undefined);
  const s = sayingSubject(prev.toks, groups, introduced, prev.toks.length);
  if (!s) return [];
  // A future marker in the quotation is not the contact's: only the participle's own words tell.
  const planned = c.cue.future === true || view.toks.slice(at, g.first).some((t) => has(t, ARABIC_FUTURE_MARKERS));
  return pairClaims(view, s.members, g.members, { ...shape(kindOf(view.toks, [c], c.i, g.end + 2, c), planned, at, g.end), subjectView: prev });
}

/**
 * "وأضاف في مؤتمر صحفي مشترك مع Y" (he added, at a joint press conference with Y), "والتقى
 * بنظيره Y" (and he met his counterpart Y), "غادر إلى
 * أنقرة بدعوة من Y" (he left for Ankara at Y's invitation): a sentence opening with a verb and
 * naming no one before the person met continues the previous sentence's subject, when that is one
 * person (or the one a delegation is headed by).
 */
function continuedSpeaker(view: SentenceView, views: readonly SentenceView[], g: Group, c: CueAt, shape: Shape, opened = false): Claim[] {
  const prev = views[view.order - 1];
  const participle = participleAt(view.toks, c);
  const afterQuote = participle !== undefined && prev ? quotedSpeaker(view, prev, g, c, participle, shape) : [];
  if (afterQuote.length > 0) return afterQuote;
  // The contact verb itself may open the sentence, also after كما ("والتقى بنظيره Y", "كما بحث مع Y").
  // After an opening phrase, an office between the verb and the one met is the verb's own subject, unnamed.
  const opensWithCue = c.i === 0 || (c.i === 1 && has(view.toks[0], ALSO)) || (afterOpening(view.toks, c) && !officeBetween(view.toks, c.end, g.first));
  if (!(opened || has(view.toks[0], CONTINUING) || isVerb(view.toks[afterLeading(view.toks)]) || opensWithCue) || !prev) return [];
  // "والتقى الوزير الصيني بـY": an office no one was introduced with is the verb's own subject, unknown.
  // One the sentence before gave its subject after the name ("استقبل الشيخ X أمير دولة قطر …") is theirs.
  const office = officeBeforeWith(view, c.end, g.first);
  if (office !== undefined && !namesRole(prev, office)) return [];
  // Inside a quotation the previous sentence opened, its speaker is not who acts (وقال X: “توجه وفد برئاسة Y. غادر …”).
  const quoted = unclosedQuote(prev);
  const prevGroups = groupPhrases(prev.toks, prev.phrases).filter((s) => quoted === undefined || prev.toks[s.first]!.start > quoted);
  const prevBy = prevGroups.map((s, i) => introducerOf(prev.toks, s, prevGroups[i - 1]?.end ?? 0, []).by);
  const subject = prevGroups.find((_, i) => prevBy[i] === undefined) ?? prevGroups.find((_, i) => prevBy[i] === 'headed');
  if (!subject || subject.members.length !== 1) return [];
  return pairClaims(view, subject.members, g.members, { ...shape(kindOf(view.toks, [c], c.i, g.end + 2, c), c.planned, c.i, g.end), subjectView: prev, continues: true });
}

/* "الذي جمع", "التي جمعت", "جمع": a contact noun's clause that brings together the people after it. */
const BRINGING = set('الذي التي جمع جمعت يجمع تجمع سيجمع ستجمع ضم ضمت');
const BROUGHT = set('جمع جمعت يجمع تجمع سيجمع ستجمع ضم ضمت');

/** Where the people a contact noun brings together may start: after "الذي جمع" or "جمع" right after the noun. */
function bringing(toks: readonly Tok[], k: number): number {
  let j = k;
  while (j < k + 2 && has(toks[j], BRINGING)) j++;
  return j > k && has(toks[j - 1], BROUGHT) ? j : k;
}

/**
 * Contacts stated by an Arabic sentence whose person phrases are resolved.
 * @example arabicClaims(view) // "التقى X بـY" → one meeting claim X–Y
 */
export function arabicClaims(view: SentenceView, views: readonly SentenceView[] = []): Claim[] {
  const own = sentenceClaims(view, views);
  // A sentence before read as extract.ts reads it: by the grammar, else by its contact verb and the people it names.
  const read = (v: SentenceView) => {
    const told = sentenceClaims(v, views);
    return told.length > 0 ? told : cooccurrenceClaims(v);
  };
  return [...own, ...attendanceClaims(view, views, own, read), ...delegationMadeOfClaims(view, views)];
}

/** Contacts a sentence states by its own words (arabicClaims adds those of its attendees). */
function sentenceClaims(view: SentenceView, views: readonly SentenceView[]): Claim[] {
  const { toks } = view;
  const cues = findCues(toks);
  // People named in brackets are an aside about someone else, no party to the sentence's contacts.
  // "أن يلتقي الوفد مع Y": the delegation named again stands for its head, told before.
  const phrases = [...view.phrases, ...delegationPhrases(view, views)].sort((a, b) => a.first - b.first);
  const groups = splitObjects(toks, mergeNationLists(toks, groupPhrases(toks, phrases.filter((p) => !inBrackets(view, p.first))), (k) => datedAt(view, k)), cues);
  const claims: Claim[] = [];
  const done = new Set<Group>();
  const subjects = new Set<Group>();
  const objects = new Set<Group>();
  const shape: Shape = (kind, planned, first, end) => ({ kind, planned, first, end, clause: clauseOf(toks, first, end) });
  for (const c of cues) {
    const k = betweenAfter(view, groups, cues, c);
    const g = k < 0 ? undefined : pairAfterBetween(toks, groups, k + 1);
    if (!g || g.members.length < 2) continue;
    // The pair may join two groups (officeApart): both are read.
    for (const x of [g, ...groups.filter((x) => x.first >= g.first && x.end <= g.end)]) done.add(x);
    claims.push(...pairClaims(view, g.members, undefined, shape(c.cue.kind, c.planned || announcedAround(toks, cues, c, g.end), c.i, g.end)));
  }
  const introduced = groups.map((g, gi) => introducerOf(toks, g, groups[gi - 1]?.end ?? 0, cues));
  const intro = introduced.map((x) => x.by);
  let last: { s: Group; c: CueAt; by: Introducer } | undefined;
  groups.forEach((g, gi) => {
    if (done.has(g)) return;
    const withWord = intro[gi] === 'with' || intro[gi] === 'from';
    // "… من A، ومن B" / "مع A، ومع B": a repeated introducer continues the previous claim.
    const prior = last;
    if (withWord && prior !== undefined && prior.by === intro[gi] && toks[g.first - 1]?.fold.startsWith('و')) {
      const first = Math.min(prior.s.first, prior.c.i);
      claims.push(...pairClaims(view, prior.s.members, g.members, shape(kindOf(toks, cues, first, g.end + 2, prior.c), prior.c.planned, first, g.end)));
      return;
    }
    // "خلال المؤتمر الصحفي الذي جمعها مع Y": the pronoun brought together with Y is the sentence's subject.
    const brought = broughtTogether(toks, groups, intro, gi);
    if (brought) {
      const noun = cues.find((d) => d.end === brought.at);
      const planned = (noun?.planned ?? false) || toks[brought.at + 1]!.fold.startsWith('س');
      subjects.add(brought.owner);
      objects.add(g);
      claims.push(...pairClaims(view, brought.owner.members, g.members, shape(noun ? kindOf(toks, cues, noun.i, g.end + 2, noun) : 'meeting', planned, brought.at, g.end)));
      return;
    }
    const at = introduced[gi]!.at;
    // "وهنأ X Y خلال اتصال هاتفي": the two side by side after a verb, then the contact noun.
    // "وقال X إن Y أبلغه خلال اتصال هاتفي": the pronoun on the verb after Y is the speaker.
    const occasion = !withWord && gi > 0 ? (addressedAt(toks, groups, cues, groups[gi - 1]!, g, isVerb) ?? toldSpeakerAt(toks, groups, cues, groups[gi - 1]!, g, isVerb)) : undefined;
    if (occasion) {
      const s = groups[gi - 1]!;
      subjects.add(s);
      objects.add(g);
      claims.push(...pairClaims(view, s.members, g.members, shape(kindOf(toks, cues, s.first - 1, occasion.end + 2, occasion), occasion.planned, s.first - 1, occasion.end)));
      return;
    }
    const nearest = [...cues].reverse().find((c) => c.end <= at && at - c.end <= MAX_GAP);
    // "يلتقي خلال الزيارة Y": the visit named again is where the verb before it takes its object.
    // "وبحث X، الذي يزور الدوحة (أو التقى Z)، مع Y": a relative clause set off by commas after the
    // verb's subject, closed right before the one met; a contact word inside it is not the verb met by.
    const aside = withWord ? asideSubject(toks, groups.slice(0, gi), cues, at) : undefined;
    const c = aside?.c ?? (nearest && mentionedOccasion(toks, nearest) ? (cues.find((d) => d.end === nearest.i - 1) ?? nearest) : nearest);
    // "خلال الاتصال الذي أجراه X مع Y": a relative clause on the contact noun tells who held it.
    if (!c) return;
    if (breakBetween(toks, c.end + (relativeOnNoun(toks, c) ? 1 : 0), at) && !aside) return;
    // "وخلال لقائه Y، أكد X": the scene noun's owner is the subject of the clause after the comma.
    if (((sceneNoun(toks, c) && (withWord || c.cue.possessedObject)) || (withWord && openScene(toks, cues, c, at))) && g.first >= c.end) {
      const owner = laterPossessor(toks, groups, intro.map((x) => x !== undefined), g, isVerb);
      if (owner) {
        subjects.add(owner);
        objects.add(g);
        claims.push(...pairClaims(view, owner.members, g.members, shape(kindOf(toks, cues, c.i, g.end + 2, c), c.planned, c.i, owner.end)));
        return;
      }
      // "وخلال لقائه Y، أكد أن …": a verb naming no one goes on with the sentence before's subject.
      const comma = sceneEnd(toks, g, isVerb);
      if (gi === 0 && comma >= 0 && isVerb(toks[comma])) {
        claims.push(...continuedSpeaker(view, views, g, c, shape, true));
        return;
      }
    }
    if (gi === 0) {
      if (withWord && (intro[gi] === 'with' || fromSender(cues, at, 0))) claims.push(...continuedSpeaker(view, views, g, c, shape));
      // "واستقبله Y", "كما استقبل Y في الكرملين": the one person named is the other party of the sentence before's subject.
      else if (!withWord && (pronounOnCue(toks, g, c) || loneObject(toks, groups, g, c)) && objectFollows(view, c.end, g.first)) claims.push(...continuedSpeaker(view, views, g, c, shape, true));
      else if (!withWord && pronounAfterCue(toks, g, c) && objectFollows(view, c.end + 1, g.first)) claims.push(...continuedSpeaker(view, views, g, c, shape, true));
      // "وتوجه بعدها إلى دمشق حيث التقى Y": continuedSpeaker asks the sentence to open with a verb.
      else if (!withWord && whereObject(toks, groups, g, c) && objectFollows(view, c.end, g.first)) claims.push(...continuedSpeaker(view, views, g, c, shape));
      // "جاء ذلك خلال لقائه Y", "خلال استقباله Y": a possessed masdar's object, the owner told before.
      else if (!withWord && sceneNoun(toks, c) && c.cue.possessedObject && objectFollows(view, c.end, g.first)) claims.push(...continuedSpeaker(view, views, g, c, shape));
      return;
    }
    // "وأكد X لـY … خلال لقائه Z": a person after لـ "to" is addressed, never a subject.
    const candidates = groups.slice(0, gi).map((s, si) => ({ s, by: intro[si] })).filter(({ s }) => !addressedTo(toks, s)).reverse();
    // "X، الذي دعا Y": the relative pronoun right before the verb keeps X its subject.
    // "X … إلى كييف حيث تلتقي Y": حيث right before the verb keeps the earlier subject too.
    const relative = (s: Group) => (whereClause(toks, s, c) || parenthetical(toks, s, c) || (s.end === c.i - 1 && has(toks[s.end], RELATIVES))) && !breakBetween(toks, c.i, at);
    const near = ({ s }: { s: Group }) => at - s.end <= SUBJECT_GAP && (!breakBetween(toks, s.end, at) || relative(s) || speakerSelf(toks, s, c));
    // "وقال X …، مشيرا إلى أنه التقى Y": the participle goes on with the speaker, however far.
    const speaker = participleSpeaker(toks, groups, intro.map((x) => x !== undefined), c);
    const found = speaker ?? (aside && { s: aside.s, by: undefined }) ?? candidates.find((x) => x.by === undefined && near(x)) ?? candidates.find((x) => x.by === 'headed' && near(x) && x.s.end <= c.i);
    if (!found || found.s.first >= g.first) return;
    // "استقبل X Y، بعد يوم من اتصاله بـZ": the noun's owner is the verb's subject, not its object.
    const nearestIndex = candidates.findIndex((x) => x.s === found.s);
    const owner = !speaker && !aside && nearestIndex >= 0 ? subjectOwner(toks, found.s, candidates[nearestIndex + 1]?.s, c, isVerb) : undefined;
    const s = owner ?? found.s;
    last = { s, c, by: intro[gi] };
    // من names the one met only after a verb of receiving ("تلقى X اتصالا من Y").
    if (intro[gi] === 'from' && !fromSender(cues, at, Math.min(s.first, c.i))) return;
    // Without مع/بـ the second person must directly follow a transitive verb's subject (استقبل X Y).
    // "وأكد X خلال لقائه Y": a masdar possessed by the subject takes the person met as its object.
    // "أجرى X زيارة …، التقى خلالها Y": "during it" leaves the verb's subject, the visitor, unsaid.
    const takesObject = (c.cue.transitive && adjacentSubject(toks, s, c)) || (c.cue.possessedObject && s.end <= c.i) || speakerSelf(toks, s, c) || speaker !== undefined || (duringIt(toks, c) && s.end <= c.i);
    // "التقى X وفدا من طالبان برئاسة Z": the delegation's words stand between the subject and its head.
    const direct = !withWord && takesObject && (objectFollows(view, Math.max(s.end, c.end), g.first) || (intro[gi] === 'headed' && headedObject(toks, Math.max(s.end, c.end), g)));
    if (!withWord && !direct) return;
    // "دعا X Y إلى احترام …": called on Y to do something, not invited (arabic-urged.ts).
    if (!withWord && urgedTo(toks, g, c)) return;
    const first = Math.min(s.first, c.i);
    subjects.add(s);
    // "من المقرر أن تتوجه X إلى … لإجراء محادثات مع Y": the marker may stand just before the subject.
    // After a participle, the quotation between the speaker and the contact is not the contact's.
    const planned = speaker
      ? c.cue.future === true || toks.slice(speaker.at, g.first).some((t) => has(t, ARABIC_FUTURE_MARKERS))
      : cues.some((x) => x.planned && x.end >= first && x.i < g.first) || toks.slice(Math.max(0, first - FUTURE_REACH / 2), g.first).some((t) => has(t, ARABIC_FUTURE_MARKERS));
    const claim = shape(kindOf(toks, cues, openingOccasion(toks, cues, first), g.end + 2, c), planned, first, g.end);
    // A relative clause between subject and verb tells of something else: its dates are not the contact's.
    if (s.end < c.i && (parenthetical(toks, s, c) || speakerSelf(toks, s, c) || speaker)) Object.assign(claim, { first: c.i, clause: [c.i, clauseOf(toks, c.i, g.end)[1]] });
    // "X يعتزم زيارة قطر يومي 25 و26 أكتوبر تلبية لدعوة من Y": the invitation was made before the
    // visit it is for; the visit's dates and future are not the invitation's.
    if (invitedBy(toks, s, c, intro[gi])) Object.assign(claim, { first: c.i, clause: [c.i, clauseOf(toks, c.i, g.end)[1]], planned: c.planned });
    objects.add(g);
    claims.push(...pairClaims(view, s.members, g.members, claim));
  });
  // Reciprocal: "بحث X ونظيره Y"، "X وY تناولا هاتفيا" — the coordinated people met each other.
  groups.forEach((g, gi) => {
    if (g.members.length < 2 || done.has(g) || subjects.has(g) || objects.has(g) || intro[gi] !== undefined) return;
    const c = cues.find((c) => {
      // "اللقاء الذي جمع X وY" (the meeting that brought X and Y together): the words bringing them are no break.
      const from = bringing(toks, c.end);
      return (from <= g.first && g.first - from <= RECIPROCAL_GAP && !breakBetween(toks, from, g.first)) || (c.i >= g.end && c.i - g.end <= RECIPROCAL_GAP && !breakBetween(toks, g.end, c.i));
    });
    // "مباحثات A وB مع C": a pair followed by مع met C, not each other.
    // "استقبل X وY وفد طالبان", "شارك X وY في اجتماع": a pair acting together on someone else, or taking part in a meeting.
    if (!c || (c.cue.received && c.i < g.first) || objectAfter(toks, g, c) || has(toks[g.end], WITH) || withAfter(toks, g, c) || unnamedObjectAfter(view, g, c) || governedElsewhere(toks, g, c) || unnamedSubjectBefore(toks, g, c) || obliqueDualObject(toks, g, c) || inviting(c) || eachAlone(toks, c)) return;
    // "والتقى في كابل A، وB، وC": a list set off by commas after a transitive verb opening the
    // sentence is its objects; the subject is the sentence before's, and A, B and C did not meet.
    if (objectList(toks, g, c)) {
      claims.push(...continuedSpeaker(view, views, g, c, shape));
      return;
    }
    const first = Math.min(g.first, c.i);
    if (subjectThenList(g, c)) {
      const [subject, ...met] = g.members;
      claims.push(...pairClaims(view, [subject!], met, { ...shape(kindOf(toks, cues, first, g.end + 2, c), c.planned, first, g.end), continues: opensContinuing(toks, c) }));
      return;
    }
    const end = Math.max(g.end, c.end);
    claims.push(...pairClaims(view, g.members, undefined, shape(kindOf(toks, cues, first, end + 2, c), c.planned, first, end)));
  });
  // "نقل X رسالة من Y إلى Z", "بعث X برقية إلى Z": a message is no cue word; its sender and the one it is for are read apart.
  for (const m of conveyedMessages(toks, groups)) claims.push(...pairClaims(view, m.from.members, m.to.members, shape('talks', m.planned, m.first, m.end)));
  // "وكان في استقبال X لدى وصوله Y": the masdar is no cue; its guest and host are read apart.
  const unread = groups.filter((g) => !subjects.has(g) && !objects.has(g) && !done.has(g));
  claims.push(...welcomeClaims(view, unread, (first, end) => shape('meeting', false, first, end)));
  return claims;
}
