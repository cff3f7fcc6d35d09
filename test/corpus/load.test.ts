import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, CorpusError, loadCorpusSync } from '../../src/corpus/load.ts';

const SEEDS = path.resolve('seeds');
const corpus = loadCorpusSync(SEEDS);
const article = (n: number) => corpus.articles.find((a) => a.number === n)!;

describe('loadCorpusSync on the seeds', () => {
  it('loads the five articles by numeric prefix, without warnings', () => {
    expect(corpus.articles.map((a) => a.number)).toEqual([0, 1, 2, 3, 4]);
    expect(corpus.warnings).toEqual([]);
  });

  it('takes titles from the catalog, else the headline line', () => {
    expect(article(0).titleFrom).toBe('catalog');
    expect(article(3).titleFrom).toBe('headline');
    expect(article(3).title).toBe('بوتين وعمران خان يؤكدان أهمية الحفاظ على السلام في أفغانستان');
    expect(article(1).title).toBe('तालिबान को बातचीत के लिए रूस ने मास्को में किया आमंत्रित');
    expect(article(3).paragraphs[0]!.number).toBe(0);
    expect(article(0).paragraphs[0]!.number).toBe(1);
  });

  it('reads publication dates and sources from the catalog', () => {
    expect(corpus.articles.map((a) => a.published)).toEqual(['2021-08-17', '2021-10-08', '2021-08-17', '2021-08-25', '2021-10-12']);
    expect(article(3).source).toBe('Pakistan Point News / Sputnik');
    expect(article(0).source).toBeUndefined();
  });

  it('keeps every paragraph a verbatim line of its file', () => {
    for (const a of corpus.articles) {
      const raw = fs.readFileSync(path.join(SEEDS, a.file), 'utf8');
      for (const p of a.paragraphs) {
        expect(raw).toContain(p.text);
        for (const s of p.sentences) expect(p.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it('drops site boilerplate: teasers, comment forms, image stubs and widget fragments', () => {
    const all = corpus.articles.flatMap((a) => a.paragraphs.map((p) => p.text)).join('\n');
    for (const junk of ['Check Also', 'Leave a Reply', 'Your email address', '![]()', 'डब्ल्यूएचओ ने चेतावनी', 'Tweet']) {
      expect(all).not.toContain(junk);
    }
    expect(article(1).paragraphs.at(-1)!.text).toMatch(/^हालांकि समूह के साथ/);
  });

  it('tags languages per paragraph, the English tweet lines included', () => {
    expect(corpus.articles.map((a) => a.lang)).toEqual(['hin', 'hin', 'hin', 'arb', 'hin']);
    const tweet = article(4).paragraphs.filter((p) => p.lang === 'eng').map((p) => p.text);
    expect(tweet).toHaveLength(4);
    expect(tweet[0]).toMatch(/^Good to catch up with Russian FM Sergey Lavrov/);
    expect(article(3).paragraphs.every((p) => p.lang === 'arb')).toBe(true);
  });

  it('splits sentences at dandas even without a following space', () => {
    const texts = article(1).paragraphs[1]!.sentences.map((s) => s.text);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toMatch(/^रिपोर्ट के अनुसार गुरुवार को/);
  });
});

describe('buildCorpus with bad files', () => {
  const ok = { name: '007_ok.txt', bytes: Buffer.from('Headline here\nA body sentence about Kabul.') };

  it('skips empty, binary, non-UTF-8 and unnumbered files with a warning naming each', () => {
    const c = buildCorpus([
      ok,
      { name: '008_empty.txt', bytes: Buffer.alloc(0) },
      { name: '009_binary.txt', bytes: Buffer.from([0x50, 0x00, 0x01, 0x02]) },
      { name: '010_latin1.txt', bytes: Buffer.from([0x63, 0x61, 0x66, 0xe9]) },
      { name: 'notes.txt', bytes: Buffer.from('hello') },
      { name: '011_blank.txt', bytes: Buffer.from('\n  \n\t\n') },
    ]);
    expect(c.articles.map((a) => a.number)).toEqual([7]);
    const messages = c.warnings.map((w) => w.message).join('\n');
    for (const name of ['008_empty.txt', '009_binary.txt', '010_latin1.txt', 'notes.txt', '011_blank.txt']) expect(messages).toContain(name);
    expect(messages).toMatch(/not valid UTF-8/);
  });

  it('refuses two files with the same number, naming both', () => {
    const twin = { name: '007_twin.txt', bytes: Buffer.from('Other text.') };
    expect(() => buildCorpus([ok, twin])).toThrow(CorpusError);
    expect(() => buildCorpus([ok, twin])).toThrow(/007_ok\.txt and 007_twin\.txt/);
  });

  it('indexes a dropped-in article with no catalog line, titled by its first sentence', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
    fs.writeFileSync(path.join(dir, '042_new.txt'), 'This is a long first sentence of a new article that a moderator dropped in without any catalog line at all, so it is cut. Second.\n');
    const c = loadCorpusSync(dir);
    expect(c.articles[0]!.number).toBe(42);
    expect(c.articles[0]!.titleFrom).toBe('first-sentence');
    expect(c.articles[0]!.title.length).toBeLessThanOrEqual(100);
    expect(c.articles[0]!.title.endsWith('…')).toBe(true);
  });

  it('reports an unreadable folder by name', () => {
    expect(() => loadCorpusSync('/nonexistent/seeds')).toThrow(/cannot read the articles folder \/nonexistent\/seeds/);
  });
});

describe('publication dates of articles without a catalog line', () => {
  it('come from the dateline, and the answer can say so', () => {
    const bytes = fs.readFileSync(path.join(SEEDS, '003_3d1739cbe1d60dd0.txt'));
    const c = buildCorpus([{ name: '003_copy.txt', bytes }]);
    expect(c.articles[0]).toMatchObject({ published: '2021-08-25', publishedFrom: 'dateline' });
  });

  it('stay unknown when the text has no full date', () => {
    const c = buildCorpus([{ name: '005_x.txt', bytes: Buffer.from('सोमवार को बैठक हुई।\nकोई तारीख नहीं।') }]);
    expect(c.articles[0]!.published).toBeUndefined();
  });
});
