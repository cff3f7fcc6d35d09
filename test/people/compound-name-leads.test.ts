import { describe, expect, it } from 'vitest';
import { contactLines, invented } from './helpers.ts';

const natives = (texts: string[]) => invented(texts).people.map((p) => p.native[0]).sort();
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic names opened by an عبد compound (no title)', () => {
  it('finds the name after a contact word, before its office in apposition', () => {
    expect(natives(['خبر\nأجرى مساعد وزير الخارجية الصيني لي مينغ محادثة هاتفية مع عبد السلام يوسفي نائب مدير المكتب السياسي.'])).toContain('عبد السلام يوسفي');
    expect(natives(['خبر\nواستقبل الرئيس التركي سامر خليل، أمس، عبد الرحيم جواد، القائم بأعمال حاكم كابل.'])).toContain('عبد الرحيم جواد');
    expect(natives(['خبر\nوقال عبد الحكيم نوري إن الوفد سيصل غدا.'])).toContain('عبد الحكيم نوري');
  });

  it('reads the contacts of such names, also as the object after a list of subjects', () => {
    expect(contacts('خبر', 'أجرى وزير الخارجية الصيني رامي حداد اليوم الأربعاء محادثة هاتفية مع عبد السلام يوسفي نائب مدير المكتب السياسي.')).toEqual([
      'رامي حداد – عبد السلام يوسفي: phone call, 2021-09-01',
    ]);
    expect(contacts('خبر', 'والتقى الرئيس التركي سامر خليل، ورئيس الوزراء الهندي جون ميلر، عبد الرحمن نوري، القائم بأعمال حاكم كابل، أمس.').sort()).toEqual([
      'جون ميلر – عبد الرحمن نوري: meeting, 2021-08-31',
      'سامر خليل – عبد الرحمن نوري: meeting, 2021-08-31',
    ]);
  });

  it('takes no word of the compound alone for the person ("السلام" is peace)', () => {
    const people = invented(['خبر\nوبحث الوزير سامر خليل مع عبد السلام يوسفي سبل إحلال السلام في البلاد.']).people;
    const person = people.find((p) => p.native[0] === 'عبد السلام يوسفي')!;
    expect(person.mentions.map((m) => m.text)).toEqual(['عبد السلام يوسفي']);
  });

  it('goes on to a second compound after the first (عبد الله عبد الله, عبد الرحمن عبد الكريم)', () => {
    expect(natives(['خبر\nوالتقى الوزير الرئيس السابق للجنة الحوار الوطني عبد الرحمن عبد الكريم.\nوقال إن اللقاء كان مثمرا.'])).toContain('عبد الرحمن عبد الكريم');
    expect(natives(['خبر\nاتصل وزير الخارجية الكويتي بالزعيم الأفغاني السابق لمجلس السلام عبد الحكيم عبد الله.'])).toContain('عبد الحكيم عبد الله');
  });

  it('needs a name word after the compound: not a verb, a place or a common noun', () => {
    expect(natives(['خبر\nوقال إن عبد الله قال ذلك، وإن عبد الرحمن كابل، وإن عبد الكريم تطورات.'])).toEqual([]);
  });
});
