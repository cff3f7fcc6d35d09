import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer, parseGazetteer, slugOf } from '../../src/people/gazetteer.ts';

describe('parseGazetteer', () => {
  it('reads display name, role and spellings, skipping comments and blank lines', () => {
    const g = parseGazetteer('# comment\n\nWang Yi\tChinese foreign minister\tवांग यी | وانغ يي\nNed Price\t\tनेड प्राइस\n');
    expect(g.entries).toEqual([
      { id: 'wang-yi', display: 'Wang Yi', role: 'Chinese foreign minister', spellings: ['Wang Yi', 'वांग यी', 'وانغ يي'] },
      { id: 'ned-price', display: 'Ned Price', spellings: ['Ned Price', 'नेड प्राइस'] },
    ]);
    expect(g.warnings).toEqual([]);
  });

  it('warns about a line without a Latin display name, naming the line', () => {
    const g = parseGazetteer('लावरोव\t\tLavrov\n');
    expect(g.entries).toEqual([]);
    expect(g.warnings[0]?.message).toMatch(/gazetteer.tsv line 1 skipped/);
  });

  it('keeps a spelling claimed twice for the first person only', () => {
    const g = parseGazetteer('Imran Khan\t\tKhan\nIsmail Khan\t\tkhan | इस्माइल खान\n');
    expect(g.entries[1]?.spellings).toEqual(['Ismail Khan', 'इस्माइल खान']);
    expect(g.warnings[0]?.message).toMatch(/"khan" already belongs to imran-khan/);
  });

  it('makes ids from the Latin letters of the display name', () => {
    expect(slugOf('S. Jaishankar')).toBe('s-jaishankar');
  });
});

describe('loadGazetteer', () => {
  it('is empty for a folder without gazetteer.tsv', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gaz-'));
    expect(loadGazetteer(dir).entries).toEqual([]);
  });

  it('reads the seeds gazetteer: a handful of well-known people, without warnings', () => {
    const g = loadGazetteer('seeds');
    expect(g.warnings).toEqual([]);
    expect(g.entries.length).toBeGreaterThan(3);
    expect(g.entries.length).toBeLessThanOrEqual(12);
    expect(g.entries.find((e) => e.id === 'sergey-lavrov')?.spellings).toContain('لافروف');
  });
});
