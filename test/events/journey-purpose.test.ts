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

describe('a journey made to attend a meeting: the meeting is its purpose, in all three languages', () => {
  it('English: "to attend", "to take part in", "to participate in" with the meeting\'s name between', () => {
    expect(events('Foreign Minister Ali Raza arrived in Dushanbe on Thursday to attend the summit of the Shanghai Cooperation Organisation.')).toEqual(['2021-08-26 travel Ali Raza arrived in Dushanbe']);
    expect(events('Chancellor Anna Weber reached Tashkent on Monday to take part in a conference on regional connectivity.')).toEqual(['2021-08-23 travel Anna Weber arrived in Tashkent']);
    expect(events('President Joao Silva landed in Islamabad on Wednesday to participate in the OIC extraordinary session.')).toEqual(['2021-08-25 travel Joao Silva arrived in Islamabad']);
  });

  it('English: the plain verb after "will" or "to", and leaving for a place', () => {
    expect(events('Foreign Minister Ali Raza will travel to Moscow on Monday to attend talks on Afghanistan.')).toEqual(['2021-08-30 travel Ali Raza will travel to Moscow']);
    expect(events('Prime Minister Ken Sato is due to arrive in Delhi on Sunday to join the dialogue.')).toEqual(['2021-08-29 travel Ken Sato will travel to New Delhi']);
    expect(events('President Joao Silva left for Doha on Thursday to attend the summit.')).toEqual(['2021-08-26 travel Joao Silva arrived in Doha']);
  });

  it('Arabic: للمشاركة في (أعمال) and لحضور', () => {
    expect(events('وصل وزير الخارجية حسن علي إلى دوشنبه يوم الخميس للمشاركة في القمة.')).toEqual(['2021-08-26 travel Hasan Ali arrived in Dushanbe']);
    expect(events('وصل وزير الخارجية حسن علي إلى طهران يوم الاثنين للمشاركة في أعمال المؤتمر.')).toEqual(['2021-08-23 travel Hasan Ali arrived in Tehran']);
    expect(events('توجه وزير الخارجية حسن علي إلى موسكو الخميس لحضور الاجتماع.')).toEqual(['2021-08-26 travel Hasan Ali arrived in Moscow']);
  });

  it('Hindi: "में भाग लेने / हिस्सा लेने / शामिल होने के लिए" after the meeting noun', () => {
    expect(events('विदेश मंत्री राम कुमार गुरुवार को बैठक में हिस्सा लेने के लिए मास्को पहुंचे।')).toEqual(['2021-08-26 travel Ram Kumar arrived in Moscow']);
    expect(events('विदेश मंत्री राम कुमार सम्मेलन में शामिल होने के लिए सोमवार को तेहरान रवाना हुए।')).toEqual(['2021-08-23 travel Ram Kumar arrived in Tehran']);
    expect(events('प्रधानमंत्री अजय सिंह वार्ता के लिए बुधवार को दोहा पहुंचे।')).toEqual(['2021-08-25 travel Ajay Singh arrived in Doha (talks)']);
  });

  it('a day word before a purpose with ل is still a day ("سيتوجه إلى كابول اليوم للقاء …")', () => {
    expect(events('وزير الخارجية حسين أمير عبد اللهيان سيتوجه إلى كابول اليوم للقاء الرئيس.')).toEqual(['2021-08-27 travel Hussein Amir Abdullahian will travel to Kabul (a meeting)']);
    expect(events('وصل الرئيس حسن علي إلى موسكو أمس للمشاركة في القمة.')).toEqual(['2021-08-26 travel Hasan Ali arrived in Moscow']);
  });
});
