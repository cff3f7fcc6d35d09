/**
 * Display names of invented Afghans whom the text gives no nationality: a Pashtun tribal name in
 * -zai or the name Akhund says the person is Afghan, so the press's Afghan spellings apply
 * (Mohammad, Ahmad; the -zai stem as Afghans write it); a -zi after Mac and short words ending so are other names.
 */
import { describe, expect, it } from 'vitest';
import { nativeDisplayName } from '../../src/people/display.ts';
import { pashtunNationality } from '../../src/people/national-spellings.ts';

const none = new Map();

describe('a Pashtun name shape makes the person Afghan', () => {
  it.each([
    ['محمد نور أحمدزي', 'Mohammad Noor Ahmadzai'],
    ['أحمد شاه يوسفزاي', 'Ahmad Shah Yousafzai'],
    ['محمد رحيم أخوند', 'Mohammad Rahim Akhund'],
    ['محمد عباس ستانكزي', 'Mohammad Abbas Stanekzai'],
    ['محمود كرزاي', 'Mahmood Karzai'],
    ['मोहम्मद नूर अहमदज़ई', 'Mohammad Noor Ahmadzai'],
    ['अहमद शाह अखुंद', 'Ahmad Shah Akhund'],
  ])('%s is %s', (name, shown) => {
    expect(pashtunNationality(name.split(' '))).toBe('Afghan');
    expect(nativeDisplayName(name, none)).toBe(shown);
  });

  it('leaves McKenzie, short words in -zi and a first word alone', () => {
    for (const name of ['محمد علي ماكنزي', 'محمد غازي', 'أحمد فوزي', 'أحمدزي خان', 'कैनेथ मैकेंज़ी']) expect(pashtunNationality(name.split(' '))).toBeUndefined();
    expect(nativeDisplayName('محمد غازي', none)).toBe('Mohammed Ghazi');
  });

  it('gives way to the nationality the text gives', () => {
    expect(nativeDisplayName('محمد نور أحمدزي', none, false, [], 'Pakistani')).toBe('Mohammed Noor Ahmadzai');
  });
});
