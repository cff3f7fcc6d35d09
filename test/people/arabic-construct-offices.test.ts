import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

/* Leaders, commanders and representatives named by the body, front, force or province they head
 * or stand for, in construct ("زعيم جبهة المقاومة", "قائد القوات", "ممثل ولاية بنجشير"), before the
 * name or set off after it by commas; alone the noun heads any word and names nobody. */
const people = (texts: string[]) => invented(texts.map((t) => `خبر\n${t}`)).people.map((p) => ({ name: p.native[0], role: p.role }));

describe('Arabic offices in construct with a front, a force or a province', () => {
  it('before the name', () => {
    const found = people([
      'استقبل الرئيس الطاجيكي زعيم جبهة المقاومة الوطنية كريم نوري في دوشنبه.',
      'وأكد قائد القوات الأمريكية فرانك ماكنزي أن الانسحاب اكتمل.',
      'والتقى ممثل ولاية هرات عبد الصمد كريمي وفدا من الحركة.',
    ]);
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['كريم نوري', 'فرانك ماكنزي', 'عبد الصمد كريمي']));
  });

  it('set off after the name by commas', () => {
    const found = people([
      'وقال عبد الواحد ساداتي، ممثل ولاية بنجشير، في تصريح للصحفيين إن المحادثات مستمرة.',
      'وكان جون ألين، القائد السابق للقوات الدولية، قد قال إن الوضع خطير.',
    ]);
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['عبد الواحد ساداتي', 'جون ألين']));
    expect(found.find((p) => p.name === 'جون ألين')?.role).toContain('commander');
  });

  it('a governor with the province in construct', () => {
    const found = people([
      'وقال حاكم ولاية قندهار سليم كرمان إن الوضع هادئ.',
      'وأعلن والي ولاية بنجشير نور أحمد، الثلاثاء، أن الطرق مفتوحة.',
      'وأكد حاكم إقليم هرات داود شاه أن المعبر مفتوح.',
    ]);
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['سليم كرمان', 'نور أحمد', 'داود شاه']));
    expect(found.every((p) => p.role === 'governor')).toBe(true);
  });

  it('a body in construct after a complement is no part of the office', () => {
    const found = people(['وجدد وزير الدولة لشؤون مجلس الوزراء موقف مملكة البحرين الثابت من السلام.']);
    expect(found).toEqual([]);
  });

  it('alone, before a common noun, names nobody', () => {
    const found = people([
      'وأكد ممثل الحكومة أن الاتفاق قريب.',
      'وقال زعيم المعارضة إن الانتخابات ستجرى في موعدها.',
      'وأعلن قائد الشرطة أن الطريق مغلق.',
    ]);
    expect(found).toEqual([]);
  });
});
