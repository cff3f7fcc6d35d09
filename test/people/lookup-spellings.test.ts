import { describe, expect, it } from 'vitest';
import { findPerson, nameIndex } from '../../src/people/lookup.ts';
import { invented } from './helpers.ts';

const kb = invented([
  'محادثات\nقال وزير الخارجية حسين عبد اللهيان إن المحادثات مفيدة.',
  'زيارة\nوصل رئيس الوزراء تميم بن حمد إلى الدوحة. وقال وزير الخارجية عمران خان إن الزيارة مهمة.',
  'बैठक\nविदेश मंत्री अजित डोभाल ने कहा कि बैठक अच्छी रही।',
]);

const names = nameIndex(kb);
const found = (typed: string): string | undefined => findPerson(names, typed).person?.native[0];

describe('a member\'s Latin spelling finds the person written in another script', () => {
  it('across the letters Hindi and Arabic use for foreign sounds (v as भ)', () => {
    expect(found('Doval')).toBe('अजित डोभाल');
    expect(found('Ajit Doval')).toBe('अजित डोभाल');
  });

  it('when the other script writes one name word as two', () => {
    expect(found('Abdollahian')).toBe('حسين عبد اللهيان');
    expect(found('Hossein Abdollahian')).toBe('حسين عبد اللهيان');
  });

  it('with titles typed in front and name parts the article leaves out', () => {
    expect(found('General Doval')).toBe('अजित डोभाल');
    expect(found('Tamim bin Hamad Al Thani')).toBe('تميم بن حمد');
  });

  it('never answers with someone who merely shares a sound key', () => {
    expect(found('Ghani')).toBeUndefined();
    expect(found('Imran Khan')).toBe('عمران خان');
  });
});
