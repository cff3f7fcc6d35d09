import { describe, expect, it } from 'vitest';
import { searchCorpus } from '../../src/search/query.ts';
import { inventedCorpus } from './helpers.ts';

// Invented articles: each tells its topic only in words a Latin query cannot reach by sound.
const { corpus, index } = inventedCorpus([
  'मौसम\nदिल्ली में आज बारिश हुई और तापमान गिर गया।',
  'सम्मेलन\nशंघाई सहयोग संगठन के सदस्य देशों के नेता अगले महीने ताशकंद में मिलेंगे।',
  'اجتماع\nعقد وزراء دفاع منظمة معاهدة الأمن الجماعي اجتماعا في دوشنبه.',
  'زيارة\nوصل وفد من الإمارات إلى كابول يحمل مساعدات طبية.',
  'बैठक\nविदेश मंत्री ने मध्य एशिया के देशों के साथ समन्वय पर चर्चा की।',
  'بيان\nأكد الوزير على احترام سيادة أفغانستان ودعا إلى حكومة شاملة.',
  'खबर\nतालिबान ने ब्रिटिश नागरिक को रिहा कर दिया और उसे प्रतिनिधिमंडल के साथ भेजा।',
  'أخبار\nأجرى الطرفان مشاورات حول تسوية سياسية بمشاركة دول الجوار.',
]);
const top = (q: string) => searchCorpus(index, corpus, q, { limit: 3 }).articles.map((a) => a.article);

describe('Latin queries reach the translated diplomacy vocabulary', () => {
  it('finds international bodies named by their acronym', () => {
    expect(top('SCO leaders')[0]).toBe(1);
    expect(top('CSTO defence ministers')[0]).toBe(2);
  });
  it('reads UAE as the United Arab Emirates and finds delegations and aid', () => {
    expect(top('UAE delegation aid Kabul')[0]).toBe(3);
  });
  it('finds a region and a topic word in Hindi', () => {
    expect(top('Central Asia coordination')[0]).toBe(4);
    expect(top('released delegation')[0]).toBe(6);
  });
  it('finds Arabic topic words of a statement', () => {
    expect(top('sovereignty inclusive government')[0]).toBe(5);
    expect(top('consultations political settlement neighbours')[0]).toBe(7);
  });
});
