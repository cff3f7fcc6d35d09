/**
 * Hindi titles and offices that introduce a name, with the English role they denote, and the
 * words that qualify a role. A name that follows a title is a person even when no gazetteer lists them.
 */
import { COLLEAGUE, COUNTERPART, HONORIFIC, office } from '../entries.ts';
import type { Title } from '../types.ts';

const LISTED: ReadonlyArray<readonly [string, Title]> = [
  // Hindi. अमीर (emir) and राजा (king) are left out: they are common given names (Amir, Raja).
  // प्रमुख (head, also "main") is weak: it introduces a name only after a nationality or a genitive.
  ['विदेश मंत्री', office('foreign minister')],
  ['रक्षा मंत्री', office('defence minister')],
  ['गृह मंत्री', office('home minister')],
  ['वित्त मंत्री', office('finance minister')],
  ['वाणिज्य मंत्री', office('commerce minister')],
  ['मंत्री', office('minister')],
  ['प्रधानमंत्री', office('prime minister')],
  ['प्रधान मंत्री', office('prime minister')],
  ['उप प्रधानमंत्री', office('deputy prime minister')],
  ['राष्ट्रपति', office('president')],
  ['उपराष्ट्रपति', office('vice president')],
  ['उप राष्ट्रपति', office('vice president')],
  ['स्टेट काउंसलर', office('state councillor')],
  ['विदेश सचिव', office('foreign secretary')],
  ['रक्षा सचिव', office('defence secretary')],
  ['गृह सचिव', office('home secretary')],
  ['सुरक्षा परिषद के सचिव', office('security council secretary')],
  ['मुख्यमंत्री', office('chief minister')],
  ['मुख्य मंत्री', office('chief minister')],
  ['उपमुख्यमंत्री', office('deputy chief minister')],
  ['राज्यपाल', office('governor')],
  ['गवर्नर', office('governor')],
  ['सांसद', office('member of parliament')],
  ['सीनेटर', office('senator')],
  ['पोप', office('pope')],
  ['महासचिव', office('secretary-general')],
  ['प्रवक्ता', office('spokesperson')],
  ['राजदूत', office('ambassador')],
  ['दूत', office('envoy')],
  ['विशेष दूत', office('special envoy')],
  ['चांसलर', office('chancellor')],
  ['क्राउन प्रिंस', office('crown prince')],
  // अमीर alone is a given name (Amir); the emir of a state is named with the state.
  ...['कतर', 'क़तर', 'कुवैत'].flatMap((state): Array<[string, Title]> => {
    const role = office(`emir of ${state === 'कुवैत' ? 'Kuwait' : 'Qatar'}`);
    return [[`${state} के अमीर`, role], [`${state} के आमिर`, role]];
  }),
  ['कतरी अमीर', office('emir of Qatar')],
  ['युवराज', office('crown prince')],
  ['जनरल', office('general')],
  ['लेफ्टिनेंट जनरल', office('lieutenant general')],
  ['मेजर जनरल', office('major general')],
  ['कमांडर', office('commander')],
  ['सेना प्रमुख', office('army chief')],
  ['राष्ट्रीय सुरक्षा सलाहकार', office('national security adviser')],
  ['सुरक्षा सलाहकार', office('security adviser')],
  ['एनएसए', office('national security adviser')],
  ['सलाहकार', office('adviser')],
  ['विदेश राज्य मंत्री', office('minister of state for external affairs')],
  ['राज्य मंत्री', office('minister of state')],
  ['विदेश मामलों के मंत्री', office('foreign minister')],
  ['उप विदेश मंत्री', office('deputy foreign minister')],
  ['सचिव', office('secretary')],
  ['संयुक्त सचिव', office('joint secretary')],
  ['राज्य सचिव', office('secretary of state')],
  ['अध्यक्ष', office('chairman')],
  ['निदेशक', office('director')],
  ['महानिदेशक', office('director general')],
  ['सर्वोच्च नेता', office('supreme leader')],
  ['विधायक', office('legislator')],
  ['मेयर', office('mayor')],
  ['सीआईए प्रमुख', office('CIA director')],
  // "यूरोपीय संघ के विदेश नीति प्रमुख X": the EU's foreign policy chief; प्रमुख alone is weak.
  ['विदेश नीति प्रमुख', office('foreign policy chief')],
  ['सीआईए निदेशक', office('CIA director')],
  ['सीआईए चीफ', office('CIA director')],
  ['विशेष प्रतिनिधि', office('special representative')],
  ['विशेष प्रतिनिधी', office('special representative')],
  ['प्रतिनिधि', { role: 'representative', weak: true }],
  ['उच्चायुक्त', office('high commissioner')],
  ['प्रमुख', { role: 'head', weak: true }],
  // मुखिया (head, chief) introduces a name after a genitive like प्रमुख ("… कार्यालय के मुखिया X").
  ['मुखिया', { role: 'head', weak: true }],
  ['चीफ', { role: 'chief', weak: true }],
  ['सह-संस्थापक', office('co-founder')],
  ['सह संस्थापक', office('co-founder')],
  ['संस्थापक', office('founder')],
  // English offices written in Devanagari, as Hindi news quotes them ("प्राइम मिनिस्टर X").
  ['प्राइम मिनिस्टर', office('prime minister')],
  ['प्रेसिडेंट', office('president')],
  ['प्रेसीडेंट', office('president')],
  ['वाइस प्रेसिडेंट', office('vice president')],
  ['फॉरेन मिनिस्टर', office('foreign minister')],
  ['फॉरेन सेक्रेटरी', office('foreign secretary')],
  ['डिफेंस मिनिस्टर', office('defence minister')],
  ['डिफेंस सेक्रेटरी', office('defence secretary')],
  ['होम मिनिस्टर', office('home minister')],
  ['मिनिस्टर', office('minister')],
  ['सेक्रेटरी ऑफ स्टेट', office('secretary of state')],
  ['सेक्रेटरी', office('secretary')],
  ['एंबेसडर', office('ambassador')],
  ['एम्बेसडर', office('ambassador')],
  ['एम्बेसेडर', office('ambassador')],
  ['एंबेसेडर', office('ambassador')],
  ['एम्बैसडर', office('ambassador')],
  ['एंबैसडर', office('ambassador')],
  // The initials of English offices, as headlines and running text write them ("पीएम मोदी", "पाकिस्तान के पीएम X").
  ['पीएम', office('prime minister')],
  ['प्रेजिडेंट', office('president')],
  ['प्रेसिडेन्ट', office('president')],
  ['प्रेज़ीडेंट', office('president')],
  ['फोरेन मिनिस्टर', office('foreign minister')],
  ['सेक्रेट्री', office('secretary')],
  ['स्पोक्सपर्सन', office('spokesperson')],
  ['कमाण्डर', office('commander')],
  ['डायरेक्टर', office('director')],
  ['चेयरमैन', office('chairman')],
  ['एडवाइजर', office('adviser')],
  ['नेशनल सिक्योरिटी एडवाइजर', office('national security adviser')],
  // Heads of armed forces and services, and other offices the press names a person by.
  ['सेनाध्यक्ष', office('army chief')],
  ['थलसेनाध्यक्ष', office('army chief')],
  ['थल सेना प्रमुख', office('army chief')],
  ['वायुसेना प्रमुख', office('air force chief')],
  ['वायु सेना प्रमुख', office('air force chief')],
  ['नौसेना प्रमुख', office('navy chief')],
  ['खुफिया प्रमुख', office('intelligence chief')],
  ['ख़ुफ़िया प्रमुख', office('intelligence chief')],
  ['खुफिया एजेंसी के प्रमुख', office('intelligence chief')],
  ['उपाध्यक्ष', office('vice chairman')],
  ['सभापति', office('chairman')],
  ['स्पीकर', office('speaker')],
  ['मुख्य वार्ताकार', office('chief negotiator')],
  ['वार्ताकार', office('negotiator')],
  ['अवर सचिव', office('under secretary')],
  ['अपर सचिव', office('additional secretary')],
  ['महावाणिज्य दूत', office('consul general')],
  ['वाणिज्य दूत', office('consul')],
  ['फील्ड मार्शल', office('field marshal')],
  ['एयर चीफ मार्शल', office('air chief marshal')],
  ['एडमिरल', office('admiral')],
  ['ब्रिगेडियर', office('brigadier')],
  ['कर्नल', office('colonel')],
  ['मेजर', office('major')],
  ['काउंटरपार्ट', COUNTERPART],
  ['समकक्ष', COUNTERPART],
  ['सहयोगी', COLLEAGUE],
  ['नेता', { role: 'leader', weak: true }],
  ['लीडर', { role: 'leader', weak: true }],
  ['डॉ', HONORIFIC],
  ['डॉक्टर', HONORIFIC],
  ['श्री', HONORIFIC],
  ['श्रीमती', HONORIFIC],
  // The religious honorifics of Afghan and Pakistani names in their Hindi spellings (मुल्ला,
  // मौलवी and मावलवी, मौलाना; क़ारी one who recites the Quran; मुफ़्ती; अयातुल्ला).
  ...['मुल्ला', 'मुल्लाह', 'मोल्ला', 'मौलवी', 'मौलावी', 'मावलवी', 'मोलवी', 'मौलाना', 'कारी', 'क़ारी', 'मुफ्ती', 'मुफ़्ती', 'अयातुल्ला', 'अयातुल्लाह', 'आयतुल्ला', 'आयतुल्लाह'].map(
    (w): [string, Title] => [w, HONORIFIC],
  ),
  ['हिज एक्सीलेंसी', HONORIFIC],
  // महामहिम "His Excellency", the style of a head of state before the title or name ("राष्ट्रपति महामहिम अयातुल्ला … रायसी").
  ['महामहिम', HONORIFIC],
  ['हिज हाइनेस', HONORIFIC],
  ['मिस्टर', HONORIFIC],
  ['जनाब', HONORIFIC],
  ['हजरत', HONORIFIC],
  ['हज़रत', HONORIFIC],
  ['प्रोफेसर', HONORIFIC],
  ['प्रोफ़ेसर', HONORIFIC],
  ['शेख', HONORIFIC],
  // A royal's rank before the name (प्रिंस फैसल बिन फरहान); क्राउन प्रिंस is the office above.
  ['प्रिंस', HONORIFIC],
  ['प्रिन्स', HONORIFIC],
  ['राजकुमार', HONORIFIC],
];

/*
 * Hindi writes a portfolio and its head noun as one word as often as two ("गृहमंत्री", "रक्षामंत्री",
 * "विदेशसचिव"): every listed office ending in one of these heads is also read joined.
 */
const COMPOUND_HEADS = ['मंत्री', 'सचिव', 'राष्ट्रपति', 'प्रमुख'];

function joinedSpellings(titles: ReadonlyArray<readonly [string, Title]>): Array<readonly [string, Title]> {
  const listed = new Set(titles.map(([w]) => w));
  return titles.flatMap(([written, title]) => {
    const words = written.split(' ');
    if (words.length < 2 || !COMPOUND_HEADS.includes(words[words.length - 1]!) || words[words.length - 2] === 'के') return [];
    const joined = [...words.slice(0, -2), words[words.length - 2]! + words[words.length - 1]!].join(' ');
    return listed.has(joined) ? [] : [[joined, title] as const];
  });
}

/* उप (deputy) is written joined to the office as often as apart ("उपमंत्री", "उपप्रधानमंत्री"), and
 * a portfolio's deputy minister puts it before मंत्री ("विदेश उपमंत्री"). */
const DEPUTY = 'उप';

function deputySpellings(titles: ReadonlyArray<readonly [string, Title]>): Array<readonly [string, Title]> {
  const listed = new Set(titles.map(([w]) => w));
  const out: Array<readonly [string, Title]> = [];
  for (const [written, title] of titles) {
    if (!title.role || title.relational || title.weak || written.startsWith(DEPUTY) || /^(?:deputy|vice) /u.test(title.role)) continue;
    const deputy: Title = { ...title, role: `deputy ${title.role}` };
    const words = written.split(' ');
    const spellings = [`${DEPUTY}${written}`];
    if (words.length === 2 && words[1] === 'मंत्री') spellings.push(`${words[0]} ${DEPUTY}मंत्री`);
    for (const spelling of spellings) if (!listed.has(spelling)) out.push([spelling, deputy]);
  }
  return out;
}

const SPELLED = [...LISTED, ...joinedSpellings(LISTED)];
export const TITLES: ReadonlyArray<readonly [string, Title]> = [...SPELLED, ...deputySpellings(SPELLED)];

/** Kept in the role when they change its meaning ("former president"), passed over ('') when not. */
export const ROLE_QUALIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['पूर्व', 'former'],
  ['कार्यवाहक', 'acting'],
  ['नए', ''],
  ['नई', ''],
  ['नव', ''],
  ['वरिष्ठ', 'senior'],
  ['शीर्ष', 'top'],
  ['उप', 'deputy'],
  ['डिप्टी', 'deputy'],
  ['मुख्य', 'chief'],
  ['नवनियुक्त', ''],
  ['नवनिर्वाचित', 'elect'],
  ['निर्वाचित', 'elect'],
  ['नामित', 'designate'],
  ['मनोनीत', 'designate'],
  ['इलेक्ट', 'elect'],
  // Joined to the office by a hyphen after it, machine-translated "president-elect" (राष्ट्रपति-चुनाव).
  ['चुनाव', 'elect'],
  ['निवर्तमान', 'outgoing'],
  ['तत्कालीन', 'then'],
  ['मौजूदा', ''],
  ['वर्तमान', ''],
  ['अंतरिम', 'interim'],
  // "संघीय चांसलर" (federal chancellor), "संघीय मंत्री" (a federal minister of Pakistan).
  ['संघीय', ''],
  ['कार्यकारी', 'acting'],
  // "अपने कट्टर विरोधी नेता X" (his arch-rival, the leader X): passed over, the possessive still counts.
  ['कट्टर', ''],
  ['विरोधी', ''],
];

/** Movements and bodies written before the offices they hold ("तालिबान नेता X"). */
export const TITLE_OWNERS: ReadonlyArray<readonly [string, string]> = [
  ['तालिबान', 'Taliban'],
  ['तालिबानी', 'Taliban'],
  ['नाटो', 'NATO'],
  ['यूएन', 'UN'],
  ['संयुक्त राष्ट्र', 'UN'],
  ['यूरोपीय संघ', 'EU'],
  ['ईयू', 'EU'],
  ['आईएसआई', 'ISI'],
  ['हक्कानी नेटवर्क', 'Haqqani network'],
  ['अल कायदा', 'al-Qaeda'],
  ['अल-कायदा', 'al-Qaeda'],
  ['हिज्ब-ए-इस्लामी', 'Hezb-e-Islami'],
];
