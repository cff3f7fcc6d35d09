import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented Arabic article, as "A – B: kind, date" lines. */
const contacts = (...sentences: string[]) => contactLines(invented([['خبر', ...sentences].join('\n')], { published: '2021-08-18' }));

describe('an Arabic sentence going on inside a quotation the previous sentence opened', () => {
  it('takes its subject from the quotation, not from its speaker', () => {
    const lines = contacts('وقال المتحدث باسم الخارجية كريم نوازي اليوم، “توجه وفد برئاسة وزير الخارجية فيليب مارتان إلى تركيا. غادر إلى أنقرة بدعوة رسمية من وزير الخارجية التركي نوران بيلك.”');
    expect(lines.some((l) => l.includes('Karim'))).toBe(false);
    expect(lines).toEqual([expect.stringMatching(/^Filip Mart.* – Nuran .*: invitation/u)]);
  });

  it('still takes the speaker of an unquoted report', () => {
    const lines = contacts('وقال وزير الخارجية كريم نوازي اليوم إن الوفد جاهز.', 'غادر إلى أنقرة بدعوة رسمية من وزير الخارجية التركي نوران بيلك.');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^(Karim|Kareem)/u);
  });
});
