import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

/* A title-case English headline over a Hindi or Arabic article capitalises ordinary words after a
 * title ("US leader Visit", "Foreign Minister Talks"); another article writing the word in lower case
 * shows it is no name, unless a known name holds it ("spokesman Price" after "Ned Price"). */
const displays = (texts: string[]) => invented(texts).people.map((p) => p.display).sort();

describe('a one-word Latin name another article writes in lower case', () => {
  it('is an ordinary word after a title in a headline', () => {
    const texts = [
      'US leader Visit : अमेरिकी उप विदेश मंत्री ने बुधवार को विदेश सचिव से मुलाकात की।\nदोनों ने अफगानिस्तान पर चर्चा की।',
      'News\nThe minister will visit Delhi next week.',
    ];
    expect(displays(texts)).not.toContain('Visit');
    const texts2 = [
      'Chinese minister Arrival : चीनी मंत्री काबुल पहुंचे।\nउन्होंने तालिबान नेताओं से मुलाकात की।',
      'News\nHis arrival in Kabul was delayed.',
    ];
    expect(displays(texts2)).not.toContain('Arrival');
  });

  it('is still a name when a known full name holds it', () => {
    const texts = [
      'News\nState Department spokesman Ned Walker said the talks went well.',
      'News\nSpokesman Walker added that the envoy would travel to Doha.',
      'News\nThe delegation took a short walker route to the hall.',
    ];
    expect(displays(texts)).toContain('Ned Walker');
    expect(displays(texts)).not.toContain('Walker');
  });
});

/* Page furniture after a title word ("… Director | Recent Updates") is capitalised ordinary words:
 * another article writes each of them in lower case, where a person's name has a word no article
 * writes so. Such a run is no one, and teaches no surname that would find its last word elsewhere. */
describe('a Latin name of several words all written in lower case elsewhere', () => {
  const texts = [
    'Talks in Doha\nThe session was chaired by the Director Recent Updates on the page.',
    'Talks resume\nThe most recent updates came on Monday from the mediators.',
    'News\nUpdates: the envoy Kemal Dorsan arrived in Doha on Tuesday.',
  ];

  it('is no person, and its last word alone is no one either', () => {
    const all = invented(texts).people;
    expect(all.map((p) => p.display)).not.toContain('Recent Updates');
    expect(all.filter((p) => p.mentions.some((m) => m.text === 'Updates'))).toEqual([]);
  });

  it('leaves a name with one word no article writes in lower case', () => {
    const named = [...texts, 'News\nThe talks were led by Director Recent Walker of the agency.'];
    expect(displays(named)).toContain('Recent Walker');
  });
});
