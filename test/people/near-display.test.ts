/**
 * One person one entry across articles when news spells a foreign name a letter or two
 * differently and the roles agree; different people with near names, or without roles, stay apart.
 */
import { describe, expect, it } from 'vitest';
import { nearJoins, nearNames, rolesAgree } from '../../src/people/near-display.ts';
import { joinedOf, nameForm } from '../../src/people/names.ts';
import { invented } from './helpers.ts';

const cand = (display: string, role: string | undefined, articles: number[], script = 'latin') => ({
  display,
  ...(role ? { role } : {}),
  articles: new Set(articles),
  scripts: new Map(articles.map((a) => [a, new Set([script])] as const)),
});

describe('near display names', () => {
  it.each([
    ['Ruslan Kajakbayev', 'Ruslan Kajakbaev'],
    ['Emomali Rahmon', 'Emomali Rakhmon'],
    ['Mukhtar Tileuberdi', 'Mukhtar Tileurbadi'],
    ['Marcus Butsl', 'Marcus Butzil'],
    ['Shah Mahmood Qureshi', 'Shah Merhmood Qureshi'],
  ])('%s ~ %s', (a, b) => expect(nearNames(a, b)).toBe(true));

  it.each([
    ['Mohammad Ali', 'Mohammad Alvi'],
    ['Ahmad Shah', 'Ahmad Khan'],
    ['Sergey Lavrov', 'Sergey Shoigu'],
    ['Ali Khan', 'Ali Kan'],
    ['Dominic Raab', 'Daminikrab'],
  ])('%s ≁ %s', (a, b) => expect(nearNames(a, b)).toBe(false));

  it('agrees roles by nationality and office words', () => {
    expect(rolesAgree('Kyrgyz foreign minister', 'foreign minister')).toBe(true);
    expect(rolesAgree('designate German ambassador', 'German ambassador')).toBe(true);
    expect(rolesAgree('Kyrgyz foreign minister', 'Tajik foreign minister')).toBe(false);
    expect(rolesAgree('foreign minister', 'president')).toBe(false);
    expect(rolesAgree(undefined, 'president')).toBe(false);
    expect(rolesAgree('spokesman', 'Taliban spokesperson')).toBe(true);
  });

  it('joins near names with agreeing roles in different articles, never two people an article told apart', () => {
    expect(nearJoins([cand('Ruslan Kajakbayev', 'Kyrgyz foreign minister', [1]), cand('Ruslan Kajakbaev', 'foreign minister', [2])])).toEqual([0, 0]);
    expect(nearJoins([cand('Ruslan Kajakbayev', 'Kyrgyz foreign minister', [1]), cand('Ruslan Kajakbaev', 'foreign minister', [1])])).toEqual([0, 1]);
    expect(nearJoins([cand('Ruslan Kajakbayev', 'Kyrgyz foreign minister', [1]), cand('Ruslan Kajakbaev', 'foreign minister', [1], 'devanagari')])).toEqual([0, 0]);
    expect(nearJoins([cand('Mohammad Alvi', 'president', [1]), cand('Mohammad Ali', 'president', [2])])).toEqual([0, 1]);
    expect(nearJoins([cand('Karim Sadikov', undefined, [1]), cand('Karim Sadykov', 'foreign minister', [2])])).toEqual([0, 1]);
  });
});

describe('one person one entry across articles written a vowel apart', () => {
  it('joins a Hindi surname spelt with ये in one article and ए in another when the office agrees', () => {
    const kb = invented([
      'बैठक\nकिर्गिस्तान के विदेश मंत्री रुस्लान कजाकबायेव ने कहा कि बैठक उपयोगी रही।',
      'वार्ता\nविदेश मंत्री रुस्लान कजाकबाएव ने अफगानिस्तान पर चर्चा की।',
    ]);
    const entries = kb.people.filter((p) => p.mentions.some((m) => m.text.includes('रुस्लान')));
    expect(entries).toHaveLength(1);
  });

  it('keeps apart two near names whose offices differ', () => {
    const kb = invented([
      'बैठक\nकिर्गिस्तान के विदेश मंत्री रुस्लान कजाकबायेव ने कहा कि बैठक उपयोगी रही।',
      'वार्ता\nकिर्गिस्तान के राष्ट्रपति रुस्लान कजाकबाएव ने अफगानिस्तान पर चर्चा की।',
    ]);
    expect(kb.people.filter((p) => p.mentions.some((m) => m.text.includes('रुस्लान')))).toHaveLength(2);
  });
});

describe('a name written without its space is the same person (डॉमिनिक्राब, Dominic Raab)', () => {
  it.each([
    ['डॉमिनिक्राब', 'डोमिनिक राब'],
    ['सर्गेईलावरोव', 'सर्गेई लावरोव'],
    ['أنطونيوغوتيريش', 'أنطونيو غوتيريش'],
  ])('%s = %s', (one, two) => expect(joinedOf(nameForm(one), nameForm(two))).toBe(true));

  it.each([
    ['राब', 'डोमिनिक राब'],
    ['खानमोहम्मद', 'मोहम्मद खान'],
  ])('%s ≠ %s', (one, two) => expect(joinedOf(nameForm(one), nameForm(two))).toBe(false));

  it('joins the one-word spelling with the person in its article and across articles', () => {
    const kb = invented([
      'वार्ता\nब्रिटिश विदेश मंत्री डोमिनिक राब ने कहा कि बातचीत अच्छी रही। ब्रिटिश विदेश मंत्री डॉमिनिक्राब ने ट्वीट किया।',
      'बैठक\nब्रिटेन के विदेश मंत्री डॉमिनिक्राब भारत आएंगे।',
    ]);
    expect(kb.people.filter((p) => p.mentions.some((m) => m.text.includes('राब')))).toHaveLength(1);
  });
});

describe('an English short form and the formal given name are one name (Bill Burns, William Burns)', () => {
  it.each([
    ['Bill Burns', 'William Burns'],
    ['Tom West', 'Thomas West'],
    ['Toni Blinken', 'Antony Blinken'],
    ['Mike Pompeo', 'Michael Pompeo'],
  ])('%s ~ %s', (a, b) => expect(nearNames(a, b)).toBe(true));

  it.each([
    ['Bill Burns', 'Robert Burns'],
    ['Tom West', 'Timothy West'],
  ])('%s ≁ %s', (a, b) => expect(nearNames(a, b)).toBe(false));

  it('agrees roles when one names a body the other leaves out', () => {
    expect(rolesAgree('CIA director', 'US CIA director')).toBe(true);
    expect(rolesAgree('US CIA director', 'British CIA director')).toBe(false);
  });

  it('joins a short-form article to the formal name of another', () => {
    const kb = invented([
      'Talks\nUS CIA Director William Burns met Taliban leader Abdul Ghani Baradar in Kabul.',
      'Visit\nCIA Director Bill Burns arrived in Islamabad on Monday.',
    ]);
    expect(kb.people.filter((p) => p.mentions.some((m) => m.text.includes('Burns')))).toHaveLength(1);
  });
});

describe('near names with no word in common, when the roles give one nationality and one office', () => {
  it('joins long near names of the same office', () => {
    expect(nearNames('Sirogiddin Muhiddin', 'Sirojiddin Muhriddin', true)).toBe(true);
    expect(nearJoins([cand('Sirogiddin Muhiddin', 'Tajik foreign minister', [1]), cand('Sirojiddin Muhriddin', 'Tajik foreign minister', [2])])).toEqual([0, 0]);
  });

  it('keeps apart another office, a missing nationality, and short words', () => {
    expect(nearNames('Sirogiddin Muhiddin', 'Sirojiddin Muhriddin')).toBe(false);
    expect(nearJoins([cand('Sirogiddin Muhiddin', 'Tajik foreign minister', [1]), cand('Sirojiddin Muhriddin', 'Tajik defence minister', [2])])).toEqual([0, 1]);
    expect(nearJoins([cand('Sirogiddin Muhiddin', 'foreign minister', [1]), cand('Sirojiddin Muhriddin', 'foreign minister', [2])])).toEqual([0, 1]);
    expect(nearJoins([cand('Karim Sadikov', 'Uzbek foreign minister', [1]), cand('Kerim Sadykov', 'Uzbek foreign minister', [2])])).toEqual([0, 1]);
  });
});
