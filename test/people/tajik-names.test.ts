import { describe, expect, it } from 'vitest';
import { nativeDisplayName } from '../../src/people/display.ts';
import { tajikSpelling, tajikWords } from '../../src/people/tajik-names.ts';
import { invented } from './helpers.ts';

const none = new Map();

describe('Tajik names as the press writes them (the long a of Persian as o)', () => {
  it('respells pack name words and compound endings', () => {
    expect(tajikSpelling('Rahman')).toBe('Rahmon');
    expect(tajikSpelling('Sirajuddin')).toBe('Sirojiddin');
    expect(tajikSpelling('Nasrullah')).toBe('Nasrullo');
    expect(tajikSpelling('Karim')).toBe('Karim');
  });

  it('joins a given name with the Ali after it, and -zoda with the word before it', () => {
    expect(tajikWords(['Sher', 'Ali', 'Rahmon'])).toEqual(['Sherali', 'Rahmon']);
    expect(tajikWords(['Nasrullah', 'Mahmood', 'Zadeh'])).toEqual(['Nasrullo', 'Mahmudzoda']);
    expect(tajikWords(['Rahim', 'Ali'])).toEqual(['Rahim', 'Ali']);
  });

  it('writes an Arabic-script name of a Tajik with Tajik vowels, whatever Western list has the letters', () => {
    expect(nativeDisplayName('شير علي رحمان', none, false, [], 'Tajik')).toBe('Sherali Rahmon');
    expect(nativeDisplayName('إمام علي رحمون', none, false, [], 'Tajik')).toBe('Emomali Rahmon');
    expect(nativeDisplayName('نور الدين محمود زاده', none, false, [], 'Tajik')).toBe('Nuriddin Mahmudzoda');
    expect(nativeDisplayName('سراج الدين رحيم زاده', none, false, [], 'Tajik')).toBe('Sirojiddin Rahimzoda');
  });

  it('leaves the names of other nationalities as they were', () => {
    expect(nativeDisplayName('نصر الله محمود', none)).toBe('Nasrullah Mahmood');
    expect(nativeDisplayName('سراج الدين', none, false, [], 'Afghan')).toBe('Sirajuddin');
  });

  it('takes the nationality from the role the article gives', () => {
    const kb = invented([
      'محادثات\nبحث الرئيس الطاجيكي شير علي رحمون مع وزير الخارجية الصيني الوضع في أفغانستان يوم الاثنين.',
      'اتصال\nأجرى وزير الخارجية الطاجيكي نور الدين محمود زاده اتصالا هاتفيا مع نظيره الإيراني.',
    ]);
    const shown = kb.people.map((p) => p.display);
    expect(shown).toContain('Sherali Rahmon');
    expect(shown).toContain('Nuriddin Mahmudzoda');
  });
});
