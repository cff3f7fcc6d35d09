/**
 * The articles folder cannot leak or break (issue 12, problems 2, 3, 6 and 7, and the catalog half
 * of 8): links are never followed, a dangling link, a folder named like an article or an absurd
 * number is skipped with a warning naming it while the other articles load, UTF-16 with a
 * byte-order mark is read, and every other encoding is refused with its own reason.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/corpus/decode.ts';
import { loadCorpus, loadCorpusSync, readSeedFolder } from '../../src/corpus/load.ts';

let dir = '';
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = '';
});

const ARTICLE = 'Lavrov meets Wang Yi\nSergey Lavrov spoke with Wang Yi in Moscow on Monday.';

function folder(files: Record<string, string | Buffer>): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folder-safety-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

const warningFor = (warnings: { file: string; message: string }[], file: string) => warnings.filter((w) => w.file === file).map((w) => w.message);

describe('links and odd entries', () => {
  it('never serves a link out of the folder (a link to /etc/passwd), and says why', async () => {
    const d = folder({ '001_real.txt': ARTICLE });
    fs.symlinkSync('/etc/passwd', path.join(d, '002_passwd.txt'));
    fs.symlinkSync(path.join(d, '001_real.txt'), path.join(d, '003_inside.txt'));
    for (const corpus of [loadCorpusSync(d), await loadCorpus(d)]) {
      expect(corpus.articles.map((a) => a.number)).toEqual([1]);
      expect(corpus.articles.flatMap((a) => a.paragraphs.map((p) => p.text)).join('\n')).not.toContain('root:');
      expect(warningFor(corpus.warnings, '002_passwd.txt')).toEqual([
        '002_passwd.txt skipped: it is a symbolic link; links are never followed, so nothing outside the folder is served: copy the file in instead.',
      ]);
      expect(warningFor(corpus.warnings, '003_inside.txt')).toHaveLength(1);
    }
  });

  it('skips a dangling link, a folder named like an article and a FIFO, and loads the rest', async () => {
    const d = folder({ '001_real.txt': ARTICLE });
    fs.symlinkSync(path.join(d, 'gone.txt'), path.join(d, '002_dangling.txt'));
    fs.mkdirSync(path.join(d, '003_folder.txt'));
    fs.mkdirSync(path.join(d, 'drafts'));
    execFileSync('mkfifo', [path.join(d, '004_fifo.txt')]);
    const corpus = await loadCorpus(d);
    expect(corpus.articles.map((a) => a.number)).toEqual([1]);
    expect(warningFor(corpus.warnings, '002_dangling.txt')).toEqual([
      '002_dangling.txt skipped: it is a symbolic link that points nowhere; links are never followed, so nothing outside the folder is served: copy the file in instead.',
    ]);
    expect(warningFor(corpus.warnings, '003_folder.txt')).toEqual(['003_folder.txt skipped: it is a folder, not a file.']);
    expect(warningFor(corpus.warnings, '004_fifo.txt')).toEqual(['004_fifo.txt skipped: it is not a regular file.']);
    expect(corpus.warnings.map((w) => w.file)).not.toContain('drafts');
  });

  it('a link named catalog.tsv is not followed either', () => {
    const d = folder({ '001_real.txt': ARTICLE });
    fs.symlinkSync('/etc/hostname', path.join(d, 'catalog.tsv'));
    const read = readSeedFolder(d);
    expect(read.catalog.entries.size).toBe(0);
    expect(read.skipped.map((w) => w.file)).toEqual(['catalog.tsv']);
  });

  it('a new skipped entry changes the fingerprint, so a snapshot cannot hide its warning', () => {
    const d = folder({ '001_real.txt': ARTICLE });
    const before = readSeedFolder(d).fingerprint;
    fs.symlinkSync('/nowhere', path.join(d, '002_dangling.txt'));
    expect(readSeedFolder(d).fingerprint).not.toBe(before);
  });
});

describe('article numbers', () => {
  it('skips an article number of more than 9 digits with a warning, and keeps 9 digits', () => {
    const d = folder({ '12345678901234567890_huge.txt': ARTICLE, '999999999_big.txt': ARTICLE, '0000000000007_padded.txt': ARTICLE });
    const corpus = loadCorpusSync(d);
    expect(corpus.articles.map((a) => a.number)).toEqual([7, 999999999]);
    expect(warningFor(corpus.warnings, '12345678901234567890_huge.txt')).toEqual([
      '12345678901234567890_huge.txt skipped: the article number has more than 9 digits; number articles from 0 up.',
    ]);
  });
});

describe('encodings', () => {
  const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

  it('reads UTF-16 with a byte-order mark (both byte orders) and UTF-8 with one', () => {
    const text = 'लावरोव और वांग यी\nروسیہ سے बातचीत हुई। Lavrov spoke.';
    for (const bytes of [utf16le(text), utf16be(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])]) {
      expect(decodeText(bytes)).toEqual({ text });
    }
    const corpus = loadCorpusSync(folder({ '001_utf16.txt': utf16le(ARTICLE) }));
    expect(corpus.warnings).toEqual([]);
    expect(corpus.articles[0]!.title).toBe('Lavrov meets Wang Yi');
  });

  it('refuses other encodings, each with its own reason', () => {
    const corpus = loadCorpusSync(folder({
      '001_bomless16.txt': Buffer.from(ARTICLE, 'utf16le'),
      '002_png.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x03]),
      '003_latin1.txt': Buffer.from('caf\xe9 au lait', 'latin1'),
      '004_utf32.txt': Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('A\0\0\0')]),
      '005_broken16.txt': Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]),
      '006_bomless16_hindi.txt': Buffer.from('लावरोव और वांग यी ने फोन पर बात की।\nदूसरी पंक्ति।', 'utf16le').swap16(),
    }));
    expect(corpus.articles).toEqual([]);
    expect(corpus.warnings.map((w) => w.message)).toEqual([
      '001_bomless16.txt skipped: the file looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark).',
      '002_png.txt skipped: the file is binary (it contains NUL bytes).',
      '003_latin1.txt skipped: the file is not valid UTF-8 text (perhaps Windows-1252, Windows-1256 or ISO-8859); save it as UTF-8.',
      '004_utf32.txt skipped: the file is UTF-32 text, which is not supported; save it as UTF-8.',
      '005_broken16.txt skipped: the file starts with a UTF-16LE byte-order mark but is not valid UTF-16LE; save it as UTF-8.',
      '006_bomless16_hindi.txt skipped: the file looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark).',
    ]);
  });
});

describe('catalog lines', () => {
  it('warns about a catalog line whose article has no file, naming the line', () => {
    const corpus = loadCorpusSync(folder({ '001_real.txt': ARTICLE, 'catalog.tsv': '# n\tdate\n1\t2021-08-17\t\t\n42\t2021-08-18\t\t\n' }));
    expect(corpus.articles.map((a) => a.number)).toEqual([1]);
    expect(corpus.warnings.map((w) => w.message)).toEqual([
      'catalog.tsv line 3: there is no file for article 42 in the folder; check the number or add the file.',
    ]);
  });
});
