import { describe, expect, it } from 'vitest';
import { matchKey, phoneticKey, phoneticSimilar, soundDistance, soundDistanceBelow, soundDistanceUnder, soundProfile, sounds } from '../../src/text/phonetic.ts';

describe('phoneticKey', () => {
  it('gives the same skeleton for a name in three scripts', () => {
    for (const [latin, hindi, arabic] of [
      ['Lavrov', 'लावरोव', 'لافروف'],
      ['Taliban', 'तालिबान', 'طالبان'],
      ['Kabul', 'काबुल', 'كابول'],
      ['Moscow', 'मॉस्को', 'موسكو'],
      ['Putin', 'पुतिन', 'بوتين'],
    ] as const) {
      expect(phoneticKey(hindi)).toBe(phoneticKey(latin));
      expect(phoneticKey(arabic)).toBe(phoneticKey(latin));
    }
  });
  it('is tolerant of a v/f typo', () => {
    expect(phoneticKey('Lavrof')).toBe(phoneticKey('Lavrov'));
  });
});

describe('sounds', () => {
  it('reads English spelling as sounds', () => {
    expect(sounds('Price').join('')).toBe('prais');
    expect(sounds('Moscow').join('')).toBe('mosko');
    expect(sounds('Sergey').join('')).toBe('sergei');
    expect(sounds('Afghanistan').join('')).toBe('afganistan');
  });
  it('reads a final oe as the vowel o, as Arabic and Hindi write it', () => {
    expect(soundProfile('Joe').sounds).toBe('jo');
    expect(soundProfile('Calloe').sounds).toBe(soundProfile('Callo').sounds);
  });
});

describe('phoneticSimilar', () => {
  it('matches names across scripts', () => {
    expect(phoneticSimilar('Lavrov', 'लावरोव')).toBe(true);
    expect(phoneticSimilar('Lavrov', 'لافروف')).toBe(true);
    expect(phoneticSimilar('लावरोव', 'لافروف')).toBe(true);
    expect(phoneticSimilar('Taliban', 'طالبان')).toBe(true);
    expect(phoneticSimilar('Moscow', 'मॉस्को')).toBe(true);
    expect(phoneticSimilar('Moscow', 'मास्को')).toBe(true);
    expect(phoneticSimilar('Moscow', 'موسكو')).toBe(true);
    expect(phoneticSimilar('Putin', 'بوتين')).toBe(true);
    expect(phoneticSimilar('Sergey', 'सर्गेई')).toBe(true);
    expect(phoneticSimilar('Vladimir', 'فلاديمير')).toBe(true);
    expect(phoneticSimilar('Imran', 'عمران')).toBe(true);
  });
  it('reads a bare alif opening an Arabic word as any short vowel, a printed one as itself', () => {
    expect(phoneticSimilar('Iftikhar', 'افتخار')).toBe(true);
    expect(phoneticSimilar('Ishaq', 'اسحاق')).toBe(true);
    expect(phoneticSimilar('Usman', 'اسمان')).toBe(true);
    expect(phoneticSimilar('Ahmad', 'احمد')).toBe(true);
    // A long vowel after it, or a hamza that shows the vowel, is as printed.
    expect(phoneticSimilar('Iftikhar', 'أفتخار')).toBe(false);
    expect(phoneticSimilar('Ilham', 'الهام')).toBe(true);
    expect(phoneticSimilar('Ulham', 'آلهام')).toBe(false);
  });

  it('tolerates small typos', () => {
    expect(phoneticSimilar('Lavrof', 'लावरोव')).toBe(true);
    expect(phoneticSimilar('Lavrof', 'لافروف')).toBe(true);
    expect(phoneticSimilar('Talibaan', 'तालिबान')).toBe(true);
  });
  it('rejects unrelated words that share a short consonant skeleton', () => {
    expect(phoneticKey('Putin')).toBe(phoneticKey('भूटान'));
    expect(phoneticSimilar('Putin', 'भूटान')).toBe(false);
    expect(phoneticKey('Price')).toBe(phoneticKey('प्रेस'));
    expect(phoneticSimilar('Price', 'प्रेस')).toBe(false);
    expect(phoneticSimilar('Price', 'प्राइस')).toBe(true);
    expect(phoneticKey('airport')).toBe(phoneticKey('रिपोर्ट'));
    expect(phoneticSimilar('airport', 'रिपोर्ट')).toBe(false);
  });
  it('keeps different names with a shared part apart', () => {
    expect(phoneticSimilar('Kabul', 'काबुलोव')).toBe(false);
    expect(phoneticSimilar('Lavrov', 'काबुलोव')).toBe(false);
    expect(phoneticSimilar('Kabul', 'काबिल')).toBe(false);
  });
  it('never matches an empty word', () => {
    expect(phoneticSimilar('', 'Lavrov')).toBe(false);
  });
});

describe('matchKey', () => {
  it('is equal across the letter swaps scripts force on foreign names', () => {
    // Hindi writes v as भ, Arabic writes g as ج or غ, Pinyin x is sh, Arabic ق is q.
    expect(matchKey('Doval')).toBe(matchKey('डोभाल'));
    expect(matchKey('سيرجي')).toBe(matchKey('سيرغي'));
    expect(matchKey('Wang')).toBe(matchKey('وانج'));
    expect(matchKey('Xi')).toBe(matchKey('شي'));
    expect(matchKey('Qureshi')).toBe(matchKey('قريشي'));
  });

  it('still leaves the final word to the distance', () => {
    expect(phoneticSimilar('Doval', 'डोभाल')).toBe(true);
    expect(phoneticSimilar('Angela', 'أنجيلا')).toBe(true);
    expect(phoneticSimilar('Biden', 'بايدن')).toBe(true);
    expect(phoneticSimilar('Muttaqi', 'متقي')).toBe(true);
    expect(phoneticSimilar('Ghani', 'जिन')).toBe(false);
    expect(phoneticSimilar('Gandhi', 'Jindi')).toBe(false);
  });
});


describe('soundDistanceBelow', () => {
  const words = ['Lavrov', 'Lavrof', 'लावरोव', 'لافروف', 'Putin', 'بوتين', 'भूटान', 'Taliban', 'तालिबान', 'طالبان', 'Kabul', 'Abdollahian', 'عبد اللهيان', 'Jaishankar', 'जयशंकर', 'Cavusoglu', 'a', 'Muttaqi', 'متقي'];
  it('answers exactly "soundDistance < limit", for short and long words and every limit', () => {
    for (const x of words) {
      for (const y of words) {
        const [a, b] = [soundProfile(x), soundProfile(y)];
        const distance = soundDistance(a.sounds, b.sounds, a.arabic, b.arabic);
        for (const limit of [0.1, 0.5, 0.85, 1.3, 3, distance, distance + 1e-9]) {
          expect(soundDistanceBelow(a.sounds, b.sounds, a.arabic, b.arabic, limit), `${x} ${y} ${limit}`).toBe(distance < limit);
          const under = soundDistanceUnder(a.sounds, b.sounds, a.arabic, b.arabic, limit);
          // The very same number below the limit (display.ts scores spellings by it), one not below it otherwise.
          if (distance < limit) expect(under, `${x} ${y} ${limit}`).toBe(distance);
          else expect(under, `${x} ${y} ${limit}`).toBeGreaterThanOrEqual(limit);
        }
      }
    }
  });
});

describe('Arabic ه after a consonant', () => {
  it('is its own h, never the second letter of a digraph (سهيل is Suhail, not Shil)', () => {
    expect(phoneticSimilar('Suhail', 'سهيل')).toBe(true);
    expect(phoneticSimilar('सुहैल', 'سهيل')).toBe(true);
    expect(soundProfile('سهيل').sounds).not.toBe(soundProfile('شيل').sounds);
  });

  it('keeps ش and خ the sounds they are', () => {
    expect(phoneticSimilar('Shahbaz', 'شهباز')).toBe(true);
    expect(phoneticSimilar('Khalid', 'خالد')).toBe(true);
  });
});
