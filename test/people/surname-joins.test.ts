/**
 * A person an article names by surname alone joins the person other articles name in full, when
 * that person is clearly the one the corpus means by the surname; a surname that several people
 * share about equally, a common name word, a person told apart in the same article, and another
 * nationality stay apart.
 */
import { describe, expect, it } from 'vitest';
import { surnameJoins } from '../../src/people/surname-joins.ts';
import { invented } from './helpers.ts';

const cand = (display: string, articles: number[], role?: string) => ({ display, articles: new Set(articles), ...(role ? { role } : {}) });
const NONE = new Set<string>();

describe('surnameJoins', () => {
  it('joins a surname to the one full name ending in it', () => {
    expect(surnameJoins([cand('Zamir Kabulov', [1]), cand('Kabulov', [2])], NONE)).toEqual([0, 0]);
  });

  it('joins the full name named in clearly more articles when a rarer one ends in the surname too', () => {
    expect(surnameJoins([cand('Abdul Ghani Baradar', [1, 2, 3, 4]), cand('Abdul Ghanem Baradar', [5]), cand('Baradar', [6])], NONE)).toEqual([0, 1, 0]);
  });

  it('leaves a surname two people share about equally on its own', () => {
    expect(surnameJoins([cand('Rajiv Mehrotra', [1, 2]), cand('Sunil Mehrotra', [3]), cand('Mehrotra', [4])], NONE)).toEqual([0, 1, 2]);
  });

  it('leaves apart a surname named in an article beside the full name (told apart there)', () => {
    expect(surnameJoins([cand('Zamir Kabulov', [1, 2]), cand('Kabulov', [2])], NONE)).toEqual([0, 1]);
  });

  it('leaves apart short surnames, common name words and another nationality', () => {
    expect(surnameJoins([cand('Imran Shah', [1]), cand('Shah', [2])], NONE)).toEqual([0, 1]);
    expect(surnameJoins([cand('Ashraf Ghani', [1]), cand('Ghani', [2])], new Set(['ghani']))).toEqual([0, 1]);
    expect(surnameJoins([cand('Zamir Kabulov', [1], 'Russian special envoy'), cand('Kabulov', [2], 'Uzbek ambassador')], NONE)).toEqual([0, 1]);
    expect(surnameJoins([cand('Zamir Kabulov', [1], 'Russian special envoy'), cand('Kabulov', [2], 'envoy')], NONE)).toEqual([0, 0]);
  });
});

describe('one entry for a person named by surname alone in some articles', () => {
  const kabulov = (texts: string[]) => invented(texts).people.filter((p) => p.mentions.some((m) => /काबुलोव|كابولوف/u.test(m.text)));

  it('joins a Hindi surname-only article to the full name of other articles', () => {
    const entries = kabulov([
      'बैठक\nरूस के विशेष दूत ज़मीर काबुलोव ने कहा कि बैठक उपयोगी रही।',
      'वार्ता\nरूसी राष्ट्रपति के विशेष प्रतिनिधि ज़मीर काबुलोव ने तालिबान से बात की।',
      'बयान\nकाबुलोव ने कहा कि रूस अफगानिस्तान में स्थिरता चाहता है।',
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.display).toMatch(/^Zam\w+ Kabulov$/);
    expect(entries[0]!.articles).toEqual([0, 1, 2]);
  });

  it('joins an Arabic surname-only article too, with a rarer misspelt given name elsewhere', () => {
    const entries = kabulov([
      'لقاء\nقال المبعوث الروسي زامير كابولوف إن اللقاء كان مفيدا.',
      'محادثات\nأجرى المبعوث الروسي زامير كابولوف محادثات مع وفد طالبان.',
      'زيارة\nوصل المبعوث الروسي زامير كابولوف إلى الدوحة.',
      'تصريح\nأكد المبعوث الروسي جامير كابولوف أن موسكو تتابع الوضع.',
      'بيان\nوقال كابولوف إن روسيا لن تعترف بالحكومة قبل تشكيلها.',
    ]);
    expect(entries.filter((p) => p.display !== 'Jamir Kabulov' && p.articles.includes(4))).toHaveLength(1);
    expect(entries.find((p) => p.articles.includes(4))!.articles).toEqual(expect.arrayContaining([0, 1, 2, 4]));
  });
});
