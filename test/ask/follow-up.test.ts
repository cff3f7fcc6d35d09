import { describe, expect, it } from 'vitest';
import { askAnswer } from '../../src/answers/ask.ts';
import { followUpQuestion, followUpSubject } from '../../src/ask/follow-up.ts';
import { worded } from '../../src/i18n/index.ts';
import { RecentQuestions } from '../../bot/follow-up.ts';
import { seedKb } from '../events/helpers.ts';

const title = (q: string) => worded(askAnswer(seedKb, q)).title;

describe('follow-up questions', () => {
  it('finds the new subject after "and", "what about", "और", "وماذا عن"', () => {
    expect(followUpSubject('and Putin?')).toBe('Putin');
    expect(followUpSubject('What about on 25 August?')).toBe('on 25 August');
    expect(followUpSubject('और जयशंकर?')).toBe('जयशंकर');
    expect(followUpSubject('وماذا عن بوتين؟')).toBe('بوتين');
    // Not follow-ups: a question of its own, a long sentence, a name that starts with و.
    expect(followUpSubject('who met Putin?')).toBeUndefined();
    expect(followUpSubject('and what did the Taliban say about the airport and the embassy staff?')).toBeUndefined();
    expect(followUpSubject('وانغ يي')).toBeUndefined();
  });

  it('asks the previous question about the new person, in its own language', () => {
    expect(followUpQuestion('who met Lavrov?', 'and Putin?', seedKb)).toBe('who met Putin');
    expect(followUpQuestion('लावरोव से किसने मुलाकात की?', 'और जयशंकर?', seedKb)).toBe('जयशंकर से किसने मुलाकात की');
    expect(followUpQuestion('من التقى لافروف؟', 'وماذا عن بوتين؟', seedKb)).toBe('من التقى بوتين');
    expect(title(followUpQuestion('who met Lavrov?', 'and Putin?', seedKb)!)).toBe('Who met Vladimir Putin (فلاديمير بوتين)');
  });

  it('a date is asked on its own', () => {
    const q = followUpQuestion('what happened on 16 August 2021?', 'what about on 25 August?', seedKb)!;
    expect(title(q)).toBe('On Wednesday 2021-08-25');
  });

  it('leaves other messages alone', () => {
    expect(followUpQuestion('who met Lavrov?', 'who met Wang Yi?', seedKb)).toBeUndefined();
  });
});

describe('RecentQuestions', () => {
  it('keeps one question per member and channel, for a while', () => {
    const recent = new RecentQuestions(60_000, 100);
    recent.remember('m1', 'c1', 'who met Lavrov?', 0);
    recent.remember('m1', 'c2', 'who met Putin?', 0);
    expect(recent.previous('m1', 'c1', 30_000)).toBe('who met Lavrov?');
    expect(recent.previous('m2', 'c1', 30_000)).toBeUndefined();
    expect(recent.previous('m1', 'c1', 60_001)).toBeUndefined();
  });

  it('is bounded: past the limit the oldest are forgotten, and stale ones go too', () => {
    const recent = new RecentQuestions(60_000, 100);
    for (let i = 0; i < 250; i++) recent.remember(`m${i}`, 'c', 'q', i);
    expect(recent.size).toBe(100);
    expect(recent.previous('m0', 'c', 300)).toBeUndefined();
    expect(recent.previous('m249', 'c', 300)).toBe('q');
    recent.remember('late', 'c', 'q', 70_000);
    expect(recent.size).toBeLessThan(100);
  });
});
