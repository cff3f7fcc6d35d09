/**
 * English labels: the reference catalogue. Every other language's file has the same keys (the type
 * checker insists), and a function here fixes the arguments of that message in every language.
 */
import type { Catalogue } from './catalogue.ts';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

const messages = {
  // Kinds of event and contact, one table for every answer that names a kind.
  'kind.meeting': 'Meeting',
  'kind.phone call': 'Phone call',
  'kind.talks': 'Talks',
  'kind.invitation': 'Invitation',
  'kind.joint appearance': 'Joint appearance',
  'kind.capture': 'Takeover',
  'kind.session': 'Meeting of a body',
  'kind.travel': 'Journey',
  'kind.warning': 'Warning',
  'kind.announcement': 'Announcement',
  'kind.statement': 'Statement',
  // Status and date precision of a contact or event.
  'status.took-place': 'took place',
  'status.planned': 'planned (announced)',
  'date.not-stated': 'date not stated',
  'precision.day': 'day',
  'precision.month': 'month',
  'precision.year': 'year',
  headline: 'headline',
  'lang.hin': 'Hindi',
  'lang.arb': 'Arabic',
  'lang.eng': 'English',
  'lang.und': 'unknown language',

  role: ({ role }: { role: string }) => `Role: ${role}`,
  'person.named-in': ({ name, role, n }: { name: string; role?: string; n: number }) => `${name}${role ? `, ${role},` : ''} is named in ${n} ${s(n, 'article', 'articles')}`,
  'closest-names': ({ names }: { names: string }) => ` Closest known names: ${names}.`,
  'also-matching': ({ asked, names }: { asked: string; names: string }) => `Also matching "${asked}": ${names}.`,

  'who-met.title': ({ person }: { person: string }) => `Who met ${person}`,
  'who-met.title-bare': 'Who met',
  'who-met.type-a-name': 'Please type a name, in any script: for example Lavrov, लावरोव or لافروف.',
  'who-met.unknown': ({ name }: { name: string }) => `No article mentions ${name}.`,
  'who-met.intro': ({ about, n }: { about: string; n: number }) => `${about}; ${n} ${s(n, 'person', 'people')} met or spoke with them.`,
  'who-met.intro-none': ({ about }: { about: string }) => `${about}, but no article reports a meeting, call, talks, invitation or joint appearance with anyone.`,
  'who-met.more-contacts': ({ n, name }: { n: number; name: string }) => `…and ${n} more contacts with ${name}`,
  'who-met.capped': ({ shown, total, name }: { shown: number; total: number; name: string }) => `Showing the first ${shown} of ${total} people, in the order of their first contact with ${name}.`,
  'who-met.named-at': ({ where, spellings }: { where: string; spellings: string }) => `Named in ${where} as ${spellings}`,
  'who-met.dates-note': 'Dates are those the sentences state or that their context gives (a weekday read against the publication date, the tweet date line); "date not stated" when the text gives none.',

  'event.date': ({ date, precision }: { date: string; precision: string }) => `Date: ${date} (${precision})`,
  'event.date-from': ({ words }: { words: string }) => ` from "${words}"`,
  'event.link-previous': ' in the sentence this one continues',
  'event.link-context': ' near the reporting sentence',
  'event.relative': ({ published }: { published: string }) => `, read against the publication date ${published}`,
  'event.dated-by-context': ", as the contact analysis dated it from the reporting sentence's context",
  'event.date-words': ({ words }: { words: string }) => `date from "${words}"`,
  'event.reported-in': ({ where }: { where: string }) => `Reported in ${where}`,
  'event.reported-in-short': ({ where }: { where: string }) => `reported in ${where}`,
  'event.sentences-quoted': ({ n, quoted }: { n: number; quoted: number }) => ` (${n} sentences; ${quoted} quoted)`,

  'people.title': 'People in the articles',
  'people.none': 'No article names anyone the bot recognises.',
  'people.intro': ({ people, articles, met }: { people: number; articles: number; met: number }) =>
    `${people} people are named in ${articles} articles; ${met} of them met, called or talked with someone (see /who-met).`,
  'people.named-in': ({ n, list, times }: { n: number; list: string; times: number }) => `Named in ${n} ${s(n, 'article', 'articles')} (${list})${times > n ? `, ${times} times` : ''}`,
  'people.note': 'Roles are as the articles give them. People are found by their titles ("विदेश मंत्री …", "الرئيس …", "FM …") and by the gazetteer in seeds/gazetteer.tsv.',

  'ask.title': 'Ask',
  'ask.empty': ({ examples }: { examples: string }) => `Please type a question, in English, Hindi or Arabic. For example: ${examples}`,
  'ask.article': ({ n }: { n: number }) => `Showing article ${n}.`,
  'ask.who-met': ({ person }: { person: string }) => `Showing who met ${person}.`,
  'ask.on-day': ({ date }: { date: string }) => `Showing what happened on ${date}.`,
  'ask.on-month': ({ month }: { month: string }) => `Showing what happened in ${month}.`,
  'ask.search': ({ query }: { query: string }) => `Searching the articles for: ${query}.`,

  'help.title': 'crisis-bot help',
  'help.intro':
    'Ask about news coverage of the 2021 Afghanistan crisis (Hindi, Arabic and English articles). Every answer quotes the articles word for word and cites them as [#article ¶paragraph]. Names can be typed in Latin letters, Hindi or Arabic.',
  'help.description': ({ english }: { command: string; option?: string; english: string }) => english,
  'help.example': ({ example }: { example: string }) => `Example: ${example}`,
  'help.dates-note': 'Dates are shown as YYYY-MM-DD; an event known only to the month is shown as a month.',
  'help.chat-note': ({ minutes }: { minutes: number }) =>
    `You can also mention the bot with a question, or send it a direct message, and it answers as /ask does. A short follow-up ("and Putin?", "what about on 25 August?") leans on your previous question in the same channel for ${minutes} minutes; only your last question there is kept, in memory.`,

  'page.of': ({ page, pages }: { page: number; pages: number }) => `Page ${page} of ${pages}`,
  'page.previous': '◀ Previous',
  'page.next': 'Next ▶',
  'page.continued-next': '(continued on the next page)',
  'page.continued': '(continued)',

  'error.unknown-command': ({ command }: { command: string }) => `I don't know /${command} any more. A moderator should run \`npm run deploy-commands\`.`,
  'error.cooldown': ({ seconds, command }: { seconds: number; command: string }) => `Please wait ${seconds} s before asking again (cooldown on /${command}).`,
  'error.failed': ({ command }: { command: string }) => `Sorry, something went wrong while answering /${command}. It has been logged; please try again.`,
  'error.pages-expired': 'These pages have expired; please run the command again.',
  'error.not-allowed': ({ command, permission }: { command: string; permission: string }) => `Only members with the ${permission} permission can use /${command}.`,
  'error.not-allowed-title': 'Not allowed',
  'error.guild-only': 'Settings belong to a server; use this command in one.',

  'chat.empty': 'Ask me a question after the mention, for example: who met Lavrov? · लावरोव से किसने मुलाकात की? · من التقى بوتين؟',
  'chat.cooldown': ({ seconds }: { seconds: number }) => `Please wait ${seconds} s before asking again.`,
  'chat.failed': 'Sorry, something went wrong while answering. It has been logged; please try again.',

  'settings.title': 'Server settings',
  'settings.mentions': ({ on }: { on: string }) => `Answering mentions: ${on}`,
  'settings.on': 'on',
  'settings.off': 'off',
  'settings.note': 'Slash commands and direct messages are not affected.',
};

export type Messages = typeof messages;

export default {
  locale: 'en',
  discordLocales: ['en-US', 'en-GB'],
  messages,
  commands: {},
} satisfies Catalogue;
