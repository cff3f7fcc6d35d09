import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/dates/find.ts';
import { formatDate } from '../../src/dates/format.ts';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented article published on Wednesday 2021-09-01 (headline first). */
const contacts = (...lines: string[]) => contactLines(invented([['Headline', ...lines].join('\n')]));

describe('a contact "earlier in the day" is on the day its paragraph named last, or the story\'s day (the first the article names)', () => {
  it('English: "earlier in the day", "later that day", "the same day"', () => {
    expect(
      contacts(
        'Foreign Minister Ali Raza met President Joao Silva in Doha on Monday.',
        'Earlier in the day, Foreign Minister Ali Raza held a telephone conversation with his Uzbek counterpart Rustam Aliev.',
      ),
    ).toEqual(['Ali Raza – Joao Silva: meeting, 2021-08-30, Doha', 'Ali Raza – Rustam Aliev: phone call, 2021-08-30']);
    expect(
      contacts('Chancellor Anna Weber arrived in Rome on Tuesday.', 'Later that day, Chancellor Anna Weber met Prime Minister Marco Bianchi.'),
    ).toEqual(['Anna Weber – Marco Bianchi: meeting, 2021-08-31']);
    expect(
      contacts('President Joao Silva met Emir Khalid Nasser on Monday.', 'On the same day, President Joao Silva spoke by phone with Chancellor Anna Weber.'),
    ).toEqual(['Joao Silva – Khalid Nasser: meeting, 2021-08-30', 'Joao Silva – Anna Weber: phone call, 2021-08-30']);
  });

  it('English: within its paragraph, the day named last before it', () => {
    expect(
      contacts('Emir Khalid Nasser arrived in Doha on Sunday.', 'Foreign Minister Ali Raza met President Joao Silva on Monday. Later that day, Foreign Minister Ali Raza met Emir Khalid Nasser.'),
    ).toEqual(['Ali Raza – Joao Silva: meeting, 2021-08-30', 'Ali Raza – Khalid Nasser: meeting, 2021-08-30']);
  });

  it('English: "the next day" opening a paragraph counts from no other paragraph\'s day', () => {
    expect(contacts('Foreign Minister Ali Raza met President Joao Silva on Monday.', 'The next day, Foreign Minister Ali Raza met Emir Khalid Nasser.')).toEqual([
      'Ali Raza – Khalid Nasser: meeting, undated',
      'Ali Raza – Joao Silva: meeting, 2021-08-30',
    ]);
  });

  it('English: with no day named before, "earlier in the day" dates nothing (it is no day ahead either)', () => {
    expect(contacts('Earlier in the day, Foreign Minister Ali Raza held a telephone conversation with his Uzbek counterpart Rustam Aliev.')).toEqual([
      'Ali Raza – Rustam Aliev: phone call, undated',
    ]);
  });

  it('Hindi: "इससे पहले दिन में" after a paragraph naming the day', () => {
    expect(
      contacts(
        'विदेश मंत्री अनिल कुमार ने मंगलवार को संयुक्त राष्ट्र महासचिव जोआओ सिल्वा से मुलाकात की।',
        'इस सप्ताह दो अहम बैठकों के लिए अनिल कुमार सोमवार को न्यूयॉर्क पहुंचे।',
        'इससे पहले दिन में, अनिल कुमार ने अपने उज्बेक समकक्ष रुस्तम अलीयेव के साथ बातचीत की।',
      ),
    ).toEqual(['Anil Kumar – Joao Silva: meeting, 2021-08-31', 'Anil Kumar – Rustam Aliyev: talks, 2021-08-31']);
  });

  it('Arabic: "في اليوم نفسه" after a paragraph naming the day', () => {
    expect(
      contacts('التقى وزير الخارجية علي رضا الرئيس جواو سيلفا يوم الاثنين في الدوحة.', 'وفي اليوم نفسه، بحث علي رضا مع نظيره الأوزبكي رستم علييف الوضع في أفغانستان.'),
    ).toEqual(['Ali Reza – Jawaw Silva: meeting, 2021-08-30, Doha', 'Ali Reza – Rustam Aliyv: talks, 2021-08-30']);
  });
});

/** The days of the date words of an English sentence in an article published on Tuesday 2021-09-21. */
const days = (text: string) => findDateMentions(text, 'eng', '2021-09-21').map((m) => `${m.text}: ${formatDate(m.date)}`);

describe('English: a bare weekday in a clause about what is to come is the coming one', () => {
  it('reads a weekday set off by a comma at the end of a future clause', () => {
    expect(days('This will be the first in-person meeting of President Joao Silva with Prime Minister Ken Sato, on Friday.')).toEqual(['on Friday: 2021-09-24']);
    expect(days('The two leaders are expected to hold talks in Doha, on Thursday.')).toEqual(['on Thursday: 2021-09-23']);
  });

  it('reads a weekday far after "will" or "ahead of" in a long noun phrase of titles and names', () => {
    expect(days('Ahead of Brazilian President Joao Silva’s summit talks with Japanese Prime Minister Ken Sato on Friday, aides met in Lisbon.')).toEqual([
      'on Friday: 2021-09-24',
    ]);
    expect(days('The two sides say it will be a rare in-person meeting [of President Joao Silva] with Prime Minister Ken Sato on Friday.')).toEqual([
      'on Friday: 2021-09-24',
    ]);
  });

  it('keeps a weekday of a clause told as done the last one', () => {
    expect(days('President Joao Silva met Prime Minister Ken Sato, on Friday.')).toEqual(['on Friday: 2021-09-17']);
    expect(days('The envoy, who will travel to Delhi next month, met the minister on Friday.')).toEqual(['next month: October 2021', 'on Friday: 2021-09-17']);
  });
});
