import { describe, expect, it } from 'vitest';
import { namesAfterTitles, seedPeople } from '../../bench/seed-people.ts';
import { TemplateCompiler } from '../../bench/templates.ts';

const names = (text: string) => namesAfterTitles(text).map((n) => n.words.join(' '));

describe('namesAfterTitles', () => {
  it('takes the words after a Hindi title up to a postposition or conjunction', () => {
    expect(names('कल प्रधानमंत्री राम कुमार वर्मा ने भाषण दिया और राजदूत सुनील से मुलाकात हुई।')).toEqual(['राम कुमार वर्मा', 'सुनील']);
  });

  it('skips places and definite adjectives between an Arabic title and the name', () => {
    expect(names('التقى الرئيس التركي رجب أردوغان، أمس، ورئيس وزراء قطر عبدالله سالم، ثم')).toEqual(['رجب أردوغان', 'عبدالله سالم']);
  });

  it('takes capitalised words after an English title, across initials', () => {
    expect(names('He met Prime Minister Jane Q. Public on Monday.')).toEqual(['Jane Q Public']);
  });

  it('finds no name when the title is followed by a function word, a place list or punctuation', () => {
    expect(names('रूसी मंत्री ने कहा कि दोनों देशों के विदेश मंत्री चीन, पाकिस्तान और भारत से मिले।')).toEqual([]);
    expect(names('قال الرئيس إن الوضع صعب')).toEqual([]);
  });

  it('merges spellings of one person by the Latin surname, across scripts', () => {
    const people = seedPeople(['विदेश मंत्री लावरोव ने कहा।', 'रूसी विदेश मंत्री सर्गेई लावरोव से बात।', 'FM Sergey Lavrov said']);
    expect(people.map((p) => [p.key, p.script, p.words.join(' ')])).toEqual([
      ['lavrov', 'devanagari', 'सर्गेई लावरोव'],
      ['lavrov', 'latin', 'Sergey Lavrov'],
    ]);
  });
});

describe('TemplateCompiler', () => {
  const compiler = new TemplateCompiler(seedPeople(['राष्ट्रपति राम वर्मा ने कहा।']));
  const kinds = (text: string) => compiler.compile(text).map((p) => (typeof p === 'string' ? p : `[${p.kind}:${p.text}]`)).join('');

  it('marks people, places, months, weekdays and numbers, keeping the rest verbatim', () => {
    expect(kinds('सोमवार को राम वर्मा ने काबुल में १५ अगस्त 2021 को कहा। वर्मा ने')).toBe(
      '[cycle:सोमवार] को [person:राम वर्मा] ने [place:काबुल] में [number:१५] [cycle:अगस्त] [number:2021] को कहा। [person:वर्मा] ने',
    );
  });

  it('leaves numbers inside names and URLs, and words that merely contain a place', () => {
    expect(kinds('कोविड-19 pic.twitter.com/2Ur रूसी')).toBe('कोविड-19 pic.twitter.com/2Ur रूसी');
  });

  it('keeps an Arabic proclitic outside the slot', () => {
    expect(kinds('وموسكو والأربعاء')).toBe('و[place:موسكو] و[cycle:الأربعاء]');
  });
});
