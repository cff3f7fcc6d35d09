import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

/* Arabic: how a name is set off or listed where no title stands right before it, and offices of a
 * place. Each case is an article of its own unless it says otherwise. */
const people = (texts: string[]) => invented(texts).people.map((p) => ({ name: p.native[0], role: p.role, articles: p.articles }));
const names = (text: string): Array<string | undefined> => people([text]).map((p) => p.name);

describe('Arabic names set off without a title before them', () => {
  it.each([
    // A name in quotation marks right before its office, as a comma sets one off.
    ['خبر\nسيجري الوفد محادثات مع "نور الله حكيمي" زعيم جبهة المقاومة، لحل الخلاف.', 'نور الله حكيمي'],
    ['خبر\nوأكد «ضياء الحق أميري» رئيس المجلس الأعلى للمصالحة أن الحوار مستمر.', 'ضياء الحق أميري'],
    ['خبر\nوقال "كريم حسين جواد" المتحدث باسم حركة طالبان إن الوفد وصل.', 'كريم حسين جواد'],
    // An office followed by who appointed its holder, then the name after a comma.
    ['خبر\nاجتمع السفير مع القائم بأعمال والي هرات المعين من قبل حركة طالبان، نور أحمد شريفي.', 'نور أحمد شريفي'],
    ['خبر\nواستقبل وزير الخارجية حاكم قندهار المكلف من طالبان، عبد الولي صديقي، في مكتبه.', 'عبد الولي صديقي'],
    // Governors and mayors head a province or a city in construct.
    ['خبر\nوالتقى والي بلخ محمد داود منيب بالقنصل الأوزبكي.', 'محمد داود منيب'],
    ['خبر\nوقال محافظ ننكرهار نعيم الله ساهر إن الطريق مفتوح.', 'نعيم الله ساهر'],
    ['خبر\nواستقبل عمدة كابل حمد الله ناصري وفدا تركيا.', 'حمد الله ناصري'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('a governor of a bank is no name', () => {
    expect(names('خبر\nوقال محافظ البنك المركزي إن الاحتياطيات مجمدة.')).toEqual([]);
  });

  it('a title glued to بـ after an office is the person met, not a second office of the same holder', () => {
    const found = people(['خبر\nاجتمع وزير الخارجية بالسفير الإيراني بهرام قاسمي في كابل.']);
    expect(found.find((p) => p.name === 'بهرام قاسمي')?.role).toBe('Iranian ambassador');
    const qualified = people(['خبر\nالتقى «نور الدين ساعي» وزير التجارة في حكومة طالبان بالسفير الصيني.']);
    expect(qualified.find((p) => p.name === 'نور الدين ساعي')?.role).toBe('commerce minister');
  });

  it('a known name listed after "and" glued to it is that person, though the article writes its first word alone', () => {
    const found = people([
      'خبر\nقال رئيس المجلس الأعلى للمصالحة فضل الله عبد الله إن الوضع هادئ.',
      'خبر\nوأكد الوزير عبد الرحمن خالد أنه عقد اجتماعات مع قانوني وعبد الله فضل الله، كبير المفاوضين السابق.',
    ]);
    expect(found.find((p) => p.name === 'فضل الله عبد الله')?.articles).toEqual([0]);
  });
});
