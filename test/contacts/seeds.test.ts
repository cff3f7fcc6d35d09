import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusSync } from '../../src/corpus/load.ts';
import { buildPeopleKnowledge } from '../../src/people/build.ts';
import { loadGazetteer } from '../../src/people/gazetteer.ts';
import { contactsOf, seedKb } from '../people/helpers.ts';

describe('who met whom in the seed articles', () => {
  const lavrov = {
    'Antony Blinken': ['phone call, 2021-08-16 [0]'],
    // Article 0 states the call without a day of its own; article 2 dates it.
    'Wang Yi': ['phone call, undated [0]', 'phone call, 2021-08-16 [2]'],
    'S. Jaishankar': ['meeting, 2021-10-12, Nur-Sultan [4]'],
  };

  it.each(['Lavrov', 'lavrov', 'लावरोव', 'सर्गेई लावरोव', 'لافروف', 'Sergei Lavrov', 'Sergey Lavrov', 'Lavrof'])('Lavrov as "%s": Blinken, Wang Yi and Jaishankar, nobody else', (query) => {
    expect(contactsOf(seedKb, query)).toEqual(lavrov);
  });

  it('Putin called Imran Khan, and Imran Khan was called by Putin', () => {
    expect(contactsOf(seedKb, 'Putin')['Imran Khan']).toEqual(['phone call, 2021-08-25 [3]']);
    expect(contactsOf(seedKb, 'Imran Khan')).toEqual({ 'Vladimir Putin': ['phone call, 2021-08-25 [3]'] });
  });

  it('Blinken spoke with Lavrov and Wang Yi', () => {
    // The sentence telling both calls gives no day of its own; the article dates Blinken–Lavrov to
    // Monday (the sentence before: his Chinese and Russian counterparts), and Wang Yi's call, told in
    // the same sentence by the same subject, is the same encounter (merge.ts's sentence-mates).
    expect(contactsOf(seedKb, 'Blinken')).toEqual({ 'Sergey Lavrov': ['phone call, 2021-08-16 [0]'], 'Wang Yi': ['phone call, 2021-08-16 [0]'] });
  });

  it('Jaishankar met Lavrov and the Mongolian foreign minister, and announced meetings in Armenia', () => {
    const jaishankar = contactsOf(seedKb, 'Jaishankar');
    expect(jaishankar['Sergey Lavrov']).toEqual(['meeting, 2021-10-12, Nur-Sultan [4]']);
    const mongolian = seedKb.people.find((p) => p.role === 'Mongolian foreign minister')!;
    expect(jaishankar[mongolian.display]).toEqual(['meeting, undated [4]']);
    const planned = Object.entries(jaishankar).filter(([, lines]) => lines.some((l) => l.includes('planned')));
    expect(planned.map(([name, lines]) => [name, lines])).toEqual([
      ['Ararat Mirjoyan', ['meeting, undated, Armenia, planned [4]']],
      ['Nikol Pashinyan', ['meeting, undated, Armenia, planned [4]']],
    ]);
  });
});

describe('an article added to the folder', () => {
  it('finds a person who appears nowhere else, in Hindi and Arabic, from a Latin-letter query both ways', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'people-'));
    for (const f of fs.readdirSync('seeds')) fs.copyFileSync(path.join('seeds', f), path.join(dir, f));
    fs.appendFileSync(path.join(dir, 'catalog.tsv'), '5\t2021-11-10\t\t\n6\t2021-11-10\t\t\n');
    fs.writeFileSync(
      path.join(dir, '005_visit.txt'),
      'जयशंकर ने मोरक्को के विदेश मंत्री नासिर बोरिता से की मुलाकात\nनई दिल्ली: विदेश मंत्री एस जयशंकर ने बुधवार को यहां मोरक्को के विदेश मंत्री नासिर बोरिता से मुलाकात की और व्यापार पर चर्चा की।\n',
    );
    fs.writeFileSync(
      path.join(dir, '006_visit.txt'),
      'بوريطة يلتقي جايشانكار في نيودلهي\nالتقى وزير الخارجية المغربي ناصر بوريطة، اليوم الأربعاء، بنظيره الهندي سوبرامانيام جايشانكار في نيودلهي.\n',
    );
    const kb = buildPeopleKnowledge(loadCorpusSync(dir), loadGazetteer(dir));
    const visitor = kb.people.find((p) => p.articles.includes(5) && !p.articles.includes(4))!;
    expect(visitor.native).toContain('नासिर बोरिता');
    expect(visitor.role).toBe('Moroccan foreign minister');
    expect(contactsOf(kb, 'Bourita')).toEqual({ 'S. Jaishankar': ['meeting, 2021-11-10, New Delhi [5,6]'] });
    expect(contactsOf(kb, 'Jaishankar')[visitor.display]).toEqual(['meeting, 2021-11-10, New Delhi [5,6]']);
  });
});
