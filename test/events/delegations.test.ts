import { describe, expect, it } from 'vitest';
import { inventedEvents } from './helpers.ts';

/* Invented one-sentence articles published on Saturday 2021-12-18. */
const lines = (texts: string[]) => inventedEvents(texts.map((t) => `Headline\n${t}`), '2021-12-18').events.map((e) => `${e.when.key} ${e.synopsis}`);

describe('a delegation named by its nationality is who arrives', () => {
  it('in English, Arabic and Hindi', () => {
    expect(lines(['Saudi delegates reached Islamabad on Friday.'])).toEqual(['2021-12-17 The Saudi delegation arrived in Islamabad']);
    expect(lines(['A Chinese delegation landed in Kabul on Thursday.'])).toEqual(['2021-12-16 The Chinese delegation arrived in Kabul']);
    expect(lines(['وصل وفد روسي إلى كابول يوم الجمعة.'])).toEqual(['2021-12-17 The Russian delegation arrived in Kabul']);
    expect(lines(['وصل الوفد الإيراني إلى الدوحة يوم الخميس.'])).toEqual(['2021-12-16 The Iranian delegation arrived in Doha']);
    expect(lines(['रूसी प्रतिनिधिमंडल शुक्रवार को काबुल पहुंचा।'])).toEqual(['2021-12-17 The Russian delegation arrived in Kabul']);
    expect(lines(['पाकिस्तानी शिष्टमंडल गुरुवार को तेहरान पहुंचा।'])).toEqual(['2021-12-16 The Pakistani delegation arrived in Tehran']);
  });
});

describe('a place right after an English journey verb is the destination', () => {
  it('before a later "to" or "in"', () => {
    expect(lines(['Sergey Lavrov visited Beijing on Friday to discuss the situation in Afghanistan with Wang Yi.'])).toContain('2021-12-17 Sergey Lavrov arrived in Beijing');
    expect(lines(['Saudi delegates reached Islamabad on Friday to oversee relief work in Afghanistan.'])).toContain('2021-12-17 The Saudi delegation arrived in Islamabad');
  });
});
