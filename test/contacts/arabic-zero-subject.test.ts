import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic: a transitive verb opening a sentence with a list of the people met', () => {
  it('reads "والتقى A، وB" as the sentence before\'s subject meeting each, on its day', () => {
    expect(contacts('وصل وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني إلى كابول أمس.', 'والتقى رئيس الحكومة الأفغانية محمد حسن أخوند، والرئيس السابق حامد كرزاي.')).toEqual([
      'محمد بن عبد الرحمن آل ثاني – محمد حسن أخوند: meeting, 2021-08-31',
      'محمد بن عبد الرحمن آل ثاني – حامد كرزاي: meeting, 2021-08-31',
    ]);
  });

  it('reads a longer list after كما and a place ("كما استقبل في الدوحة A، وB، وC")', () => {
    expect(contacts('أجرى أمير قطر الشيخ تميم بن حمد آل ثاني مباحثات مع الرئيس التركي رجب طيب أردوغان.', 'كما استقبل في الدوحة وزير الخارجية الإيراني حسين أمير عبد اللهيان، ووزير الخارجية الروسي سيرغي لافروف، ووزير الخارجية الصيني وانغ يي.')).toEqual([
      'تميم بن حمد آل ثاني – رجب طيب أردوغان: talks, undated',
      'تميم بن حمد آل ثاني – حسين أمير عبد اللهيان: meeting, undated, Doha',
      'تميم بن حمد آل ثاني – سيرغي لافروف: meeting, undated, Doha',
      'تميم بن حمد آل ثاني – وانغ يي: meeting, undated, Doha',
    ]);
  });

  it('keeps a subject set off by a comma before its object ("استقبل X، Y")', () => {
    expect(contacts('استقبل رئيس الوزراء الباكستاني عمران خان، وزير الخارجية الروسي سيرغي لافروف في إسلام آباد.')).toEqual([
      'عمران خان – سيرغي لافروف: meeting, undated, Islamabad',
    ]);
  });

  it('keeps a coordinated pair with no comma reciprocal ("والتقى الرئيس X ونظيره Y")', () => {
    expect(contacts('والتقى الرئيس الروسي فلاديمير بوتين ونظيره الطاجيكي إمام علي رحمن في دوشنبه.')).toEqual([
      'فلاديمير بوتين – إمام علي رحمن: meeting, undated, Dushanbe',
    ]);
  });

  it('reads "والتقى X، A، وB" as X, set off by a comma alone, meeting each of the list, on the day gone on from', () => {
    expect(contacts('وصل وزير الخارجية التركي مولود جاويش أوغلو إلى الدوحة أمس.', 'والتقى وزير الخارجية التركي، رئيس المكتب السياسي لحركة طالبان عبد الغني برادر، والرئيس الأفغاني السابق حامد كرزاي، ورئيس المجلس الأعلى للمصالحة عبد الله عبد الله.')).toEqual([
      'مولود جاويش أوغلو – عبد الغني برادر: meeting, 2021-08-31',
      'مولود جاويش أوغلو – حامد كرزاي: meeting, 2021-08-31',
      'مولود جاويش أوغلو – عبد الله عبد الله: meeting, 2021-08-31',
    ]);
    expect(contacts('استقبل الرئيس الروسي فلاديمير بوتين، وزير الخارجية الهندي سوبرامانيام جايشانكار، ووزير الخارجية الصيني وانغ يي في موسكو.')).toEqual([
      'فلاديمير بوتين – سوبرامانيام جايشانكار: meeting, undated, Moscow',
      'فلاديمير بوتين – وانغ يي: meeting, undated, Moscow',
    ]);
  });
});

describe('Arabic: a continuing sentence naming only the other party', () => {
  const arrived = 'وصل وزير الخارجية الهندي سوبرامانيام جايشانكار إلى موسكو أمس.';

  it('reads a pronoun on the verb or the masdar as the sentence before\'s subject ("واستقبله Y", "وكان في استقباله Y")', () => {
    expect(contacts(arrived, 'واستقبله الرئيس الروسي فلاديمير بوتين في الكرملين.')).toEqual(['سوبرامانيام جايشانكار – فلاديمير بوتين: meeting, 2021-08-31']);
    expect(contacts(arrived, 'وكان في استقباله نائب وزير الخارجية الروسي أندريه رودينكو.')).toEqual(['سوبرامانيام جايشانكار – أندريه رودينكو: meeting, 2021-08-31']);
  });

  it('reads the one person after a continuing transitive verb as its object ("والتقى أيضا Y", "كما استقبل Y في …")', () => {
    expect(contacts(arrived, 'والتقى أيضا وزير الخارجية الروسي سيرغي لافروف.')).toEqual(['سوبرامانيام جايشانكار – سيرغي لافروف: meeting, 2021-08-31']);
    expect(contacts(arrived, 'كما استقبل في مقر السفارة رئيس الوزراء الطاجيكي قاهر رسول زاده.')).toEqual(['سوبرامانيام جايشانكار – قاهر رسول زاده: meeting, 2021-08-31']);
  });

  it('keeps the person after the verb its subject when a person met follows ("والتقى X بـY")', () => {
    expect(contacts(arrived, 'والتقى الرئيس الروسي فلاديمير بوتين برئيس الوزراء الباكستاني عمران خان.')).toEqual(['فلاديمير بوتين – عمران خان: meeting, undated']);
  });
});
