import { describe, expect, it } from 'vitest';
import { onAnswer } from '../../src/answers/on.ts';
import { buildKnowledge } from '../../src/knowledge.ts';
import { EMPTY_GAZETTEER } from '../../src/people/gazetteer.ts';
import { inventedCorpus } from './helpers.ts';
import { worded } from '../../src/i18n/index.ts';
import { LIMITS, renderPages } from '../../bot/render-discord.ts';

/* Invented articles published on Tuesday 2021-08-17. */
const quotedArticles = (texts: string[], date: string) => {
  const kb = buildKnowledge(inventedCorpus(texts), EMPTY_GAZETTEER);
  return onAnswer(kb, { date }).items.map((item) => (item.quotes ?? []).map((q) => q.citation.article));
};

describe('/on quotes an event from each article that reports it', () => {
  it('quotes the second article before a third sentence of the first', () => {
    const first = 'तालिबान ने रविवार को काबुल पर कब्जा कर लिया\nतालिबान ने रविवार को काबुल पर कब्जा कर लिया। लोग डरे हुए हैं।\nतालिबान ने रविवार को काबुल पर कब्जा किया।';
    const second = 'Headline\nThe Taliban seized Kabul on Sunday.';
    expect(quotedArticles([first, second], '2021-08-15')).toEqual([[0, 1, 0]]);
  });

  it('still quotes several sentences of an article that alone reports it', () => {
    const only = 'तालिबान ने रविवार को काबुल पर कब्जा कर लिया\nतालिबान ने रविवार को काबुल पर कब्जा कर लिया।\nतालिबान ने रविवार को काबुल पर कब्जा किया।';
    expect(quotedArticles([only], '2021-08-15')).toEqual([[0, 0, 0]]);
  });
});

/* An event reported by more articles than the three full quotes: every article is quoted. */
const takeover = [
  'Headline\nThe Taliban seized Kabul on Sunday.',
  'शीर्षक\nतालिबान ने रविवार को काबुल पर कब्जा कर लिया।',
  'عنوان\nسيطرت حركة طالبان على كابول يوم الأحد.',
  'Headline\nTaliban fighters captured Kabul on Sunday, as crowds ran to the airport and long queues formed in the streets while shops stayed shut across the city.',
  'शीर्षक\nरविवार को तालिबान ने काबुल पर नियंत्रण कर लिया और लोग हवाई अड्डे की ओर भागे।',
  'عنوان\nاستولت طالبان على كابول يوم الأحد، فيما هرع الناس إلى المطار.',
  'Headline\nThe Taliban took control of Kabul on Sunday. The Taliban seized Kabul on Sunday without a fight.',
];

describe('/on quotes every article that reports an event', () => {
  it('quotes each of seven reporting articles, the first three in full and each other one once', () => {
    const kb = buildKnowledge(inventedCorpus(takeover), EMPTY_GAZETTEER);
    const [item] = onAnswer(kb, { date: '2021-08-15' }).items;
    const articles = (item!.quotes ?? []).map((q) => q.citation.article);
    expect([...articles].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect((item!.quotes ?? []).slice(3).every((q) => q.text.length <= 160)).toBe(true);
  });

  it('still quotes an article once more when fewer articles than three report it', () => {
    expect(quotedArticles([takeover[6]!, takeover[1]!], '2021-08-15')).toEqual([[0, 1, 0]]);
  });

  it('quotes fifteen of forty reporting articles, lists them all, and fits one Discord page', () => {
    const texts = Array.from({ length: 40 }, (_, i) => takeover[i % takeover.length]!);
    const kb = buildKnowledge(inventedCorpus(texts), EMPTY_GAZETTEER);
    const answer = onAnswer(kb, { date: '2021-08-15' });
    const item = worded(answer).items[0]!;
    expect(new Set((item.quotes ?? []).map((q) => q.citation.article)).size).toBe(15);
    expect(item.quotes).toHaveLength(15);
    expect(item.lines!.join('\n')).toContain('#39 ¶1 (40 articles; 15 quoted)');
    const pages = renderPages(answer);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.description!.length).toBeLessThanOrEqual(LIMITS.description);
  });
});

describe('/on quotes each article by the sentence that says when', () => {
  it('quotes a second article by its dated sentence, not by its headline', () => {
    const kb = buildKnowledge(
      inventedCorpus([
        'Headline\nForeign Minister Ali Raza met Chancellor Anna Weber in Berlin on Monday.\nRaza met Weber to discuss trade.\nRaza also met Weber at a dinner.',
        'विदेश मंत्री अली रज़ा ने चांसलर अन्ना वेबर से मुलाकात की\nविदेश मंत्री अली रज़ा ने सोमवार को बर्लिन में चांसलर अन्ना वेबर से मुलाकात की।',
      ]),
      EMPTY_GAZETTEER,
    );
    const quotes = onAnswer(kb, { date: '2021-08-16' }).items.flatMap((item) => (item.quotes ?? []).map((q) => `#${q.citation.article} ¶${q.citation.paragraph}`));
    expect(quotes.filter((q) => q.startsWith('#1'))).toEqual(['#1 ¶1']);
  });
});
