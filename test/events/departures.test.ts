import { describe, expect, it } from 'vitest';
import { inventedEvents, lines } from './helpers.ts';

/** Events of one invented article (headline, then the sentences) published on Wednesday 2021-08-18. */
const events = (...sentences: string[]) => lines(inventedEvents([['शीर्षक', ...sentences].join('\n')], '2021-08-18'));

describe('a Hindi departure, and a Hindi day before its verb (issue 11)', () => {
  it('gives each of two journeys in one Hindi sentence the day standing before its verb', () => {
    expect(events('विदेश मंत्री राम कुमार 20 अगस्त को काबुल पहुंचेंगे और 22 अगस्त को दोहा के लिए रवाना होंगे।')).toEqual([
      '2021-08-20 Ram Kumar will travel to Kabul',
      '2021-08-22 Ram Kumar will travel to Doha',
    ]);
  });
});
