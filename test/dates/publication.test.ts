import { describe, expect, it } from 'vitest';
import { inferPublicationDate } from '../../src/dates/publication.ts';
import { seedLines } from './seeds.ts';

describe('inferPublicationDate', () => {
  it('reads article 3 from its dateline', () => {
    expect(inferPublicationDate(seedLines(3))).toEqual({ date: '2021-08-25', from: 'dateline' });
  });

  it('falls back to the first full date in the text (article 4: the tweet)', () => {
    expect(inferPublicationDate(seedLines(4))).toEqual({ date: '2021-10-12', from: 'text' });
  });

  it('gives nothing when the text has no full date (article 0: weekdays only)', () => {
    expect(inferPublicationDate(seedLines(0))).toBeUndefined();
  });

  it('recognises Hindi and English datelines', () => {
    expect(inferPublicationDate(['शीर्षक', 'नई दिल्ली, 12 अक्टूबर 2021 | विदेश मंत्री ने कहा'])).toEqual({ date: '2021-10-12', from: 'dateline' });
    expect(inferPublicationDate(['KABUL, Aug. 16, 2021 (AP) — The Taliban'])).toEqual({ date: '2021-08-16', from: 'dateline' });
  });

  it('a date after the first sentence is not a dateline, and a dateline beats an earlier date in the text', () => {
    expect(inferPublicationDate(['The talks began. On 3 May 2021 they stopped.'])).toEqual({ date: '2021-05-03', from: 'text' });
    expect(inferPublicationDate(['Talks stopped on 3 May 2021 after a week.', 'MOSCOW, Aug. 25, 2021 — Officials said'])).toEqual({ date: '2021-08-25', from: 'dateline' });
  });
});
