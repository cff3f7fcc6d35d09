/**
 * /people: everyone the articles name, with the role the text gives and how many articles name
 * them, most covered first.
 */
import type { Answer } from '../answer.ts';
import { msg } from '../i18n/message.ts';
import type { PeopleKnowledge } from '../people/types.ts';
import { numberRanges } from './articles.ts';
import { personLabel } from './who-met.ts';

/**
 * @example peopleAnswer(kb).items[0].heading // 'Sergey Lavrov (सर्गेई लावरोव)'
 */
export function peopleAnswer(kb: PeopleKnowledge): Answer {
  const people = [...kb.people].sort((a, b) => b.articles.length - a.articles.length || b.mentions.length - a.mentions.length || a.display.localeCompare(b.display));
  if (people.length === 0) return { status: 'empty', title: msg('people.title'), intro: msg('people.none'), items: [] };
  const met = new Set(kb.contacts.flatMap((c) => [c.a, c.b]));
  return {
    status: 'ok',
    title: msg('people.title'),
    intro: msg('people.intro', { people: people.length, articles: kb.articles.length, met: met.size }),
    items: people.map((p) => ({
      heading: personLabel(p),
      lines: [
        ...(p.role ? [msg('role', { role: p.role })] : []),
        msg('people.named-in', { n: p.articles.length, list: numberRanges(p.articles), times: p.mentions.length }),
      ],
    })),
    notes: [msg('people.note')],
  };
}
