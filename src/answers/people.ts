/**
 * /people: everyone the articles name, with the role the text gives and how many articles name
 * them, most covered first.
 */
import type { Answer } from '../answer.ts';
import type { Knowledge } from '../knowledge.ts';
import { numberRanges } from './articles.ts';
import { personLabel } from './who-met.ts';

/**
 * @example peopleAnswer(kb).items[0].heading // 'Sergey Lavrov (सर्गेई लावरोव)'
 */
export function peopleAnswer(knowledge: Knowledge): Answer {
  const kb = knowledge.people;
  const people = [...kb.people].sort((a, b) => b.articles.length - a.articles.length || b.mentions.length - a.mentions.length || a.display.localeCompare(b.display));
  if (people.length === 0) return { status: 'empty', title: 'People in the articles', intro: 'No article names anyone the bot recognises.', items: [] };
  const met = new Set(kb.contacts.flatMap((c) => [c.a, c.b]));
  return {
    status: 'ok',
    title: 'People in the articles',
    intro: `${people.length} people are named in ${kb.articles.length} articles; ${met.size} of them met, called or talked with someone (see /who-met).`,
    items: people.map((p) => ({
      heading: personLabel(p),
      lines: [
        ...(p.role ? [`Role: ${p.role}`] : []),
        `Named in ${p.articles.length} article${p.articles.length === 1 ? '' : 's'} (${numberRanges(p.articles)})${p.mentions.length > p.articles.length ? `, ${p.mentions.length} times` : ''}`,
      ],
    })),
    notes: ['Roles are as the articles give them. People are found by their titles ("विदेश मंत्री …", "الرئيس …", "FM …") and by the gazetteer in seeds/gazetteer.tsv.'],
  };
}
