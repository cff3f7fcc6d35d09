import { describe, expect, it } from 'vitest';
import { conventionalNames } from '../../eval/people.ts';

describe('conventional display names of a gold person', () => {
  it('accepts the gold name and the other full Latin names the gold lists', () => {
    const names = conventionalNames({ name: 'Tamim bin Hamad', latin: ['Tamim', 'Tamim bin Hamad Al Thani', 'Emir of Qatar'] });
    expect(names.has('tamim bin hamad')).toBe(true);
    expect(names.has('tamim bin hamad al thani')).toBe(true);
  });

  it('refuses a surname alone and a title phrase', () => {
    const names = conventionalNames({ name: 'Tamim bin Hamad', latin: ['Tamim', 'Emir of Qatar'] });
    expect(names.has('tamim')).toBe(false);
    expect(names.has('emir of qatar')).toBe(false);
    expect(names.size).toBe(1);
  });
});
