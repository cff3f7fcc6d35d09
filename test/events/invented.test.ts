import { describe, expect, it } from 'vitest';
import { inventedEvents, lines } from './helpers.ts';

/* Invented sentences, published on Tuesday 2021-08-17 unless stated: the rules are grammar and
 * lexicon, so they must read sentences no seed article contains. */

describe('happenings by kind, per language', () => {
  it('reads captures in Hindi, Arabic and English, and merges one capture reported in two languages', () => {
    const ev = inventedEvents(['मुख्य खबर\nतालिबान ने रविवार को काबुल पर कब्जा कर लिया।', 'عنوان\nوسيطرت طالبان على كابول يوم الأحد.', 'Headline\nThe Taliban seized Kabul on Sunday.']);
    expect(lines(ev)).toEqual(['2021-08-15 The Taliban took control of Kabul']);
    expect(ev.events[0]!.sources.map((s) => s.article)).toEqual([0, 1, 2]);
  });

  it('reads an invitation with its destination and purpose', () => {
    expect(lines(inventedEvents(['खबर\nरूस ने बुधवार को ईरान को तेहरान में बातचीत के लिए आमंत्रित किया।']))).toEqual(['2021-08-11 Russia invited Iran to Tehran (talks)']);
    expect(lines(inventedEvents(['خبر\nودعت روسيا يوم الأربعاء إيران إلى محادثات في طهران.']))).toEqual(['2021-08-11 Russia invited Iran to Tehran (talks)']);
    expect(lines(inventedEvents(['News\nOn Wednesday China invited Pakistan to Beijing for talks.']))).toEqual(['2021-08-11 China invited Pakistan to Beijing (talks)']);
  });

  it('reads journeys, warnings and meetings of bodies', () => {
    expect(lines(inventedEvents(['خبر\nوصل وفد طالبان إلى موسكو يوم الثلاثاء.']))).toEqual(['2021-08-17 The Taliban arrived in Moscow']);
    expect(lines(inventedEvents(['खबर\nसंयुक्त राष्ट्र ने सोमवार को अफगानिस्तान को लेकर चेतावनी दी।']))).toEqual(['2021-08-16 The UN issued a warning on Afghanistan']);
    expect(lines(inventedEvents(['خبر\nوعقد مجلس الأمن اجتماعا يوم الإثنين بشأن أفغانستان.']))).toEqual(['2021-08-16 The UN Security Council held a meeting on Afghanistan']);
  });

  it('names an institution by its nationality', () => {
    expect(lines(inventedEvents(['खबर\nअमेरिकी विदेश मंत्रालय ने सोमवार को कहा कि काबुल हवाई अड्डा खुला है।']))).toEqual(['2021-08-16 The US foreign ministry made a statement on Kabul']);
  });

  it('prefers the reported happening to the verb of saying that reports it', () => {
    expect(lines(inventedEvents(['खबर\nअधिकारियों ने कहा कि तालिबान ने रविवार को काबुल पर कब्जा कर लिया।']))).toEqual(['2021-08-15 The Taliban took control of Kabul']);
  });

  it('does not take a future auxiliary for a journey', () => {
    expect(lines(inventedEvents(['खबर\nसोमवार को सीमा की रक्षा की जाएगी।']))).toEqual([]);
  });
});

describe('dates only where the text supports them', () => {
  it('keeps month precision: "in April" is April 2021, not a day', () => {
    const ev = inventedEvents(['खबर\nअप्रैल में रूस ने चीन को मास्को में आमंत्रित किया।']);
    expect(lines(ev)).toEqual(['2021-04 Russia invited China to Moscow']);
    expect(ev.events[0]!.when.precision).toBe('month');
  });

  it('leaves a happening without a date out', () => {
    expect(lines(inventedEvents(['खबर\nतालिबान ने काबुल पर कब्जा कर लिया।']))).toEqual([]);
  });

  it('dates a sentence that continues a dated one in the same paragraph', () => {
    const ev = inventedEvents(['खबर\nसोमवार को काबुल में लोग हवाई अड्डे पर दिखे। वहीं रूस ने कहा कि उसका दूतावास सुरक्षित है।']);
    expect(lines(ev)).toEqual(['2021-08-16 Russia made a statement']);
    expect(ev.events[0]!.when.link).toBe('previous sentence');
  });

  it('does not pass a date to a sentence marked as earlier, nor across paragraphs, nor to an unrelated sentence', () => {
    expect(lines(inventedEvents(['खबर\nसोमवार को काबुल में लोग हवाई अड्डे पर दिखे। वहीं चीन ने पहले कहा था कि दूतावास खुला है।']))).toEqual([]);
    expect(lines(inventedEvents(['खबर\nसोमवार को काबुल में लोग हवाई अड्डे पर दिखे।\nवहीं रूस ने कहा कि उसका दूतावास सुरक्षित है।']))).toEqual([]);
    expect(lines(inventedEvents(['खबर\nसोमवार को काबुल में लोग हवाई अड्डे पर दिखे। अमेरिका ने कहा कि दूतावास बंद है।']))).toEqual([]);
  });

  it('joins a headline and a lead sentence to the dated telling of the same happening', () => {
    const ev = inventedEvents(['रूस ने तालिबान को मास्को में बातचीत के लिए आमंत्रित किया\nरूस ने तालिबान के प्रतिनिधियों को आमंत्रित किया है। गुरुवार को तालिबान अधिकारियों को आमंत्रण दिया गया।'], '2021-10-08');
    expect(lines(ev)).toEqual(['2021-10-07 Russia invited the Taliban to Moscow (talks)']);
    expect(ev.events[0]!.sources.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  it('keeps two statements by different speakers apart', () => {
    const ev = inventedEvents(['खबर\nसोमवार को चीन ने कहा कि दूतावास खुला है। अमेरिका ने कहा कि बीजिंग को मान्यता नहीं देनी चाहिए।']);
    expect(lines(ev)).toEqual(['2021-08-16 China made a statement']);
  });
});

describe('Arabic happenings in every inflected form', () => {
  it('reads dual forms of the verbs the lexicon lists once by their stems (زارتا, حذرتا)', () => {
    expect(lines(inventedEvents(['خبر\nوزارتا بعثتا طالبان موسكو يوم الثلاثاء.']))).toEqual(['2021-08-17 The Taliban arrived in Moscow']);
    expect(lines(inventedEvents(['خبر\nوحذرتا روسيا يوم الإثنين من الوضع في كابول.']))).toEqual(['2021-08-16 Russia issued a warning on Kabul']);
  });
});
