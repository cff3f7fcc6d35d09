import { describe, expect, it } from 'vitest';
import { invented } from '../people/helpers.ts';

/* The date of each contact in an invented one-sentence article published on Tuesday 2021-08-17, "undated" for none. */
const dates = (text: string) =>
  invented([`Headline\n${text}`], { published: '2021-08-17' }).contacts.map((c) => (c.date ? `${c.date.year}-${c.date.month}-${c.date.day}` : 'undated'));

describe('a day inside an aside dates the aside, not the contact outside it', () => {
  it('in English, Arabic and Hindi', () => {
    expect(dates('Russian Foreign Minister Sergey Lavrov, who arrived in Doha on Monday, met Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani.')).toEqual(['undated']);
    expect(dates('التقى وزير الخارجية الروسي سيرغي لافروف، الذي وصل إلى الدوحة أمس، نظيره القطري محمد بن عبد الرحمن آل ثاني.')).toEqual(['undated']);
    expect(dates('بحث وزير الخارجية الروسي سيرغي لافروف، الذي وصل إلى الدوحة أمس الاثنين، مع نظيره القطري محمد بن عبد الرحمن آل ثاني الوضع في أفغانستان.')).toEqual(['undated']);
    expect(dates('रूसी विदेश मंत्री सर्गेई लावरोव ने, जो सोमवार को दोहा पहुंचे थे, ओमानी विदेश मंत्री सालेह बिन हमद अल कासिमी से मुलाकात की।')).toEqual(['undated']);
  });

  it('the contact keeps a day of its own outside the aside', () => {
    expect(dates('Russian Foreign Minister Sergey Lavrov, who arrived in Doha on Monday, met Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani on Tuesday.')).toEqual(['2021-8-17']);
  });

  it('a contact told inside the aside takes its day', () => {
    expect(dates('Russian Foreign Minister Sergey Lavrov, who met Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani on Monday, said the talks were useful.')).toEqual(['2021-8-16']);
  });
});
