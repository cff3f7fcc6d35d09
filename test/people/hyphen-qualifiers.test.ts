/**
 * A qualifier joined to an office by a hyphen after it ("राष्ट्रपति-निर्वाचित X", president-elect X;
 * "विदेश मंत्री-नामित X", foreign-minister-designate X) qualifies the office and is no part of the
 * name. Invented sentences over offices, nationalities and qualifiers.
 */
import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

const people = (text: string) => invented([`बैठक\n${text}`]).people;

describe('a hyphen-joined qualifier after an office', () => {
  it.each([
    ['विदेश मंत्री ने ईरान के राष्ट्रपति-निर्वाचित इब्राहिम रईसी से मुलाकात की।', 'इब्राहिम रईसी', 'elect'],
    ['जयशंकर ने ईरानी राष्ट्रपति-चुनाव इब्राहिम रईसी के साथ भी मुलाकात की।', 'इब्राहिम रईसी', 'elect'],
    ['ब्रिटेन के विदेश मंत्री-नामित डोमिनिक राब ने कहा कि बातचीत अच्छी रही।', 'डोमिनिक राब', 'designate'],
    ['अमेरिका के राष्ट्रपति-इलेक्ट जो बाइडेन ने फोन पर बात की।', 'जो बाइडेन', 'elect'],
    ['पाकिस्तान के प्रधानमंत्री-मनोनीत शहबाज शरीफ ने कहा कि वार्ता होगी।', 'शहबाज शरीफ', 'designate'],
  ])('%s', (text, name, qualifier) => {
    const person = people(text).find((p) => p.mentions.some((m) => m.text === name));
    expect(person).toBeDefined();
    expect(person!.role).toContain(qualifier);
  });

  it('keeps जो "who" out of names where no office or qualifier is before it', () => {
    expect(people('जो लोग बैठक में आए उन्होंने कहा कि वार्ता अच्छी रही।')).toHaveLength(0);
  });
});
