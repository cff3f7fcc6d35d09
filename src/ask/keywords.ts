/**
 * The content words of a question, for a search: stop words of the three languages (the same
 * list the search index uses) and the words questions are made of — question words, "say",
 * "tell", "about", "show", "बताओ", "ماذا" … — are left out; names and topics remain.
 */
import { foldTerm } from '../text/normalize.ts';
import { isStopWord } from '../languages/stopwords.ts';
import { tokenize } from '../text/tokenize.ts';

/* Words that frame a question but name nothing to search for (stop-word lists miss many of them). */
const QUESTION_WORDS = new Set(
  [
    'what whats who whom whose which when where why how did does do say says said saying tell told explain think thought know',
    'happened happen show read give list find search me please about regarding concerning article articles anything something',
    'क्या कौन किसने किसको किसे कब कहां कहाँ क्यों कैसे कितना कितने बारे बताओ बताइए बताएं बताएँ दिखाओ दिखाइए कहा कहते कहती बोला बोले बोली सोचते लेकर संबंध',
    'ماذا ما من متى أين لماذا كيف هل كم قال قالت يقول تقول عن بشأن حول أخبرني اخبرني أرني اعرض',
  ]
    .join(' ')
    .split(/\s+/u)
    .map(foldTerm),
);

/**
 * @example contentWords('What did Putin say about refugees?') // ['Putin', 'refugees']
 * @example contentWords('पुतिन ने शरणार्थियों के बारे में क्या कहा?') // ['पुतिन', 'शरणार्थियों']
 */
export function contentWords(question: string): string[] {
  return tokenize(question)
    .map((t) => t.text)
    .filter((w) => {
      const folded = foldTerm(w);
      return !isStopWord(folded) && !QUESTION_WORDS.has(folded);
    });
}
