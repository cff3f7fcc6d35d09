import { describe, expect, it } from 'vitest';
import { peopleAnswer } from '../../src/answers/people.ts';
import { personChoices, whoMetAnswer } from '../../src/answers/who-met.ts';
import { seedKb, seeds } from '../events/helpers.ts';
import { worded } from '../../src/i18n/index.ts';

const paragraphText = (article: number, paragraph: number) => seeds.articles.find((a) => a.number === article)!.paragraphs.find((p) => p.number === paragraph)!.text;

describe('whoMetAnswer', () => {
  const answer = worded(whoMetAnswer(seedKb, { person: 'لافروف' }));

  it('titles the person in Latin and native script and gives one item per counterpart', () => {
    expect(answer.status).toBe('ok');
    expect(answer.title).toBe('Who met Sergey Lavrov (सर्गेई लावरोव)');
    expect(answer.items.map((i) => i.heading)).toEqual(['Antony Blinken (एंटनी ब्लिंकन)', 'Wang Yi (वांग यी)', 'S. Jaishankar (एस जयशंकर)']);
    expect(answer.items[2]!.lines).toContain('Meeting · 2021-10-12 · Nur-Sultan · took place');
  });

  it('says where each of several contacts with one person is stated, and nothing when there is one', () => {
    expect(answer.items[1]!.lines).toEqual(['Role: Chinese foreign minister', 'Phone call · 2021-08-16 · took place [#2 ¶1]', 'Phone call · date not stated · took place [#0 ¶5]']);
    expect(answer.items[0]!.lines).toContain('Phone call · 2021-08-16 · took place');
  });

  it('quotes each evidence sentence verbatim, cited, with both names highlighted', () => {
    const wang = answer.items[1]!;
    expect(wang.quotes!.map((q) => [q.citation.article, q.citation.paragraph, q.citation.date])).toEqual([
      [2, 1, '2021-08-17'],
      [0, 5, '2021-08-17'],
    ]);
    for (const q of answer.items.flatMap((i) => i.quotes!)) {
      expect(paragraphText(q.citation.article, q.citation.paragraph)).toContain(q.text);
      expect(q.text.length).toBeLessThanOrEqual(300);
    }
    expect(wang.quotes![0]!.highlights.map(([s, e]) => wang.quotes![0]!.text.slice(s, e))).toEqual(['वांग यी', 'सर्गेई लावरोव']);
  });

  it('marks announced meetings as planned', () => {
    const pashinyan = worded(whoMetAnswer(seedKb, { person: 'Jaishankar' })).items.find((i) => i.heading.startsWith('Nikol Pashinyan'))!;
    expect(pashinyan.lines).toContain('Meeting · date not stated · Armenia · planned (announced)');
  });

  it('says when no article mentions the name, with the closest known names', () => {
    const unknown = worded(whoMetAnswer(seedKb, { person: 'Lavrentiy Beria' }));
    expect(unknown.status).toBe('user-error');
    expect(unknown.intro).toBe('No article mentions Lavrentiy Beria. Closest known names: Sergey Lavrov.');
  });

  it('suggests no name when none sounds close to what was typed', () => {
    expect(worded(whoMetAnswer(seedKb, { person: 'Hjalmar Gudmundsdottir' })).intro).toBe('No article mentions Hjalmar Gudmundsdottir.');
  });

  it('says when a person is named but met nobody, and where they are named', () => {
    const envoy = worded(whoMetAnswer(seedKb, { person: 'Kabulov' }));
    expect(envoy.status).toBe('empty');
    expect(envoy.intro).toMatch(/no article reports a meeting/);
    expect(envoy.items.map((i) => i.heading)).toEqual(['#1 · तालिबान को बातचीत के लिए रूस ने मास्को में किया आमंत्रित']);
  });

  it('asks for a name when given none', () => {
    expect(worded(whoMetAnswer(seedKb, { person: '   ' })).status).toBe('user-error');
  });
});

describe('personChoices', () => {
  it('offers the most mentioned people for empty input, within Discord limits', () => {
    const choices = personChoices(seedKb, '');
    expect(choices[0]).toEqual({ name: 'Sergey Lavrov — सर्गेई लावरोव', value: 'sergey-lavrov' });
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('matches what is typed in any script, and the chosen value answers /who-met', () => {
    expect(personChoices(seedKb, 'लाव')[0]?.value).toBe('sergey-lavrov');
    expect(personChoices(seedKb, 'jai')[0]?.value).toBe('s-jaishankar');
    expect(personChoices(seedKb, 'بوت')[0]?.value).toBe('vladimir-putin');
    expect(worded(whoMetAnswer(seedKb, { person: 'vladimir-putin' })).title).toBe('Who met Vladimir Putin (فلاديمير بوتين)');
  });
});

describe('peopleAnswer', () => {
  it('lists everyone recognised with roles and article counts, most covered first', () => {
    const answer = worded(peopleAnswer(seedKb));
    expect(answer.items[0]).toEqual({ heading: 'Sergey Lavrov (सर्गेई लावरोव)', lines: ['Role: Russian foreign minister', 'Named in 3 articles (0, 2, 4), 14 times'] });
    expect(answer.items).toHaveLength(seedKb.people.people.length);
  });
});
