/**
 * One person one entry, session 17: a typo of a name beside the right spelling in one article
 * (same first word, one nationality's one office), a "special representative" who is elsewhere a
 * "special envoy", a role gathered from several mentions, a given name alone with an agreeing role;
 * and the guards: two people of one article with different offices or no nationality, a given
 * name without a role or shared by several people, two Khans of different nationalities.
 */
import { describe, expect, it } from 'vitest';
import { nearJoins, rolesAgree } from '../../src/people/near-display.ts';
import { givenNameJoins } from '../../src/people/given-name-joins.ts';
import { invented } from './helpers.ts';

const cand = (display: string, role: string | undefined, articles: number[], script = 'latin') => ({
  display,
  ...(role ? { role } : {}),
  articles: new Set(articles),
  scripts: new Map(articles.map((a) => [a, new Set([script])] as const)),
});
const NONE = new Set<string>();

describe('a name mistyped beside its right spelling in one article', () => {
  it('joins near names with one first word holding one nationality\'s one office', () => {
    expect(nearJoins([cand('Vladimir Putin', 'Russian president', [1, 2]), cand('Vladimir Putting', 'Russian president', [1])])).toEqual([0, 0]);
    expect(nearJoins([cand('Kassym Tokayev', 'Kazakh president', [3]), cand('Kassym Tokaev', 'Kazakh president', [3])])).toEqual([0, 0]);
  });

  it('keeps them apart without a nationality, with another office or another first word', () => {
    expect(nearJoins([cand('Vladimir Putin', 'president', [1]), cand('Vladimir Putting', 'president', [1])])).toEqual([0, 1]);
    expect(nearJoins([cand('Ruslan Kajakbayev', 'Kyrgyz foreign minister', [1]), cand('Ruslan Kajakbaev', 'Kyrgyz deputy foreign minister', [1])])).toEqual([0, 1]);
    expect(nearJoins([cand('Mohammad Alvi', 'Pakistani president', [1]), cand('Mohammad Ali', 'Pakistani president', [1])])).toEqual([0, 1]);
  });

  it('one English article writing the president\'s name twice', () => {
    const kb = invented([
      'Call\nRussian President Vladimir Putin spoke with Indian Prime Minister Narendra Modi. Russian President Vladimir Putting said the talks were useful.',
      'Visit\nRussian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev in Moscow.',
    ]);
    expect(kb.people.filter((p) => p.mentions.some((m) => /Put/u.test(m.text))).map((p) => p.display)).toEqual(['Vladimir Putin']);
  });
});

describe('one office under two names: special representative, special envoy', () => {
  it('agrees the roles', () => {
    expect(rolesAgree('US special representative', 'US special envoy')).toBe(true);
    expect(rolesAgree('US special representative', 'US ambassador')).toBe(false);
  });

  it('joins a short-form name to the formal one across the two office names', () => {
    expect(nearJoins([cand('Thomas West', 'US special envoy', [1, 2]), cand('Tom West', 'US special representative', [3], 'devanagari')])).toEqual([0, 0]);
  });

  it('joins skeleton-near given names when one role gathers more words than the other', () => {
    expect(nearJoins([cand('Zamir Kabulov', 'Russian special envoy and president', [1, 2]), cand('Jamil Kabulov', 'Russian special envoy', [3], 'arabic')])).toEqual([0, 0]);
    // A one-word office is too little to stand for the other's: "minister" of "foreign minister".
    expect(nearJoins([cand('Zamir Kabulov', 'Russian foreign minister', [1]), cand('Jamil Kabulov', 'Russian minister', [3])])).toEqual([0, 1]);
  });
});

describe('a given name alone with an agreeing role', () => {
  it('joins the one full name starting with it', () => {
    expect(givenNameJoins([cand('Ned Price', 'US spokesman', [1, 2, 3]), cand('Ned', 'spokesperson', [4])], NONE)).toEqual([0, 0]);
    expect(givenNameJoins([cand('Antonio Guterres', 'secretary-general', [1, 2]), cand('Antonio', 'UN secretary-general', [5])], NONE)).toEqual([0, 0]);
  });

  it('leaves it apart without a role, with another role, beside the full name, or shared', () => {
    expect(givenNameJoins([cand('Ned Price', 'US spokesman', [1, 2, 3]), cand('Ned', undefined, [4])], NONE)).toEqual([0, 1]);
    expect(givenNameJoins([cand('Ned Price', 'US spokesman', [1, 2, 3]), cand('Ned', 'British ambassador', [4])], NONE)).toEqual([0, 1]);
    expect(givenNameJoins([cand('Ned Price', 'US spokesman', [1, 2, 3]), cand('Ned', 'spokesman', [3])], NONE)).toEqual([0, 1]);
    expect(givenNameJoins([cand('Ahmad Massoud', 'Afghan leader', [1, 2]), cand('Ahmad Wali', 'Afghan leader', [3]), cand('Ahmad', 'Afghan leader', [4])], NONE)).toEqual([0, 1, 2]);
    expect(givenNameJoins([cand('Mohammad Ashraf', 'Afghan president', [1, 2, 3]), cand('Mohammad', 'president', [4])], new Set(['mohammad']))).toEqual([0, 1]);
  });

  it('one entry for an English article naming the spokesman by given name', () => {
    const kb = invented([
      'Briefing\nUS State Department spokesperson Tom Hadley said the secretary had a call with his Omani colleague.',
      'Talks\nUS State Department spokesman Tom Hadley told reporters the visit went well.',
      'Call\nThe secretary phoned the Kazakh foreign minister on Monday, according to State Department spokesperson Tom.',
    ]);
    expect(kb.people.filter((p) => p.mentions.some((m) => /Tom/u.test(m.text)))).toHaveLength(1);
  });
});

describe('two Khans of different nationalities stay two people', () => {
  it('keeps a Pakistani prime minister apart from the Afghan foreign minister whose name sounds alike', () => {
    const kb = invented([
      'زيارة\nالتقى وزير الخارجية الأفغاني أمير خان متقي بالسفير الصيني في كابول.',
      'محادثات\nقال وزير الخارجية الأفغاني أمير خان متقي إن المحادثات كانت مفيدة.',
      'اتصال\nأعلن رئيس الوزراء الباكستاني عمر خان أن طاجيكستان ستتحدث مع قادة طالبان.',
    ]);
    const muttaqi = kb.people.find((p) => p.mentions.some((m) => m.text.includes('متقي')));
    expect(muttaqi?.mentions.some((m) => m.text.includes('عمر'))).toBe(false);
  });
});

describe('one name in another shape: initials, given names joined or split, a middle name left out', () => {
  it.each([
    ['S. M. Abbas Stanekzai', 'Sher Mohammad Abbas Stanekzai'],
    ['Harshavardhan Shringla', 'Harsh Vardhan Shringla'],
    ['Abdulaziz Kamilov', 'Abdul Aziz Kamilov'],
    ['Sher Mohammad Stainikzai', 'Sher Mohammad Abbas Stanekzai'],
    ['S Jaishankar', 'Subrahmanyam Jaishankar'],
  ])('%s ~ %s', (a, b) => expect(nearJoins([cand(a, 'Indian foreign minister', [1]), cand(b, 'foreign minister', [2])])).toEqual([0, 0]));

  it.each([
    ['Mohammad Khan', 'Mahmood Khan'],
    ['Anas Haqqani', 'Sirajuddin Haqqani'],
    ['Mohammad Akhund', 'Mohammad Hasan Akhund'],
    ['A. Khan', 'Imran Ahmad Khan'],
  ])('%s ≁ %s', (a, b) => expect(nearJoins([cand(a, 'Afghan minister', [1]), cand(b, 'Afghan minister', [2])])).toEqual([0, 1]));

  it('needs the roles to agree', () => {
    expect(nearJoins([cand('S. M. Abbas Stanekzai', 'Afghan deputy foreign minister', [1]), cand('Sher Mohammad Abbas Stanekzai', 'Pakistani ambassador', [2])])).toEqual([0, 1]);
  });

  it('joins initials and the full name in one article holding one national office', () => {
    expect(nearJoins([cand('S Jaishankar', 'Indian foreign minister', [1, 2]), cand('Subrahmanyam Jaishankar', 'Indian foreign minister', [1])])).toEqual([0, 0]);
  });
});
