import { describe, expect, it } from 'vitest';
import { compatibleNames, nameForm, partOf, prefixOf, sameName, splitAlike } from '../../src/people/names.ts';

const n = nameForm;

describe('sameName', () => {
  it('matches one name across scripts and transliterations', () => {
    expect(sameName(n('Sergey Lavrov'), n('सर्गेई लावरोव'))).toBe(true);
    expect(sameName(n('Sergei Lavrov'), n('سيرغي لافروف'))).toBe(true);
    expect(sameName(n('Vladimir Putin'), n('فلاديمير بوتين'))).toBe(true);
  });

  it('ignores initials', () => {
    expect(sameName(n('S. Jaishankar'), n('एस जयशंकर'))).toBe(true);
    expect(sameName(n('S. Jaishankar'), n('जयशंकर'))).toBe(true);
  });

  it('never matches two people who only share a first name', () => {
    expect(sameName(n('Sergey Lavrov'), n('Sergey Shoigu'))).toBe(false);
    expect(compatibleNames(n('सर्गेई लावरोव'), n('सर्गेई शोइगु'))).toBe(false);
    expect(compatibleNames(n('Imran Khan'), n('Ismail Khan'))).toBe(false);
  });
});

describe('partOf', () => {
  it('lets a single word stand for a longer name that contains it', () => {
    expect(partOf(n('लावरोव'), n('सर्गेई लावरोव'))).toBe(true);
    expect(partOf(n('Lavrof'), n('Sergey Lavrov'))).toBe(true);
    expect(partOf(n('Shoigu'), n('Sergey Lavrov'))).toBe(false);
    expect(partOf(n('Sergey Lavrov'), n('Sergey Lavrov'))).toBe(false);
  });
});

describe('splitAlike', () => {
  it('joins names that scripts split into words differently', () => {
    expect(splitAlike(n('Javed Abdulkarim'), n('جاويد عبد الكريم'))).toBe(true);
    expect(splitAlike(n('Hossein Abdollahian'), n('حسين عبد اللهيان'))).toBe(true);
  });

  it('never joins two different names of different lengths', () => {
    expect(splitAlike(n('Mohammed bin Salman'), n('Mohammed Salman'))).toBe(false);
    expect(splitAlike(n('Ashraf Ghani'), n('Abdul Ghani Baradar'))).toBe(false);
    expect(splitAlike(n('Sergey Lavrov'), n('Sergey Lavrov'))).toBe(false);
  });
});

describe('prefixOf', () => {
  it('lets a name stand for the same name continued by a family name', () => {
    expect(prefixOf(n('Khalid bin Hamad'), n('Khalid bin Hamad Al Thani'))).toBe(true);
    expect(compatibleNames(n('خالد بن حمد آل ثاني'), n('خالد بن حمد'))).toBe(true);
  });

  it('takes a father\'s name with the Arabic article, as a family name, for the same word', () => {
    expect(prefixOf(n('أحمد الناصر'), n('أحمد ناصر الصباح'))).toBe(true);
    expect(sameName(n('أحمد الناصر'), n('أحمد كريم'))).toBe(false);
  });

  it('never on a shared first word alone or a different continuation', () => {
    expect(prefixOf(n('Khalid'), n('Khalid bin Hamad'))).toBe(false);
    expect(prefixOf(n('Khalid bin Hamad'), n('Khalid bin Salman Al Saud'))).toBe(false);
  });
});

describe('framesOf', () => {
  it('takes a name of two words for the first and last word of a longer one', async () => {
    const { framesOf } = await import('../../src/people/names.ts');
    expect(framesOf(nameForm('محمد كريمي'), nameForm('محمد حسن كريمي'))).toBe(true);
    expect(compatibleNames(nameForm('Omar Haidari'), nameForm('Omar Khalil Haidari'))).toBe(true);
    expect(framesOf(nameForm('Omar Khalil'), nameForm('Omar Khalil Haidari'))).toBe(false);
    expect(compatibleNames(nameForm('Omar Nouri'), nameForm('Omar Khalil Haidari'))).toBe(false);
  });
});
