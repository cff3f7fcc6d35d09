/*
 * Invented Hindi contact sentences with what Hindi journalists insert between the parties (dates,
 * places, asides, topics, appositives, titles with के/की, ने/से/के साथ/के बीच forms, passive and
 * nominal forms, quoted tweets, second clauses, spellings with nukta, chandrabindu or a full stop),
 * filled with invented names or with a list of real ones. Read by test/contacts/hindi-shapes.test.ts,
 * which holds the read rate and the known gaps. Every article is published on Wednesday 2021-09-01,
 * so सोमवार and "30 अगस्त" are 2021-08-30.
 */
import type { MatrixCase } from './cases.ts';
import { fillSlots, pairsOf, slotsOf } from './fill.ts';

const TITLES = ['विदेश मंत्री {N}', 'ईरान के विदेश मंत्री {N}', 'रूसी राष्ट्रपति {N}', 'प्रधानमंत्री {N}', 'राष्ट्रीय सुरक्षा सलाहकार {N}', 'पाकिस्तान के प्रधानमंत्री {N}', 'अमेरिकी विदेश मंत्री {N}', 'तालिबान नेता मुल्ला {N}', 'कतर के विदेश मंत्री शेख {N}', 'अफगानिस्तान में अमेरिका के विशेष दूत {N}'];
const NAT = ['ईरानी', 'रूसी', 'चीनी', 'जर्मन', 'ताजिक', 'फ्रांसीसी'];
const given = ['अनिल', 'करीम', 'नवीन', 'रवि', 'सुनील', 'अमित', 'राजेश', 'विजय', 'मोहन', 'अजय', 'संजय', 'दीपक', 'सुरेश', 'विनोद', 'मनोज', 'प्रकाश', 'हामिद', 'फरीद', 'जावेद', 'यूसुफ'];
const family = ['कुमार', 'राय', 'वर्मा', 'मेहता', 'कपूर', 'शर्मा', 'गुप्ता', 'जोशी', 'पांडे', 'मिश्रा', 'यादव', 'चौहान', 'रहीमी', 'करीमी', 'कुरैशी', 'इकबाल', 'मलिक', 'सेठी', 'भाटिया', 'नायर', 'पिल्लई', 'सक्सेना', 'तिवारी'];
const REAL = ['अब्दुल सलाम हनफी', 'अमीर खान मुत्ताकी', 'सर्गेई लावरोव', 'एंटनी ब्लिंकन', 'वांग यी', 'हामिद करजई', 'अब्दुल्ला अब्दुल्ला', 'अजीत डोभाल', 'निकोलाई पत्रुशेव', 'शाह महमूद कुरैशी', 'अब्दुल गनी बरादर', 'जवाद जरीफ', 'दीपक मित्तल', 'एंजेला मर्केल', 'बोरिस जॉनसन', 'इमरान खान', 'अनस हक्कानी', 'डोमिनिक राब', 'विलियम बर्न्स'];
// Every invented name is new (no two sentences share a pair): the matrix is one corpus, and a shared pair would corroborate a weak reading.
// The family name steps by 7 (prime to 23) so that the people of one sentence do not share it.
const nameAt = (i: number, real: boolean): string => real ? REAL[i % REAL.length]! : `${given[i % given.length]}${i >= given.length * family.length ? ` ${given[Math.floor(i / (given.length * family.length)) % given.length]}` : ''} ${family[(i * 7 + Math.floor(i / given.length)) % family.length]}`;
/** The family name a second mention uses: the last word, but the first of a Chinese name ("वांग यी" → वांग). */
const familyName = (name: string): string => (name === 'वांग यी' ? 'वांग' : name.split(' ').pop()!);
export interface Shape { name: string; t: string; pairs?: Array<[string, string]>; planned?: boolean; date?: string | null }
const MONDAY = '2021-08-30';
const SHAPES: Shape[] = [
  // dates, places and "here" between the subject and the one met
  { name: 'date+place between', t: '{A} ने सोमवार को नई दिल्ली में {B} से मुलाकात की।' },
  { name: 'date first', t: 'सोमवार को {A} ने {B} से मुलाकात की।' },
  { name: 'place first', t: 'काबुल में {A} ने सोमवार को {B} से मुलाकात की।' },
  { name: 'date then here', t: '{A} ने सोमवार को यहां {B} से भेंट की।' },
  { name: 'today', t: '{A} ने आज {B} के साथ फोन पर बात की।', date: '2021-09-01' },
  { name: 'date by number', t: '{A} ने 30 अगस्त को {B} से मुलाकात की।', date: MONDAY },
  { name: 'weekday with bracketed date', t: '{A} ने सोमवार (30 अगस्त, 2021) को {B} के साथ बात की।', date: MONDAY },
  { name: 'dateline then date', t: 'नई दिल्ली, 30 अगस्त (एजेंसी) {A} ने सोमवार को {B} से बातचीत की।', date: MONDAY },
  { name: 'last time on day', t: '{A} और {B} के बीच पिछली बार सोमवार को फोन पर बात हुई थी।', date: MONDAY },
  { name: 'earlier on day, also', t: '{A} ने इससे पहले सोमवार को भी {B} से बात की थी।', date: MONDAY },
  // topics between
  { name: 'topic before with', t: '{A} ने अफगानिस्तान के ताजा हालात पर {B} से चर्चा की।' },
  { name: 'topic after with', t: '{A} ने {B} के साथ अफगानिस्तान की स्थिति और आपसी रिश्तों पर चर्चा की।' },
  { name: 'topic with को लेकर', t: '{A} ने {B} से अफगानिस्तान में बदलते हालात को लेकर बातचीत की।' },
  { name: 'topic in आदि list', t: '{A} ने सोमवार को {B} के साथ व्यापार, ऊर्जा, सुरक्षा आदि मुद्दों पर विस्तार से बात की।' },
  // phone, video
  { name: 'phone before with', t: '{A} ने सोमवार को फोन पर {B} से बात की।' },
  { name: 'telephone word', t: '{A} ने {B} से टेलीफोन पर बातचीत की।' },
  { name: 'phone with nukta', t: '{A} ने {B} से फ़ोन पर बात की।' },
  { name: 'video conference', t: '{A} ने {B} के साथ वीडियो कॉन्फ्रेंस के जरिए बातचीत की।' },
  { name: 'phone call made, kar', t: '{A} ने {B} को फोन कर हालात की जानकारी ली।' },
  // asides and appositives
  { name: 'subject title, comma, name', t: '{T}, {a} ने सोमवार को {B} से मुलाकात की।' },
  { name: 'subject relative aside', t: '{A}, जो इन दिनों भारत के दौरे पर हैं, ने सोमवार को {B} से मुलाकात की।' },
  { name: 'subject dash aside', t: '{A} - जो तीन दिन की यात्रा पर हैं - ने {B} से मुलाकात की।' },
  { name: 'object relative aside after verb', t: '{A} ने सोमवार को {B} से मुलाकात की, जो दो दिन की यात्रा पर दिल्ली आए हैं।' },
  { name: 'object genitive office', t: '{A} ने सोमवार को कतर में तालिबान के दफ्तर के मुखिया {b} से मुलाकात की।' },
  { name: 'object counterpart', t: '{A} ने सोमवार को अपने {n} समकक्ष {b} से बात की।' },
  { name: 'object counterpart, commas', t: '{A} ने अपने {n} समकक्ष, {b}, के साथ बातचीत की।' },
  { name: 'object feminine title की', t: '{A} ने जर्मनी की चांसलर {b} से फोन पर बात की।' },
  { name: 'object counterpart + federal chancellor + Dr.', t: '{A} ने आज अपनी समकक्ष, ऑस्ट्रिया की संघीय चांसलर डॉ. {b} से टेलीफोन पर बातचीत की।', date: '2021-09-01' },
  { name: 'subject honorific श्री', t: 'प्रधानमंत्री श्री {a} ने सोमवार को {B} से मुलाकात की।' },
  { name: 'object honorific डॉ.', t: '{A} ने डॉ. {b} से मुलाकात की।' },
  { name: 'subject honorific जी after name', t: '{A} जी ने {B} से मुलाकात की।' },
  { name: 'object relative inside', t: '{A} ने {B}, जो तालिबान के प्रवक्ता हैं, से बात की।' },
  { name: 'latin glosses in brackets', t: '{A} (FM) ने काबुल (Kabul) में {B} से मुलाकात की।' },
  { name: 'long subject description', t: 'हक्कानी गुट के बड़े कमांडर और तालिबान के वरिष्ठ नेता {a} ने वार्ता के सिलसिले में {B} से मुलाकात की।' },
  // passive and nominal forms
  { name: 'passive द्वारा welcome', t: '{B} का {A} द्वारा स्वागत किया गया।' },
  { name: 'passive द्वारा met', t: '{A} द्वारा सोमवार को {B} से मुलाकात की गई।' },
  { name: 'nominal between with date first', t: 'सोमवार को {A} और {B} के बीच बातचीत हुई।' },
  { name: 'nominal X की Y के साथ बैठक', t: '{A} की {B} के साथ सोमवार को बैठक हुई।' },
  { name: 'nominal X की Y से मुलाकात', t: '{A} की सोमवार को {B} से मुलाकात हुई।' },
  { name: 'nominal pair मुलाकात हुई', t: '{A} और {B} की मुलाकात सोमवार को दोहा में हुई।' },
  { name: 'nominal: in talks held on day, pair acted', t: 'मंगलवार शाम हुई वार्ता में {A} और {B} ने व्यापार बढ़ाने का फैसला किया।', date: '2021-08-31' },
  { name: 'nominal: meeting held between, discussed', t: '{A} और {B} के बीच सोमवार को दिल्ली में हुई बैठक में कई मुद्दों पर चर्चा हुई।' },
  { name: 'nominal: bilateral talks', t: '{A} और {B} के बीच द्विपक्षीय वार्ता हुई।' },
  { name: 'nominal: talks were done', t: '{A} और {B} के बीच अफगानिस्तान को लेकर बात की गई।' },
  // reciprocal
  { name: 'reciprocal met with date+place', t: '{A} और {B} ने सोमवार को दोहा में मुलाकात की।' },
  { name: 'reciprocal phone topic', t: '{A} और {B} ने फोन पर अफगानिस्तान के हालात पर चर्चा की।' },
  { name: 'reciprocal with तथा', t: '{A} तथा {B} ने सोमवार को बातचीत की।' },
  // quoted
  { name: 'tweet first person', t: '{A} ने ट्वीट किया, "आज {B} से मुलाकात करके खुशी हुई।"', date: '2021-09-01' },
  { name: 'tweet after contact', t: '{A} ने {B} से मुलाकात के बाद ट्वीट किया कि बातचीत उपयोगी रही।' },
  { name: 'said that X met', t: 'अधिकारियों ने बताया कि {A} ने सोमवार को {B} से मुलाकात की।' },
  { name: 'according to statement', t: 'विदेश मंत्रालय के बयान के अनुसार, {A} ने सोमवार को {B} से मुलाकात की।' },
  { name: 'quoted statement, date first', t: 'मंत्रालय ने कहा, "सोमवार को {A} ने {B} से मुलाकात की।"' },
  { name: 'sources say', t: 'सूत्रों के मुताबिक {A} ने {B} से गुप्त मुलाकात की।' },
  // second clauses and settings
  { name: 'second clause after contact', t: '{A} ने सोमवार को {B} से मुलाकात की और दोनों देशों के बीच सहयोग पर चर्चा की।' },
  { name: 'met, kar, discussed', t: '{A} ने सोमवार को {B} से मुलाकात कर अफगानिस्तान की स्थिति पर चर्चा की।' },
  { name: 'meeting, kar, consulted', t: '{A} ने {B} के साथ बैठक कर सुरक्षा पर विचार-विमर्श किया।' },
  { name: 'arrived and met', t: '{A} सोमवार को काबुल पहुंचे और {B} से मुलाकात की।' },
  { name: 'arrived where met', t: '{A} सोमवार को दोहा पहुंचे, जहां उन्होंने {B} से मुलाकात की।', date: null },
  { name: 'during his visit met', t: 'अपनी दिल्ली यात्रा के दौरान {A} ने सोमवार को {B} से मुलाकात की।' },
  { name: 'on sidelines of summit', t: '{A} ने शंघाई सहयोग संगठन के शिखर सम्मेलन से इतर {B} से मुलाकात की।' },
  { name: 'on the occasion', t: '{A} ने सम्मेलन के मौके पर सोमवार को {B} के साथ द्विपक्षीय बैठक की।' },
  { name: 'after meeting said', t: '{A} ने {B} से मुलाकात के बाद कहा कि संबंध मजबूत हैं।' },
  { name: 'after meeting left', t: '{B} से मिलने के बाद {A} सोमवार को काबुल रवाना हो गए।' },
  { name: 'talks in which', t: '{A} ने {B} से बातचीत की, जिसमें अफगानिस्तान पर चर्चा हुई।' },
  { name: 'perfect present है', t: '{A} ने {B} के साथ फोन पर बातचीत की है।' },
  { name: 'pluperfect थी', t: '{A} ने सोमवार को {B} से मुलाकात की थी।' },
  { name: 'also met', t: '{A} ने {B} से भी मुलाकात की।' },
  // two sentences
  { name: 'pronoun subject next sentence', t: '{A} सोमवार को दिल्ली पहुंचे। उन्होंने {B} से मुलाकात की।', date: null },
  { name: 'carried subject next sentence', t: '{A} सोमवार को दिल्ली पहुंचे। इसके बाद {B} से भी मुलाकात की।', date: null },
  { name: 'genitive pronoun next sentence', t: '{A} सोमवार को दिल्ली पहुंचे। यहां उनकी {B} से बातचीत हुई।', date: null },
  { name: 'present at this meeting', t: '{A} ने सोमवार को {B} से मुलाकात की। इस बैठक में {C} भी मौजूद रहे।', pairs: [['A', 'B'], ['A', 'C']] },
  // The one with whom the companion came is a party: the companion met the other one.
  { name: 'companion: with X, Y too was (object)', t: '{A} ने {B} से मुलाकात की। बैठक में {b} के साथ {C} भी थे।', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'companion: with X, Y too was (subject)', t: '{A} ने {B} से मुलाकात की। {a} के साथ {C} भी थे।', pairs: [['A', 'B'], ['C', 'B']] },
  // lists
  { name: 'list, separately', t: '{A} ने सोमवार को {B}, {C} तथा {D} से अलग-अलग मुलाकात की।', pairs: [['A', 'B'], ['A', 'C'], ['A', 'D']] },
  { name: 'list, besides', t: '{A} ने {B} के अलावा {C} से भी मुलाकात की।', pairs: [['A', 'B'], ['A', 'C']] },
  // other contact words
  { name: 'invitation', t: '{A} ने {B} को भारत आने के लिए आमंत्रित किया।' },
  { name: 'welcomed at airport', t: 'हवाई अड्डे पर {B} ने {A} का स्वागत किया।' },
  { name: 'hosted', t: '{A} ने सोमवार को {B} की मेजबानी की।' },
  { name: 'summit talks', t: '{A} ने {B} के साथ शिखर वार्ता की।' },
  { name: 'headline: met, topic', t: '{A} ने {B} से की मुलाकात, अफगानिस्तान पर हुई चर्चा' },
  { name: 'headline: arrived, met', t: 'दिल्ली पहुंचे {A}, {B} से की मुलाकात' },
  // spellings
  { name: 'orth: nukta मुलाक़ात', t: '{A} ने {B} से मुलाक़ात की।' },
  { name: 'orth: chandrabindu पहुँचे, मिले', t: '{A} सोमवार को दोहा पहुँचे और {B} से मिले।' },
  { name: 'orth: full stop for danda', t: '{A} ने {B} से मुलाकात की.' },
  { name: 'orth: बात किया', t: '{A} ने {B} से बात किया।' },
  { name: 'orth: anusvara बातचीत वार्तायें', t: '{A} ने {B} के साथ कई दौर की वार्तायें कीं।' },
  // more that the press writes around a contact
  { name: 'said that, in talks held on day, pair acted', t: 'मंत्रालय ने कहा कि सोमवार को हुई बैठक में {A} और {B} ने व्यापार बढ़ाने का फैसला किया।' },
  { name: 'conjunctive मिलकर', t: '{A} ने सोमवार को {B} से मिलकर हालात पर चर्चा की।' },
  { name: 'while meeting, said', t: '{B} से मुलाकात करते हुए {A} ने कहा कि भारत साथ खड़ा है।' },
  { name: 'said that he talked', t: '{A} ने कहा कि उन्होंने सोमवार को {B} से बात की।' },
  { name: 'two, separately', t: '{A} ने {B} और {C} से अलग-अलग बात की।', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'met one, also talked to another', t: '{A} ने {B} से मुलाकात की और {C} से भी बात की।', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'video call', t: '{A} ने {B} के साथ वीडियो कॉल पर बात की।' },
  { name: 'virtual meeting between', t: '{A} और {B} के बीच सोमवार को वर्चुअल बैठक हुई।' },
  { name: 'talks during which', t: '{A} ने सोमवार को {B} से बातचीत की, जिसके दौरान दोनों ने आतंकवाद पर चिंता जताई।' },
  { name: 'went to meet at residence', t: '{A} सोमवार को {B} से मिलने उनके आवास पहुंचे।' },
  { name: 'courtesy call', t: '{A} ने {B} से शिष्टाचार भेंट की।' },
  { name: 'meeting held between, topic', t: '{A} और {B} के बीच हुई मुलाकात में व्यापार पर चर्चा हुई।' },
  { name: 'talks of X with Y went well', t: '{A} की {B} के साथ हुई बातचीत सकारात्मक रही।' },
  { name: 'date after object', t: '{A} ने {B} से सोमवार को मुलाकात की।' },
  { name: 'day and time of day', t: '{A} ने सोमवार शाम {B} से फोन पर बात की।' },
  { name: 'Sunday late night', t: '{A} ने रविवार देर रात {B} से बात की।', date: '2021-08-29' },
  { name: 'office initials पीएम', t: '{A} ने पीएम {b} से मुलाकात की।' },
  { name: 'office in Latin letters', t: '{A} ने NSA {b} के साथ लंबी चर्चा की।' },
  { name: 'with-person first, subject after', t: '{B} के साथ सोमवार को {A} ने बैठक की।' },
  { name: 'tweet: talks took place', t: '{A} ने ट्वीट किया, “{B} के साथ सार्थक बातचीत हुई।”' },
  { name: 'tweeted that nice to meet', t: '{A} ने ट्वीट कर कहा कि {B} से मिलकर अच्छा लगा।' },
  { name: 'headline: से की बात, कहा', t: '{A} ने {B} से की बात, कहा- मिलकर काम करेंगे' },
  // planned
  { name: 'planned: will meet in place', t: '{A} अगले सप्ताह दिल्ली में {B} से मुलाकात करेंगे।', planned: true },
  { name: 'planned: expected to meet', t: '{A} के {B} से मिलने की उम्मीद है।', planned: true },
  { name: 'planned: during which will hold talks', t: '{A} इस दौरान {B} के साथ द्विपक्षीय वार्ता करेंगे।', planned: true },
  { name: 'planned: range of days', t: '{A} 27-28 सितंबर को नई दिल्ली में {B} से मुलाकात करेंगे।', planned: true, date: null },
];

/**
 * Four rounds of every shape, each sentence with names of its own and the titles turning.
 * @example shapeCases(SHAPES, false).length // 4 × the shapes
 */
export function shapeCases(shapes: readonly Shape[], real: boolean): MatrixCase[] {
  let k = 0;
  const fill = (f: Shape): MatrixCase => {
    const named = new Map(slotsOf(f.t).map((s) => [s, nameAt(k++, real)]));
    const ti = k % TITLES.length;
    const template = f.t.replace('{n}', NAT[k % NAT.length]!).replace('{T}', TITLES[ti]!.replace(' {N}', ''));
    // `{a~}`: the person's family name alone, as a second mention writes it.
    const text = [...named].reduce((t, [slot, name]) => t.replaceAll(`{${slot.toLowerCase()}~}`, familyName(name)), fillSlots(template, named, (j) => TITLES[(ti + j * 3) % TITLES.length]!));
    const pairs = pairsOf(f.pairs ?? [['A', 'B']], named);
    // A date the sentence says by its weekday is checked; one it gives otherwise is stated in the shape.
    const date = f.date === null ? undefined : f.date ?? (!f.planned && f.t.includes('सोमवार') ? MONDAY : undefined);
    return { lang: 'hin', frame: f.name, verb: '', title: '', text, people: [...named.values()], pairs, planned: f.planned === true, ...(date ? { date } : {}) };
  };
  const cases: MatrixCase[] = [];
  for (let r = 0; r < 4; r++) for (const f of shapes) cases.push(fill(f));
  return cases;
}

/** The insertion shapes above, four rounds. */
export const hindiShapeCases = (real: boolean): MatrixCase[] => shapeCases(SHAPES, real);
