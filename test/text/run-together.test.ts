import { describe, expect, it } from 'vitest';
import { runTogetherParts } from '../../src/text/runTogether.ts';

describe('runTogetherParts', () => {
  it('splits a handle at every change of case, acronyms kept as parts', () => {
    expect(runTogetherParts('SMQureshiPTI', 'handle')).toEqual(['SM', 'Qureshi', 'PTI']);
    expect(runTogetherParts('KarzaiH', 'handle')).toEqual(['Karzai', 'H']);
  });

  it('splits prose only where a capitalised word follows two small letters', () => {
    expect(runTogetherParts('RazakDawood', 'lost-space')).toEqual(['Razak', 'Dawood']);
    expect(runTogetherParts('McKenzie', 'lost-space')).toEqual(['McKenzie']);
    expect(runTogetherParts('iPhone', 'lost-space')).toEqual(['iPhone']);
    expect(runTogetherParts('KarzaiH', 'lost-space')).toEqual(['KarzaiH']);
  });

  it('leaves a plain word whole', () => {
    expect(runTogetherParts('Stoltenberg', 'handle')).toEqual(['Stoltenberg']);
    expect(runTogetherParts('Stoltenberg', 'lost-space')).toEqual(['Stoltenberg']);
  });
});
