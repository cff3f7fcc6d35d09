/**
 * Words of the packs' grammar that a title runs on into after a name: Hindi contact vocabulary
 * (kinds of meeting, their epithets, the words of a contact noun: "शिखर", "वीडियो कॉन्फ्रेंस"), the
 * Hindi qualifier "संघीय" (federal) before an office, and an Arabic common noun with a possessive
 * pronoun glued on ("تعازيه", his condolences). None is a name, nor a surname that other articles
 * would find alone. Invented sentences and names.
 */
import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

const withMention = (texts: string[], word: string) => invented(texts).people.filter((p) => p.mentions.some((m) => m.text.includes(word)));
const spellings = (texts: string[]) => invented(texts).people.flatMap((p) => p.mentions.map((m) => m.text));

describe('Hindi contact vocabulary after a titled name', () => {
  it('ends the name and teaches no surname', () => {
    const texts = [
      'खबर\nकृषि मंत्री अनिल देशपांडे शिखर सम्मेलन के लिए रवाना हुए।',
      'खबर\nअगले महीने शिखर सम्मेलन दिल्ली में होगा।',
    ];
    expect(spellings(texts)).toContain('अनिल देशपांडे');
    expect(withMention(texts, 'शिखर')).toEqual([]);
  });

  it('ends the name before a video conference', () => {
    const texts = ['खबर\nप्रधानमंत्री सुधीर वर्मा वीडियो कॉन्फ्रेंस के जरिए बैठक से जुड़े।', 'खबर\nयह कॉन्फ्रेंस दो दिन चला।'];
    expect(spellings(texts)).toContain('सुधीर वर्मा');
    expect(withMention(texts, 'कॉन्फ्रेंस')).toEqual([]);
  });
});

describe('Hindi संघीय (federal) before an office', () => {
  it('is a qualifier of the office, not a name', () => {
    const texts = ['खबर\nविदेश मंत्री रवि शेखर ने अपनी समकक्ष संघीय चांसलर हेल्गा ब्रांट के साथ फोन पर बात की।'];
    expect(withMention(texts, 'संघीय')).toEqual([]);
    expect(spellings(texts)).toContain('हेल्गा ब्रांट');
  });
});

describe('an Arabic noun with a possessive pronoun after a name', () => {
  const texts = [
    'خبر\nوقدم الشيخ راشد تعازيه لأسر الضحايا في الحادث.',
    'خبر\nوتلقى السفير التعازي من زملائه في العاصمة.',
    'خبر\nوأرسل الوزير برقية عبر فيها عن تعازيه للشعب.',
  ];

  it('ends the name, which stays the given name alone', () => {
    expect(spellings(texts)).toContain('راشد');
    expect(withMention(texts, 'تعازيه')).toEqual([]);
  });

  it('leaves a name ending in ه or ة that is no such noun', () => {
    expect(spellings(['خبر\nوقال الوزير طه حمزة إن الزيارة مهمة.', 'خبر\nوقدم الشيخ راشد تعازيه للشعب.'])).toContain('طه حمزة');
  });
});

describe('Hindi predicate adjectives after a listed name', () => {
  const offices = ['रक्षा सचिव', 'विदेश सचिव', 'गृह मंत्री'];
  const names = ['विनय प्रकाश', 'सुमित रंजन', 'आलोक भार्गव'];
  const predicates = ['मौजूद थे', 'उपस्थित थे', 'सहमत थे', 'तैयार हैं'];
  const sentences = offices.flatMap((o, i) => predicates.map((p, j) => ({ text: `खबर\nइस बैठक में ${o} ${names[(i + j) % 3]} ${p}।`, name: names[(i + j) % 3]! })));

  it('ends the name before a word that tells the subject is present, agreed or ready', () => {
    const wrong = sentences.filter((s) => !spellings([s.text]).includes(s.name)).map((s) => s.text);
    expect(wrong).toEqual([]);
  });
});
