import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article (headline first) published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([['शीर्षक', ...lines].join('\n')]));

const ANIL = 'विदेश मंत्री अनिल कुमार सोमवार को तेहरान पहुंचे।';
const KARIM = 'रक्षा मंत्री करीम शाह इन दिनों खाड़ी देशों की यात्रा पर हैं।';

describe('Hindi subjects carried from the sentence before, past a scene or into a conjunctive clause', () => {
  it('passes over a place in the locative and a qualified time before the person met', () => {
    expect(contacts(ANIL, 'मंगलवार को तेहरान में ईरानी राष्ट्रपति हुसैन अमीर से मुलाकात की।')).toEqual(['Anil Kumar – Hossein Amir: meeting, 2021-08-31']);
    expect(contacts(KARIM, 'दोहा में कतर के अमीर हमद अल थानी के साथ बैठक की।')).toEqual(['Karim Shah – Hamad Al Thani: meeting, undated']);
    expect(contacts(KARIM, 'पिछले हफ्ते सऊदी विदेश मंत्री फैसल अल सऊद से फोन पर बात की थी।')).toEqual(['Karim Shah – Faisal Al Saud: phone call, undated']);
  });

  it('reads a conjunctive participle whose clause closes on an active verb a few words on', () => {
    expect(contacts(ANIL, 'ईरानी राष्ट्रपति हुसैन अमीर से मुलाकात कर सुरक्षा पर चर्चा की।')).toEqual(['Anil Kumar – Hossein Amir: meeting, undated']);
    expect(contacts(KARIM, 'इसके बाद कतर के अमीर हमद अल थानी से मिलकर क्षेत्रीय हालात पर बात की।')).toEqual(['Karim Shah – Hamad Al Thani: meeting, undated']);
  });

  it('still carries nothing past a subject that is no scene, or into a clause that never closes', () => {
    expect(contacts(ANIL, 'भारतीय दल ने तेहरान में ईरानी राष्ट्रपति हुसैन अमीर से मुलाकात की।')).toEqual([]);
    expect(contacts(ANIL, 'ईरानी राष्ट्रपति हुसैन अमीर से मुलाकात कर लौटे अधिकारियों ने जानकारी दी।')).toEqual([]);
  });
});
