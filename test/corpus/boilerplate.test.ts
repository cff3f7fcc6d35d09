import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/corpus/boilerplate.ts';

const keptText = (lines: string[]) => cleanLines(lines).kept.map((l) => l.text);

describe('cleanLines', () => {
  it('drops everything from a trailing heading after the body on', () => {
    expect(keptText(['Envoys meet in Doha', 'The two envoys met on Monday.', 'They spoke for an hour.', 'Related articles', 'Another story entirely'])).toEqual([
      'Envoys meet in Doha',
      'The two envoys met on Monday.',
      'They spoke for an hour.',
    ]);
    expect(keptText(['عنوان الخبر هنا', 'التقى الوزير نظيره أمس في العاصمة.', 'وبحث الجانبان الوضع.', 'مواضيع ذات صلة', 'خبر آخر لا صلة له'])).toEqual([
      'عنوان الخبر هنا',
      'التقى الوزير نظيره أمس في العاصمة.',
      'وبحث الجانبان الوضع.',
    ]);
  });

  it('drops only the heading of a related-links box placed under the headline, keeping the body after it', () => {
    const lines = ['عنوان الخبر هنا', 'مواضيع ذات صلة', 'التقى الوزير نظيره أمس في العاصمة.', 'وبحث الجانبان الوضع.'];
    expect(keptText(lines)).toEqual(['عنوان الخبر هنا', 'التقى الوزير نظيره أمس في العاصمة.', 'وبحث الجانبان الوضع.']);
    expect(cleanLines(lines).dropped.map((l) => l.text)).toEqual(['مواضيع ذات صلة']);
    expect(keptText(['Related posts', 'The two envoys met on Monday.'])).toEqual(['The two envoys met on Monday.']);
  });
});
