import { describe, expect, it } from 'vitest';
import { inventedEvents } from './helpers.ts';

/* One invented paragraph per article, published on Thursday 2021-11-11: meetings with how many sentences report them. */
const meetings = (paragraph: string) =>
  inventedEvents([`Headline\n${paragraph}`], '2021-11-11').events.filter((e) => e.kind === 'session').map((e) => `${e.when.key} ${e.sources.length} sentences`);

describe('"the meeting" just after a dated meeting of the paragraph is that meeting', () => {
  it('in English, Arabic and Hindi', () => {
    expect(meetings('Envoys from China, Russia and the United States will participate in the Troika Plus meeting today [11 November 2021]. Foreign Minister Shah Mahmood Qureshi will inaugurate the meeting.')).toEqual(['2021-11-11 2 sentences']);
    expect(meetings('The SCO held a summit in Dushanbe on Friday. Pakistan\'s prime minister Imran Khan addressed the summit.')).toEqual(['2021-11-05 2 sentences']);
    expect(meetings('روسيا تستضيف اجتماعا حول أفغانستان في موسكو يوم الأربعاء. وشارك وزير الخارجية الروسي سيرغي لافروف في الاجتماع.')).toEqual(['2021-11-10 2 sentences']);
    expect(meetings('नई दिल्ली में बुधवार को अफगानिस्तान पर सम्मेलन हुआ। विदेश मंत्री एस जयशंकर ने इस सम्मेलन में भाषण दिया।')).toEqual(['2021-11-10 2 sentences']);
  });

  it('not when the sentence names a time of its own, nor a meeting without "the"', () => {
    expect(meetings('روسيا تستضيف اجتماعا حول أفغانستان في موسكو يوم الأربعاء. وعقد الاجتماعان الأول والثاني في طشقند عام 2019.')).toEqual(['2021-11-10 1 sentences']);
    expect(meetings('The SCO held a summit in Dushanbe on Friday. Imran Khan will attend a summit of the CSTO.')).toEqual(['2021-11-05 1 sentences']);
  });
});
