import { describe, expect, it } from 'vitest';
import { inventedEvents } from './helpers.ts';

/* Invented articles (one paragraph each), published on Thursday 2021-09-16: "<date> <kind> <synopsis> <date words>". */
const events = (paragraph: string) =>
  inventedEvents([`Headline\n${paragraph}`], '2021-09-16').events.map((e) => `${e.when.key} ${e.kind} ${e.synopsis} <${e.when.words?.text}>`);

describe('a happening told some days apart from the sentence\'s main one takes its day from it', () => {
  it('English: "a day after X arrived", "a day before the summit", "two days after"', () => {
    expect(events('The SCO foreign ministers met in Dushanbe on Thursday. The meeting came a day before the SCO summit in Dushanbe.')).toEqual([
      '2021-09-16 session The SCO held a meeting in Dushanbe <on Thursday>',
      '2021-09-17 session The SCO held a meeting in Dushanbe <a day before>',
    ]);
    expect(events('Talks on Afghanistan were held in Doha on Wednesday, a day after Foreign Minister Ali Raza arrived in Doha.')).toEqual([
      '2021-09-14 travel Ali Raza arrived in Doha <a day after>',
      '2021-09-15 session Meeting in Doha on Afghanistan <on Wednesday>',
    ]);
    expect(events('The summit opened in Tashkent on Thursday, two days after President Joao Silva landed in Tashkent.')).toEqual([
      '2021-09-14 travel Joao Silva arrived in Tashkent <two days after>',
      '2021-09-16 session Meeting in Tashkent on Joao Silva <on Thursday>',
    ]);
  });

  it('English: the main one dated as "the <Name> meeting" told before in the article', () => {
    expect(
      inventedEvents(['Headline\nPakistan will host the Troika Plus Meeting on Afghanistan today.\nThe Troika Plus meeting is being held a day after Foreign Minister Ali Raza arrived in Islamabad on a three-day visit.'], '2021-11-11').events.map((e) => `${e.when.key} ${e.kind} <${e.when.words?.text}>`),
    ).toEqual(['2021-11-10 travel <a day after>', '2021-11-11 session <today>']);
  });

  it('the main one being "the meeting" of a later paragraph, the one meeting the article dated', () => {
    const article = (...paragraphs: string[]) => inventedEvents([['Headline', ...paragraphs].join('\n')], '2021-09-16').events.map((e) => `${e.when.key} ${e.kind} <${e.when.words?.text}>`);
    expect(article('انعقد اليوم الخميس اجتماع لوزراء خارجية روسيا والصين وباكستان في دوشنبه.', 'وبحث الوزراء الوضع في أفغانستان.', 'ويأتي الاجتماع قبل يوم على انطلاق قمة منظمة شنغهاي للتعاون.')).toEqual([
      '2021-09-16 session <اليوم الخميس>',
      '2021-09-17 session <قبل يوم على>',
    ]);
    // Two meetings dated apart: "the meeting" is neither.
    expect(article('The SCO held a meeting in Dushanbe on Monday.', 'The UN Security Council held a meeting on Tuesday.', 'The meeting came a day before the summit of the CSTO.')).toEqual([
      '2021-09-13 session <on Monday>',
      '2021-09-14 session <on Tuesday>',
    ]);
  });

  it('Arabic: "قبل يوم على / من", "بعد يوم من"', () => {
    expect(events('انعقد اليوم الخميس اجتماع لوزراء خارجية روسيا والصين وباكستان في دوشنبه. ويأتي الاجتماع قبل يوم على انطلاق قمة منظمة شنغهاي للتعاون.')).toEqual([
      '2021-09-16 session Meeting in Dushanbe on Russia <اليوم الخميس>',
      '2021-09-17 session The SCO held a meeting <قبل يوم على>',
    ]);
    expect(events('عقد وزراء الخارجية اجتماعا في طهران يوم الأربعاء بعد يوم من وصول الوفد الروسي إلى طهران.')).toEqual([
      '2021-09-14 travel The Russian delegation arrived in Tehran <بعد يوم من>',
      '2021-09-15 session Meeting in Tehran on the Russian delegation <يوم الأربعاء>',
    ]);
  });

  it('Hindi: "X से एक दिन पहले", "X के एक दिन बाद" after the other happening', () => {
    expect(events('विदेश मंत्री राम कुमार ने गुरुवार को दुशांबे में बैठक की। यह बैठक एससीओ शिखर सम्मेलन से एक दिन पहले हुई।')).toEqual([
      '2021-09-16 session Ram Kumar held a meeting in Dushanbe on the SCO <गुरुवार>',
      '2021-09-17 session The SCO held a meeting <से एक दिन पहले>',
    ]);
  });

  it('not a noun that is no happening, nor with no day for the main one', () => {
    expect(events('विदेश मंत्री राम कुमार गुरुवार को दुशांबे पहुंचे और उनके आगमन के एक दिन बाद बैठक होगी।')).toEqual([
      '2021-09-16 session Ram Kumar will hold a meeting on Dushanbe <गुरुवार>',
    ]);
    expect(events('The meeting came a day before the SCO summit in Dushanbe.')).toEqual([]);
  });
});
