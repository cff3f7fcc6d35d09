import { describe, expect, it } from 'vitest';
import { onAnswer, onChoices } from '../../src/answers/on.ts';
import { timelineAnswer } from '../../src/answers/timeline.ts';
import { ACCEPTED_FORMS } from '../../src/dates/user-date.ts';
import { eventsFromSnapshot, eventsToSnapshot, indexEvents } from '../../src/events/lookup.ts';
import { quotesWithParagraphs, seedKb } from './helpers.ts';
import { worded } from '../../src/i18n/index.ts';

const kb = seedKb;

function headings(date: string): string[] {
  return worded(onAnswer(kb, { date: date })).items.map((i) => i.heading);
}

function citedArticles(date: string, heading: RegExp): number[] {
  const item = worded(onAnswer(kb, { date: date })).items.find((i) => heading.test(i.heading));
  return [...new Set((item?.quotes ?? []).map((q) => q.citation.article))].sort();
}

describe('/on over the seed articles', () => {
  it('2021-08-16: the Blinken–Lavrov call and one Wang Yi–Lavrov call citing article 2 (article 0 gives it no day)', () => {
    const found = headings('2021-08-16');
    expect(found).toContain('Antony Blinken spoke by phone with Sergey Lavrov');
    expect(found.filter((h) => /Wang Yi spoke by phone with Sergey Lavrov/.test(h))).toHaveLength(1);
    expect(citedArticles('2021-08-16', /Wang Yi spoke by phone with Sergey Lavrov/)).toEqual([2]);
    expect(citedArticles('2021-08-16', /Blinken spoke by phone with Sergey Lavrov/)).toEqual([0]);
  });

  it('2021-08-15: the Taliban taking Kabul, quoted from article 0 with the weekday it was dated from', () => {
    const answer = worded(onAnswer(kb, { date: '2021-08-15' }));
    expect(answer.items[0]?.heading).toBe('The Taliban took control of Kabul');
    const quote = answer.items[0]!.quotes![0]!;
    expect(quote.citation.article).toBe(0);
    expect(quote.text).toContain('तालिबान ने रविवार को अफगानिस्तान की राजधानी काबुल पर कब्जा कर लिया');
    expect(answer.items[0]!.lines![0]).toContain('from "रविवार"');
  });

  it('2021-08-25: the Putin–Imran Khan call; 2021-10-12: the meeting in Nur-Sultan', () => {
    expect(headings('2021-08-25')).toContain('Vladimir Putin spoke by phone with Imran Khan');
    expect(headings('2021-10-12')).toEqual(['S. Jaishankar met Sergey Lavrov in Nur-Sultan']);
  });

  it('2021-10-07: Russia inviting the Taliban to Moscow, from article 1 (Thursday)', () => {
    const answer = worded(onAnswer(kb, { date: '2021-10-07' }));
    expect(answer.items.map((i) => i.heading)).toEqual(['Russia invited the Taliban to Moscow (talks)']);
    expect(answer.items[0]!.lines![0]).toContain('from "गुरुवार"');
    expect(new Set(answer.items[0]!.quotes!.map((q) => q.citation.article))).toEqual(new Set([1]));
  });

  it('accepts the other day forms for the same day', () => {
    const iso = headings('2021-08-16');
    for (const form of ['16 Aug 2021', '16 August 2021', 'August 16 2021', '16/08/2021', ' 16/08/2021 ']) expect(headings(form)).toEqual(iso);
  });

  it('2020-01-01: nothing, with the nearest dates that have events', () => {
    const answer = worded(onAnswer(kb, { date: '2020-01-01' }));
    expect(answer.status).toBe('empty');
    expect(answer.intro).toContain('No event');
    expect(answer.items.map((i) => i.heading)).toEqual(['After: December 2020 — 1 event']);
    const between = worded(onAnswer(kb, { date: '2021-09-01' }));
    expect(between.items.map((i) => i.heading.split(' — ')[0])).toEqual(['Before: Wednesday 2021-08-25', 'After: Thursday 2021-10-07']);
  });

  it('impossible and relative dates are refused with the accepted forms', () => {
    for (const input of ['2021-02-30', 'yesterday', '', 'next Monday', '2021-13']) {
      const answer = worded(onAnswer(kb, { date: input }));
      expect(answer.status).toBe('user-error');
      expect(answer.intro).toContain(ACCEPTED_FORMS);
    }
  });

  it('a month is an overview grouped by day, with month-only events under the month', () => {
    const august = worded(onAnswer(kb, { date: '2021-08' }));
    expect(august.status).toBe('ok');
    const days = august.items.map((i) => i.heading.split(' — ')[0] ?? '');
    expect(days[0]).toBe('August 2021 (day not stated)');
    expect(days).toContain('Monday 2021-08-16');
    expect(days.slice(1)).toEqual([...days.slice(1)].sort((a, b) => a.slice(-10).localeCompare(b.slice(-10))));
  });

  it('the May event of article 2 is May 2021, never a day', () => {
    const may = worded(onAnswer(kb, { date: '2021-05' }));
    expect(may.items.map((i) => i.heading)).toEqual(['May 2021 (day not stated) — 1 event']);
    expect(may.items[0]!.lines!.join(' ')).toContain('Xi Jinping appeared together with Vladimir Putin');
    expect(may.items[0]!.lines!.join(' ')).toContain('from "मई"');
    expect(kb.events.keys.filter((k) => k.startsWith('2021-05-'))).toEqual([]);
    const timeline = worded(timelineAnswer(kb)).items.map((i) => i.heading);
    // Article 4's "उन्होंने दिसंबर में … का आरोप लगाया था" (Lavrov, December 2020) comes first.
    expect(timeline.slice(0, 2)).toEqual(['December 2020 · Sergey Lavrov made a statement on the United States', 'May 2021 · Xi Jinping appeared together with Vladimir Putin']);
    expect(worded(onAnswer(kb, { date: '2021-05-15' })).notes?.[0]).toContain('dated only to May 2021');
  });

  it('orders events by date, then by article', () => {
    const { events } = kb.events;
    for (let i = 1; i < events.length; i++) {
      const a = events[i - 1]!;
      const b = events[i]!;
      expect(a.when.key <= b.when.key).toBe(true);
      if (a.when.key === b.when.key) expect(a.sources[0]!.article <= b.sources[0]!.article).toBe(true);
    }
  });
});

describe('event data', () => {
  it('every event has a date with its precision and the verbatim words it came from', () => {
    for (const e of kb.events.events) {
      const w = e.when.words!;
      const paragraph = kb.articles.get(w.article)!.paragraphs.find((p) => p.number === w.paragraph)!;
      expect(paragraph.text.slice(w.start, w.end)).toBe(w.text);
      expect(e.when.precision).toBe(e.when.date.day ? 'day' : e.when.date.month ? 'month' : 'year');
    }
  });

  it('every quote of /on, /timeline is a verbatim substring of its paragraph, highlights inside it', () => {
    const answers = [...kb.events.keys.map((k) => worded(onAnswer(kb, { date: k }))), worded(timelineAnswer(kb)), worded(timelineAnswer(kb, { person: 'Lavrov' }))];
    let count = 0;
    for (const answer of answers) {
      for (const { quote, paragraph } of quotesWithParagraphs(kb, answer)) {
        expect(paragraph).toContain(quote);
        count++;
      }
      for (const q of answer.items.flatMap((i) => i.quotes ?? [])) for (const [s, e] of q.highlights) expect(0 <= s && s < e && e <= q.text.length).toBe(true);
    }
    expect(count).toBeGreaterThan(20);
  });

  it('survives a snapshot round trip through JSON', () => {
    const restored = eventsFromSnapshot(JSON.parse(JSON.stringify(eventsToSnapshot(kb.events))));
    expect(restored.events).toEqual(kb.events.events);
    expect(restored.keys).toEqual(kb.events.keys);
    expect(restored.byKey.get('2021-08-16')?.map((e) => e.id)).toEqual(kb.events.byKey.get('2021-08-16')?.map((e) => e.id));
    expect(() => eventsFromSnapshot({ events: 'x' })).toThrow();
  });

  it('indexes events given out of order as those given in order (restored ones are not sorted again)', () => {
    const shuffled = [...kb.events.events].reverse();
    const indexed = indexEvents(shuffled, kb.events.undatedContacts);
    expect(indexed.events.map((e) => e.id)).toEqual(kb.events.events.map((e) => e.id));
    expect(indexed.keys).toEqual(kb.events.keys);
    expect([...indexed.byParticipant].map(([id, list]) => [id, list.map((e) => e.id)])).toEqual([...kb.events.byParticipant].map(([id, list]) => [id, list.map((e) => e.id)]));
  });
});

describe('/on autocomplete', () => {
  it('offers dates with events and a hint, filtered by what is typed, within limits', () => {
    const all = onChoices(kb, '');
    expect(all.length).toBeLessThanOrEqual(25);
    expect(all.every((c) => c.name.length <= 100)).toBe(true);
    // Four more that day: Blinken's call with Wang Yi, told in the sentence of his dated call with Lavrov, among them.
    expect(all.find((c) => c.value === '2021-08-16')?.name).toBe('2021-08-16 — Antony Blinken spoke by phone with Sergey Lavrov (+4)');
    expect(onChoices(kb, '2021-10').map((c) => c.value)).toEqual(['2021-10-07', '2021-10-11', '2021-10-12']);
    expect(onChoices(kb, '16 aug').map((c) => c.value)).toEqual(['2021-08-16']);
    expect(onChoices(kb, 'Nur-Sultan').map((c) => c.value)).toEqual(['2021-10-12']);
    expect(onChoices(kb, '2020-01-01').map((c) => c.value)).toEqual(['2020-12']);
  });
});

describe('/timeline', () => {
  it('lists one person’s dated events whatever the script of the name', () => {
    for (const name of ['Lavrov', 'लावरोव', 'لافروف']) {
      const answer = worded(timelineAnswer(kb, { person: name }));
      expect(answer.title).toBe('Timeline: Sergey Lavrov (सर्गेई लावरोव)');
      expect(answer.items.map((i) => i.heading)).toEqual([
        'December 2020 · Sergey Lavrov made a statement on the United States',
        '2021-08-16 · Antony Blinken spoke by phone with Sergey Lavrov',
        '2021-08-16 · Wang Yi spoke by phone with Sergey Lavrov',
        '2021-10-12 · S. Jaishankar met Sergey Lavrov in Nur-Sultan',
      ]);
    }
  });

  it('says so for an unknown name or a person without dated events', () => {
    expect(worded(timelineAnswer(kb, { person: 'Xyzzy' })).status).toBe('user-error');
    const undated = worded(timelineAnswer(kb, { person: 'Pashinyan' }));
    expect(undated.status).toBe('empty');
    expect(undated.intro).toContain('no dated event');
  });

  it('covers the whole coverage in order, keeping items short', () => {
    const answer = worded(timelineAnswer(kb));
    expect(answer.items.length).toBe(kb.events.events.length);
    expect(answer.items.every((i) => (i.lines?.length ?? 0) === 1 && (i.quotes?.length ?? 0) <= 1)).toBe(true);
    expect(answer.notes?.join(' ')).toContain('no date in the text');
  });
});
