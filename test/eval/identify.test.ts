import { describe, expect, it } from 'vitest';
import type { Gold } from '../../eval/devset.ts';
import { goldPersonOf } from '../../eval/identify.ts';

const gold: Gold = {
  article: 1,
  language: 'hin',
  people: [
    { name: 'Imran Khan', spellings: ['इमरान खान'], latin: ['Imran Khan'] },
    { name: 'Amir Khan Muttaqi', spellings: ['अमीर खान मुत्तकी', 'मुत्तकी'], latin: ['Muttaqi'] },
    { name: 'Subrahmanyam Jaishankar', spellings: ['एस जयशंकर'], latin: ['Jaishankar'] },
  ],
  contacts: [],
  events: [],
  search: [],
};

const who = (name: string) => goldPersonOf(name, gold)?.name;

describe('which gold person a name in the text is', () => {
  it('takes a listed spelling, or a name containing one (a title before it)', () => {
    expect(who('इमरान खान')).toBe('Imran Khan');
    expect(who('प्रधानमंत्री इमरान खान')).toBe('Imran Khan');
    expect(who('विदेश मंत्री मुत्तकी')).toBe('Amir Khan Muttaqi');
  });

  it('takes part of a spelling only when one person fits and it is more than initials', () => {
    expect(who('जयशंकर')).toBe('Subrahmanyam Jaishankar');
    expect(who('खान')).toBeUndefined(); // part of both Khans
    expect(who('एस')).toBeUndefined(); // an initial alone names nobody yet
  });

  it('folds Latin case', () => {
    expect(who('muttaqi')).toBe('Amir Khan Muttaqi');
  });
});
