/**
 * /on against gold dates: a dated gold event (or dated gold contact) is found when the /on answer
 * for its date quotes its article at the gold evidence. A bot happening stated in a gold item's
 * sentence but dated otherwise is a wrong date (contacts are checked in contacts.ts).
 */
import { onAnswer } from '../src/answers/on.ts';
import type { Answer } from '../src/answer.ts';
import type { Knowledge } from '../src/knowledge.ts';
import type { Gold } from './devset.ts';
import { overlaps, quoteSpan, spansOf } from './evidence.ts';
import type { Measure, Observation } from './tally.ts';

const CONTACT_KINDS = new Set(['meeting', 'phone call', 'talks', 'invitation', 'joint appearance']);

/** Whether an answer quotes the article where the evidence stands. */
function quotesEvidence(kb: Knowledge, answer: Answer, article: number, evidence: string): boolean {
  const doc = kb.articles.get(article)!;
  const spans = spansOf(doc, evidence);
  return answer.items.some((item) =>
    (item.quotes ?? []).some((q) => {
      if (q.citation.article !== article) return false;
      const at = quoteSpan(doc, q.citation.paragraph, q.text);
      return !!at && spans.some((s) => overlaps(s, at));
    }),
  );
}

export function onMeasures(kb: Knowledge, golds: Gold[], answers: Answer[]): Measure[] {
  const events: Observation[] = [];
  const contacts: Observation[] = [];
  const wrong: Observation[] = [];
  const cache = new Map<string, Answer>();
  const on = (date: string) => {
    let a = cache.get(date);
    if (!a) {
      cache.set(date, (a = onAnswer(kb, { date })));
      answers.push(a);
    }
    return a;
  };
  for (const gold of golds) {
    const doc = kb.articles.get(gold.article);
    if (!doc) continue;
    for (const e of gold.events) events.push({ article: gold.article, ok: quotesEvidence(kb, on(e.date), gold.article, e.evidence), what: `#${gold.article} ${e.date} ${e.what}` });
    for (const c of gold.contacts) {
      if (c.date) contacts.push({ article: gold.article, ok: quotesEvidence(kb, on(c.date), gold.article, c.evidence), what: `#${gold.article} ${c.date} ${c.a} – ${c.b}` });
    }
    const golden = [
      ...gold.events.map((e) => ({ date: e.date as string | null, evidence: e.evidence, what: e.what })),
      ...gold.contacts.map((c) => ({ date: c.date, evidence: c.evidence, what: `${c.a} – ${c.b}` })),
    ].map((g) => ({ ...g, spans: spansOf(doc, g.evidence) }));
    for (const ev of kb.events.events) {
      if (CONTACT_KINDS.has(ev.kind)) continue;
      const sources = ev.sources.filter((s) => s.article === gold.article);
      const same = golden.filter((g) => g.spans.some((s) => sources.some((x) => overlaps(s, x))));
      if (same.length > 0 && !same.some((g) => g.date === ev.when.key)) {
        wrong.push({ article: gold.article, ok: true, what: `#${gold.article} "${ev.synopsis}" bot ${ev.when.key}, gold ${same.map((g) => `${g.date ?? 'undated'} (${g.what})`).join('; ')}` });
      }
    }
  }
  return [
    { name: '/on recall: dated events', kind: 'rate', observations: events },
    { name: '/on recall: dated contacts', kind: 'rate', observations: contacts },
    { name: 'wrong dates: events', kind: 'count', observations: wrong },
  ];
}
