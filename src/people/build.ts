/**
 * Builds the people and contacts knowledge of a corpus in one linear pass per article (plus a
 * cheap first pass collecting full names introduced by titles, so that an article naming someone
 * without a title still finds them): people are found and resolved per article, grouped into
 * canonical people across articles, and contacts merged into events.
 */
import { articleContacts, type FoundContact } from '../contacts/extract.ts';
import { mergeStatements, type Statement } from '../contacts/merge.ts';
import type { Article, Corpus } from '../types.ts';
import { resolveAnaphora } from './anaphora.ts';
import { EMPTY_GAZETTEER, type Gazetteer } from './gazetteer.ts';
import { clusterPeople, findNamedPhrases, linkNameParts, type NameSources } from './local-people.ts';
import { makePeople, type ArticlePeople } from './person.ts';
import { isNamed, nameSpan } from './phrase.ts';
import { PhraseTable } from './phrases.ts';
import { groupPeople } from './registry.ts';
import { articleSentences } from './sentences.ts';
import { findTitledPhrases } from './titled.ts';
import { TITLE_WORDS } from './titles.ts';
import { hasWord, isInitial, sentenceTokens } from './tokens.ts';
import type { PeopleKnowledge } from './types.ts';

interface ArticleResult extends ArticlePeople {
  contacts: FoundContact[];
}

/** Names of two or more significant words that follow a title somewhere in the corpus. */
function titledFullNames(corpus: Corpus): PhraseTable<true> {
  const names = new Set<string>();
  const titleWords = TITLE_WORDS.firstWords();
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) {
      for (const sentence of paragraph.sentences) {
        if (!hasWord(sentence.text, titleWords)) continue;
        const toks = sentenceTokens(sentence.text, 0);
        for (const p of findTitledPhrases(toks)) {
          const words = toks.slice(p.nameFirst, p.nameEnd).filter((t) => !isInitial(t));
          if (words.length >= 2) names.add(sentence.text.slice(toks[p.nameFirst]!.start + (p.nameFirst === p.first ? p.clitic : 0), toks[p.nameEnd - 1]!.end));
        }
      }
    }
  }
  return new PhraseTable([...names].map((n) => [n, true] as const));
}

function analyse(article: Article, sources: NameSources): ArticleResult {
  const views = articleSentences(article);
  findNamedPhrases(views, sources);
  const people = clusterPeople(views);
  linkNameParts(views, people);
  resolveAnaphora(views, people);
  const mentions: ArticleResult['mentions'] = [];
  for (const view of views) {
    for (const p of view.phrases) {
      const person = people[p.person!]!;
      // A named person is listed where named; a person known only by role, where that role is.
      if (p.source === 'pronoun' || isNamed(p) !== person.names.length > 0) continue;
      const [start, end] = nameSpan(p, view.toks);
      mentions.push({ person: p.person!, ref: { article: article.number, paragraph: view.paragraph.number, start, end, text: view.paragraph.text.slice(start, end) } });
    }
  }
  return { article: article.number, people, mentions, contacts: articleContacts(views) };
}

/**
 * People and contacts of a corpus, as plain data. The gazetteer only helps: without it people
 * are still found after titles.
 * @example buildPeopleKnowledge(loadCorpusSync('seeds'), loadGazetteer('seeds')).people.find((p) => p.id === 'sergey-lavrov')?.articles // [0, 2, 4]
 */
export function buildPeopleKnowledge(corpus: Corpus, gazetteer: Gazetteer = EMPTY_GAZETTEER): PeopleKnowledge {
  const sources: NameSources = {
    gazetteer: new PhraseTable(gazetteer.entries.flatMap((e) => e.spellings.map((s) => [s, e.id] as const))),
    known: titledFullNames(corpus),
  };
  const results = corpus.articles.map((article) => analyse(article, sources));
  const { people, idOf } = makePeople(groupPeople(results.map((r) => r.people), gazetteer), results);
  const statements: Statement[] = results.flatMap((r) =>
    r.contacts.map((c) => ({ ...c, a: idOf.get(`${r.article}:${c.a}`)!, b: idOf.get(`${r.article}:${c.b}`)! })),
  );
  return {
    people,
    contacts: mergeStatements(statements),
    articles: corpus.articles.map((a) => ({ number: a.number, title: a.title, lang: a.lang, ...(a.published ? { published: a.published } : {}) })),
  };
}
