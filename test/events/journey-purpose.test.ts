import { describe, expect, it } from 'vitest';
import { arabicForms } from '../../src/languages/arb/clitics.ts';
import { inventedEvents } from './helpers.ts';

/* Invented one-sentence articles published on Friday 2021-08-27. */
const events = (text: string) => inventedEvents([`Headline\n${text}`], '2021-08-27').events.map((e) => `${e.when.key} ${e.kind} ${e.synopsis}`);

describe('a meeting noun that says what a journey was for is the journey\'s purpose', () => {
  it('in English, after "for"', () => {
    expect(events('Foreign Minister Shah Mahmood Qureshi arrived in Tehran on Thursday for talks with Iranian officials.')).toEqual(['2021-08-26 travel Shah Mahmood Qureshi arrived in Tehran (talks)']);
    expect(events('Sergey Lavrov flew to Doha on Monday for a meeting with Qatari officials.')).toEqual(['2021-08-23 travel Sergey Lavrov arrived in Doha (a meeting)']);
  });

  it('in Arabic, glued to ل or after a verbal noun of purpose', () => {
    expect(events('ووصل وزير الخارجية الروسي سيرغي لافروف أمس الخميس إلى طهران للقاء المسؤولين الإيرانيين.')).toEqual(['2021-08-26 travel Sergey Lavrov arrived in Tehran (a meeting)']);
    expect(events('ووصل وزير الخارجية الروسي سيرغي لافروف يوم الاثنين إلى الدوحة لإجراء محادثات مع المسؤولين القطريين.')).toEqual(['2021-08-23 travel Sergey Lavrov arrived in Doha (talks)']);
  });

  it('a meeting without a journey before it is still one', () => {
    expect(events('The SCO held a summit in Dushanbe on Friday.')).toEqual(['2021-08-27 session The SCO held a meeting in Dushanbe']);
    expect(events('عقدت منظمة شنغهاي للتعاون اجتماعا في دوشنبه يوم الخميس.')).toEqual(['2021-08-26 session The SCO held a meeting in Dushanbe']);
  });
});

describe('Arabic لل before a word that starts with ل', () => {
  it('reads both ل + ال and ل + the word', () => {
    expect(arabicForms('للقاء').forms).toEqual(['للقاء', 'القاء', 'لقاء']);
    expect(arabicForms('للاجتماع').forms).toContain('الاجتماع');
  });

  it('so that "موعدا للقاء" dates the meeting', () => {
    expect(inventedEvents(['Headline\nتم تحديد يوم 20 أكتوبر موعدا للقاء صيغة موسكو حول أفغانستان.'], '2021-10-12').events.map((e) => `${e.when.key} ${e.kind}`)).toEqual(['2021-10-20 session']);
  });
});
