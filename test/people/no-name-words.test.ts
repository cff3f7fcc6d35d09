/**
 * Words after a title that are no name: number words ("وزير الخارجية تضم أربع دول", "विदेश मंत्री
 * चार देशों की यात्रा"), a present verb whose other person the corpus writes (تضم beside يضم), and
 * the style "His Excellency" before a title or name (महामहिम, His Excellency).
 */
import { describe, expect, it } from 'vitest';
import { nameWordOK } from '../../src/grammar/words.ts';
import { sentenceTokens } from '../../src/grammar/tokens.ts';
import { arabicVerbForms } from '../../src/languages/arb/names.ts';
import { invented } from './helpers.ts';

const tok = (text: string, lang: 'arb' | 'hin' | 'eng') => sentenceTokens(text, 0, lang)[0]!;
const names = (texts: string[]) => invented(texts).people.filter((p) => p.mentions.length > 0 && p.display).map((p) => p.display);

describe('number words are never name words', () => {
  it.each([
    ['أربع', 'arb'],
    ['ثلاثة', 'arb'],
    ['ست', 'arb'],
    ['चार', 'hin'],
    ['पांच', 'hin'],
    ['Six', 'eng'],
  ] as const)('%s', (w, lang) => expect(nameWordOK(tok(w, lang))).toBe(false));

  it('keeps names a clitic would cut to a number word', () => {
    expect(nameWordOK(tok('وست', 'arb'))).toBe(true);
    expect(nameWordOK(tok('لافروف', 'arb'))).toBe(true);
  });

  it('reads no person in a tour of several countries or a meeting of several ministers', () => {
    const found = names([
      'جولة\nأوضحت الخارجية أن جولة وزير الخارجية تضم أربع دول لتبادل وجهات النظر. وكان الوفد يضم خمسة مسؤولين.',
      'اجتماع\nعقد وزراء خارجية ست دول عربية لقاء في عمان، وأكد وزير الخارجية الأردني سامي حداد أن اللقاء كان مثمرا.',
      'यात्रा\nविदेश मंत्री चार देशों की यात्रा पर रवाना हुए। विदेश मंत्री एस जयशंकर ने कहा कि यात्रा अहम है।',
    ]);
    expect(found.filter((d) => /arba|arab|tadam|chaar|char|sitt|khams/iu.test(d))).toEqual([]);
  });
});

describe('a present verb is known by its other person', () => {
  it('gives يضم for تضم and تعقد for يعقد', () => {
    expect(arabicVerbForms('تضم')).toContain('يضم');
    expect(arabicVerbForms('يعقد')).toContain('تعقد');
  });
});

describe('the style His Excellency is no name', () => {
  it('reads the person after महामहिम and His Excellency', () => {
    const found = names([
      'स्वागत\nप्रधानमंत्री अगले सप्ताह राष्ट्रपति महामहिम करीम शाह के सम्मान में दिए गए भोज में शामिल होंगे।',
      'Visit\nHis Excellency President Emomali Rahmon received the Indian foreign minister in Dushanbe.',
    ]);
    expect(found.some((d) => /mahamhim|mahamahim|excellency/iu.test(d))).toBe(false);
    expect(found.some((d) => /Rahmon/u.test(d))).toBe(true);
  });
});
