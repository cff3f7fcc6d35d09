import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

const natives = (texts: string[]) => invented(texts).people.map((p) => p.native[0]).sort();

describe('names led by a foreign given name (Arabic, no title)', () => {
  it('finds a name after a role the title lexicon does not know', () => {
    expect(natives(['خبر\nوقال الناشط الفرنسي البارز دميتري فولكوف إن الوضع صعب.'])).toContain('دميتري فولكوف');
  });

  it('finds a name after a parenthesis closing a role', () => {
    expect(natives(['خبر\nوأكد المتحدث باسم المكتب (الرئاسي) كينيث ماربري أن الاجتماع انتهى.'])).toContain('كينيث ماربري');
  });

  it('does not take common words for a name, even when they sound like given names', () => {
    // ضمان sounds like Damon, but the article writes الضمان too; حملة has the feminine ending.
    const texts = ['خبر\nوقال البيان الضمان مهم، وأضاف البيان ضمان استمرار الحوار وبدأ الجيش الكبير بشن حملة.'];
    expect(natives(texts)).toEqual([]);
  });

  it('needs a definite word or a parenthesis before the name', () => {
    expect(natives(['خبر\nوقال دميتري فولكوف إن الوضع صعب.'])).not.toContain('دميتري فولكوف');
  });

  it('takes no predicate after a country or city for a name ("الصين صديق جدير")', () => {
    expect(natives(['خبر\nوقال الوزير إن الهند صديق جدير بالثقة، وإن القاهرة كريم مضياف.'])).toEqual([]);
  });

  it('takes no word with a proclitic before a hamza seat for a name (لأمن, لإجلاء)', () => {
    expect(natives(['خبر\nدعا المجتمع الدولي لأمن واستقرار المنطقة، وطالب المسؤول الأوروبي لإجلاء مواطنين من كابل.'])).toEqual([]);
  });
});
