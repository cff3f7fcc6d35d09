import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('two people on one side of a contact told before, named again with their counterpart, did not meet each other', () => {
  it('Arabic: "A وB أجريا محادثات مع C … وتبادل A وB وC وجهات النظر"', () => {
    expect(
      contacts(
        'أجرى وزير الدفاع الأمريكي لويد أوستن ووزير الخارجية أنتوني بلينكن محادثات هاتفية مشتركة مع الرئيس الأفغاني أشرف غني.',
        'وتبادل أوستن وبلينكن وغني أثناء الاتصال وجهات النظر بشأن الأوضاع الأمنية.',
      ),
    ).toEqual(['أنتوني بلينكن – أشرف غني: phone call, undated', 'لويد أوستن – أشرف غني: phone call, undated']);
    expect(
      contacts(
        'التقى وزير الخارجية الروسي سيرغي لافروف والمبعوث الروسي زامير كابولوف في موسكو وزير الخارجية الصيني وانغ يي.',
        'وبحث لافروف وكابولوف ووانغ يي خلال اللقاء الوضع في أفغانستان.',
      ),
    ).toEqual(['سيرغي لافروف – وانغ يي: meeting, undated, Moscow', 'زامير كابولوف – وانغ يي: meeting, undated, Moscow']);
  });

  it('English: "A and B held a call with C … A, B and C discussed"', () => {
    expect(
      contacts(
        'US Secretary of State Antony Blinken and Defense Secretary Lloyd Austin held a phone call with Afghan President Ashraf Ghani.',
        'Blinken, Austin and Ghani then held talks on the security situation.',
      ),
    ).toEqual(['Antony Blinken – Ashraf Ghani: phone call, undated', 'Lloyd Austin – Ashraf Ghani: phone call, undated']);
  });

  it('still pairs three people who met each other with no earlier contact setting two of them side by side', () => {
    expect(contacts('وتبادل وزير الخارجية الأمريكي أنتوني بلينكن ووزير الخارجية الروسي سيرغي لافروف ووزير الخارجية الصيني وانغ يي وجهات النظر.')).toHaveLength(3);
  });
});
