import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/corpus/catalog.ts';
import { buildCorpus } from '../../src/corpus/load.ts';
import { buildEvents } from '../../src/events/build.ts';
import { buildPeopleKnowledge } from '../../src/people/build.ts';

/*
 * Invented articles with no catalogued date: the byline's full date is the only day the text
 * gives, so a weekday after it cannot be read and the happening must stay undated.
 */
function lines(text: string): string[] {
  const corpus = buildCorpus([{ name: '000_test.txt', bytes: Buffer.from(`Headline\n${text}`) }], parseCatalog('0\t\t\t'));
  return buildEvents(corpus, buildPeopleKnowledge(corpus)).events.map((e) => `${e.when.key} ${e.kind}`);
}

describe("a tweet's byline run on into a sentence dates the tweet, not the news after it", () => {
  it('Arabic: a summit announced after the byline does not take its day', () => {
    expect(lines('— Emmanuel Macron (@EmmanuelMacron) August 20, 2021 وفي السياق نفسه، أعلن قصر الإليزيه أن الرئيس الفرنسي إيمانويل ماكرون سيشارك يوم الثلاثاء المقبل في قمة افتراضية بشأن أفغانستان.')).not.toContain('2021-08-20 session');
  });
  it('English: a visit told after the byline is not on the tweet\'s day', () => {
    expect(lines('— Dominic Raab (@DominicRaab) August 19, 2021 The British foreign secretary Dominic Raab arrived in Doha on Saturday.')).not.toContain('2021-08-19 travel');
  });
  it('a full date of the sentence itself still dates it', () => {
    expect(lines('— Dominic Raab (@DominicRaab) August 19, 2021 The British foreign secretary Dominic Raab arrived in Doha on August 21, 2021.')).toContain('2021-08-21 travel');
  });
});
