import { describe, expect, it } from 'vitest';
import { contactLines, invented } from './helpers.ts';

/* Two invented articles: the first introduces a leader by a shorter name, the second by the full one. */
function corpus(shortLine: string, fullLine: string) {
  return invented([`तालिबान से बातचीत\n${shortLine}`, `तालिबान से मुलाकात\n${fullLine}`]);
}
const people = (kb: ReturnType<typeof invented>) => kb.people.map((p) => p.display).sort();

describe('Hindi: a surname after a name the corpus knows shorter (knownNameEnd)', () => {
  const short = 'भारत के राजदूत अनिल कुमार ने तालिबान नेता शेर मोहम्मद अब्बास से बातचीत की।';

  it('keeps the surname before a postposition and reads the contact', () => {
    const kb = corpus(short, 'भारत के राजदूत अनिल कुमार ने तालिबान के नेता शेर मोहम्मद अब्बास नूरजई से मुलाकात की।');
    expect(people(kb)).toEqual(['Anil Kumar', 'Sher Mohammad Abbas Nurzai']);
    expect(contactLines(kb)).toContain('Anil Kumar – Sher Mohammad Abbas Nurzai: meeting, undated');
  });

  it('with other postpositions: ने, के साथ, को', () => {
    const kb1 = corpus(short, 'तालिबान के दोहा दफ्तर के प्रमुख शेर मोहम्मद अब्बास नूरजई ने रूसी राजदूत दिमित्री सोकोलोव से मुलाकात की।');
    expect(contactLines(kb1)).toContain('Sher Mohammad Abbas Nurzai – Dimitri Sokolov: meeting, undated');
    const kb2 = corpus(short, 'ईरानी विदेश मंत्री करीम शाह ने तालिबान के उप प्रमुख शेर मोहम्मद अब्बास नूरजई के साथ फोन पर बात की।');
    expect(contactLines(kb2)).toContain('Karim Shah – Sher Mohammad Abbas Nurzai: phone call, undated');
    const kb3 = corpus(short, 'विदेश मंत्री अनिल कुमार ने तालिबान नेता शेर मोहम्मद अब्बास नूरजई को दिल्ली आमंत्रित किया।');
    expect(people(kb3)).toEqual(['Anil Kumar', 'Sher Mohammad Abbas Nurzai']);
  });

  it('still ends the name at a noun of the clause ("मोदी सरकार")', () => {
    const kb = invented([
      'मोदी से बातचीत\nप्रधानमंत्री नरेंद्र मोदी ने रूसी राष्ट्रपति व्लादिमीर पुतिन से बातचीत की।',
      'सरकार का बयान\nविदेश मंत्री करीम शाह ने कहा कि प्रधानमंत्री नरेंद्र मोदी सरकार से बात होगी।',
    ]);
    expect(people(kb)).toEqual(['Karim Shah', 'Narendra Modi', 'Vladimir Putin']);
  });
});
