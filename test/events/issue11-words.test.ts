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

  it('reads meetings of officials no one names, placed by where they were held, in all three languages', () => {
    expect(lines(inventedEvents(['خبر\nاجتمع ممثلون عن الحكومة في الدوحة أمس الاثنين مع وفد من النرويج.']))).toEqual(['2021-08-16 Meeting in Doha on Norway']);
    expect(lines(inventedEvents(['خبر\nوجرت مباحثات بين وفدي البلدين في موسكو يوم الاثنين.']))).toEqual(['2021-08-16 Meeting in Moscow']);
    expect(lines(inventedEvents(['News\nOfficials of the two countries met in Doha on Monday.']))).toEqual(['2021-08-16 Meeting in Doha']);
    expect(lines(inventedEvents(['खबर\nदोनों देशों के अधिकारियों ने सोमवार को दोहा में सुरक्षा पर चर्चा की।']))).toEqual(['2021-08-16 Meeting in Doha']);
  });

  it('a meeting named only by its place is no second happening beside another of its sentence', () => {
    const ev = inventedEvents(['News\nSince the summit came after a call last month between the two capitals, the talks on Monday in Doha also touched on trade.']);
    expect(ev.events.filter((e) => e.when.key === '2021-08-16')).toEqual([]);
  });
});
