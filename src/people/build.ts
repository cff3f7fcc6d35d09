/**
 * Builds the people and contacts knowledge of a corpus in one linear pass per article (plus a
 * cheap first pass collecting full names introduced by titles, so that an article naming someone
 * without a title still finds them): people are found and resolved per article, grouped into
 * canonical people across articles, and contacts merged into events.
 */
import { articleContacts, type FoundContact } from '../contacts/extract.ts';
import { mergeStatements, type Statement } from '../contacts/merge.ts';
import { corroborated } from '../contacts/corroborated.ts';
import { corpusDated } from '../contacts/corpus-dated.ts';
import type { Article, Corpus } from '../types.ts';
import { resolveAnaphora } from './anaphora.ts';
import { EMPTY_GAZETTEER, type Gazetteer } from './gazetteer.ts';
import { clusterPeople, findNamedPhrases, knownNameEnd, linkNameParts, type NameSources } from './local-people.ts';
import { makePeople, type ArticlePeople } from './person.ts';
import { latinVocabulary, type LatinVocabulary } from './corpus-spellings.ts';
import { isNamed, nameSpan } from '../grammar/phrase.ts';
import { PhraseTable } from '../grammar/phrases.ts';
import { groupPeople } from './registry.ts';
import { articleSentences } from '../grammar/sentences.ts';
import { titledPhrasesOf } from './titled.ts';
import { knownSurnames } from './known-surnames.ts';
import { corpusLowerWords, corpusWordForms, ordinaryWords } from './corpus-words.ts';
import { namesBySound } from './sound-alike-names.ts';
import { wordKey } from './names.ts';
import { TITLE_WORDS } from '../grammar/titles.ts';
import { hasWord, isInitial, sentenceTokens } from '../grammar/tokens.ts';
import type { PeopleKnowledge } from './types.ts';

/** One article's people and contacts, before people are grouped across articles. */
export interface ArticleResult extends ArticlePeople {
  contacts: FoundContact[];
}

/**
 * Names of two or more significant words that follow a title somewhere in these articles; the
 * union over all articles is what `analyseArticles` needs as `known`.
 * @example titledNames(loadCorpusSync('seeds').articles).includes('सर्गेई लावरोव') // true
 */
export function titledNames(articles: readonly Article[]): string[] {
  const names = new Set<string>();
  const titleWords = TITLE_WORDS.firstWords();
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      for (const sentence of paragraph.sentences) {
        if (!hasWord(sentence.text, paragraph.lang, titleWords)) continue;
        const toks = sentenceTokens(sentence.text, 0, paragraph.lang);
        for (const p of titledPhrasesOf(sentence, toks, sentence.text, true)) {
          const words = toks.slice(p.nameFirst, p.nameEnd).filter((t) => !isInitial(t));
          // Initials and a surname ("एस जयशंकर") are kept too: they teach the surname.
          if (words.length >= 2 || (words.length === 1 && p.nameEnd - p.nameFirst > 1)) names.add(sentence.text.slice(toks[p.nameFirst]!.start + (p.nameFirst === p.first ? p.clitic : 0), toks[p.nameEnd - 1]!.end));
        }
      }
    }
  }
  return [...names];
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
 * Each article's people and contacts, article by article (the part of the build that can run on
 * several threads). `known` is `titledNames` of the whole corpus, `words` its `corpusWordForms`, `lower` its `corpusLowerWords`.
 * @example analyseArticles(corpus.articles, gazetteer, titledNames(corpus.articles))[0].people.length
 */
export function analyseArticles(articles: readonly Article[], gazetteer: Gazetteer, known: readonly string[], words: readonly string[] = corpusWordForms(articles), lower: readonly string[] = corpusLowerWords(articles)): ArticleResult[] {
  const corpusLower = new Set(lower);
  // Ordinary words a page capitalised after a title ("Last Updated") teach no name, nor a surname that would find them everywhere.
  known = known.filter((n) => !ordinaryWords(sentenceTokens(n, 0).filter((t) => !isInitial(t)), corpusLower));
  const knownFolded = new Set(known.map((n) => sentenceTokens(n, 0).map((t) => t.fold).join(' ')));
  // A known name that runs on past a shorter known name is that name and a word after it.
  const names = known.filter((n) => {
    const toks = sentenceTokens(n, 0);
    return toks.length < 3 || knownNameEnd(toks, 0, toks.length, knownFolded) === toks.length;
  });
  const surnames = knownSurnames(names);
  const surnameSounds = new Map<string, string[]>();
  for (const s of surnames) surnameSounds.set(wordKey(s), [...(surnameSounds.get(wordKey(s)) ?? []), s]);
  const sources: NameSources = {
    gazetteer: new PhraseTable(gazetteer.entries.flatMap((e) => e.spellings.map((s) => [s, e.id] as const))),
    known: new PhraseTable([...names, ...surnames].map((n) => [n, true] as const)),
    knownFolded,
    surnameSounds,
    corpusWords: new Set(words),
    corpusLower,
    knownBySound: namesBySound(names),
  };
  return articles.map((article) => analyse(article, sources));
}

/**
 * The capitalised Latin words of the whole corpus (display.ts), which `assemblePeople` spells
 * names by: it needs no article's analysis, so a parallel build counts them while its threads analyse.
 */
export function corpusVocabulary(corpus: Corpus): LatinVocabulary {
  return latinVocabulary(corpus.articles.flatMap((a) => a.paragraphs.map((p) => p.text)));
}

/**
 * People grouped across articles, and contacts merged, from every article's result in corpus order.
 * `vocabulary`: `corpusVocabulary(corpus)`, when already counted.
 * @example assemblePeople(corpus, analyseArticles(corpus.articles, gazetteer, names), gazetteer).people.length
 */
export function assemblePeople(corpus: Corpus, results: ArticleResult[], gazetteer: Gazetteer, vocabulary: LatinVocabulary = corpusVocabulary(corpus)): PeopleKnowledge {
  const { people, idOf, unnamed } = makePeople(groupPeople(results.map((r) => r.people), gazetteer), results, vocabulary);
  const statements: Statement[] = results.flatMap((r) =>
    r.contacts.map((c) => ({ ...c, a: idOf.get(`${r.article}:${c.a}`)!, b: idOf.get(`${r.article}:${c.b}`)! })),
  );
  const kept = corpusDated(corroborated(statements), statements);
  const inContact = new Set(kept.flatMap((s) => [s.a, s.b]));
  return {
    people: people.filter((p) => !unnamed.has(p.id) || inContact.has(p.id)),
    contacts: mergeStatements(kept),
    articles: corpus.articles.map((a) => ({ number: a.number, title: a.title, lang: a.lang, ...(a.published ? { published: a.published } : {}) })),
  };
}

/**
 * People and contacts of a corpus, as plain data. The gazetteer only helps: without it people
 * are still found after titles.
 * @example buildPeopleKnowledge(loadCorpusSync('seeds'), loadGazetteer('seeds')).people.find((p) => p.id === 'sergey-lavrov')?.articles // [0, 2, 4]
 */
export function buildPeopleKnowledge(corpus: Corpus, gazetteer: Gazetteer = EMPTY_GAZETTEER): PeopleKnowledge {
  return assemblePeople(corpus, analyseArticles(corpus.articles, gazetteer, titledNames(corpus.articles)), gazetteer);
}
