import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('Hindi: something begun or ended with a contact ("… की शुरुआत Y के साथ बैठक से की")', () => {
  it('reads the contact noun with its light verb after से or के साथ', () => {
    expect(
      contacts('बैठक', 'विदेश मंत्री अनिल कुमार सोमवार को न्यूयॉर्क पहुंचे।', 'उन्होंने मंगलवार को अपनी द्विपक्षीय बैठकों की शुरुआत रूस के विदेश मंत्री दिमित्री सोकोलोव के साथ एक बैठक के साथ की।'),
    ).toEqual(['Anil Kumar – Dimitri Sokolov: meeting, 2021-08-31']);
    expect(contacts('बैठक', 'विदेश मंत्री अनिल कुमार ने अपने दौरे की शुरुआत ईरानी विदेश मंत्री करीम शाह के साथ बैठक से की।')).toEqual([
      'Anil Kumar – Karim Shah: meeting, undated',
    ]);
    expect(contacts('वार्ता', 'विदेश मंत्री अनिल कुमार ने अपने दौरे का समापन कतर के अमीर हमद अल थानी के साथ वार्ता से किया।')).toEqual([
      'Anil Kumar – Hamad Al Thani: talks, undated',
    ]);
  });

  it('reads nothing without a word of beginning or ending ("बैठक से इनकार किया")', () => {
    expect(contacts('बैठक', 'विदेश मंत्री अनिल कुमार ने ईरानी विदेश मंत्री करीम शाह के साथ बैठक से इनकार किया।')).toEqual([]);
  });
});
