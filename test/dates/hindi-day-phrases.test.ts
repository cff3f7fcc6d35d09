import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/dates/find.ts';

/* Hindi day phrases of news, in invented sentences. */
const hindi = (text: string, ref?: string) => findDateMentions(text, 'hin', ref).map((m) => [m.text, m.date]);

describe('Hindi day phrases', () => {
  it('reads a month name with a joiner after its virama, as some sites type it', () => {
    expect(hindi('मंत्री 30 अगस्\u200Dत को लौटे', '2021-09-01')).toEqual([['30 अगस्\u200Dत', { year: 2021, month: 8, day: 30 }]]);
    expect(hindi('अक्\u200Dटूबर 12, 2021 को सम्मेलन हुआ')).toEqual([['अक्\u200Dटूबर 12, 2021', { year: 2021, month: 10, day: 12 }]]);
  });

  it('reads "in November, on the 10th (and 11th)" as that month\'s day', () => {
    expect(hindi('सम्मेलन दिसंबर में 6 और 7 तारीख को होगा', '2021-11-02')).toEqual([['दिसंबर में 6 और 7 तारीख', { year: 2021, month: 12, day: 6 }]]);
    expect(hindi('सम्मेलन जून में 4 तारीख को हुआ', '2021-11-02')).toEqual([['जून में 4 तारीख', { year: 2021, month: 6, day: 4 }]]);
  });

  it('reads "on the day when" as the day just named', () => {
    expect(hindi('सभा बुधवार को हुई। यह सभा उस दिन हुई जब नई नीति आई।', '2021-09-03').map(([t, d]) => [t, d])).toEqual([
      ['बुधवार', { year: 2021, month: 9, day: 1 }],
      ['उस दिन', { year: 2021, month: 9, day: 1 }],
    ]);
    expect(hindi('सभा ऐसे दिन हुई जब नई नीति आई।', '2021-09-03')).toEqual([]);
  });
});
