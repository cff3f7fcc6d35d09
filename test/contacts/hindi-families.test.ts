import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article published on Wednesday 2021-09-01 (first line: headline). */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));
/** A body naming both people with their titles and no contact, under a headline that names them short. */
const BODY = 'विदेश मंत्री अनिल कुमार सोमवार को तेहरान पहुंचे। ईरानी विदेश मंत्री करीम शाह ने कहा कि भारत अहम देश है।';
const headline = (h: string) => contacts(h, BODY);

describe('Hindi: modifiers before a contact noun (pack nounModifiers)', () => {
  it('reads a kind of meeting between the frame and the noun in a headline', () => {
    expect(headline('अनिल कुमार-करीम शाह शिखर वार्ता')).toEqual(['Anil Kumar – Karim Shah: talks, undated']);
    expect(headline('अनिल कुमार और करीम शाह के बीच द्विपक्षीय बैठक')).toEqual(['Anil Kumar – Karim Shah: meeting, undated']);
    expect(headline('अनिल कुमार ने करीम शाह से की वर्चुअल बैठक')).toEqual(['Anil Kumar – Karim Shah: meeting, undated']);
    expect(headline('अनिल कुमार ने करीम शाह के साथ की अहम मुलाकात')).toEqual(['Anil Kumar – Karim Shah: meeting, undated']);
  });

  it('reads determiners and epithets in running text', () => {
    expect(contacts('वार्ता', 'प्रधानमंत्री नवीन राय और रूसी राष्ट्रपति दिमित्री सोकोलोव के बीच यह पहली शिखर वार्ता थी।')).toEqual([
      'Naveen Ray – Dimitri Sokolov: talks, undated',
    ]);
    expect(contacts('वार्ता', 'राजदूत नवीन राय और कतर के अमीर हमद अल थानी के बीच फोन वार्ता हुई।')).toEqual(['Naveen Ray – Hamad Al Thani: phone call, undated']);
  });

  it('not a modifier before a noun that is no contact', () => {
    expect(contacts('वार्ता', 'विदेश मंत्री अनिल कुमार ने कहा कि ईरानी विदेश मंत्री करीम शाह के बीच यह पहली यात्रा है।')).toEqual([]);
  });
});

describe('Hindi: other words for talks and may-meet', () => {
  it('reads spellings, synonyms and the English loan of talks', () => {
    expect(contacts('वार्ता', 'विदेश मंत्री अनिल कुमार ने चीनी विदेश मंत्री ली वेई से बात-चीत की।')).toEqual(['Anil Kumar – Li Wei: talks, undated']);
    expect(contacts('वार्ता', 'राजदूत नवीन राय ने ताजिक विदेश मंत्री रुस्तम नज़र से सलाह-मशविरा किया।')).toEqual(['Naveen Ray – Rustam Nazar: talks, undated']);
    expect(contacts('वार्ता', 'प्रधानमंत्री नवीन राय ने कतर के अमीर हमद अल थानी से गुफ्तगू की।')).toEqual(['Naveen Ray – Hamad Al Thani: talks, undated']);
    expect(contacts('वार्ता', 'विदेश मंत्री अनिल कुमार और तुर्की के विदेश मंत्री अहमत देमिर के बीच मंगलवार को टॉक्स हुईं।')).toEqual([
      'Anil Kumar – Ahmet Demir: talks, 2021-08-31',
    ]);
    expect(contacts('वार्ता', 'विदेश मंत्री अनिल कुमार ने ईरानी राष्ट्रपति करीम शाह से क्षेत्रीय मामलों पर अपने दृष्टिकोण साझा किए।')).toEqual([
      'Anil Kumar – Karim Shah: talks, undated',
    ]);
  });

  it('reads "मिल सकते हैं" (may meet) as announced, not "मिल सकती है" (may get)', () => {
    expect(contacts('वार्ता', 'विदेश मंत्री अनिल कुमार अगले सप्ताह चीनी विदेश मंत्री ली वेई से मिल सकते हैं।')).toEqual([
      'Anil Kumar – Li Wei: meeting, undated, planned',
    ]);
    expect(contacts('वार्ता', 'विदेश मंत्री अनिल कुमार ने कहा कि चीनी विदेश मंत्री ली वेई से मदद मिल सकती है।')).toEqual([]);
  });
});

describe('Hindi: the person met first, the subject between', () => {
  it('reads a plain subject between the person met and the verb', () => {
    expect(contacts('वार्ता', 'चीनी विदेश मंत्री ली वेई से विदेश मंत्री अनिल कुमार गुरुवार को मिलेंगे।')).toEqual([
      'Anil Kumar – Li Wei: meeting, 2021-09-02, planned',
    ]);
    expect(contacts('वार्ता', 'कतर के अमीर हमद अल थानी के साथ प्रधानमंत्री नवीन राय बैठक करेंगे।')).toEqual(['Naveen Ray – Hamad Al Thani: meeting, undated, planned']);
  });

  it('reads an object pronoun before a titled subject as the person named before', () => {
    expect(contacts('वार्ता', 'ताजिक विदेश मंत्री रुस्तम नज़र सोमवार को दिल्ली पहुंचे। उनसे विदेश मंत्री अनिल कुमार ने मुलाकात की।')).toEqual([
      'Anil Kumar – Rustam Nazar: meeting, undated',
    ]);
    expect(contacts('वार्ता', 'कतर के अमीर हमद अल थानी सोमवार को दिल्ली पहुंचे। उन्हें प्रधानमंत्री नवीन राय ने फोन किया।')).toEqual([
      'Naveen Ray – Hamad Al Thani: phone call, undated',
    ]);
    expect(contacts('वार्ता', 'तुर्की के विदेश मंत्री अहमत देमिर सोमवार को दिल्ली पहुंचे। उनसे राजदूत नवीन राय की मुलाकात होगी।')).toEqual([
      'Naveen Ray – Ahmet Demir: meeting, undated, planned',
    ]);
  });

  it('still reads a genitive pronoun before a role as its owner', () => {
    expect(contacts('वार्ता', 'विदेश मंत्री अनिल कुमार दिल्ली पहुंचे। उनके समकक्ष ने कहा कि भारत तैयार है।')).toEqual([]);
  });
});

describe('Hindi headlines: the subject closing the first part, the verb before the person met', () => {
  it('reads "Y से मिले X, …" with a second part after a comma', () => {
    expect(headline('अनिल कुमार से मिले करीम शाह, अफगानिस्तान पर चर्चा')).toEqual(['Karim Shah – Anil Kumar: meeting, undated']);
    expect(headline('अनिल कुमार से फोन पर बात करेंगे करीम शाह, क्षेत्रीय हालात पर होगी चर्चा')).toEqual([
      'Karim Shah – Anil Kumar: phone call, undated, planned',
    ]);
  });

  it('reads a future light verb before the person met as announced', () => {
    expect(headline('अनिल कुमार करेंगे करीम शाह से मुलाकात')).toEqual(['Anil Kumar – Karim Shah: meeting, undated, planned']);
    expect(headline('करीम शाह करेंगे अनिल कुमार के साथ फोन पर बात')).toEqual(['Karim Shah – Anil Kumar: phone call, undated, planned']);
  });
});

describe('Hindi: a contact judged, or named by a verbless tweet', () => {
  it('reads a contact noun with an epithet and रही (it went well) as taken place, the speaker its subject', () => {
    expect(contacts('वार्ता', 'राजदूत नवीन राय ने ट्वीट कर कहा, "कतर के अमीर हमद अल थानी से मुलाकात सार्थक रही।"')).toEqual([
      'Naveen Ray – Hamad Al Thani: meeting, undated',
    ]);
    expect(contacts('वार्ता', 'प्रधानमंत्री अनिल कुमार ने कहा, "रूसी राष्ट्रपति दिमित्री सोकोलोव के साथ मेरी बैठक उपयोगी रही।"')).toEqual([
      'Anil Kumar – Dimitri Sokolov: meeting, undated',
    ]);
    expect(contacts('वार्ता', 'विदेश मंत्री अनिल कुमार ने कहा कि उनका तेहरान दौरा सफल रहा।')).toEqual([]);
  });

  it('reads a contact noun closing the sentence right after the person met', () => {
    expect(contacts('वार्ता', 'विदेश मंत्री अनिल कुमार ने ट्वीट किया, "चीनी विदेश मंत्री ली वेई के साथ उपयोगी बातचीत।"')).toEqual(['Anil Kumar – Li Wei: talks, undated']);
    expect(contacts('वार्ता', 'राजदूत नवीन राय ने लिखा, "ताजिक विदेश मंत्री रुस्तम नज़र से गर्मजोशी से मुलाकात।"')).toEqual(['Naveen Ray – Rustam Nazar: meeting, undated']);
  });

  it('reads talks that went on (बातचीत चली)', () => {
    expect(contacts('वार्ता', 'विदेश मंत्री अनिल कुमार और तुर्की के विदेश मंत्री अहमत देमिर के बीच बातचीत चली।')).toEqual(['Anil Kumar – Ahmet Demir: talks, undated']);
  });
});

describe('Hindi: "दोनों" with a case marker for the two people just named', () => {
  it('reads दोनों ने, दोनों के बीच as the pair of the sentence before', () => {
    expect(contacts('वार्ता', 'विदेश मंत्री अनिल कुमार और चीनी विदेश मंत्री ली वेई एक सम्मेलन के लिए मास्को में थे। दोनों ने मंगलवार को क्षेत्रीय हालात पर बातचीत की।')).toEqual([
      'Anil Kumar – Li Wei: talks, 2021-08-31',
    ]);
    expect(contacts('वार्ता', 'प्रधानमंत्री नवीन राय और कतर के अमीर हमद अल थानी दोहा में एक सम्मेलन में थे। दोनों के बीच फोन पर बात हुई।')).toEqual([
      'Naveen Ray – Hamad Al Thani: phone call, undated',
    ]);
  });

  it('not दोनों before a noun (दोनों देशों)', () => {
    expect(contacts('वार्ता', 'विदेश मंत्री अनिल कुमार और चीनी विदेश मंत्री ली वेई मंगलवार को मास्को में थे। दोनों देशों के बीच व्यापार पर बातचीत हुई।')).toEqual([]);
  });
});

describe('Hindi: an object pronoun for the one person its own sentence named before it in the genitive', () => {
  it('reads उनसे, उनका after "Y के अनुरोध पर", "Y के पहुंचने पर", "Y की यात्रा के दौरान"', () => {
    expect(contacts('वार्ता', 'ताजिक विदेश मंत्री रुस्तम नज़र के अनुरोध पर राजदूत नवीन राय ने उनसे मुलाकात की।')).toEqual([
      'Naveen Ray – Rustam Nazar: meeting, undated',
    ]);
    expect(contacts('वार्ता', 'कतर के अमीर हमद अल थानी के दिल्ली पहुंचने पर प्रधानमंत्री अनिल कुमार ने उनका स्वागत किया।')).toEqual([
      'Anil Kumar – Hamad Al Thani: meeting, undated',
    ]);
    expect(contacts('वार्ता', 'चीनी विदेश मंत्री ली वेई की भारत यात्रा के दौरान विदेश मंत्री अनिल कुमार ने उनसे बातचीत की।')).toEqual([
      'Anil Kumar – Li Wei: talks, undated',
    ]);
  });

  it('not when two are named before', () => {
    expect(contacts('वार्ता', 'चीनी विदेश मंत्री ली वेई और ताजिक विदेश मंत्री रुस्तम नज़र के अनुरोध पर राजदूत नवीन राय ने उनसे मुलाकात की।')).toEqual([]);
  });
});

describe('Hindi: a delegation led by Y with no case marker is the subject', () => {
  it('reads "Y के नेतृत्व में (…) प्रतिनिधिमंडल X से मुलाकात करेगा / मिले" as Y meeting X', () => {
    expect(contacts('वार्ता', 'ईरानी विदेश मंत्री करीम शाह के नेतृत्व में ईरान का एक प्रतिनिधिमंडल गुरुवार को विदेश मंत्री अनिल कुमार से मुलाकात करेगा।')).toEqual([
      'Karim Shah – Anil Kumar: meeting, 2021-09-02, planned',
    ]);
    expect(contacts('वार्ता', 'कतर के अमीर हमद अल थानी की अगुवाई में आया प्रतिनिधिमंडल प्रधानमंत्री नवीन राय से मिले।')).toEqual(['Hamad Al Thani – Naveen Ray: meeting, undated']);
    expect(contacts('वार्ता', 'ईरानी विदेश मंत्री करीम शाह के नेतृत्व में प्रतिनिधिमंडल दिल्ली पहुंचा।')).toEqual([]);
  });
});
