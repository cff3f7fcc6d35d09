import { describe, expect, it } from 'vitest';
import { askAnswer } from '../../src/answers/ask.ts';
import { onAnswer } from '../../src/answers/on.ts';
import { whoMetAnswer } from '../../src/answers/who-met.ts';
import { routeQuestion } from '../../src/ask/route.ts';
import { seedKb } from '../events/helpers.ts';
import { worded } from '../../src/i18n/index.ts';

const kb = seedKb;

function route(q: string): string {
  const r = routeQuestion(q, kb);
  if (!r) return 'none';
  switch (r.to) {
    case 'article':
      return `article ${r.number}`;
    case 'who-met':
      return `who-met ${r.person?.display ?? r.name}`;
    case 'on':
      return `on ${r.input}`;
    case 'search':
      return `search ${r.query}`;
  }
}

describe('/ask routes the example questions', () => {
  it.each([
    ['Who talked to Lavrov?', 'who-met Sergey Lavrov'],
    ['who met Lavrov in August?', 'who-met Sergey Lavrov'],
    ['What happened on 16 August 2021?', 'on 2021-08-16'],
    ['लावरोव से किसने मुलाकात की?', 'who-met Sergey Lavrov'],
    ['من التقى بوتين؟', 'who-met Vladimir Putin'],
    ['Show article 3', 'article 3'],
    ['What did Putin say about refugees?', 'search Putin refugees'],
  ])('%s → %s', (q, expected) => {
    expect(route(q)).toBe(expected);
  });
});

describe('/ask routes variants in each language', () => {
  it.each([
    ['Whom did Jaishankar meet?', 'who-met S. Jaishankar'],
    ['who phoned Imran Khan', 'who-met Imran Khan'],
    ['Wang Yi spoke with whom?', 'who-met Wang Yi'],
    ['what happened in May 2021', 'on 2021-05'],
    ['on 25 August', 'on 2021-08-25'],
    ['read article 0', 'article 0'],
    ['Kabul airport', 'search Kabul airport'],
    ['Who called for a ceasefire?', 'search called ceasefire'],
    ['किसने जयशंकर से बात की?', 'who-met S. Jaishankar'],
    ['पुतिन ने किससे बात की?', 'who-met Vladimir Putin'],
    ['15 अगस्त को क्या हुआ?', 'on 2021-08-15'],
    ['लेख २ दिखाओ', 'article 2'],
    ['पुतिन ने शरणार्थियों के बारे में क्या कहा?', 'search पुतिन शरणार्थियों'],
    ['مع من تحدث لافروف؟', 'who-met Sergey Lavrov'],
    ['من اتصل بعمران خان؟', 'who-met Imran Khan'],
    ['ماذا حدث في 12 أكتوبر 2021؟', 'on 2021-10-12'],
    ['اعرض المقال رقم ٤', 'article 4'],
    ['ماذا قال بوتين عن اللاجئين؟', 'search بوتين اللاجئين'],
  ])('%s → %s', (q, expected) => {
    expect(route(q)).toBe(expected);
  });
});

describe('/ask answers', () => {
  it('says how it understood the question, then answers as the command would', () => {
    const who = worded(askAnswer(kb, 'Who talked to Lavrov?'));
    expect(who.intro).toMatch(/^Showing who met Sergey Lavrov\. /u);
    expect(who.items).toEqual(worded(whoMetAnswer(kb.people, 'Lavrov')).items);
    const on = worded(askAnswer(kb, 'What happened on 16 August 2021?'));
    expect(on.intro).toMatch(/^Showing what happened on 2021-08-16\. /u);
    expect(on.items).toEqual(worded(onAnswer(kb, '2021-08-16')).items);
    expect(worded(askAnswer(kb, 'What did Putin say about refugees?')).intro).toMatch(/^Searching the articles for: Putin refugees\. /u);
    expect(worded(askAnswer(kb, 'Show article 3')).title).toMatch(/^#3 · /u);
  });

  it('says which year it chose for a date without one', () => {
    const answer = worded(askAnswer(kb, 'what happened on 16 August?'));
    expect(answer.intro).toContain('No year given: 2021');
    expect(answer.status).toBe('ok');
  });

  it('falls back to a search rather than an error, and asks politely for an empty question', () => {
    expect(worded(askAnswer(kb, 'xyzzy plugh')).status).not.toBe('user-error');
    expect(worded(askAnswer(kb, 'what happened on Monday?')).intro).toMatch(/^Searching the articles for: Monday\./u);
    for (const empty of ['', '   ', '???', '؟']) {
      const answer = worded(askAnswer(kb, empty));
      expect(answer.status).toBe('user-error');
      expect(answer.intro).toContain('Please type a question');
    }
  });
});
