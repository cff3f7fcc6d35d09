import { describe, expect, it } from 'vitest';
import { inventedEvents, lines } from './helpers.ts';

/* Invented sentences, published on Tuesday 2021-08-17: Hindi and English event words added for issue 11. */

describe('issue 11 event words', () => {
  it('reads "is visiting" as a journey of the person, not of the Islamic State ("is" is a word)', () => {
    expect(lines(inventedEvents(['News\nIranian President Ali Rezaei is visiting Moscow on Monday.']))).toEqual(['2021-08-16 Ali Rezaei arrived in Moscow']);
  });

  it('reads a dialogue (संवाद) as a meeting, announced when a future verb follows the noun', () => {
    const ev = inventedEvents(['खबर\nअफगानिस्तान पर बुधवार को दिल्ली में क्षेत्रीय संवाद होगा।']);
    expect(ev.events.map((e) => [e.when.key, e.kind, e.planned])).toEqual([['2021-08-18', 'session', true]]);
  });
});
