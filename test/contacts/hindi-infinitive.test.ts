import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('Hindi: a genitive pronoun as the subject of a contact infinitive (hindi-infinitive.ts)', () => {
  it('reads "उनके <role> X से मिलने की संभावना है" as his planned meeting, not "his prime minister"', () => {
    expect(
      contacts('दौरा', 'ईरानी विदेश मंत्री करीम शाह मंगलवार को दिल्ली पहुंचेंगे। उनके प्रधानमंत्री नवीन राय और विदेश मंत्री अनिल कुमार से भी मिलने की संभावना है।'),
    ).toEqual(['Karim Shah – Naveen Ray: meeting, undated, planned', 'Karim Shah – Anil Kumar: meeting, undated, planned']);
  });

  it('takes the subject of the sentence before even when it names two people', () => {
    expect(
      contacts(
        'दौरा',
        'रूसी सुरक्षा परिषद के सचिव दिमित्री सोकोलोव यहां राष्ट्रीय सुरक्षा सलाहकार सुनील वर्मा के साथ चर्चा करेंगे। तीन दिन की यात्रा के दौरान उनके राष्ट्रपति राकेश मेहता से मिलने की उम्मीद है।',
      ),
    ).toEqual(['Dimitri Sokolov – Sunil Varma: talks, undated, planned', 'Dimitri Sokolov – Rakesh Mehta: meeting, undated, planned']);
  });

  it('with a contact noun and करने, का or की, के साथ', () => {
    expect(contacts('दौरा', 'ईरानी विदेश मंत्री करीम शाह दिल्ली पहुंचेंगे। उनका प्रधानमंत्री नवीन राय से मुलाकात करने का कार्यक्रम है।')).toEqual([
      'Karim Shah – Naveen Ray: meeting, undated, planned',
    ]);
    expect(contacts('दौरा', 'कतर के अमीर हमद अल थानी अगले सप्ताह दिल्ली आएंगे। उनके विदेश मंत्री अनिल कुमार के साथ फोन पर बात करने की योजना है।')).toEqual([
      'Hamad Al Thani – Anil Kumar: phone call, undated, planned',
    ]);
  });

  it('keeps a possessive before a role when no contact infinitive follows', () => {
    expect(contacts('बयान', 'ईरानी विदेश मंत्री करीम शाह ने कहा कि उनके राष्ट्रपति राकेश मेहता अगले सप्ताह दिल्ली जाएंगे।')).toEqual([]);
  });
});
