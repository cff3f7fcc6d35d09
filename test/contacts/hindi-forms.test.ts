import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/segment.ts';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('Hindi offices that introduce a name (issue 11)', () => {
  it('reads a person included (सहित, समेत) in a phrase by the case of that phrase', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने काबुल पहुंचने पर प्रधानमंत्री करीम शाह सहित नेतृत्व दल और कैबिनेट सदस्यों से मुलाकात की।')).toEqual([
      'Anil Kumar – Karim Shah: meeting, undated',
    ]);
    expect(contacts('विदेश मंत्री अनिल कुमार समेत कई नेताओं ने प्रधानमंत्री करीम शाह के साथ बैठक की।')).toEqual(['Anil Kumar – Karim Shah: meeting, undated']);
  });

  it('reads the case marker after a Latin gloss of the name in brackets', () => {
    // The Latin gloss sounds like the known name word for word, so it is a mention of that person and
    // gives the display name, its words as the press spells them for an Iranian (Hossein).
    expect(contacts('विदेश मंत्री एस करीम ने बुधवार को अपने नवनियुक्त ईरानी समकक्ष हुसैन अमीर (Hussain Amir) से बात की।')).toEqual([
      'S. Karim – Hossein Amir: talks, 2021-09-01',
    ]);
  });

  it('reads English offices written in Devanagari (प्राइम मिनिस्टर, फॉरेन मिनिस्टर)', () => {
    expect(contacts('फॉरेन मिनिस्टर अनिल कुमार ने प्राइम मिनिस्टर करीम शाह से फोन पर बात की।')).toEqual([
      'Anil Kumar – Karim Shah: phone call, undated',
    ]);
  });

  it('reads राष्ट्रीय सुरक्षा सलाहकार, also with the acronym in brackets', () => {
    expect(contacts('भारत के राष्ट्रीय सुरक्षा सलाहकार (NSA) अनिल कुमार ने ईरानी समकक्ष हुसैन अमीर से मुलाकात की।')).toEqual([
      'Anil Kumar – Hossein Amir: meeting, undated',
    ]);
    expect(contacts('एनएसए अनिल कुमार ने राजदूत हुसैन अमीर से बात की।')).toEqual(['Anil Kumar – Hussain Amir: talks, undated']);
  });

  it('reads सीआईए प्रमुख, विशेष प्रतिनिधि and लेफ्टिनेंट जनरल', () => {
    expect(contacts('सीआईए प्रमुख करीम शाह ने विशेष प्रतिनिधि हुसैन अमीर से मुलाकात की।')).toEqual(['Karim Shah – Hussain Amir: meeting, undated']);
    expect(contacts('लेफ्टिनेंट जनरल अनिल कुमार ने राजदूत नवीन राय से मुलाकात की।')).toEqual(['Anil Kumar – Naveen Ray: meeting, undated']);
  });

  it('reads a weak title (नेता, प्रमुख) after a genitive when a full name follows', () => {
    expect(contacts('राजदूत नवीन राय ने संगठन के नेता करीम अहमद शाह से मुलाकात की।')).toEqual(['Naveen Ray – Karim Ahmad Shah: meeting, undated']);
    expect(contacts('राजदूत नवीन राय ने युद्ध के प्रमुख विजयी राष्ट्रों से बात की।')).toEqual([]);
  });

  it('reads जो as a given name only right after a title', () => {
    expect(contacts('प्रधानमंत्री नवीन राय और अमेरिकी राष्ट्रपति जो स्मिथ ने चर्चा की।')).toEqual(['Naveen Ray – Jo Smith: talks, undated']);
    expect(contacts('राष्ट्रपति जो कहते हैं वह करते हैं।')).toEqual([]);
  });

  it('keeps a spelled-out initial ("एस.") inside the sentence', () => {
    expect(splitSentences('विदेश मंत्री एस. कुमार ने बात की। फिर वे लौटे।', 'hin').map((s) => s.text)).toEqual([
      'विदेश मंत्री एस. कुमार ने बात की।',
      'फिर वे लौटे।',
    ]);
    expect(contacts('विदेश मंत्री एस. कुमार ने ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात की।')).toEqual(['S. Kumar – Hossein Amir: meeting, undated']);
  });

  it('keeps an abbreviated honorific ("डॉ.") inside the sentence, so the title before it reaches the name', () => {
    expect(splitSentences('विदेश मंत्री डॉ. एस. कुमार ने बात की। फिर वे लौटे।', 'hin').map((s) => s.text)).toEqual([
      'विदेश मंत्री डॉ. एस. कुमार ने बात की।',
      'फिर वे लौटे।',
    ]);
    expect(contacts('विदेश मंत्री डॉ. अनिल कुमार ने ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात की।')).toEqual(['Anil Kumar – Hossein Amir: meeting, undated']);
  });
});

describe('Hindi contact forms (issue 11)', () => {
  it('reads the reciprocal nominal form "X और Y की <day> को बातचीत हुई"', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार और ईरानी विदेश मंत्री हुसैन अमीर की सोमवार को बातचीत हुई।')).toEqual([
      'Anil Kumar – Hossein Amir: talks, 2021-08-30',
    ]);
  });

  it('reads द्वारा as the agent of a contact', () => {
    expect(contacts('प्रधानमंत्री नवीन राय द्वारा ईरानी राष्ट्रपति हुसैन अमीर के साथ चर्चा करने के बाद बयान आया।')).toEqual([
      'Naveen Ray – Hossein Amir: talks, undated',
    ]);
  });

  it('reads "X ने Y को फोन किया" as a phone call', () => {
    expect(contacts('प्रधानमंत्री नवीन राय ने मंगलवार को राष्ट्रपति हुसैन अमीर को फोन किया।')).toEqual(['Naveen Ray – Hussain Amir: phone call, 2021-08-31']);
  });

  it('marks "मीटिंग कर सकते हैं" and "मिलने वाले हैं" as planned', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार चीनी विदेश मंत्री ली मिंग के साथ मीटिंग कर सकते हैं।')).toEqual([
      'Anil Kumar – Li Ming: meeting, undated, planned',
    ]);
    expect(contacts('विदेश मंत्री अनिल कुमार चीनी विदेश मंत्री ली मिंग से मिलने वाले हैं।')).toEqual(['Anil Kumar – Li Ming: meeting, undated, planned']);
  });

  it('reads a future meeting of coordinated subjects with its date', () => {
    expect(contacts('प्रधानमंत्री नवीन राय और ईरानी राष्ट्रपति हुसैन अमीर 24 सितंबर को तेहरान में मुलाकात करेंगे।')).toEqual([
      'Naveen Ray – Hossein Amir: meeting, 2021-09-24, Tehran, planned',
    ]);
  });
});

describe('Hindi dates of announced contacts (issue 11)', () => {
  it('dates a yearless day or a weekday in a future clause forward, and a range by its first day', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार 16-17 अगस्त को ईरानी विदेश मंत्री हुसैन अमीर से मिलेंगे।')).toEqual([
      'Anil Kumar – Hossein Amir: meeting, 2022-08-16, planned',
    ]);
    expect(contacts('विदेश मंत्री अनिल कुमार सोमवार को ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात करेंगे।')).toEqual([
      'Anil Kumar – Hossein Amir: meeting, 2021-09-06, planned',
    ]);
    expect(contacts('विदेश मंत्री अनिल कुमार ने सोमवार को ईरानी विदेश मंत्री हुसैन अमीर से मुलाकात की।')).toEqual([
      'Anil Kumar – Hossein Amir: meeting, 2021-08-30',
    ]);
  });

  it('reads "X को Y का फोन आया" as a call from Y to X', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार को जापानी प्रधानमंत्री केन सातो का फोन आया।')).toEqual(['Ken Sato – Anil Kumar: phone call, undated']);
  });

  it('reads a contact noun stated as scheduled with no light verb ("बैठक प्रस्तावित है") as planned', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार की जापानी प्रधानमंत्री केन सातो के साथ बैठक प्रस्तावित है।')).toEqual(['Anil Kumar – Ken Sato: meeting, undated, planned']);
  });

  it('reads more offices before a name (मुख्यमंत्री, राज्यपाल, सुरक्षा परिषद के सचिव)', () => {
    expect(contacts('मुख्यमंत्री अनिल कुमार ने राज्यपाल केन सातो से मुलाकात की।')).toEqual(['Anil Kumar – Ken Sato: meeting, undated']);
    expect(contacts('रूस की सुरक्षा परिषद के सचिव इवान ओर्लोव ने विदेश मंत्री अनिल कुमार से मुलाकात की।')).toEqual(['Ivan Orlov – Anil Kumar: meeting, undated']);
  });
});

describe('Hindi contact nouns whose subject or verb is not next to them (session 7)', () => {
  it('reads the ergative subject after "Y से <noun> के दौरान / के बाद"', () => {
    expect(contacts('जापानी प्रधानमंत्री केन सातो से चर्चा के दौरान विदेश मंत्री अनिल कुमार ने व्यापार पर जोर दिया।')).toEqual(['Anil Kumar – Ken Sato: talks, undated']);
    expect(contacts('जापानी प्रधानमंत्री केन सातो से मुलाकात के बाद विदेश मंत्री अनिल कुमार ने बयान जारी किया।')).toEqual(['Anil Kumar – Ken Sato: meeting, undated']);
  });

  it('does not take a subject far after the noun, or a plain one', () => {
    expect(contacts('जापानी प्रधानमंत्री केन सातो से चर्चा के दौरान कई बातें सामने आईं और बाद में विदेश मंत्री अनिल कुमार ने बयान दिया।')).toEqual([]);
    expect(contacts('जापानी प्रधानमंत्री केन सातो से चर्चा के दौरान विदेश मंत्री अनिल कुमार मौजूद नहीं थे।')).toEqual([]);
  });

  it('reads a pair as the subject of a clause inside a contact noun in the locative', () => {
    expect(contacts('मंगलवार को हुई बातचीत में विदेश मंत्री अनिल कुमार और जापानी प्रधानमंत्री केन सातो ने व्यापार की तारीफ की।')).toEqual([
      'Anil Kumar – Ken Sato: talks, 2021-08-31',
    ]);
  });

  it('still reads no contact from a pair that speaks in a meeting named after it', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार और जापानी प्रधानमंत्री केन सातो ने बैठक में कहा कि व्यापार बढ़ेगा।')).toEqual([]);
    expect(contacts('बैठक में विदेश मंत्री अनिल कुमार ने कहा कि व्यापार बढ़ेगा।')).toEqual([]);
  });

  it('reads "A और B के बीच <noun>" with its verb late in the clause, planned by a modal', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार और जापानी प्रधानमंत्री केन सातो के बीच बातचीत सेना की वापसी के दो दिन बाद हुई।')).toEqual(['Anil Kumar – Ken Sato: talks, undated']);
    expect(contacts('विदेश मंत्री अनिल कुमार और जापानी प्रधानमंत्री केन सातो के बीच बैठक की संभावना है।')).toEqual(['Anil Kumar – Ken Sato: meeting, undated, planned']);
  });
});

describe('Hindi titles stacked after a relational role', () => {
  it('reads "अपने समकक्ष कार्यवाहक विदेश मंत्री X": the qualifier opens the next title, it is no name', () => {
    expect(contacts('चीनी विदेश मंत्री वांग ली अपने अफगान समकक्ष कार्यवाहक विदेश मंत्री करीम शाह से भी मिलने वाले हैं।')).toEqual([
      'Wang Li – Karim Shah: meeting, undated, planned',
    ]);
    expect(contacts('विदेश मंत्री अनिल कुमार ने अपने समकक्ष पूर्व राजदूत करीम शाह से बात की।')).toEqual(['Anil Kumar – Karim Shah: talks, undated']);
  });
});

describe('Hindi subjects: a person followed by "और" is coordinated, not a subject', () => {
  it('pairs the ergative subject, not the first of a coordination, with the person met', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने पूर्व राष्ट्रपति करीम शाह (Karim Shah) और परिषद के लिए काम करने वाले राजदूत केन सातो से भी मुलाकात की।')).toEqual([
      'Anil Kumar – Ken Sato: meeting, undated',
    ]);
  });

  it('takes no subject from a coordination whose other member is no person (which side it joins is unknown)', () => {
    expect(contacts('पूर्व राष्ट्रपति करीम शाह और कई अन्य अधिकारी कल राजदूत केन सातो से मिलेंगे।')).toEqual([]);
  });

  it('still takes a plain subject with no "और" after it', () => {
    expect(contacts('पूर्व राष्ट्रपति करीम शाह कल राजदूत केन सातो से मिलेंगे।')).toEqual(['Karim Shah – Ken Sato: meeting, 2021-09-02, planned']);
  });
});

describe('Hindi word orders and headline forms (session 8)', () => {
  it('reads the person met put before the subject: "Y से X ने", "Y को X ने", "Y से X की … होगी"', () => {
    expect(contacts('प्रधानमंत्री करीम शाह से विदेश मंत्री अनिल कुमार ने मुलाकात की।')).toEqual(['Anil Kumar – Karim Shah: meeting, undated']);
    expect(contacts('प्रधानमंत्री करीम शाह को विदेश मंत्री अनिल कुमार ने फोन किया।')).toEqual(['Anil Kumar – Karim Shah: phone call, undated']);
    expect(contacts('प्रधानमंत्री करीम शाह से विदेश मंत्री अनिल कुमार की मुलाकात होगी।')).toEqual(['Anil Kumar – Karim Shah: meeting, undated, planned']);
  });

  it('takes no subject from a person in "के" between the person met and the verb ("Y से X के बारे में बात")', () => {
    expect(contacts('प्रधानमंत्री करीम शाह से विदेश मंत्री अनिल कुमार के बारे में बात की गई।')).toEqual([]);
  });

  it('reads a headline verb group before its noun, planned by a modal in it', () => {
    expect(contacts('शीर्षक', 'विदेश मंत्री अनिल कुमार आज प्रधानमंत्री करीम शाह के साथ कर सकते हैं मुलाकात')).toEqual([
      'Anil Kumar – Karim Shah: meeting, 2021-09-01, planned',
    ]);
    expect(contacts('शीर्षक', 'विदेश मंत्री अनिल कुमार दिल्ली पहुंचे, प्रधानमंत्री करीम शाह से की सुरक्षा पर चर्चा')).toEqual(['Anil Kumar – Karim Shah: talks, undated']);
  });

  it('reads "मुलाकात संभव" as a planned meeting, and not a noun of purpose ("चर्चा के लिए")', () => {
    expect(contacts('शीर्षक', 'विदेश मंत्री अनिल कुमार इस हफ्ते आएंगे भारत, प्रधानमंत्री करीम शाह से मुलाकात संभव')).toEqual([
      'Anil Kumar – Karim Shah: meeting, undated, planned',
    ]);
    expect(contacts('विदेश मंत्री अनिल कुमार ने प्रधानमंत्री करीम शाह से सुरक्षा पर चर्चा के लिए समय मांगा।')).toEqual([]);
  });

  it('reads a person met coordinated with words that name no one ("Y और अन्य अधिकारियों से")', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने प्रधानमंत्री करीम शाह और अन्य अधिकारियों से मुलाकात की।')).toEqual(['Anil Kumar – Karim Shah: meeting, undated']);
  });

  it('reads a person met coordinated with one whose title follows a genitive descriptor ("Y और शांति परिषद के प्रमुख Z से")', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने पूर्व राष्ट्रपति करीम शाह और राष्ट्रीय शांति परिषद के प्रमुख केन सातो से भी मुलाकात की।')).toEqual([
      'Anil Kumar – Karim Shah: meeting, undated',
      'Anil Kumar – Ken Sato: meeting, undated',
    ]);
  });
});

describe('Hindi planned forms (session 8)', () => {
  it('reads "करने जा रहे हैं" / "मिलने जा रहे हैं" as planned, and not the passive "की जा रही है"', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार प्रधानमंत्री करीम शाह से मुलाकात करने जा रहे हैं।')).toEqual(['Anil Kumar – Karim Shah: meeting, undated, planned']);
    expect(contacts('विदेश मंत्री अनिल कुमार प्रधानमंत्री करीम शाह से मिलने जा रहे हैं।')).toEqual(['Anil Kumar – Karim Shah: meeting, undated, planned']);
    expect(contacts('विदेश मंत्री अनिल कुमार और प्रधानमंत्री करीम शाह के बीच बातचीत की जा रही है।')).toEqual(['Anil Kumar – Karim Shah: talks, undated']);
  });

  it('reads a contact noun announced by the words before it ("होने वाली बैठक", "आगामी बैठक") as planned', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार की प्रधानमंत्री करीम शाह के साथ आगामी बैठक में सुरक्षा का मुद्दा अहम है।')).toEqual([
      'Anil Kumar – Karim Shah: meeting, undated, planned',
    ]);
  });
});

describe('Hindi pairs before a contact noun (session 8)', () => {
  it('reads "A और B की मुलाकात" with no verb as their contact, and not "A और B की नीतियां"', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार और प्रधानमंत्री करीम शाह की मुलाकात से पहले भारत ने बयान दिया।')).toEqual(['Anil Kumar – Karim Shah: meeting, undated']);
    expect(contacts('विदेश मंत्री अनिल कुमार और प्रधानमंत्री करीम शाह की नीतियां अलग हैं।')).toEqual([]);
  });

  it('reads two people joined by a hyphen as a pair ("कुमार-शाह की मुलाकात")', () => {
    expect(contacts('विदेश मंत्री अनिल कुमार ने कहा कि भारत तैयार है।', 'प्रधानमंत्री करीम शाह ने भी यही कहा।', 'कुमार-शाह की मुलाकात में सुरक्षा पर चर्चा हुई।')).toEqual([
      'Anil Kumar – Karim Shah: talks, undated',
    ]);
  });
});

describe('Hindi subjects (session 9)', () => {
  it('does not take the name inside an organisation\'s name for the subject of a contact with that person', () => {
    expect(contacts('पूर्व राष्ट्रपति अनिल कुमार ने शाह नेटवर्क के वरिष्ठ नेता करीम शाह के साथ मुलाकात की।')).toEqual(['Anil Kumar – Karim Shah: meeting, undated']);
  });
});
