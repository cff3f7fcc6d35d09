import { describe, expect, it } from 'vitest';
import { inventedEvents } from './helpers.ts';

/* Invented one-sentence articles published on Tuesday 2021-11-09. */
const sessions = (texts: string[]) =>
  inventedEvents(texts.map((t) => `Headline\n${t}`), '2021-11-09').events.filter((e) => e.kind === 'session').map((e) => `${e.when.key}${e.planned ? ' planned' : ''}`);

describe('a meeting noun followed by a scheduling word takes the day after it, announced', () => {
  it('in English, even when a journey of the sentence has a nearer day', () => {
    expect(sessions(['Saudi delegates reached Islamabad on Friday to attend an extraordinary session of the OIC Council of Foreign Ministers, scheduled to take place on December 19, to discuss the situation in Afghanistan.'])).toEqual(['2021-12-19 planned']);
    expect(sessions(['Foreign ministers flew to Doha on Monday for a regional conference on Afghanistan slated for November 20.'])).toEqual(['2021-11-20 planned']);
    expect(sessions(['Envoys from China and Russia gathered in Moscow on Sunday before a summit on Afghanistan, due to be held in Dushanbe on November 25.'])).toEqual(['2021-11-25 planned']);
  });

  it('in Arabic, beside a meeting of its own day', () => {
    expect(sessions(['وصل وفد روسي إلى الدوحة يوم الاثنين لحضور القمة المقررة في 20 نوفمبر لبحث الوضع في أفغانستان.'])).toEqual(['2021-11-20 planned']);
    expect(sessions(['التقى المبعوثون في موسكو يوم الأحد قبل الاجتماع المزمع عقده في طهران في 25 نوفمبر حول أفغانستان.'])).toEqual(['2021-11-07', '2021-11-25 planned']);
  });

  it('not without a scheduling word: the nearest day stays the meeting\'s', () => {
    expect(sessions(['The SCO held a summit in Dushanbe on Friday, and leaders spoke of Afghanistan on November 20.'])).toEqual(['2021-11-05']);
  });
});

describe('what English "ahead of" names is still to come', () => {
  it('takes the coming weekday and is announced', () => {
    expect(sessions(['The discussions were held ahead of the Delhi Regional Security Dialogue on Wednesday.'])).toEqual(['2021-11-10 planned']);
    expect(sessions(['Pakistan briefed envoys ahead of the Troika Plus meeting in Islamabad on Thursday.'])).toEqual(['2021-11-11 planned']);
    expect(sessions(['The Taliban released a statement ahead of the conference on Afghanistan in Moscow on Wednesday.'])).toEqual(['2021-11-10 planned']);
  });

  it('a weekday outside it stays the last one', () => {
    expect(sessions(['The SCO held a summit in Dushanbe on Monday.'])).toEqual(['2021-11-08']);
  });
});
