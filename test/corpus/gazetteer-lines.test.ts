/**
 * The gazetteer refuses garbage (issue 12, problem 8): every bad line is reported with its line
 * number, and a spelling that is a known place or a common word of its language is refused.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerFromBytes, parseGazetteer } from '../../src/people/gazetteer.ts';

const MODERATOR_FILE = [
  '# six bad lines and two good ones',
  '**Bold**\tx\tकाबुल',
  'Sergey Lavrov Russian foreign minister Lavrov',
  'Wang Yi\tChinese foreign minister\tवांग यी\tوانغ يي',
  'Moscow\t\tमास्को',
  '<@123> Admin\t\tadmin',
  'Ashraf Ghani\tAfghan president\tअशरफ गनी | काबुल | the | في | **Ghani**',
  'Imran Khan\tPakistani prime minister\tइमरान खान | عمران خان\t',
  'Zamir Kabulov\tRussian envoy\tकाबुलोव | روسيا | मंत्री',
].join('\n');

describe('parseGazetteer on a hand-typed file with mistakes', () => {
  const g = parseGazetteer(MODERATOR_FILE);

  it('reports every bad line with its number and what is wrong', () => {
    expect(g.warnings.map((w) => w.message)).toEqual([
      'gazetteer.tsv line 2 skipped: the display name must be a name in Latin letters (letters, spaces, dots, hyphens), got "**Bold**".',
      'gazetteer.tsv line 3 skipped: expected 3 tab-separated columns (display name, role, spellings), found 1 (were the tabs replaced by spaces?).',
      'gazetteer.tsv line 4 skipped: expected 3 tab-separated columns, found 4; separate spellings with | , not tabs.',
      'gazetteer.tsv line 5 skipped: "Moscow" is the place Moscow, not a person.',
      'gazetteer.tsv line 6 skipped: the display name must be a name in Latin letters (letters, spaces, dots, hyphens), got "<@123> Admin".',
      'gazetteer.tsv line 7: "काबुल" is the place Kabul, not a person; spelling refused.',
      'gazetteer.tsv line 7: "the" is a common word of its language, not a name; spelling refused.',
      'gazetteer.tsv line 7: "في" is a common word of its language, not a name; spelling refused.',
      'gazetteer.tsv line 7: "**Ghani**" is not a name (only letters, spaces, dots and hyphens); spelling refused.',
      'gazetteer.tsv line 9: "روسيا" is the place Russia, not a person; spelling refused.',
      'gazetteer.tsv line 9: "मंत्री" is a common word of the coverage (see concepts.ts in the language packs), not a name; spelling refused.',
    ]);
  });

  it('never makes a place a person, and keeps the good spellings', () => {
    expect(g.entries.map((e) => e.display)).toEqual(['Ashraf Ghani', 'Imran Khan', 'Zamir Kabulov']);
    expect(g.entries.flatMap((e) => e.spellings)).not.toContain('काबुल');
    expect(g.entries[0]!.spellings).toEqual(['Ashraf Ghani', 'अशरफ गनी']);
    expect(g.entries[1]!.spellings).toEqual(['Imran Khan', 'इमरान खान', 'عمران خان']);
  });

  it('reads a UTF-16 gazetteer with a byte-order mark, and names the file when the encoding is wrong', () => {
    const text = 'Wang Yi\tChinese foreign minister\tवांग यी';
    expect(gazetteerFromBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])).entries[0]!.spellings).toEqual(['Wang Yi', 'वांग यी']);
    expect(gazetteerFromBytes(Buffer.from('Wang Yi\t\tWang\xe9', 'latin1')).warnings[0]!.message).toMatch(/^gazetteer\.tsv ignored: the file is not valid UTF-8 text/);
  });
});
