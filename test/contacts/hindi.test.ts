import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('Hindi contact grammar', () => {
  it('reads "X ने Y से मुलाकात की" and the headline order "X ने Y से की मुलाकात"', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात की।')).toEqual(['Anil Kumar – Hossein Amir: meeting, undated']);
    expect(contacts('विदेश मंत्री अनिल कुमार ने ईरानी विदेश मंत्री हुसैन अमीर से की मुलाकात')).toEqual(['Anil Kumar – Hossein Amir: meeting, undated']);
  });

  it('reads a phone call from "के साथ फोन पर बातचीत की"', () => {
    expect(contacts('प्रधानमंत्री नवीन राय ने मंगलवार को जापानी प्रधानमंत्री केन सातो के साथ फोन पर बातचीत की।')).toEqual([
      'Naveen Ray – Ken Sato: phone call, 2021-08-31',
    ]);
  });

  it('gives one contact per coordinated counterpart', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने चीनी विदेश मंत्री ली मिंग और ईरानी विदेश मंत्री हुसैन अमीर से फोन पर बात की।')).toEqual([
      'Anil Kumar – Li Ming: phone call, undated',
      'Anil Kumar – Hossein Amir: phone call, undated',
    ]);
  });

  it('reads talks between coordinated subjects ("X और Y ने … चर्चा की")', () => {
    expect(contacts('चीनी विदेश मंत्री ली मिंग और ईरानी विदेश मंत्री हुसैन अमीर ने क्षेत्रीय सुरक्षा पर चर्चा की।')).toEqual([
      'Li Ming – Hossein Amir: talks, undated',
    ]);
  });

  it('reads a joint appearance', () => {
    expect(contacts('मई में चीनी राष्ट्रपति ली मिंग और उनके ईरानी समकक्ष हुसैन अमीर ने एक समारोह में भाग लिया।')).toEqual([
      'Li Ming – Hossein Amir: joint appearance, May 2021',
    ]);
  });

  it('reads an invitation ("X ने Y को … आमंत्रित किया")', () => {
    expect(contacts('राष्ट्रपति हुसैन अमीर ने प्रधानमंत्री नवीन राय को तेहरान आने के लिए आमंत्रित किया।')).toEqual(['Hussain Amir – Naveen Ray: invitation, undated']);
  });

  it('marks announced contacts as planned, with the place "जहां" refers to', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार अगले सप्ताह ईरान जाएंगे जहां वह राष्ट्रपति हुसैन अमीर से मुलाकात करेंगे।')).toEqual([
      'Anil Kumar – Hussain Amir: meeting, undated, Iran, planned',
    ]);
  });

  it('takes the speaker of a quoted tweet as the subject', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने ट्वीट किया, “ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात करके खुशी हुई।”')).toEqual([
      'Anil Kumar – Hossein Amir: meeting, undated',
    ]);
  });

  it('does not cross "कि" to a subject that is not the speaker', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार के अनुसार मंत्रालय ने कहा कि ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात हुई।')).toEqual([]);
  });

  it('finds nothing where no contact is stated', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने ईरानी विदेश मंत्री हुसैन अमीर को स्थिति की जानकारी दी।')).toEqual([]);
    expect(contacts('विदेश मंत्री अनिल कुमार ने कहा कि पत्रकारों से बात करना जरूरी है।')).toEqual([]);
  });
});

describe('Hindi contact dates and places', () => {
  it('takes no date from the previous sentence of the paragraph: it is another event\'s', () => {
    expect(contacts('सोमवार को नई दिल्ली में बैठक हुई। वहीं विदेश मंत्री अनिल कुमार ने ईरानी विदेश मंत्री हुसैन अमीर से फोन पर बात की।')).toEqual([
      'Anil Kumar – Hossein Amir: phone call, undated',
    ]);
    expect(contacts('सोमवार को बैठक हुई। विदेश मंत्री अनिल कुमार ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात करेंगे।')).toEqual([
      'Anil Kumar – Hossein Amir: meeting, undated, planned',
    ]);
  });

  it('reads a city with में, and "यहां" as the dateline place', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने मॉस्को में ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात की।')).toEqual(['Anil Kumar – Hossein Amir: meeting, undated, Moscow']);
    expect(contacts('नई दिल्ली: विदेश मंत्री अनिल कुमार ने यहां ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात की।')).toEqual([
      'Anil Kumar – Hossein Amir: meeting, undated, New Delhi',
    ]);
  });

  it('does not take the topic country for a place, nor give a phone call a place', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार और ईरानी विदेश मंत्री हुसैन अमीर ने अफगानिस्तान में स्थिति पर चर्चा की।')).toEqual([
      'Anil Kumar – Hossein Amir: talks, undated',
    ]);
    expect(contacts('विदेश मंत्री अनिल कुमार ने मॉस्को में ईरानी विदेश मंत्री हुसैन अमीर से फोन पर बात की।')).toEqual(['Anil Kumar – Hossein Amir: phone call, undated']);
  });

  it('reads talks in which something was said ("X ने Y के साथ फोन पर बातचीत में कहा")', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने ईरानी विदेश मंत्री हुसैन अमीर के साथ टेलीफोन पर बातचीत में सहयोग पर सहमति जताई।')).toEqual([
      'Anil Kumar – Hossein Amir: phone call, undated',
    ]);
    // A meeting in which two people spoke names no one met.
    expect(contacts('विदेश मंत्री अनिल कुमार और ईरानी विदेश मंत्री हुसैन अमीर ने संसद की बैठक में भाषण दिया।')).toEqual([]);
  });

  it('reads two counterparts joined by और ("X ने A और B के साथ बातचीत की")', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने यहां ईरानी विदेश मंत्री हुसैन अमीर और रूसी रक्षा मंत्री इवान पेत्रोव के साथ बातचीत की।')).toEqual([
      'Anil Kumar – Hossein Amir: talks, undated',
      'Anil Kumar – Ivan Petrov: talks, undated',
    ]);
  });
});
