import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/load.ts';
import { parseCatalog } from '../../src/corpus/catalog.ts';
import { buildPeopleKnowledge } from '../../src/people/build.ts';
import { contactLines } from '../people/helpers.ts';

describe('a contact whose own day cannot be known', () => {
  it('takes no date from another clause of its sentence', () => {
    // Invented; the article has no publication date, the corpus's year is 2021.
    const texts = ['लेख।', 'लेख।', 'लेख।', 'रक्षा मंत्री अनिल कुमार ने सोमवार को अपने अमेरिकी समकक्ष जॉन पीटर से फोन पर बात की – 15 अगस्त को काबुल पर कब्जे के बाद यह पहली बातचीत थी।'];
    const catalog = parseCatalog('0\t2021-08-17\t\t\n1\t2021-09-01\t\t\n2\t2021-10-08\t\t');
    const kb = buildPeopleKnowledge(buildCorpus(texts.map((t, i) => ({ name: `00${i}_x.txt`, bytes: Buffer.from(t) })), catalog));
    expect(contactLines(kb)).toEqual(['Anil Kumar – John Peter: phone call, undated']);
  });

  it('gives a contact going on from the news before no day from past a sentence whose day cannot be known', () => {
    // Invented; the article has no publication date: "सोमवार" names no day, and the day before it is another news's.
    const texts = ['लेख।', 'लेख।', 'लेख।', ['विदेश मंत्री करीम शाह ने 10 अगस्त 2021 को राजदूत नवीन राय से मुलाकात की।', 'शाह सोमवार को काबुल पहुंचे।', 'शाह ने राष्ट्रपति अली खान से भी बात की।'].join('\n')];
    const catalog = parseCatalog('0\t2021-08-17\t\t\n1\t2021-09-01\t\t\n2\t2021-10-08\t\t');
    const kb = buildPeopleKnowledge(buildCorpus(texts.map((t, i) => ({ name: `00${i}_x.txt`, bytes: Buffer.from(t) })), catalog));
    expect(contactLines(kb).map((line) => line.split(': ')[1]).sort()).toEqual(['meeting, 2021-08-10', 'talks, undated']);
  });
});
