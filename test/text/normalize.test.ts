import { describe, expect, it } from 'vitest';
import { foldArabic, foldDevanagari, foldTerm, scriptOf } from '../../src/text/normalize.ts';

describe('scriptOf', () => {
  it('returns the dominant script of the letters', () => {
    expect(scriptOf('रूस के विदेश मंत्री Lavrov')).toBe('devanagari');
    expect(scriptOf('بحث الرئيس الروسي')).toBe('arabic');
    expect(scriptOf('Good to catch up with लावरोव')).toBe('latin');
    expect(scriptOf('Москва')).toBe('other');
    expect(scriptOf('2021 — ,')).toBe('other');
  });
});

describe('Devanagari folding', () => {
  it('drops the nukta, precomposed or combining', () => {
    expect(foldDevanagari('\u0958ल')).toBe(foldDevanagari('कल')); // precomposed क़
    expect(foldDevanagari('ज़मीन')).toBe(foldDevanagari('जमीन'));
  });
  it('writes silent schwas as virama, so optional viramas do not matter', () => {
    expect(foldDevanagari('अफ़्ग़ानिस्तान')).toBe(foldDevanagari('अफगानिस्तान'));
    expect(foldDevanagari('सरकार')).toBe('सर्कार्');
    expect(foldDevanagari('रूस और चीन')).toBe('रूस् और् चीन्');
  });
  it('reads candra o as aa and chandrabindu as anusvara', () => {
    expect(foldDevanagari('मॉस्को')).toBe(foldDevanagari('मास्को'));
    expect(foldDevanagari('ऑफिस')).toBe(foldDevanagari('आफिस'));
    expect(foldDevanagari('जहाँ')).toBe(foldDevanagari('जहां'));
  });
  it('writes a nasal consonant before a consonant as anusvara', () => {
    expect(foldDevanagari('हिन्दी')).toBe(foldDevanagari('हिंदी'));
    expect(foldDevanagari('सम्बन्ध')).toBe(foldDevanagari('संबंध'));
  });
  it('removes zero-width joiners', () => {
    expect(foldDevanagari('क्\u200Dषा')).toBe('क्षा');
  });
});

describe('Arabic folding', () => {
  it('unifies alef forms, ya/alef maqsura, ta marbuta and drops harakat and tatweel', () => {
    expect(foldArabic('الأَمْنِ')).toBe('الامن');
    expect(foldArabic('إلى')).toBe('الي');
    expect(foldArabic('آب')).toBe('اب');
    expect(foldArabic('الحكومة')).toBe('الحكومه');
    expect(foldArabic('الـــرئيس')).toBe('الرييس');
  });
  it('maps Urdu letters to their Arabic counterparts', () => {
    expect(foldArabic('پاکستان')).toBe('پاكستان');
    expect(foldArabic('نیوز')).toBe('نيوز');
    expect(foldArabic('ہ')).toBe('ه');
  });
  it('turns eastern Arabic digits into ASCII digits', () => {
    expect(foldArabic('٢٠٢١')).toBe('2021');
    expect(foldArabic('۲۵')).toBe('25');
  });
});

describe('foldTerm', () => {
  it('lowercases and strips Latin accents', () => {
    expect(foldTerm('Lavróv')).toBe('lavrov');
    expect(foldTerm('Tiānwān')).toBe('tianwan');
  });
  it('makes spelling variants equal in every script', () => {
    expect(foldTerm('अफ़्ग़ानिस्तान')).toBe(foldTerm('अफगानिस्तान'));
    expect(foldTerm('मॉस्को')).toBe(foldTerm('मास्को'));
    expect(foldTerm('أفغانستان')).toBe(foldTerm('افغانستان'));
    expect(foldTerm('ﻻ')).toBe('لا'); // presentation form via NFKC
  });
});
