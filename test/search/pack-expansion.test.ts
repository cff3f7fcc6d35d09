import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/load.ts';
import { buildSearchIndex } from '../../src/search/index.ts';
import { searchCorpus } from '../../src/search/query.ts';
import { acronymSpellings } from '../../src/search/acronyms.ts';
import { nativeNameWords } from '../../src/search/packNameWords.ts';
import type { Quote } from '../../src/answer.ts';

/** A corpus of invented articles, one string per file (first line = headline). */
const corpusOf = (texts: string[]) => buildCorpus(texts.map((t, i) => ({ name: `${String(i).padStart(3, '0')}_test.txt`, bytes: Buffer.from(t) })));

// Invented articles: one per construction, and decoys that share sounds with the queries.
const texts = [
  'وفد يصل إلى إسلام آباد\nوصل وفد رفيع المستوى إلى إسلام آباد صباح اليوم لإجراء محادثات.',
  'दुशांबे में बैठक\nविदेश मंत्री ने दुशांबे में अपने समकक्ष से मुलाकात की।',
  'اتصال هاتفي\nتلقى الشيخ عبد الله بن زايد اتصالا هاتفيا من نظيره.',
  'सीआईए प्रमुख दिल्ली पहुंचे\nसीआईए के निदेशक ने आज दिल्ली में बैठक की।',
  'مدير سي آي إيه في كابل\nزار مدير وكالة سي آي إيه كابل سرا.',
  'الرئيس شي يتحدث\nقال الرئيس شي إن بلاده مستعدة للتعاون.',
];
const corpus = corpusOf(texts);
const index = buildSearchIndex(corpus);
const found = (q: string) => searchCorpus(index, corpus, q, { limit: 10 }).articles.map((a) => corpus.articles.findIndex((x) => x.number === a.article));
const highlighted = (q: string) =>
  searchCorpus(index, corpus, q, { limit: 10 }).articles.flatMap((a) => a.paragraphs.flatMap((p) => p.quotes.flatMap((x: Quote) => x.highlights.map(([s, e]) => x.text.slice(s, e)))));

describe("query expansion from the language packs' data", () => {
  it('a place the packs list is found in every spelling, a two-word Arabic one too', () => {
    expect(found('Islamabad')).toEqual([0]);
    expect(found('Dushanbe')).toEqual([1]);
    expect(found('Delhi')).toEqual([3]);
  });
  it('a Latin name word finds the native word the pack spells that way, two words included', () => {
    expect(nativeNameWords('Abdullah')).toEqual(expect.arrayContaining(['عبد الله', 'عبدالله']));
    expect(nativeNameWords('Abdulla')).toContain('عبد الله');
    expect(found('Abdullah Zayed')).toEqual([2]);
    expect(highlighted('Abdullah')).toEqual(['عبد', 'الله']);
  });
  it('an acronym in capitals finds its letters as Hindi and Arabic write them, and no sound-alike', () => {
    expect(acronymSpellings('CIA')).toEqual(expect.arrayContaining(['सीआईए', 'سي آي إيه']));
    expect(found('CIA').sort()).toEqual([3, 4]);
    expect(found('CIA')).not.toContain(5);
  });
});

describe('ranking', () => {
  const long = 'officials advisers ministries trade transit energy water security roads rail ports customs banks schools hospitals farms markets prices wages jobs loans taxes budgets courts police borders visas flights';
  const ranked = corpusOf(
    [
      // Both names, each in a long paragraph of its own.
      `Visit to Moscow\nKumar arrived in Moscow with ${long}.\nLater he held talks with Sethi on ${long}.`,
      // One name each, in short paragraphs that outscore the long ones.
      'News\nKumar spoke.\nKumar left.',
      'Other news\nSethi wrote.\nSethi left.',
    ],
  );
  const rankedIndex = buildSearchIndex(ranked);
  it('an article holding every name of the query beats one holding some of them, however often', () => {
    expect(searchCorpus(rankedIndex, ranked, 'Kumar Sethi').articles[0]?.article).toBe(0);
  });
});

describe('Arabic words with a proclitic', () => {
  const c = corpusOf(['خبر\nوقبل ذلك عاد الوفد إلى بلاده.', 'خبر آخر\nوصل الوفد إلى كابول مساء أمس.']);
  const ix = buildSearchIndex(c);
  it('a word is no sound-alike through what remains after its proclitic when that is a function word', () => {
    // وقبل is و + قبل "before", never a spelling of Kabul.
    expect(searchCorpus(ix, c, 'Kabul').articles.map((a) => a.article)).toEqual([1]);
  });
});

describe('other readings of a typed Latin name', () => {
  const c = corpusOf(
    [
      'قائد جديد\nزار الجنرال كينيث ماكنزي القاعدة يوم الأحد.',
      'تصريحات\nقال المبعوث ريشارد مور إن بلاده تراقب الوضع.',
      'محادثات\nبحث الوزير مولود تشاووش أوغلو مع نظيره الوضع في المنطقة.',
      'खबर\nरिशर्ड नाम का एक गांव नदी के पास है।',
      'لقاء\nاستقبل الوزير عبد الرشيدوف وفدا من رجال الأعمال.',
      'बैठक\nराजदूत टर्नर और सलाहकार फ्लॉयड ने व्यापार पर बात की।',
      'वार्ता\nनेता स्टानिकज़ई ने दोहा में पत्रकारों से बात की।',
      'बयान\nस्टैनिकज़ई ने कहा कि बातचीत जारी रहेगी।',
    ],
  );
  const ix = buildSearchIndex(c);
  const found = (q: string) => searchCorpus(ix, c, q).articles.map((a) => a.article);
  it('Mc is Mac and a final -ie is -i', () => {
    expect(found('McKenzie')).toEqual([0]);
  });
  it('ch is read as sh in Arabic spellings only', () => {
    expect(found('Richard')).toEqual([1]);
  });
  it('a Turkish -oglu surname is found as the two words Arabic writes, ASCII c read as ç', () => {
    expect(found('Cavusoglu')).toEqual([2]);
  });
  it('an Abd- compound typed as one word is found as the two words Arabic writes, the article left out', () => {
    expect(found('Abdurashidov')).toEqual([4]);
    expect(found('Abdelrashidov')).toEqual([4]);
  });
  it('Hindi writes the ur of Turner with a short a and the oy of Floyd with a y of its own', () => {
    expect(found('Turner')).toEqual([5]);
    expect(found('Floyd')).toEqual([5]);
  });
  it('a long name found in another script brings that script\'s other spellings of it', () => {
    expect(found('Stanekzai').sort()).toEqual([6, 7]);
  });
});
