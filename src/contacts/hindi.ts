/**
 * Hindi contact grammar. Hindi is verb-final and marks roles with postpositions:
 * - counterpart form: `S ने … O से|के साथ … <contact noun> <light verb>` — "X ने Y से मुलाकात की",
 *   "X ने Y से की मुलाकात" (headline order), "X ने Y के साथ फोन पर बातचीत की", with O possibly
 *   coordinated ("A और B से"); `S … O को … आमंत्रित किया` for invitations. S may be a plain
 *   subject in the future tense ("वह Y से मुलाकात करेंगे") or a resolved pronoun;
 * - mutual form: `A और B ने … चर्चा की / भाग लिया`, `A और B के बीच … बातचीत हुई`.
 * A subject across "कि" or a quotation is accepted only as the speaker of it ("X ने ट्वीट किया,
 * “… Y से मुलाकात करके अच्छा लगा”"). A future ending on the verb makes the contact planned.
 */
import { foldTerm } from '../text/normalize.ts';
import { packFor } from '../languages/index.ts';
import { groupPhrases, type Group } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { boundClause, pairClaims, type Claim } from './claim.ts';
import { breakBetween, CLAUSE_BREAKS } from './hindi-clause.ts';
import { metHeadline, verbHeadline } from './hindi-headline.ts';
import { carriedSubject } from './hindi-zero-subject.ts';
import { chairedClaims } from './hindi-chair.ts';
import { presenceClaims } from './hindi-presence.ts';
import { commaSubject, earlyVerb, hostOf, nounBeforeMet, subjectLast } from './hindi-order.ts';
import { afterBetween, HAPPENED, nominalAfter, nounPhraseStart, organisedEnd, pairParticiple, spanAway, topicListBetween } from './hindi-noun-frame.ts';
import { cooccurrenceClaims } from './cooccurrence.ts';
import { genitiveWithEnds, hyphenPairs, inHonourOf, withAcrossConjunct } from './hindi-groups.ts';
import { CUES, NEGATION_WORDS, OCCASION_WORDS, PHONE_WORDS, SPEECH_WORDS, foldedSet as set, type Cue, type CueAt } from './cues.ts';

const HINDI_CUES = CUES.of('hin')!;
const HINDI_PHONE = PHONE_WORDS('hin')!;
const HINDI_OCCASIONS = OCCASION_WORDS('hin')!;

/** Verbs after a Hindi contact noun that make it a statement ("मुलाकात की", "भाग लिया"). */
const HINDI_LIGHT_VERBS = new Set(
  'की कीं किया किए करके करने करना करनी करते करेंगे करेगा करेगी करेंगी कर हुई हुईं हुआ हुए होगी होगा होंगे होंगी होने हो लिया लिए लेंगे लेगा दिया देंगे भेजा'.split(' ').map(foldTerm),
);
/* Words after a contact noun that state it as scheduled, with no light verb ("X की Y से बैठक प्रस्तावित है"). */
const SCHEDULED = set('तय निर्धारित प्रस्तावित संभव');
/* "X को Y का फोन आया" (X got a call from Y): the noun comes to the one called from the caller in the genitive. */
const CAME = set('आया आई आए आएगा आएगी');

const GENITIVE_KE = foldTerm('के');
/* की and the feminine genitive pronouns (उनकी, उसकी) before a contact noun, which are all feminine. */
const GENITIVE_KI = /की$/u;
const AFTER_DURING = set('बाद दौरान');
/** Words after a contact noun searched for the tense: "बैठकों की एक श्रृंखला आयोजित करेंगे". */
const VERB_GROUP = 6;
const CLAUSE_ENDS = set('और तथा एवं व कि जबकि लेकिन');

/** Words a purpose phrase ("वार्ता करने के लिए", "मुलाकात के लिए") may put between the contact and the verb it serves. */
const PURPOSE_GROUP = 10;
const FOR = foldTerm('लिए');
const INFINITIVE_END = /ने$/u;

/**
 * Whether the contact word is a purpose ("Y से मिलने के लिए जाएंगे", "वार्ता करने के लिए रुकेंगे",
 * "मुलाकात के लिए जाएंगे"): the clause's own verb, which may announce it, comes further on.
 */
function purposeAt(toks: readonly Tok[], i: number, end: number): boolean {
  const infinitive = INFINITIVE_END.test(toks[i]!.fold) ? end : INFINITIVE_END.test(toks[end]?.fold ?? '') ? end + 1 : end;
  return toks[infinitive]?.fold === GENITIVE_KE && toks[infinitive + 1]?.fold === FOR;
}

/** The words after a contact noun up to its verb: at most VERB_GROUP (PURPOSE_GROUP after a purpose), not past a conjunction. */
function verbGroup(toks: readonly Tok[], from: number, reach = VERB_GROUP): Tok[] {
  const out: Tok[] = [];
  for (let k = from; k < Math.min(toks.length, from + reach) && !CLAUSE_ENDS.has(toks[k]!.fold); k++) out.push(toks[k]!);
  return out;
}
/** The Hindi pack's contact words. */
const HINDI = packFor('hin')!.contacts;
const SPEECH_VERBS = SPEECH_WORDS('hin')!;
const SPEECH_REACH = 4;
/* "X की मुलाकात", "उनकी बातचीत" (his talks), "हुई बैठक": a noun owned or told as happened. */
const NOUN_BEFORE_MARKERS = set('की उनकी उसकी हुई हुआ');
/* Headline order with the verb group first: "Y के साथ कर सकते हैं मुलाकात", "Y से करेंगे बात". */
const AUXILIARIES = set('है हैं था थे थी');
/* Headline order with a topic between: "Y से की अफगानिस्तान पर चर्चा". */
const TOPIC_MARKER = foldTerm('पर');
const ANNOUNCING_BEFORE = set('वाली वाले वाला आगामी प्रस्तावित');
/** Words of a verb group put before its noun ("कर सकते हैं मुलाकात"). */
const HEADLINE_VERB_GROUP = 3;
const TOPIC_REACH = 4;

/** Whether a light verb right after "से" or "के साथ" stands before the topic that ends at `i` ("Y से की <topic> पर चर्चा"). */
function verbBeforeTopic(toks: readonly Tok[], i: number): boolean {
  if (toks[i - 1]?.fold !== TOPIC_MARKER) return false;
  for (let k = i - 2; k >= Math.max(1, i - 1 - TOPIC_REACH); k--) {
    if (HINDI_LIGHT_VERBS.has(toks[k]!.fold)) return WITH_MARKERS.has(toks[k - 1]!.fold);
  }
  return false;
}
const PARTICLES = set('भी ही');
const NEGATIONS = NEGATION_WORDS('hin')!;
const TOGETHER = foldTerm('मिलकर');
const WITH_WORD = foldTerm('साथ');
const WITH_MARKERS = set('से साथ संग');
const BETWEEN = foldTerm('बीच');
const ALSO = foldTerm('भी');

/**
 * Whether the contact goes on from news told before: the person met marked "also" right after its
 * postposition ("Y से भी मुलाकात की", "Y के साथ भी बात की"), or the contact noun the setting of
 * another statement ("Y से बातचीत के दौरान X ने कहा", "बैठक के बाद", "बातचीत में").
 */
function continuing(toks: readonly Tok[], g: Group | undefined, c: CueAt): boolean {
  if (g && toks[g.after]?.fold === ALSO) return true;
  const next = toks[c.end]?.fold;
  return next === IN || (next === GENITIVE_KE && AFTER_DURING.has(toks[c.end + 1]?.fold ?? ''));
}

/** Words of a date between a genitive subject and the person met ("अगले सप्ताह", "सोमवार को", "15 अगस्त को"). */
const DATE_WORDS = 5;
/** Words of a place before the person met's title ("अफगानिस्तान में अमेरिका के विशेष दूत"). */
const PLACE_WORDS = 2;
const DATE_POSTPOSITIONS = set('को');

/** Words of a participle phrase between a genitive subject and the person met. */
const PARTICIPLE_PHRASE = 5;
/** A subject or a finite verb ends the genitive's phrase ("X के अनुसार मंत्रालय ने कहा …"). */
const NOT_IN_PARTICIPLE = set('ने कहा बताया अनुसार मुताबिक है हैं था थे');

/** Whether a happening verb ("हुई", "हो रही") states the contact noun: "X और Y की बातचीत हुई". */
function happenedAt(toks: readonly Tok[], c: CueAt): boolean {
  return HAPPENED.has(toks[c.end - 1]?.fold ?? '') || (c.i > 0 && HAPPENED.has(toks[c.i - 1]!.fold));
}

/** Words between a person and the contact noun; longer gaps are other clauses. */
const MAX_GAP = 25;

const IN = foldTerm('में');

/** Whether a meeting noun in the locative ("बैठक में", "सम्मेलन में भी") stands in the clause before token `i`. */
function occasionBefore(toks: readonly Tok[], i: number): boolean {
  // A subordinate clause or an auxiliary ("… थे और") closes the clause before.
  for (let k = i - 1; k >= 1 && i - k <= MAX_GAP && !CLAUSE_BREAKS.has(toks[k]!.fold) && !AUXILIARIES.has(toks[k]!.fold); k--) {
    if (toks[k]!.fold === IN && HINDI_OCCASIONS.has(toks[k - 1]!.fold)) return true;
  }
  return false;
}

/* "… की शुरुआत Y के साथ बैठक से / के साथ की" (began … with a meeting with Y), "का समापन … से किया". */
const BEGUN = set('शुरुआत शुरूआत आगाज आगाज़ समापन अंत');
const BEGUN_REACH = 15;

/**
 * A contact noun that something began or ended with takes its light verb after "से" or "के साथ"
 * ("X ने अपनी बैठकों की शुरुआत Y के साथ एक बैठक के साथ की"): the index of that verb, else `v` itself.
 */
function begunWithEnd(toks: readonly Tok[], i: number, v: number): number {
  const w = toks[v]?.fold === foldTerm('से') ? v + 1 : toks[v]?.fold === GENITIVE_KE && toks[v + 1]?.fold === WITH_WORD ? v + 2 : v;
  if (w === v || !HINDI_LIGHT_VERBS.has(toks[w]?.fold ?? '')) return v;
  return toks.slice(Math.max(0, i - BEGUN_REACH), i).some((t) => BEGUN.has(t.fold)) ? w : v;
}

/** Contact words used as statements: verb forms, or nouns next to a light verb; `withOnly` gets those that state a contact only with a person met. */
function findCues(toks: readonly Tok[], withOnly: Set<CueAt>, pairEnds: ReadonlySet<number>, metEnds: ReadonlySet<number> = new Set()): CueAt[] {
  const cues: CueAt[] = [];
  for (let i = 0; i < toks.length; i++) {
    const m = HINDI_CUES.match(toks, i);
    if (!m) continue;
    let v = m.end;
    while (toks[v] && PARTICLES.has(toks[v]!.fold)) v++;
    v = organisedEnd(toks, v);
    v = begunWithEnd(toks, i, v);
    const verbAfter = toks[v] !== undefined && (HINDI_LIGHT_VERBS.has(toks[v]!.fold) || SCHEDULED.has(toks[v]!.fold) || (m.value.kind === 'phone call' && CAME.has(toks[v]!.fold)));
    // "Y के साथ चर्चा के बाद / के दौरान": the talks are stated as having taken place.
    // "Y के साथ फोन पर बातचीत में … कहा" (said in the call with Y): talks in which something was said took place.
    const within = toks[v]?.fold === IN;
    const nominal = (toks[v]?.fold === GENITIVE_KE && AFTER_DURING.has(toks[v + 1]?.fold ?? '')) || within;
    // Headline order: "Y से की मुलाकात", "हुई चर्चा", "कर सकते हैं मुलाकात", "से की <topic> पर चर्चा".
    // "A और B के बीच बातचीत … हुई": the noun right after "between" names the contact, its verb may come late.
    // "A और B के बीच शिखर वार्ता", "Y से की द्विपक्षीय बैठक": the words before the noun's modifiers frame it.
    const at = nounPhraseStart(toks, i);
    const prev = toks[at - 1]?.fold ?? '';
    const headline = HINDI_LIGHT_VERBS.has(prev) || AUXILIARIES.has(prev);
    // "होने वाली बैठक", "आगामी मुलाकात": a contact announced by the words before its noun.
    const announcedBefore = ANNOUNCING_BEFORE.has(prev);
    // "A और B की मुलाकात", "A-B वार्ता": a contact noun right after a pair names their contact, as "a meeting between A and B" does.
    const purpose = purposeAt(toks, i, m.end);
    const verbs = verbGroup(toks, m.end, purpose ? PURPOSE_GROUP : VERB_GROUP);
    // "X की Y से मुलाकात (सोमवार को हुई)": a noun after "X's … with Y" names their contact, unless denied after it.
    const metNoun = nominalAfter(toks, metEnds, i) && !m.value.future && !verbs.some((t) => NEGATIONS.has(t.fold));
    // "X ने की Y से मुलाकात", "X करेंगे Y से मुलाकात": the light verb before the person met.
    const early = earlyVerb(toks, at);
    const verbBefore =
      NOUN_BEFORE_MARKERS.has(prev) ||
      afterBetween(toks, at) ||
      headline ||
      announcedBefore ||
      pairEnds.has(at) ||
      pairParticiple(toks, pairEnds, at) ||
      metNoun ||
      verbBeforeTopic(toks, at) ||
      early >= 0;
    // "Y से मुलाकात के लिए तेहरान जाएंगे": a contact noun as the purpose of a coming journey is announced.
    const announcedPurpose = purpose && HINDI.announcedAfter?.(verbs) === true;
    if (!m.value.future && !verbAfter && !verbBefore && !nominal && !announcedPurpose && !/^मिल/u.test(toks[i]!.fold)) continue;
    // "नहीं मिले", "न मिलने": a denied contact is no contact (a noun's "मुलाकात नहीं की" has no light verb next to it).
    if (i > 0 && NEGATIONS.has(toks[i - 1]!.fold)) continue;
    // "बैठक में शामिल हुए": joining is a contact only at a meeting the clause names ("सरकार में शामिल" is none).
    if (m.value.atOccasion && !occasionBefore(toks, i)) continue;
    // "साथ मिलकर काम करना" is working together, not meeting.
    if (i > 0 && toks[i]!.fold === TOGETHER && toks[i - 1]!.fold === WITH_WORD) continue;
    const verbsBefore = headline ? toks.slice(Math.max(0, at - HEADLINE_VERB_GROUP), at) : early >= 0 ? [toks[early]!] : [];
    const planned = m.value.future === true || announcedBefore || HINDI.announcedAfter?.(verbs) === true || HINDI.announcedAfter?.(verbsBefore) === true;
    const came = verbAfter && CAME.has(toks[v]!.fold);
    const cue: CueAt = { i: at, end: verbAfter ? v + 1 : m.end, cue: came ? { ...m.value, received: true } : m.value, planned };
    // "A और B ने बैठक में कहा": a noun in the locative tells where something was said; only a person
    // met (Y से, Y के साथ) before it makes it a contact.
    // "A और B के बीच हुई बातचीत में", "A और B की हुई बैठक में": the pair named before is the contact's own.
    if (within && !verbAfter && !afterBetween(toks, at) && !pairParticiple(toks, pairEnds, at)) withOnly.add(cue);
    cues.push(cue);
    i = m.end - 1;
  }
  return cues;
}

const AND_WORDS = new Set(packFor('hin')!.and.map(foldTerm));


/** The subject group before `g`: nearest ergative or plain subject, or the speaker of a quote. */
function subjectBefore(view: SentenceView, groups: Group[], g: Group): Group | undefined {
  for (let k = groups.indexOf(g) - 1; k >= 0; k--) {
    const s = groups[k]!;
    if (s.hindiCase !== 'ergative' && s.hindiCase !== 'nominative') continue;
    // "X ने हक्कानी नेटवर्क के नेता अनस हक्कानी से": a name with no case marker that is the person met is part of
    // an organisation's name, not a subject.
    if (s.hindiCase === 'nominative' && s.members.every((m) => g.members.some((x) => x.person === m.person))) continue;
    // "X और <words not read as a person> Y से": X may be coordinated with the person met as well as
    // with the subject ("X और कई अधिकारी Y से मिले"); read as either, it was wrong more often than right.
    if (s.hindiCase === 'nominative' && AND_WORDS.has(view.toks[s.after]?.fold ?? '')) continue;
    if (!breakBetween(view, s.after, g.first)) return s;
    // "X ने कहा", "X ने ट्विटर पर लिखा": the speech verb within a few words of the subject.
    const speaker = s.hindiCase === 'ergative' && view.toks.slice(s.after, s.after + SPEECH_REACH).some((t) => SPEECH_VERBS.has(t.fold));
    return speaker ? s : undefined;
  }
  return undefined;
}

/**
 * "X की Y से मुलाकात हुई", "X के Y से मिलने की उम्मीद": a person in the genitive right before the one
 * met; with a verb of happening also across a participle phrase ("X की भारत आए Y के साथ बैठक हो रही है").
 */
function genitiveSubject(view: SentenceView, groups: Group[], g: Group, happening: boolean): Group | undefined {
  const s = groups[groups.indexOf(g) - 1];
  if (!s || s.hindiCase !== 'genitive') return undefined;
  if (s.after === g.first || onlyDate(view, s.after, g.first)) return s;
  const participle = happening && g.first - s.after <= PARTICIPLE_PHRASE && !breakBetween(view, s.after, g.first);
  return participle && !view.toks.slice(s.after, g.first).some((t) => NOT_IN_PARTICIPLE.has(t.fold)) ? s : undefined;
}

/**
 * Whether tokens [from, to) are a date with its postposition, and at most the place of the next
 * person's title ("X के बुधवार को (अफगानिस्तान में) Y से मिलने की उम्मीद").
 */
function onlyDate(view: SentenceView, from: number, to: number): boolean {
  const { toks } = view;
  if (to <= from || to - from > DATE_WORDS + PLACE_WORDS || breakBetween(view, from, to)) return false;
  const start = toks[from]!.start;
  const date = view.dates.find((d) => d.start === start) ?? view.unresolvedDates.find((d) => d.start === start);
  if (!date) return false;
  let k = from;
  while (k < to && (toks[k]!.end <= date.end || DATE_POSTPOSITIONS.has(toks[k]!.fold))) k++;
  return to - k <= PLACE_WORDS && !toks.slice(k, to).some((t) => t.breakBefore || NOT_IN_PARTICIPLE.has(t.fold));
}

/**
 * "Y से X ने मुलाकात की", "Y को X ने फोन किया", "Y से X की मुलाकात होगी", "Y से X मिलेंगे": the person
 * met put first, the subject (ergative, plain, or in the genitive right after) between it and the contact word.
 */
function subjectBetween(view: SentenceView, groups: Group[], g: Group, c: CueAt): Group | undefined {
  const s = groups[groups.indexOf(g) + 1];
  if (!s || s.end > c.i || breakBetween(view, g.after, c.i)) return undefined;
  const genitive = s.hindiCase === 'genitive' && s.first === g.after && GENITIVE_KI.test(view.toks[s.after - 1]?.fold ?? '');
  // "Y से X मंगलवार को मिलेंगे": a plain subject between, not one listed on ("Y से X और …").
  const plain = s.hindiCase === 'nominative' && !AND_WORDS.has(view.toks[s.after]?.fold ?? '');
  return s.hindiCase === 'ergative' || genitive || plain ? s : undefined;
}

const WHILE = foldTerm('हुए');
const DOING = foldTerm('करते');
/** Words between a contact noun's "के दौरान / में" and the subject of the clause it opens ("सोमवार को"). */
const SUBJECT_AFTER_REACH = 3;

/**
 * "Y से चर्चा के दौरान X ने …", "बातचीत में A और B ने …": a contact noun in a phrase of time or
 * place ("during", "after", "in") opens a clause whose ergative subject, right after it, held the contact.
 */
/* Words after a plain subject that make it no party to the contact before: denied or only present ("मौजूद नहीं थे"). */
const NOT_PARTY = set('नहीं न मौजूद उपस्थित');

function subjectAfterNoun(view: SentenceView, groups: Group[], c: CueAt, plain = false): Group | undefined {
  const { toks } = view;
  const next = toks[c.end]?.fold;
  // "Y से बातचीत करते हुए X ने कहा" (while talking with Y): the participle's subject too.
  const during = next === GENITIVE_KE && AFTER_DURING.has(toks[c.end + 1]?.fold ?? '');
  const from = next === IN || (next === WHILE && toks[c.end - 1]?.fold === DOING) ? c.end + 1 : during ? c.end + 2 : -1;
  if (from < 0) return undefined;
  const s = groups.find((g) => g.first >= from && g.first - from <= SUBJECT_AFTER_REACH);
  // "Y के साथ वार्ता करने के बाद X दिल्ली लौटे": after "Y से … के बाद / के दौरान" a plain subject is the
  // main clause's too, unless denied or only present there ("मौजूद नहीं थे", "भी उपस्थित थे").
  const plainSubject = plain && during && s?.hindiCase === 'nominative' && !verbGroup(toks, s.after).some((t) => NOT_PARTY.has(t.fold));
  const subject = s?.hindiCase === 'ergative' || plainSubject;
  return subject && !breakBetween(view, c.end, s!.first) ? s : undefined;
}

/** A dative person ("Y को") is invited or phoned; a "with" person (Y से, Y के साथ) is met or talked to. */
function takes(cue: Cue, hindiCase: Group['hindiCase']): boolean {
  if (hindiCase === 'dative') return cue.kind === 'invitation' || cue.kind === 'phone call';
  return cue.kind !== 'invitation';
}

function kindIn(toks: readonly Tok[], cue: Cue, from: number, to: number): Cue['kind'] {
  if (cue.kind !== 'talks') return cue.kind;
  for (let k = from; k < to; k++) if (HINDI_PHONE.has(toks[k]!.fold)) return 'phone call';
  return cue.kind;
}

/** "A और B में बैठक": two people in the locative right before a contact noun are the two it is between. */
function betweenIn(toks: readonly Tok[], g: Group): boolean {
  return g.members.length > 1 && g.hindiCase === 'locative' && toks[g.after - 1]?.fold === IN;
}

/**
 * Contacts a Hindi sentence states in its own words, its person phrases resolved.
 * @example sentenceClaims(view, views) // "X ने Y से मुलाकात की" → one meeting claim X–Y
 */
function sentenceClaims(view: SentenceView, views: readonly SentenceView[]): Claim[] {
  const { toks } = view;
  const groups = hyphenPairs(view, groupPhrases(toks, view.phrases));
  withAcrossConjunct(toks, groups);
  inHonourOf(toks, groups);
  const withOnly = new Set<CueAt>();
  // "A और B की मुलाकात", "A और B में बातचीत" (में: between the two).
  const pairEnds = new Set(groups.filter((g) => g.members.length > 1 && (g.hindiCase === 'genitive' || g.hindiCase === 'nominative' || betweenIn(toks, g))).map((g) => g.after));
  const cues = findCues(toks, withOnly, pairEnds, genitiveWithEnds(toks, groups));
  const used = new Set<CueAt>(withOnly);
  const claims: Claim[] = [];
  for (const g of groups) {
    // "X की मुलाकात (सोमवार को) Y से हुई": the noun between its genitive subject and the person met.
    const told = nounBeforeMet(view, groups, cues, g);
    if (told) {
      used.add(told.c);
      claims.push(...pairClaims(view, told.subject.members, g.members, { kind: kindIn(toks, told.c.cue, told.subject.first, told.end), planned: told.planned, first: told.subject.first, end: told.end }));
      continue;
    }
    // "X का Y ने स्वागत किया", "X की अगवानी Y ने की": the host after the one welcomed.
    const hostedBy = hostOf(groups, cues, g);
    if (hostedBy) {
      used.add(hostedBy.c);
      const [first, end] = [g.first, Math.max(hostedBy.host.end, hostedBy.c.end)];
      claims.push(...pairClaims(view, hostedBy.host.members, g.members, { kind: hostedBy.c.cue.kind, planned: hostedBy.c.planned, first, end }));
      continue;
    }
    // "Y की मेजबानी / Y का स्वागत": the genitive right before such a noun is the person met.
    const hosted = g.hindiCase === 'genitive' ? cues.find((c) => c.i === g.after && c.cue.genitiveObject) : undefined;
    if (g.hindiCase !== 'with' && g.hindiCase !== 'dative' && !hosted) continue;
    const c = hosted ?? cues.find((c) => c.i >= g.after && (c.i - g.after <= MAX_GAP || topicListBetween(toks, g.after, c.i)) && takes(c.cue, g.hindiCase));
    if (!c || breakBetween(view, g.after, c.i)) continue;
    const s =
      genitiveSubject(view, groups, g, happenedAt(toks, c)) ?? subjectBefore(view, groups, g) ?? subjectAfterNoun(view, groups, c, true) ?? subjectBetween(view, groups, g, c) ?? subjectLast(view, groups, c);
    // "X, Y से मिले": a subject set off by a comma, read at first as listed with the person met.
    const split = s ? undefined : commaSubject(view, groups, g);
    if (split) {
      used.add(c);
      const shape = { kind: kindIn(toks, c.cue, g.first, c.end), planned: c.planned, first: g.first, end: c.end, continues: continuing(toks, g, c) };
      claims.push(...pairClaims(view, split.subject.members, split.met.members, shape));
      continue;
    }
    if (!s) {
      // "X तेहरान पहुंचे। इसके बाद Y से भी मुलाकात की।": the subject the sentence before gave.
      const carried = carriedSubject(view, views, groups, g, c);
      if (!carried) continue;
      used.add(c);
      const shape = { kind: kindIn(toks, c.cue, g.first, c.end), planned: c.planned, first: g.first, end: c.end, continues: continuing(toks, g, c), subjectView: carried.from };
      claims.push(...pairClaims(view, carried.subject.members, g.members, shape));
      continue;
    }
    used.add(c);
    const shape = { kind: kindIn(toks, c.cue, Math.min(s.first, g.first), c.end), planned: c.planned, first: Math.min(s.first, g.first), end: Math.max(s.end, c.end), continues: continuing(toks, g, c) };
    claims.push(...pairClaims(view, s.members, g.members, shape));
  }
  for (const c of cues) {
    if (used.has(c) || !c.cue.received) continue;
    // "X को Y का फोन आया": the caller in the genitive right before the noun, the one called in the dative before.
    const caller = groups.find((g) => g.hindiCase === 'genitive' && g.after === c.i);
    const called = caller && groups.filter((g) => g.hindiCase === 'dative' && g.after <= caller.first && caller.first - g.after <= PARTICIPLE_PHRASE).pop();
    if (!caller || !called || breakBetween(view, called.after, c.i)) continue;
    used.add(c);
    claims.push(...pairClaims(view, caller.members, called.members, { kind: c.cue.kind, planned: c.planned, first: called.first, end: c.end }));
  }
  for (const c of cues) {
    if (used.has(c) && !withOnly.has(c)) continue;
    // "A और B के बीच बातचीत हुई", and with a happening verb "A और B की बातचीत हुई".
    const happened = happenedAt(toks, c);
    const mutual = (g: Group): boolean =>
      g.hindiCase === 'ergative' ||
      g.hindiCase === 'nominative' ||
      (g.hindiCase === 'genitive' && (toks[g.after]?.fold === BETWEEN || happened || g.after === c.i || pairParticiple(toks, new Set([g.after]), c.i))) ||
      (betweenIn(toks, g) && (g.after === c.i || happened));
    // A noun in the locative ("बैठक में") is a contact only with the pair after it ("बातचीत में A और B ने").
    const after = subjectAfterNoun(view, groups, c) ?? subjectLast(view, groups, c);
    const before = withOnly.has(c) ? undefined : groups.filter((g) => g.end <= c.i && (c.i - g.after <= MAX_GAP || topicListBetween(toks, g.after, c.i)) && mutual(g)).pop();
    const g = before && before.members.length >= 2 ? before : after;
    if (!g || g.members.length < 2 || breakBetween(view, g.after, c.i)) continue;
    const [first, end] = [Math.min(g.first, c.i), Math.max(g.end, c.end)];
    claims.push(...pairClaims(view, g.members, undefined, { kind: kindIn(toks, c.cue, first, end), planned: c.planned, first, end, continues: continuing(toks, undefined, c) }));
  }
  // "X की अध्यक्षता में हुई बैठक में Y ने भाग लिया": the chair met those who took part.
  const seen = new Set(claims.map((c) => `${c.subject.person}-${c.other.person}`));
  claims.push(...chairedClaims(view, groups, cues).filter((c) => !seen.has(`${c.subject.person}-${c.other.person}`) && !seen.has(`${c.other.person}-${c.subject.person}`)));
  if (claims.length === 0) claims.push(...metHeadline(view, groups));
  if (claims.length === 0) claims.push(...verbHeadline(view, groups, cues));
  return claims.map((claim) => (spanAway(toks, claim.end) ? { ...claim, clause: [claim.first, claim.end] as [number, number] } : boundClause(claim, CLAUSE_BREAKS)));
}

/**
 * Contacts stated by a Hindi sentence whose person phrases are resolved, with those of people
 * present at a meeting told before ("इस बैठक में X भी मौजूद रहे").
 */
export function hindiClaims(view: SentenceView, views: readonly SentenceView[] = []): Claim[] {
  const own = sentenceClaims(view, views);
  // A sentence before read as extract.ts reads it: by the grammar, else by its contact verb and the people it names.
  const read = (v: SentenceView) => {
    const told = sentenceClaims(v, views);
    return told.length > 0 ? told : cooccurrenceClaims(v);
  };
  return own.length > 0 ? own : presenceClaims(view, views, read);
}
