import { describe, expect, it } from 'vitest';
import { inventedEvents, lines } from './helpers.ts';

/* Invented sentences, published on Friday 2021-08-27. */
const events = (text: string) => lines(inventedEvents([`Headline\n${text}`], '2021-08-27'));

describe('an attack is a dated happening (issue 11)', () => {
  it('reads a bombing, a blast, an explosion in all three languages, placed where it happened', () => {
    expect(events('A suicide bombing at Kabul airport on Thursday killed dozens of people.')).toEqual(['2021-08-26 Attack in Kabul']);
    expect(events('وقع انفجار في كابول يوم الخميس.')).toEqual(['2021-08-26 Attack in Kabul']);
    expect(events('काबुल में गुरुवार को एक धमाका हुआ।')).toEqual(['2021-08-26 Attack in Kabul']);
  });

  it('a warning of an attack is the warning', () => {
    expect(events('The minister warned on Monday of an attack by the Islamic State.')).toEqual(['2021-08-23 Warning on the Islamic State']);
  });

  it('attacks in general (a plural) are no happening', () => {
    expect(events('The envoys discussed terror attacks in Kabul on Thursday.')).toEqual([]);
  });

  it('is told without an agent: a name beside it may be the one blamed', () => {
    expect(events('The opposition holds Interior Minister Karim Nadiri responsible for the bombing in Kabul on Thursday.')).toEqual(['2021-08-26 Attack in Kabul']);
  });
});
