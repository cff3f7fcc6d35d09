import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic: an honorific standing for the one it honours ("كما تلقى سموه اتصالا من Y")', () => {
  it('reads سموه, معاليه and فخامته as the sentence before\'s subject', () => {
    expect(contacts('تلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا من رئيس الوزراء الباكستاني عمران خان.', 'كما تلقى سموه اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.')).toEqual([
      'محمد بن سلمان – عمران خان: phone call, undated',
      'محمد بن سلمان – إيمانويل ماكرون: phone call, undated',
    ]);
    expect(contacts('وصل وزير الخارجية البحريني عبد اللطيف بن راشد الزياني إلى لندن.', 'والتقى معاليه وزير الخارجية البريطاني دومينيك راب.')).toEqual([
      'عبد اللطيف بن راشد الزياني – دومينيك راب: meeting, undated',
    ]);
  });

  it('reads no one when the sentence before names no subject', () => {
    expect(contacts('وجرى خلال الاتصال استعراض العلاقات الثنائية.', 'كما تلقى سموه اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.')).toEqual([]);
  });
});
