import { describe, expect, it } from 'vitest';
import { NATIONS } from '../../src/languages/eng/places.ts';
import { worldNations } from '../../src/languages/world-nations.ts';
import { contactLines, invented } from './helpers.ts';

describe('countries the English pack does not list come from i18n-iso-countries and i18n-nationality', () => {
  it('adds a country with its adjective, and none the pack already has', () => {
    const world = worldNations(NATIONS);
    expect(world.find(([country]) => country === 'Denmark')).toEqual(['Denmark', ['Denmark'], ['Danish']]);
    expect(world.some(([country]) => country === 'Russia' || country === 'Russian Federation')).toBe(false);
  });

  it('lets "and <nationality> <office> <name>" join the people met', () => {
    const kb = invented(['Headline\nFrench President Emmanuel Macron met Russian President Vladimir Putin and Danish Prime Minister Mette Frederiksen.']);
    expect(contactLines(kb)).toEqual(['Emmanuel Macron – Vladimir Putin: meeting, undated', 'Emmanuel Macron – Mette Frederiksen: meeting, undated']);
  });
});
