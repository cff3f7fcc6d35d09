import { describe, expect, it } from 'vitest';
import { findPerson, nameIndex, otherSpellings } from '../../src/people/lookup.ts';
import { acronymOf, roleKey } from '../../src/people/other-ways.ts';
import { invented } from './helpers.ts';

const kb = invented([
  'Talks in Doha\nForeign Minister William Volkery met Qatari Emir Hamad bin Jassim in Doha on Monday.\nWilliam Volkery said the talks went well.',
  'زيارة\nاستقبل ولي العهد خالد بن راشد وزير الخارجية محمد عبدالرحمن في الرياض.',
  'बयान\nप्रवक्ता करीम मुजाहिद ने कहा कि बैठक अच्छी रही। करीम मुजाहिद ने यह भी कहा कि बातचीत जारी रहेगी।',
  'بيان\nوقال وزير الدفاع يعقوب مجاهد إن الوضع هادئ. وأضاف مجاهد أن القوات مستعدة.',
  'More\nKarim Mujahid spoke again on Friday.',
]);
const names = nameIndex(kb);
const found = (typed: string): string | undefined => findPerson(names, typed).person?.display;

describe('a person found other than by a spelling of the name', () => {
  it('by an English short form of the given name', () => {
    expect(otherSpellings('Bill Volkery')).toContain('William Volkery');
    expect(found('Bill Volkery')).toBe('William Volkery');
  });

  it('by a name word the articles write as one and the member as two', () => {
    expect(found('Mohammed Abdul Rahman')).toBe(found('محمد عبدالرحمن'));
    expect(found('Mohammed Abdul Rahman')).toBeDefined();
  });

  it('by the initials of a name of three words or more', () => {
    expect(acronymOf('Khalid bin Rashid')).toEqual(['KBR']);
    expect(acronymOf('Antony Blinken')).toEqual([]);
    expect(found('KBR')).toBe('Khalid bin Rashid');
    expect(found('XYZ')).toBeUndefined();
  });

  it('by the office and country, written either way round', () => {
    expect(roleKey('Emir of Qatar')).toBe(roleKey('Qatari emir'));
    expect(found('Emir of Qatar')).toBe('Hamad bin Jassim');
    expect(found('Emir of Pakistan')).toBeUndefined();
  });

  it('by a surname two people share: the one more named, even if the other is also named by it alone', () => {
    expect(found('Mujahid')).toBe(found('Karim Mujahid'));
  });

  it('by a full name whose first given name the article leaves out', () => {
    expect(found('Abraham William Volkery')).toBe('William Volkery');
  });
});

describe('people who fit a typed name equally', () => {
  const kb2 = invented([
    'बैठक\nजनरल फैज हमीद ने कहा कि बैठक अच्छी रही।',
    'محادثات\nقال الأمير تميم بن حمد إن المحادثات مفيدة. وأضاف تميم بن حمد أن الوفد وصل. وقال تميم بن حمد أيضا إن الاجتماع مهم.',
  ]);
  it('answers with the one whose name sounds as typed before the more named one', () => {
    expect(findPerson(nameIndex(kb2), 'Hameed').person?.display).toMatch(/^Faiz Ham/u);
  });
});
