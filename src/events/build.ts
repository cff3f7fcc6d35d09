/**
 * Builds the events of a corpus in one pass per article: every sentence not already evidence of
 * a contact is read for a happening, happenings are dated (dating.ts), the article's date
 * mentions are kept to find the words contacts were dated from, and finally contacts and
 * happenings become events, deduplicated and indexed by date.
 */
import type { PeopleKnowledge } from '../people/types.ts';
import { articleSentences, type SentenceView } from '../people/sentences.ts';
import type { MentionRef } from '../people/types.ts';
import type { Corpus } from '../types.ts';
import { contactEvents, personParticipant, type PlacedDate } from './contacts.ts';
import { dateHappenings, type HappeningGroup } from './dating.ts';
import { sentenceEntityIds, sentenceHappening } from './happenings.ts';
import { indexEvents, type EventsKnowledge } from './lookup.ts';
import { mergeHappenings } from './merge.ts';
import type { Participant } from './types.ts';

type PersonMention = { ref: MentionRef; participant: Participant };

const PERSON_PREFIX = 'person:';

function mentionsByParagraph(kb: PeopleKnowledge): Map<string, PersonMention[]> {
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

function evidenceSentences(kb: PeopleKnowledge): Set<string> {
  return new Set(kb.contacts.flatMap((c) => c.evidence.map((e) => `${e.article}:${e.paragraph}:${e.start}`)));
}

/** Articles reporting a dated contact: their date mentions are kept to show where each date came from. */
function datedContactArticles(kb: PeopleKnowledge): Set<number> {
  return new Set(kb.contacts.filter((c) => c.date).flatMap((c) => c.evidence.map((e) => e.article)));
}

/**
 * @example buildEvents(corpus, people).byKey.get('2021-08-15')?.[0].synopsis // 'The Taliban took control of Kabul'
 */
export function buildEvents(corpus: Corpus, people: PeopleKnowledge): EventsKnowledge {
  const mentions = mentionsByParagraph(people);
  const evidence = evidenceSentences(people);
  const keepDates = datedContactArticles(people);
  const dates = new Map<number, PlacedDate[]>();
  const groups: HappeningGroup[] = [];
  for (const article of corpus.articles) {
    const views = articleSentences(article);
    const peopleIn = (v: SentenceView): PersonMention[] =>
      (mentions.get(`${article.number}:${v.paragraph.number}`) ?? []).filter((m) => m.ref.start >= v.sentence.start && m.ref.end <= v.sentence.end);
    const happenings = views.map((v) => (evidence.has(`${article.number}:${v.paragraph.number}:${v.sentence.start}`) ? undefined : sentenceHappening(v, peopleIn(v))));
    groups.push(...dateHappenings(views, happenings, (v) => sentenceEntityIds(v, peopleIn(v))));
    if (keepDates.has(article.number)) dates.set(article.number, views.flatMap((v) => v.dates.map((mention) => ({ paragraph: v.paragraph.number, mention }))));
  }
  const personAt = (article: number, paragraph: number, start: number) =>
    mentions.get(`${article}:${paragraph}`)?.find((m) => m.ref.start === start)?.participant.id.slice(PERSON_PREFIX.length);
  const contacts = contactEvents(people, (n) => dates.get(n) ?? [], personAt);
  return indexEvents([...contacts.events, ...mergeHappenings(groups)], contacts.undated);
}
