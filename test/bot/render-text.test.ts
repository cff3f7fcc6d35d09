import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.ts';

describe('renderText', () => {
  it('prints title, items and cited quotes, with highlights marked', () => {
    const text = renderText(
      {
        status: 'ok',
        title: 'Search: Lavrov',
        intro: 'Found 1 article.',
        items: [{ heading: '#4 · t', lines: ['Hindi · 2021-10-12'], quotes: [{ text: 'लावरोव से मुलाकात', highlights: [[0, 6]], cutStart: false, cutEnd: true, citation: { article: 4, paragraph: 0, title: 't', lang: 'hin' } }] }],
        notes: ['note'],
      },
      { color: false },
    );
    expect(text).toBe('Search: Lavrov\nFound 1 article.\n\n#4 · t\n  Hindi · 2021-10-12\n  > *लावरोव* से मुलाकात… [#4 headline]\n\nnote\n');
  });

  it('strips terminal control characters from any text', () => {
    expect(renderText({ status: 'ok', title: 'a\u001b[31mb', items: [] })).toBe('a[31mb\n');
  });
});
