import { describe, expect, it } from 'vitest';
import { inventedEvents, lines } from './helpers.ts';

/* Invented sentences, published on Tuesday 2021-08-17: more of the everyday words news uses for a takeover and a journey. */
describe('takeovers and journeys in more words', () => {
  it('reads an English takeover told as coming to power, sweeping to power or retaking', () => {
    expect(lines(inventedEvents(['News\nThe Taliban swept to power on Sunday.']))).toEqual(['2021-08-15 The Taliban took control']);
    expect(lines(inventedEvents(['News\nThe Taliban came to power on Sunday.']))).toEqual(['2021-08-15 The Taliban took control']);
    expect(lines(inventedEvents(['News\nThe Taliban retook Kabul on Sunday.']))).toEqual(['2021-08-15 The Taliban took control of Kabul']);
  });

  it('reads a Hindi arrival told with आना ("came"), done or announced, only with a destination before the verb', () => {
    expect(lines(inventedEvents(['खबर\nतालिबान का प्रतिनिधिमंडल सोमवार को मास्को आ गया।']))).toEqual(['2021-08-16 The Taliban arrived in Moscow']);
    expect(lines(inventedEvents(['खबर\nतालिबान के प्रतिनिधि अगले सोमवार को दोहा आएंगे।']))).toEqual(['2021-08-23 The Taliban will travel to Doha']);
    expect(lines(inventedEvents(['खबर\nतालिबान के प्रतिनिधि सोमवार को काबुल पहुंच गए।']))).toEqual(['2021-08-16 The Taliban arrived in Kabul']);
    expect(lines(inventedEvents(['खबर\nसोमवार को तालिबान के बारे में कई नए तथ्य सामने आए।']))).toEqual([]);
  });

  it('reads an Arabic tweet as a statement, by its noun or its verb', () => {
    expect(lines(inventedEvents(['خبر\nوكتبت وزارة الخارجية الروسية في تغريدة يوم الإثنين أن السفارة تعمل.']))).toEqual(['2021-08-16 The Russian foreign ministry made a statement']);
    expect(lines(inventedEvents(['خبر\nوغردت وزارة الخارجية الروسية يوم الإثنين بأن السفارة تعمل.']))).toEqual(['2021-08-16 The Russian foreign ministry made a statement']);
  });

  it('dates a happening by a day counted from the day named before it ("इससे एक दिन पहले", "a day earlier")', () => {
    expect(lines(inventedEvents(['खबर\nतालिबान गुरुवार को काबुल पहुंचे। इससे एक दिन पहले रूस ने कहा था कि दूतावास खुला रहेगा।'], '2021-08-21'))).toEqual([
      '2021-08-18 Russia made a statement',
      '2021-08-19 The Taliban arrived in Kabul',
    ]);
    expect(lines(inventedEvents(['News\nThe Taliban arrived in Kabul on Thursday. A day earlier, Russia said its embassy would stay open.'], '2021-08-21'))).toEqual([
      '2021-08-18 Russia made a statement',
      '2021-08-19 The Taliban arrived in Kabul',
    ]);
  });
});

describe('a body\'s session in more words', () => {
  it('reads جلسة and دورة in Arabic, सत्र in Hindi, "sessions" and "forum" in English', () => {
    expect(lines(inventedEvents(['News\nعقد مجلس الأمن جلسة طارئة حول أفغانستان يوم الاثنين.']))).toEqual(['2021-08-16 The UN Security Council held a meeting on Afghanistan']);
    expect(lines(inventedEvents(['News\nستفتتح الجمعية العامة للأمم المتحدة أعمال دورتها العادية الـ76 في 14 سبتمبر.']))).toEqual(['2021-09-14 The UN held a meeting']);
    expect(lines(inventedEvents(['News\nसुरक्षा परिषद ने सोमवार को अफगानिस्तान पर आपात सत्र आयोजित किया।']))).toEqual(['2021-08-16 The UN Security Council held a meeting on Afghanistan']);
    expect(lines(inventedEvents(['News\nThe SCO held a forum on regional security in Tashkent on Monday.']))).toEqual(['2021-08-16 The SCO held a meeting in Tashkent']);
  });
});

describe('a statement told by how it was said or what it did', () => {
  it('English: rejected, welcomed, urged, pointed out, condemned', () => {
    expect(lines(inventedEvents(['News\nQatari envoy Lolwah Al-Khater rejected accusations made by Western media on Saturday.']))).toEqual(['2021-08-14 Lolwah Al-Khater made a statement']);
    expect(lines(inventedEvents(['News\nForeign Minister Ali Raza welcomed the decision of the Taliban on Monday.']))).toEqual(['2021-08-16 Ali Raza made a statement on the Taliban']);
    expect(lines(inventedEvents(['News\nChancellor Anna Weber on Monday urged the Taliban to respect human rights.']))).toEqual(['2021-08-16 Anna Weber made a statement on the Taliban']);
  });

  it('Hindi: स्वागत किया, जोर दिया, खारिज किया', () => {
    expect(lines(inventedEvents(['News\nविदेश मंत्री राम कुमार ने सोमवार को तालिबान के फैसले का स्वागत किया।']))).toEqual(['2021-08-16 Ram Kumar made a statement on the Taliban']);
    expect(lines(inventedEvents(['News\nविदेश मंत्री राम कुमार ने सोमवार को अफगानिस्तान में शांति पर जोर दिया।']))).toEqual(['2021-08-16 Ram Kumar made a statement on Afghanistan']);
  });

  it('Arabic: رحب, أشار', () => {
    expect(lines(inventedEvents(['News\nرحب وزير الخارجية حسن علي يوم الاثنين بقرار طالبان.']))).toEqual(['2021-08-16 Hasan Ali made a statement on the Taliban']);
    expect(lines(inventedEvents(['News\nوأشار وزير الخارجية حسن علي يوم الاثنين إلى أهمية الحوار مع طالبان.']))).toEqual(['2021-08-16 Hasan Ali made a statement on the Taliban']);
  });
});
