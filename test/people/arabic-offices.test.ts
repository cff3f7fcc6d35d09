import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

/** Names (as written) of the people found in one invented Arabic article of these lines. */
const names = (...lines: string[]) => invented([['خبر', ...lines].join('\n')]).people.flatMap((p) => p.mentions.map((m) => m.text));

describe('an Arabic office whose body is quoted (issue 11)', () => {
  it('reads the quoted body as part of the office and the name set off by a comma after it', () => {
    expect(names('وقال المتحدث باسم "طالبان"، كريم نوازي، إن الوفد وصل.')).toContain('كريم نوازي');
  });

  it('takes no name after a quoted body when a word of the sentence follows', () => {
    expect(names('وقال المتحدث باسم "طالبان"، إن الوفد وصل.')).toEqual([]);
  });
});
