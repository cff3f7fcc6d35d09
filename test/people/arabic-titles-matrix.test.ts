import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';
import { arabicBodyOfficeMatrix, arabicCliticNounMatrix, arabicNationalityListMatrix, arabicTitleMatrix, type MatrixCase } from './arabic-titles-matrix.ts';

/** The cases whose name no person's mention is exactly, or whose person lacks a role word. */
function failures(cases: MatrixCase[]): string[] {
  const out: string[] = [];
  // One article each: people of different articles with alike invented names would be merged.
  cases.forEach((c) => {
    const kb = invented([`خبر\n${c.sentence}`]);
    const person = kb.people.find((p) => p.mentions.some((m) => m.text === c.name));
    const role = (person?.role ?? '').toLowerCase();
    if (!person) out.push(`no person "${c.name}" | ${c.label} | ${c.sentence}`);
    else if (!c.role.every((w) => role.includes(w.toLowerCase()))) out.push(`role "${person.role ?? ''}" | ${c.label} | ${c.sentence}`);
  });
  return out;
}

/* One knowledge build per sentence (about 10 ms each on a busy machine). */
const TIMEOUT = 30_000;

describe('Arabic offices × nations × name shapes × frames (issue 11)', { timeout: TIMEOUT }, () => {
  it('reads the full name and the office with its nationality in every combination', () => {
    const cases = arabicTitleMatrix();
    expect(cases.length).toBeGreaterThan(300);
    const failed = failures(cases);
    if (process.env.MATRIX_REPORT) console.log(`${cases.length - failed.length}/${cases.length}\n${failed.join('\n')}`);
    expect(failed).toEqual([]);
  });

  it('reads the full name after every long office with its body or portfolio', () => {
    const cases = arabicBodyOfficeMatrix();
    const failed = failures(cases);
    if (process.env.MATRIX_REPORT) console.log(`${cases.length - failed.length}/${cases.length}\n${failed.join('\n')}`);
    expect(failed).toEqual([]);
  });

  it('reads every name of a list "<office> <nisba> X، و<nisba> Y" with its own nationality', () => {
    const cases = arabicNationalityListMatrix();
    const failed = failures(cases);
    if (process.env.MATRIX_REPORT) console.log(`${cases.length - failed.length}/${cases.length}\n${failed.join('\n')}`);
    expect(failed).toEqual([]);
  });

  it('takes no noun with لـ or وـ glued on after a definite word for a name', () => {
    const sentences = arabicCliticNounMatrix();
    const found = sentences.flatMap((s) => invented([`خبر\n${s}`]).people.map((p) => `${p.native[0]} | ${s}`));
    if (process.env.MATRIX_REPORT) console.log(`${sentences.length} sentences\n${found.join('\n')}`);
    expect(found).toEqual([]);
  });

  it('takes no one-word name after a head of state known only by the state in construct', () => {
    const people = invented(['خبر\nوقال رئيس باكستان سابقا إن الحوار ضروري.']).people;
    expect(people.map((p) => p.native[0])).toEqual([]);
  });
});
