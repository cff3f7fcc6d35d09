import { describe, expect, it } from 'vitest';
import { nativeDisplayName } from '../../src/people/display.ts';
import { devanagariDisplay } from '../../src/text/devanagariLatin.ts';

const none = new Map();

describe('Devanagari names read as the press writes them', () => {
  it('writes व right after a stop or fricative as w, after a vowel, nasal, r or l as v', () => {
    expect(devanagariDisplay('स्वराज')).toBe('swaraj');
    expect(devanagariDisplay('अश्विनी')).toBe('ashwini');
    expect(devanagariDisplay('ख्वाजा')).toBe('khwaja');
    expect(devanagariDisplay('भगवंत')).toBe('bhagwant');
    expect(devanagariDisplay('जावेद')).toBe('javed');
    expect(devanagariDisplay('सर्वेश')).toBe('sarvesh');
    expect(devanagariDisplay('रणवीर')).toBe('ranvir');
  });

  it('reads a final जई after a consonant as the Pashtun ending -zai, a Hindi जय as Jay', () => {
    expect(devanagariDisplay('अहमदजई')).toBe('ahmadzai');
    expect(nativeDisplayName('नूर अहमद मलिकजई', none)).toBe('Noor Ahmad Malikzai');
    expect(nativeDisplayName('संजय', none)).toBe('Sanjay');
  });

  it('takes the press spelling of Perso-Arabic name words Hindi writes without a nukta (क as q)', () => {
    expect(nativeDisplayName('कमर अब्बास', none)).toBe('Qamar Abbas');
    expect(nativeDisplayName('अब्दुल वासिक', none)).toBe('Abdul Wasiq');
    expect(nativeDisplayName('शाहिद मुत्तकी', none)).toBe('Shahid Muttaqi');
    expect(nativeDisplayName('राज कुमार', none)).toBe('Raj Kumar');
  });

  it('writes a whole invented name of these words', () => {
    expect(nativeDisplayName('कमर अली बाजवा', none)).toBe('Qamar Ali Bajwa');
    expect(nativeDisplayName('ख्वाजा तारिक करजई', none)).toBe('Khwaja Tariq Karzai');
  });
});
