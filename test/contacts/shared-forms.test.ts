import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts of one invented article (published 2021-08-18), people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([['عنوان', ...lines].join('\n')], { published: '2021-08-18' }), 'native');

describe('Arabic reciprocal and "between" forms (issue 11)', () => {
  it('reads "تبادل X ونظيره Y وجهات النظر" (exchanged views) as talks, the name ending before وجهات', () => {
    expect(contacts('تبادل الرئيس التركي رجب أردوغان ونظيره الروسي فلاديمير بوتين وجهات النظر حول أفغانستان.')).toEqual(['رجب أردوغان – فلاديمير بوتين: talks, undated']);
  });

  it('reads a pair after بين and the office they share', () => {
    expect(contacts('جرت مباحثات هاتفية بين وزيري خارجية البلدين وزير الخارجية التركي مولود جاويش أوغلو ووزير الخارجية الروسي سيرغي لافروف.')).toEqual([
      'مولود جاويش أوغلو – سيرغي لافروف: phone call, undated',
    ]);
  });

  it('does not read past a comma after بين', () => {
    expect(contacts('جرت مباحثات بين وزيري خارجية تركيا وروسيا، وزير الخارجية التركي مولود جاويش أوغلو ووزير الخارجية الروسي سيرغي لافروف.')).toEqual([]);
  });
});

describe('English nominal and list forms (issue 11)', () => {
  it('reads "Talks were held between X and Y" with its day', () => {
    expect(contacts('Talks were held between President Ali Khan and Prime Minister Navin Ray on Monday.')).toEqual(['Ali Khan – Navin Ray: talks, 2021-08-16']);
    expect(contacts('A meeting took place between President Ali Khan and Prime Minister Navin Ray.')).toEqual(['Ali Khan – Navin Ray: meeting, undated']);
  });

  it('reads the people listed after "several leaders, including"', () => {
    expect(contacts('President Ali Khan met several leaders, including Prime Minister Navin Ray and Foreign Minister Karim Shah.')).toEqual([
      'Ali Khan – Navin Ray: meeting, undated',
      'Ali Khan – Karim Shah: meeting, undated',
    ]);
  });
});
