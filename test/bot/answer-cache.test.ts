import { describe, expect, it } from 'vitest';
import { AnswerCache, answerKey } from '../../bot/answer-cache.ts';
import type { Answer } from '../../src/answer.ts';
import type { Knowledge } from '../../src/knowledge.ts';

const answer = (title: string): Answer => ({ status: 'ok', title, items: [] });
const kb = () => ({}) as Knowledge;

describe('AnswerCache', () => {
  it('computes once per key and knowledge, and forgets the least recently used', async () => {
    const cache = new AnswerCache<Answer>(2);
    const k = kb();
    let computed = 0;
    const get = (key: string) => cache.get(k, key, () => (computed++, answer(key)));
    await get('a');
    await get('b');
    await get('a');
    expect(computed).toBe(2);
    await get('c'); // evicts b, the least recently used
    await get('a');
    expect(computed).toBe(3);
    await get('b');
    expect(computed).toBe(4);
  });

  it('never serves one knowledge object the answers of another (a reload starts afresh)', async () => {
    const cache = new AnswerCache<Answer>();
    expect((await cache.get(kb(), 'k', () => answer('old'))).title).toBe('old');
    expect((await cache.get(kb(), 'k', () => answer('new'))).title).toBe('new');
  });
});

describe('answerKey', () => {
  it('ignores option order and tells values apart', () => {
    expect(answerKey('on', [{ name: 'a', value: 1 }, { name: 'b', value: 'x' }])).toBe(answerKey('on', [{ name: 'b', value: 'x' }, { name: 'a', value: 1 }]));
    expect(answerKey('on', [{ name: 'a', value: 1 }])).not.toBe(answerKey('on', [{ name: 'a', value: '1' }]));
  });
});
