import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic: "the delegation" named again stands for its head told before ("أن يلتقي الوفد مع Y")', () => {
  const arrival = 'وصل إلى موسكو وفد من حركة طالبان برئاسة نائب رئيس الوزراء الملا عبد الغني برادر.';

  it('reads the head as the party, subject or object', () => {
    expect(contacts(arrival, 'ومن المقرر أن يلتقي الوفد مع وزير الخارجية الروسي سيرغي لافروف.')).toEqual([
      'عبد الغني برادر – سيرغي لافروف: meeting, undated, planned',
    ]);
    expect(contacts(arrival, 'واستقبل المبعوث الروسي زامير كابولوف الوفد في مقر الخارجية.')).toEqual([
      'زامير كابولوف – عبد الغني برادر: meeting, undated',
    ]);
  });

  it('takes the latest head, and a delegation with its own head is read as named', () => {
    expect(contacts(arrival, 'ووصل أيضا وفد باكستاني بقيادة وزير الخارجية شاه محمود قريشي.', 'والتقى الوفد بوزير الخارجية الروسي سيرغي لافروف.')).toEqual([
      'شاه محمود قريشي – سيرغي لافروف: meeting, undated',
    ]);
  });

  it('reads no contact where no delegation was headed by anyone named', () => {
    expect(contacts('وصل إلى موسكو وفد من حركة طالبان.', 'والتقى الوفد بوزير الخارجية الروسي سيرغي لافروف.')).toEqual([]);
  });
});

describe('Arabic: "the delegation" stands for the one member named with it ("بمن فيهم X", "يضم X")', () => {
  it('reads the member as the party of the delegation named again', () => {
    expect(
      contacts(
        'وسيجري وفد رفيع المستوى يتألف من سبعة أشخاص، بمن فيهم وزير الخارجية الأفغاني أمير خان متقي، محادثات في أنقرة.',
        'ومن المتوقع أن يلتقي الوفد مع رئيس الشؤون الدينية التركي علي أرباش.',
      ),
    ).toEqual(['أمير خان متقي – علي أرباش: meeting, undated, planned']);
    expect(contacts('وصل إلى الدوحة وفد أفغاني يضم الرئيس السابق حامد كرزاي.', 'والتقى الوفد مع وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني.')).toEqual([
      'حامد كرزاي – محمد بن عبدالرحمن آل ثاني: meeting, undated',
    ]);
  });
});
