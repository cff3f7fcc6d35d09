import { afterEach, describe, expect, it } from 'vitest';
import { invented } from '../people/helpers.ts';
import { packFor, registerPack } from '../../src/languages/index.ts';

/* Where each contact of an invented article took place, "-" for none. */
const places = (text: string) => invented([text]).contacts.map((c) => c.place ?? '-');

describe('the place of a contact comes from the pack’s venue words', () => {
  const hindi = packFor('hin')!;
  afterEach(() => registerPack(hindi));

  it('Hindi: a city before "में", and "जहां" back to the place named before', () => {
    expect(places('Headline\nविदेश मंत्री जयशंकर ने मंगलवार को ताशकंद में उज्बेक विदेश मंत्री अब्दुलअजीज कामिलोव से मुलाकात की।')).toEqual(['Tashkent']);
    expect(places('Headline\nविदेश मंत्री जयशंकर सोमवार को दुशांबे जाएंगे जहां वह ताजिक विदेश मंत्री सिरोजिद्दीन मुहरिद्दीन से मुलाकात करेंगे।')).toEqual(['Dushanbe']);
  });

  it('Hindi: "यहां" is the dateline’s place', () => {
    expect(places('ताशकंद: विदेश मंत्री जयशंकर ने यहां उज्बेक विदेश मंत्री अब्दुलअजीज कामिलोव से मुलाकात की।')).toEqual(['Tashkent']);
  });

  it('Arabic: a city after في or with ب glued to it', () => {
    expect(places('Headline\nالتقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي في موسكو يوم الثلاثاء.')).toEqual(['Moscow']);
    expect(places('Headline\nالتقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي بموسكو يوم الثلاثاء.')).toEqual(['Moscow']);
  });

  it('English: a known city, or any capitalised name, after "in"', () => {
    expect(places('Headline\nRussian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Moscow on Tuesday.')).toEqual(['Moscow']);
    expect(places('Headline\nRussian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Avaza on Tuesday.')).toEqual(['Avaza']);
  });

  it('a phone call has no place', () => {
    expect(places('Headline\nRussian Foreign Minister Sergey Lavrov spoke by phone with Chinese Foreign Minister Wang Yi in Moscow on Tuesday.')).toEqual(['-']);
  });

  it('a pack without venue words states no place', () => {
    registerPack({ ...hindi, venue: undefined });
    expect(places('Headline\nविदेश मंत्री जयशंकर ने मंगलवार को ताशकंद में उज्बेक विदेश मंत्री अब्दुलअजीज कामिलोव से मुलाकात की।')).toEqual(['-']);
  });
});
