/**
 * Builds the events of a corpus in one pass per article: every sentence that may report a
 * happening (a word of it opens a trigger) and is not already evidence of a contact is read for
 * one, happenings are dated (dating.ts), and finally contacts and happenings become events,
 * deduplicated and indexed by date. Dates are found only for the paragraphs that need them, which
 * keeps the build cheap on large corpora.
 */
import type { MentionRef, PeopleKnowledge } from '../people/types.ts';
import type { Article, Corpus } from '../types.ts';
import type { DateMention } from '../dates/types.ts';
import { contactEvents, personParticipant, type DateSource } from './contacts.ts';
import { apartGroups, dateHappenings, statedGroup, type HappeningGroup } from './dating.ts';
import { sentenceEntityIds, sentenceHappenings, type Happening } from './happenings.ts';
import { indexEvents, type EventsKnowledge } from './lookup.ts';
import { mergeHappenings } from './merge.ts';
import { articleSentences, paragraphDates, type SentenceView } from '../grammar/sentences.ts';
import { mayReport } from './may-report.ts';
import { pronounSubject } from './pronoun-subject.ts';
import type { Participant } from './types.ts';
import { dateKey } from '../dates/format.ts';

export type PersonMention = { ref: MentionRef; participant: Participant };

const PERSON_PREFIX = 'person:';

/**
 * Where each person is named, keyed "article:paragraph".
 * @example mentionsByParagraph(people).get('0:1')?.[0].participant.name
 */
export function mentionsByParagraph(kb: PeopleKnowledge): Map<string, PersonMention[]> {
  const out = new Map<string, PersonMention[]>();
  for (const person of kb.people) {
    const participant = personParticipant(person);
    for (const ref of person.mentions) {
      const key = `${ref.article}:${ref.paragraph}`;
      const list = out.get(key);
      if (list) list.push({ ref, participant });
      else out.set(key, [{ ref, participant }]);
    }
  }
  return out;
}

/**
 * Sentences already read as evidence of a contact, keyed "article:paragraph:start", and the days
 * those contacts are dated, keyed "article:paragraph:start@2021-08-16".
 * @example evidenceSentences(people).has('0:1:0')
 */
export function evidenceSentences(kb: PeopleKnowledge): Set<string> {
  return new Set(
    kb.contacts.flatMap((c) =>
      c.evidence.flatMap((e) => {
        const key = `${e.article}:${e.paragraph}:${e.start}`;
        return c.date ? [key, `${key}@${dateKey(c.date)}`] : [key];
      }),
    ),
  );
}


/** Date mentions of any paragraph, found when first asked for (contacts mostly need only their own paragraphs). */
function dateSource(corpus: Corpus): DateSource {
  const byNumber = new Map(corpus.articles.map((a) => [a.number, a]));
  const cache = new Map<string, DateMention[]>();
  return {
    paragraphs: (n) => byNumber.get(n)?.paragraphs.map((p) => p.number) ?? [],
    dates: (n, number) => {
      const key = `${n}:${number}`;
      let found = cache.get(key);
      if (!found) {
        const article = byNumber.get(n);
        const paragraph = article?.paragraphs.find((p) => p.number === number);
        found = article && paragraph ? paragraphDates(article, paragraph) : [];
        cache.set(key, found);
      }
      return found;
    },
  };
}

/**
 * The dated happenings of one article (the part of the build that can run on several threads):
 * `mentions` and `evidence` need hold only this article's keys.
 * @example articleHappenings(corpus.articles[0], mentionsByParagraph(people), evidenceSentences(people))
 */
export function articleHappenings(article: Article, mentions: ReadonlyMap<string, PersonMention[]>, evidence: ReadonlySet<string>): HappeningGroup[] {
  const sentences = articleSentences(article);
  const peopleIn = (s: SentenceView): PersonMention[] =>
    (mentions.get(`${article.number}:${s.paragraph.number}`) ?? []).filter((m) => m.ref.start >= s.sentence.start && m.ref.end <= s.sentence.end);
  const extra: HappeningGroup[] = [];
  const aparts: Array<{ happening: Happening; main: Happening }> = [];
  // The person a pronoun opening a sentence stands for: the first one the sentence before names (pronoun-subject.ts).
  const withPronoun = (s: SentenceView, i: number): PersonMention[] => {
    const pronoun = pronounSubject(s, sentences[i - 1], i > 0 ? peopleIn(sentences[i - 1]!) : []);
    return pronoun ? [pronoun, ...peopleIn(s)] : peopleIn(s);
  };
  const happenings = sentences.map((s, i) => {
    if (!mayReport(s)) return undefined;
    const key = `${article.number}:${s.paragraph.number}:${s.sentence.start}`;
    if (evidence.has(key)) {
      // The contact is the sentence's news; what it tells on another day (a report of it, a visit) is a happening of its own.
      for (const h of sentenceHappenings(s, peopleIn(s), true)) if (h.date && !evidence.has(`${key}@${dateKey(h.date.date)}`)) extra.push(statedGroup({ ...h, date: h.date }));
      return undefined;
    }
    const [main, ...others] = sentenceHappenings(s, withPronoun(s, i), false);
    for (const h of others) if (h.date) extra.push(statedGroup({ ...h, date: h.date }));
    for (const h of others) if (h.apart && !h.date && main) aparts.push({ happening: h, main });
    return main;
  });
  const groups = happenings.some((h) => h !== undefined) ? dateHappenings(sentences, happenings, (s) => sentenceEntityIds(s, peopleIn(s))) : [];
  return [...groups, ...apartGroups(groups, aparts), ...extra];
}

/**
 * Contacts and every article's happenings (in corpus order) as deduplicated, indexed events.
 * @example finishEvents(corpus, people, corpus.articles.flatMap((a) => articleHappenings(a, mentions, evidence)))
 */
export function finishEvents(corpus: Corpus, people: PeopleKnowledge, groups: HappeningGroup[], mentions = mentionsByParagraph(people)): EventsKnowledge {
  const personAt = (article: number, paragraph: number, start: number) =>
    mentions.get(`${article}:${paragraph}`)?.find((m) => m.ref.start === start)?.participant.id.slice(PERSON_PREFIX.length);
  const contacts = contactEvents(people, dateSource(corpus), personAt);
  return indexEvents([...contacts.events, ...mergeHappenings(groups)], contacts.undated);
}

/**
 * @example buildEvents(corpus, people).byKey.get('2021-08-15')?.[0].synopsis // 'The Taliban took control of Kabul'
 */
export function buildEvents(corpus: Corpus, people: PeopleKnowledge): EventsKnowledge {
  const mentions = mentionsByParagraph(people);
  const evidence = evidenceSentences(people);
  return finishEvents(corpus, people, corpus.articles.flatMap((article) => articleHappenings(article, mentions, evidence)), mentions);
}
