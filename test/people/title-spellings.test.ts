import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

/* Offices as the press abbreviates or spells them: Hindi initials and loanwords of English offices
 * in their other spellings, Arabic military ranks and intelligence chiefs. Each sentence is an
 * article of its own, so no other article teaches the name. */
const personOf = (text: string) => invented([text]).people.map((p) => ({ name: p.native[0], role: p.role }));

describe('offices in their abbreviated and other spellings', () => {
  it.each([
    ['खबर\nपाकिस्तान के पीएम शाहिद अब्बासी ने अफगानिस्तान पर बात की।', 'शाहिद अब्बासी', 'Pakistani prime minister'],
    ['खबर\nकार्यवाहक पीएम करीम नूरी, विदेश मंत्री से मिले।', 'करीम नूरी', 'acting prime minister'],
    ['खबर\nडिप्टी पीएम सलीम हनीफ ने दोहा का दौरा किया।', 'सलीम हनीफ', 'deputy prime minister'],
    ['खबर\nकाबुल में चीन के एम्बेसेडर ली मिंग ने मंगलवार को मुलाकात की।', 'ली मिंग', 'Chinese ambassador'],
    ['खबर\nतालिबान के सर्वोच्च नेता हैबतुल्लाह नूरजई ने संदेश जारी किया।', 'हैबतुल्लाह नूरजई', 'supreme leader'],
    ['खबर\nआईएसआई के महानिदेशक नदीम अंजुम ने काबुल का दौरा किया।', 'नदीम अंजुम', 'director general'],
    ['खबर\nफ्रांस के प्रेजिडेंट लुई मार्टिन ने फोन पर बात की।', 'लुई मार्टिन', 'French president'],
  ])('Hindi: %s', (text, name, role) => {
    expect(personOf(text)).toContainEqual({ name, role });
  });

  it.each([
    ['خبر\nوقال مدير المخابرات الباكستانية الجنرال نديم أنجم إن الوضع مستقر.', 'نديم أنجم', 'Pakistani intelligence chief'],
    ['خبر\nواستقبل الجنرال مارك ميلي وفدا قطريا.', 'مارك ميلي', 'general'],
    ['خبر\nوالتقى الأدميرال جون كيربي بالصحفيين.', 'جون كيربي', 'admiral'],
    ['خبر\nوقال مدير جهاز المخابرات كريم حسن إن التعاون مستمر.', 'كريم حسن', 'intelligence chief'],
  ])('Arabic: %s', (text, name, role) => {
    const found = personOf(text).find((p) => p.name === name);
    expect(found?.role).toContain(role);
  });
});
