import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article published on Wednesday 2021-09-01 (first line: headline). */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('Hindi contacts: other words for the same construction (session 12)', () => {
  it('reads संग and के संग as "with", like से and के साथ', () => {
    expect(contacts('राजदूत नवीन राय ने ईरानी विदेश मंत्री करीम शाह संग बैठक की।')).toEqual(['Naveen Ray – Karim Shah: meeting, undated']);
    expect(contacts('प्रधानमंत्री अनिल कुमार ने मंगलवार को रूसी राष्ट्रपति दिमित्री सोकोलोव के संग फोन पर बातचीत की।')).toEqual([
      'Anil Kumar – Dimitri Sokolov: phone call, 2021-08-31',
    ]);
    expect(contacts('विदेश मंत्री अनिल कुमार ने उनके संग वार्ता की।')).toEqual([]);
  });

  it('reads the plural talks nouns with honorific plural verbs (चर्चाएं कीं, वार्ताएँ हुईं)', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने चीनी विदेश मंत्री ली वेई के साथ कई मुद्दों पर चर्चाएं कीं।')).toEqual(['Anil Kumar – Li Wei: talks, undated']);
    expect(contacts('राजदूत नवीन राय और तुर्की के विदेश मंत्री अहमत देमिर के बीच सोमवार को कई दौर की वार्ताएँ हुईं।')).toEqual([
      'Naveen Ray – Ahmet Demir: talks, 2021-08-30',
    ]);
    expect(contacts('रक्षा मंत्री अनिल कुमार ने कतर के अमीर हमद अल थानी से वार्तालाप किया।')).toEqual(['Anil Kumar – Hamad Al Thani: talks, undated']);
  });

  it('reads व as "and" between two people', () => {
    expect(contacts('प्रधानमंत्री अनिल कुमार व रूसी राष्ट्रपति दिमित्री सोकोलोव के बीच बैठक हुई।')).toEqual(['Anil Kumar – Dimitri Sokolov: meeting, undated']);
    expect(contacts('विदेश मंत्री अनिल कुमार व ईरानी विदेश मंत्री करीम शाह ने गुरुवार को फोन पर बात की।')).toEqual([
      'Anil Kumar – Karim Shah: phone call, 2021-08-26',
    ]);
  });

  it('dates a contact told "that same day" (उसी दिन, इसी दिन) by the day of the news before', () => {
    expect(contacts('अफगानिस्तान पर बातचीत', 'विदेश मंत्री अनिल कुमार सोमवार को तेहरान पहुंचे। उसी दिन उन्होंने ईरानी राष्ट्रपति करीम शाह से मुलाकात की।')).toEqual([
      'Anil Kumar – Karim Shah: meeting, 2021-08-30',
    ]);
    expect(contacts('अफगानिस्तान पर बातचीत', 'राजदूत नवीन राय मंगलवार को काबुल पहुंचे। इसी दिन उन्होंने ताजिक विदेश मंत्री रुस्तम नज़र से बात की।')).toEqual([
      'Naveen Ray – Rustam Nazar: talks, 2021-08-31',
    ]);
  });

  it('reads a contact noun organised (आयोजित की, का आयोजन किया) as one with its light verb', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने ईरानी विदेश मंत्री करीम शाह के साथ बैठक आयोजित की।')).toEqual(['Anil Kumar – Karim Shah: meeting, undated']);
    expect(contacts('राजदूत नवीन राय ने मंगलवार को कतर के अमीर हमद अल थानी के साथ वार्ता का आयोजन किया।')).toEqual(['Naveen Ray – Hamad Al Thani: talks, 2021-08-31']);
  });

  it('reads a meal together or in someone\'s honour (के सम्मान में) as a meeting', () => {
    expect(contacts('प्रधानमंत्री अनिल कुमार ने रूसी राष्ट्रपति दिमित्री सोकोलोव के सम्मान में रात्रिभोज का आयोजन किया।')).toEqual([
      'Anil Kumar – Dimitri Sokolov: meeting, undated',
    ]);
    expect(contacts('विदेश मंत्री अनिल कुमार ने गुरुवार को ताजिक विदेश मंत्री रुस्तम नज़र के सम्मान में दोपहर भोज दिया।')).toEqual([
      'Anil Kumar – Rustam Nazar: meeting, 2021-08-26',
    ]);
    expect(contacts('राजदूत नवीन राय ने ईरानी विदेश मंत्री करीम शाह के साथ रात्रिभोज किया।')).toEqual(['Naveen Ray – Karim Shah: meeting, undated']);
    expect(contacts('विदेश मंत्री अनिल कुमार ने शहीदों के सम्मान में भोज का आयोजन किया।')).toEqual([]);
  });

  it('dates a contact told "on this visit / occasion" (इस दौरान, इस मौके पर) by the day of the news before', () => {
    expect(contacts('अफगानिस्तान पर बातचीत', 'विदेश मंत्री अनिल कुमार सोमवार को तेहरान पहुंचे। इस दौरान उन्होंने ईरानी राष्ट्रपति करीम शाह से मुलाकात की।')).toEqual([
      'Anil Kumar – Karim Shah: meeting, 2021-08-30',
    ]);
    expect(contacts('अफगानिस्तान पर बातचीत', 'राजदूत नवीन राय मंगलवार को दोहा पहुंचे। इस मौके पर उन्होंने कतर के अमीर हमद अल थानी से बात की।')).toEqual([
      'Naveen Ray – Hamad Al Thani: talks, 2021-08-31',
    ]);
  });

  it('reads a genitive pronoun before a foreign office as the subject of a nominal contact, not as a possessive', () => {
    expect(contacts('अफगानिस्तान पर बातचीत', 'विदेश मंत्री अनिल कुमार सोमवार को दो दिन की यात्रा पर तेहरान पहुंचे। इस दौरान उनकी ईरानी राष्ट्रपति करीम शाह से मुलाकात हुई।')).toEqual([
      'Anil Kumar – Karim Shah: meeting, 2021-08-30',
    ]);
  });

  it('reads views exchanged or shared (विचारों का आदान-प्रदान किया, विचार साझा किए) as talks', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने ईरानी विदेश मंत्री करीम शाह के साथ अफगानिस्तान पर विचारों का आदान-प्रदान किया।')).toEqual([
      'Anil Kumar – Karim Shah: talks, undated',
    ]);
    expect(contacts('प्रधानमंत्री नवीन राय और रूसी राष्ट्रपति दिमित्री सोकोलोव ने सोमवार को क्षेत्रीय सुरक्षा पर विचार साझा किए।')).toEqual([
      'Naveen Ray – Dimitri Sokolov: talks, 2021-08-30',
    ]);
  });

  it('reads a long list of topics between the person met and the contact noun, closed by पर or को लेकर', () => {
    expect(
      contacts(
        'विदेश मंत्री अनिल कुमार ने ईरानी विदेश मंत्री करीम शाह से अफगानिस्तान की मौजूदा स्थिति, क्षेत्रीय सुरक्षा, सीमा पार आतंकवाद, मादक पदार्थों की तस्करी, मानवीय सहायता की आपूर्ति, बंदरगाह के विकास, व्यापार और संपर्क परियोजनाओं, ऊर्जा सहयोग तथा संयुक्त राष्ट्र में सहयोग जैसे कई अहम मुद्दों पर विस्तार से चर्चा की।',
      ),
    ).toEqual(['Anil Kumar – Karim Shah: talks, undated']);
    // A finite verb among the words: another clause, no list of topics.
    expect(
      contacts(
        'विदेश मंत्री अनिल कुमार ने ईरानी विदेश मंत्री करीम शाह से संबंधों को लेकर कहा था कि दोनों देश अफगानिस्तान की मौजूदा स्थिति, क्षेत्रीय सुरक्षा, सीमा पार आतंकवाद, मादक पदार्थों की तस्करी और मानवीय सहायता पर भविष्य में चर्चा करते रहेंगे।',
      ),
    ).toEqual([]);
  });

  it('reads a press conference given together as a joint appearance, and "… करते हुए X ने" as its subject', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने ईरानी विदेश मंत्री करीम शाह के साथ संयुक्त संवाददाता सम्मेलन को संबोधित किया।')).toEqual([
      'Anil Kumar – Karim Shah: joint appearance, undated',
    ]);
    expect(contacts('रूसी राष्ट्रपति दिमित्री सोकोलोव के साथ प्रेस कॉन्फ्रेंस को संबोधित करते हुए प्रधानमंत्री नवीन राय ने कहा कि संबंध अच्छे हैं।')).toEqual([
      'Naveen Ray – Dimitri Sokolov: joint appearance, undated',
    ]);
    expect(contacts('कतर के अमीर हमद अल थानी से बातचीत करते हुए राजदूत नवीन राय ने कहा कि भारत तैयार है।')).toEqual(['Naveen Ray – Hamad Al Thani: talks, undated']);
    expect(contacts('विदेश मंत्री अनिल कुमार ने संवाददाता सम्मेलन में कहा कि ईरानी विदेश मंत्री करीम शाह भारत आएंगे।')).toEqual([]);
  });
});
