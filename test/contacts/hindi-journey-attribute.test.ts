import { describe, expect, it } from 'vitest';
import { invented } from '../people/helpers.ts';

/* The date of each contact in an invented one-sentence Hindi article published on Tuesday 2021-08-17, "undated" for none. */
const dates = (text: string) =>
  invented([`शीर्षक\n${text}`], { published: '2021-08-17' }).contacts.map((c) => (c.date ? `${c.date.year}-${c.date.month}-${c.date.day}` : 'undated'));

describe('Hindi: a day in a journey participle before the subject is the journey\'s, not the contact\'s', () => {
  it('"सोमवार को दोहा पहुंचे X ने Y से मुलाकात की" leaves the meeting undated', () => {
    expect(dates('सोमवार को दोहा पहुंचे रूसी विदेश मंत्री सर्गेई लावरोव ने ओमान के विदेश मंत्री बद्र अल बुसैदी से मुलाकात की।')).toEqual(['undated']);
    expect(dates('तालिबान नेताओं से बातचीत के लिए रविवार को काबुल पहुंचे पाकिस्तान के विदेश मंत्री शाह महमूद कुरैशी ने मुल्ला अब्दुल गनी बरादर से बातचीत की।')).toEqual(['undated']);
    expect(dates('बैठक के लिए 15 अगस्त को मॉस्को आए विदेश मंत्री एस जयशंकर ने रूसी विदेश मंत्री सर्गेई लावरोव से भेंट की।')).toEqual(['undated']);
  });

  it('the contact keeps a day of its own after the subject', () => {
    expect(dates('सोमवार को दोहा पहुंचे रूसी विदेश मंत्री सर्गेई लावरोव ने मंगलवार को ओमान के विदेश मंत्री बद्र अल बुसैदी से मुलाकात की।')).toEqual(['2021-8-17']);
  });

  it('a day before a subject with no participle is still the contact\'s', () => {
    expect(dates('सोमवार को रूसी विदेश मंत्री सर्गेई लावरोव ने दोहा में ओमान के विदेश मंत्री बद्र अल बुसैदी से मुलाकात की।')).toEqual(['2021-8-16']);
  });
});
