import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic: a guest received on arrival ("وكان في استقبال X لدى وصوله Y")', () => {
  it('reads the guest after the masdar and the host after them', () => {
    expect(contacts('وكان في استقبال وزير الخارجية الإيراني حسين أمير عبد اللهيان نظيره الروسي سيرغي لافروف.')).toEqual([
      'سيرغي لافروف – حسين أمير عبد اللهيان: meeting, undated',
    ]);
    expect(contacts('وكان في استقبال رئيس الوزراء الباكستاني عمران خان لدى وصوله إلى مطار دوشنبه الرئيس الطاجيكي إمام علي رحمن.')).toEqual([
      'إمام علي رحمن – عمران خان: meeting, undated',
    ]);
  });

  it('reads the host before ("وكان Y في استقبال X")', () => {
    expect(contacts('وكان وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني في استقبال الملا عبد الغني برادر لدى وصوله إلى الدوحة.')).toEqual([
      'محمد بن عبد الرحمن آل ثاني – عبد الغني برادر: meeting, undated',
    ]);
  });

  it('lets a place with بـ stand between the pronoun of the guest and the host ("في استقباله بمطار كابل الدولي Y")', () => {
    expect(contacts('وصل وزير الخارجية الأوزبكي عبد العزيز كاملوف إلى كابل أمس.', 'وكان في استقباله بمطار كابل الدولي وزير الخارجية في حكومة طالبان أمير خان متقي.')).toEqual([
      'عبد العزيز كاملوف – أمير خان متقي: meeting, 2021-08-31',
    ]);
  });

  it('reads no host from a sentence that goes on to something else', () => {
    expect(contacts('وكان في استقبال وزير الخارجية الإيراني حسين أمير عبد اللهيان عدد من المسؤولين، ثم التقى الرئيس الروسي فلاديمير بوتين.').filter((l) => l.startsWith('فلاديمير'))).toEqual([]);
  });
});
