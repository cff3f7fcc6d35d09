import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Hindi article published on Wednesday 2021-09-01 (first line: headline). */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('Hindi plural roles after a list of countries (listed-roles.ts)', () => {
  it('reads "A, B और C के अपने समकक्षों" as the one person of each country the article names after', () => {
    expect(
      contacts(
        'मध्य एशिया पर वार्ता',
        'विदेश मंत्री अनिल कुमार ने सोमवार को कजाकिस्तान, ताजिकिस्तान और उज्बेकिस्तान के अपने समकक्षों से मुलाकात की। कजाख विदेश मंत्री आसन बेकोव, ताजिक विदेश मंत्री रुस्तम नज़र और उज्बेक विदेश मंत्री बहोदिर सादिकोव रविवार को दिल्ली पहुंचे थे।',
      ),
    ).toEqual(['Anil Kumar – Asan Bekov: meeting, 2021-08-30', 'Anil Kumar – Rustam Nazar: meeting, 2021-08-30', 'Anil Kumar – Bahodir Sadikov: meeting, 2021-08-30']);
  });

  it('reads "… के विदेश मंत्रियों के साथ" with people named before, each holding the office', () => {
    expect(
      contacts(
        'खाड़ी देशों से बातचीत',
        'कतरी विदेश मंत्री हमद अल थानी और सऊदी विदेश मंत्री फैसल बिन सलमान मंगलवार को काबुल पहुंचे। राजदूत नवीन राय ने बुधवार को कतर तथा सऊदी अरब के विदेश मंत्रियों के साथ फोन पर बात की।',
      ),
    ).toEqual(['Naveen Ray – Hamad Al Thani: phone call, 2021-09-01', 'Naveen Ray – Faisal bin Salman: phone call, 2021-09-01']);
  });

  it('pairs the chair with each listed counterpart, not the counterparts with one another', () => {
    expect(
      contacts(
        'मध्य एशिया पर वार्ता',
        'कजाख विदेश मंत्री आसन बेकोव और ताजिक विदेश मंत्री रुस्तम नज़र रविवार को दिल्ली पहुंचे। सोमवार को विदेश मंत्री अनिल कुमार की अध्यक्षता में हुई बैठक में कजाकिस्तान और ताजिकिस्तान के उनके समकक्षों ने भाग लिया।',
      ).filter((line) => line.startsWith('Anil')),
    ).toEqual(['Anil Kumar – Asan Bekov: joint appearance, 2021-08-30', 'Anil Kumar – Rustam Nazar: joint appearance, 2021-08-30']);
  });

  it('leaves a country unread when the article names no one or two people of its office there', () => {
    expect(
      contacts(
        'मध्य एशिया पर वार्ता',
        'कजाख विदेश मंत्री आसन बेकोव और कजाख राष्ट्रपति नूर तोकायेव रविवार को दिल्ली पहुंचे। विदेश मंत्री अनिल कुमार ने कजाकिस्तान और तुर्कमेनिस्तान के अपने समकक्षों से मुलाकात की।',
      ).filter((line) => line.startsWith('Anil')),
    ).toEqual([]);
    expect(contacts('मध्य एशिया पर वार्ता', 'विदेश मंत्री अनिल कुमार ने ईरान और इराक के विदेश मंत्रियों से बात की।')).toEqual([]);
  });
});
