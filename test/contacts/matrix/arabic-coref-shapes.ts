/*
 * Invented Arabic contacts told across sentences, as agency copy (WAFA, QNA, SPA, Xinhua and
 * Anadolu Arabic, RT Arabic) tells them: the sentence telling the contact names only one party,
 * the other being the sentence before's subject going on (a verb with no subject, a pronoun on
 * the verb or the masdar), a pair noun ("الجانبان", "الوزيران", "الزعيمان"), an office alone
 * ("الوزير الصيني", "أمير قطر" after the full name), or a delegation whose head was named before.
 * The templates give every title in full and name people bare ({a}): the office alone must find
 * the person introduced with it. Read by test/contacts/arabic-coref-shapes.test.ts.
 */
import type { MatrixCase } from './cases.ts';
import { fillArabicShapes, type Shape } from './arabic-shapes.ts';
import { fillSlots, pairsOf, slotsOf } from './fill.ts';

/* Given and family names of their own, the family turning with a stride so that the people of one
   article never share a family name (two of one family would be one person's name told twice). */
const GIVEN = ['باسل', 'مهند', 'صابر', 'غسان', 'نبيل', 'سمير', 'وائل', 'جميل', 'فراس', 'ماهر', 'إياد', 'لؤي', 'عماد', 'بشير', 'شادي', 'جواد', 'حازم', 'كمال', 'مروان', 'نزار'];
const FAMILY = ['العلي', 'مراد', 'فارس', 'سعدون', 'كنعان', 'الخوري', 'بدران', 'عزام', 'شهاب', 'قبلان', 'رحال', 'نصار', 'عبود', 'الحلبي', 'طعمة', 'زريق', 'ضاهر', 'غانم', 'لطفي', 'مخول', 'سرور', 'هاشم', 'عطية'];
const inventedName = (k: number): string => `${GIVEN[k % GIVEN.length]} ${FAMILY[(k * 7) % FAMILY.length]}`;

const SHAPES: Shape[] = [
  // The subject goes on: a verb with no subject of its own.
  { name: 'continued: stressed during his meeting', t: 'وصل وزير الخارجية الأردني {a} إلى الرياض اليوم في زيارة رسمية. وأكد خلال لقائه ولي العهد السعودي الأمير {b} عمق العلاقات بين البلدين.' },
  { name: 'continued: stressed in a call he received', t: 'شدد وزير الخارجية المصري {a} على ضرورة التهدئة. وأكد في اتصال هاتفي تلقاه من نظيره الفرنسي {b} أهمية وقف إطلاق النار.' },
  { name: 'continued: discussed during it (visit)', t: 'بدأ رئيس الوزراء الفلسطيني {a} اليوم زيارة رسمية إلى عمان. وبحث خلالها مع رئيس الوزراء الأردني {b} آخر المستجدات.' },
  { name: 'continued: explained that he met', t: 'وصل المبعوث الأممي {a} إلى صنعاء. وأوضح أنه التقى رئيس المجلس السياسي {b} وبحث معه سبل التهدئة.' },
  { name: 'continued: received him at the airport, comma', t: 'وصل الرئيس الموريتاني {a} إلى الجزائر العاصمة اليوم، واستقبله في المطار الرئيس الجزائري {b}.' },
  { name: 'continued: was received on arrival, long place', t: 'وصل رئيس مجلس النواب العراقي {a} إلى عمان مساء اليوم. وكان في استقباله لدى وصوله إلى مطار الملكة علياء الدولي رئيس مجلس النواب الأردني {b}.' },
  { name: 'continued: he received, also', t: 'ترأس العاهل البحريني الملك {a} اجتماع مجلس الوزراء. كما استقبل في قصر الصخير وزير الخارجية البريطاني {b}.' },
  { name: 'continued: on the sidelines, he met', t: 'شارك الرئيس التونسي {a} في أعمال القمة الأفريقية. وعلى هامش القمة، التقى رئيس الوزراء الإيطالي {b}.' },
  { name: 'continued: he held talks with', t: 'وصل وزير الخارجية الصيني {a} إلى طهران اليوم في جولة إقليمية. وأجرى محادثات مع نظيره الإيراني {b} تناولت الاتفاق النووي.' },
  { name: 'continued: he phoned', t: 'أدان وزير الخارجية التركي {a} الهجوم. وهاتف نظيره الأفغاني {b} معربا عن تضامن بلاده.' },
  { name: 'continued: met with him, subject after', t: 'وصل وزير الخارجية القطري الشيخ {a} إلى بيروت أمس. والتقى به رئيس الحكومة اللبنانية {b} في السراي الحكومي.' },
  // An office alone: the person introduced with it earlier in the article.
  { name: 'office alone: the Chinese minister met', t: 'وصل وزير الخارجية الصيني {a} إلى طهران اليوم في زيارة تستغرق يومين. والتقى الوزير الصيني بالرئيس الإيراني {b} في قصر سعد آباد.' },
  { name: 'office alone: the Afghan president held talks', t: 'بدأ الرئيس الأفغاني {a} زيارة رسمية إلى نيودلهي. وعقد الرئيس الأفغاني محادثات مع رئيس الوزراء الهندي {b} في مقر الحكومة.' },
  { name: 'office alone: the emir of Qatar received', t: 'عاد أمير دولة قطر الشيخ {a} إلى الدوحة بعد جولة أوروبية. واستقبل أمير قطر في الديوان الأميري رئيس الوزراء الباكستاني {b}.' },
  { name: 'office alone as object: received the American minister', t: 'وصل وزير الدفاع الأمريكي {a} إلى الدوحة مساء أمس. واستقبل أمير دولة قطر الشيخ {b} الوزير الأمريكي في قصر البحر.' },
  { name: 'office alone: said he discussed with', t: 'وصل وزير الخارجية الروسي {a} إلى دمشق. وقال الوزير الروسي إنه بحث مع الرئيس السوري {b} الوضع الإنساني.' },
  { name: 'office alone in a call: the Turkish president', t: 'ألقى الرئيس التركي {a} كلمة أمام البرلمان. وفي وقت لاحق، أجرى الرئيس التركي اتصالا هاتفيا مع المستشار الألماني {b}.' },
  // The pair noun: two people introduced as meeting.
  { name: 'pair noun: visit to meet, then the two leaders held', t: 'وصل رئيس الوزراء الإثيوبي {a} إلى القاهرة في زيارة يلتقي خلالها الرئيس المصري {b}. وعقد الزعيمان جلسة مباحثات موسعة في قصر الاتحادية.' },
  { name: 'pair noun: arrived to meet, the two ministers discussed', t: 'وصل وزير الخارجية الإيراني {a} إلى موسكو اليوم لإجراء محادثات مع نظيره الروسي {b}. وبحث الوزيران الملف النووي.' },
  { name: 'pair noun: the two ministers conveyed thanks', t: 'استقبل أمير دولة قطر الشيخ {a} وزير الخارجية الأمريكي {b}، ووزير الدفاع {c} في قصر اللؤلؤة. ونقل الوزيران شكر الرئيس الأمريكي {d} لأمير قطر على جهود بلاده.', pairs: [['A', 'B'], ['A', 'C'], ['D', 'A']] },
  // A delegation whose head was named before.
  { name: 'delegation led by, then the delegation met', t: 'وصل وفد من حركة حماس برئاسة {a} إلى القاهرة اليوم. والتقى الوفد رئيس المخابرات المصرية {b}.' },
  { name: 'met a delegation, the delegation included', t: 'التقى وزير الخارجية القطري الشيخ {a} وفدا من حكومة طالبان في الدوحة. وضم وفد الحركة وزير الخارجية الأفغاني بالوكالة {b}.' },
  { name: 'received a delegation, the delegation was led by', t: 'استقبل الرئيس الصومالي {a} في مقديشو وفدا من الاتحاد الأفريقي. وترأس الوفد وزير الخارجية الكيني {b}.' },
  { name: 'met a delegation, the delegation included two', t: 'التقى رئيس الوزراء العراقي {a} وفدا كرديا رفيعا في بغداد أمس. وضم الوفد، رئيس الوزراء الكردي {b}، ووزير المالية {c}.', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'office alone met the delegation led by', t: 'ناقش وزير الخارجية العماني {a} مع وفد من الحركة المستجدات الأمنية. وأوضح بيان للوزارة أن وزير الخارجية اجتمع بوفد الحركة برئاسة {b}.' },
  // Honorifics standing for the subject (سموه, جلالته, سيادته, فخامته, دولته, معاليه): Gulf, Jordanian and WAFA copy.
  { name: 'honorific: his highness received', t: 'وصل ولي عهد أبوظبي الشيخ {a} إلى القاهرة. واستقبل سموه في قصر الاتحادية الرئيس المصري {b}.' },
  { name: 'honorific: his majesty stressed during his meeting', t: 'وصل العاهل الأردني الملك {a} إلى واشنطن أمس. وأكد جلالته خلال لقائه الرئيس الأمريكي {b} أهمية حل الدولتين.' },
  { name: 'honorific: his excellency briefed', t: 'استقبل الرئيس الفلسطيني {a} اليوم في مقر الرئاسة بمدينة رام الله وفدا أوروبيا. وأطلع سيادته المبعوث الأوروبي {b} على آخر المستجدات.' },
  { name: 'honorific: his excellency held talks', t: 'وصل رئيس الوزراء اللبناني {a} إلى باريس. وعقد دولته محادثات مع الرئيس الفرنسي {b} في قصر الإليزيه.' },
  // More verbs of a continued subject.
  { name: 'continued: received a call from', t: 'عاد الرئيس العراقي {a} إلى بغداد أمس. وتلقى اتصالا هاتفيا من الرئيس الإيراني {b} بحثا خلاله العلاقات الثنائية.' },
  { name: 'continued: expressed during his reception', t: 'ترأس رئيس الوزراء الكويتي الشيخ {a} اجتماع الحكومة. وأعرب خلال استقباله السفير الأمريكي {b} عن تقديره للتعاون.' },
  { name: 'continued: later, comma, received', t: 'افتتح الرئيس اليمني {a} المؤتمر الوطني. وفي وقت لاحق، استقبل المبعوث الأممي {b}.' },
  { name: 'continued: then headed where he met', t: 'أنهى وزير الخارجية الإيراني {a} زيارته إلى بغداد. وتوجه بعدها إلى دمشق حيث التقى الرئيس السوري {b}.' },
  { name: 'continued: then headed where he held talks with', t: 'اختتم رئيس الوزراء المغربي {a} زيارته إلى تونس. وانتقل بعدها إلى طرابلس حيث أجرى محادثات مع رئيس المجلس الرئاسي الليبي {b}.' },
  { name: 'pronoun with, subject after', t: 'وصل وزير الخارجية الباكستاني {a} إلى أنقرة، وأجرى معه وزير الخارجية التركي {b} محادثات موسعة.' },
  { name: 'pronoun on the verb: phoned him', t: 'فاز {a} في الانتخابات الرئاسية الكينية. وهاتفه الرئيس الفرنسي {b} مهنئا.' },
  { name: 'pronoun on the verb: congratulated him by phone', t: 'أدى رئيس الوزراء الجديد {a} اليمين الدستورية. وهنأه في اتصال هاتفي الرئيس المصري {b}.' },
  // Offices alone, more of them.
  { name: 'office alone: the prime minister said after meeting', t: 'وصل رئيس الوزراء الباكستاني {a} إلى بكين. وقال رئيس الوزراء الباكستاني عقب لقائه الرئيس الصيني {b} إن المحادثات كانت مثمرة.' },
  { name: 'office alone: title after name, then emir of Qatar', t: 'استقبل الشيخ {a} أمير دولة قطر في الديوان الأميري وفدا اقتصاديا. وبحث أمير قطر مع رئيس الوزراء الإيطالي {b} العلاقات الثنائية.' },
  { name: 'office alone: the guest minister received by', t: 'وصل وزير الخارجية الهندي {a} إلى الرياض. واستقبل ولي العهد السعودي الأمير {b} الوزير الهندي في قصر اليمامة.' },
  // Delegations.
  { name: 'delegation led by, received on arrival', t: 'وصل وفد من الحكومة السودانية برئاسة {a} إلى جوبا. وكان في استقبال الوفد رئيس جنوب السودان {b}.' },
  { name: 'received a delegation led by', t: 'استقبل الرئيس الإيراني {a} اليوم في طهران وفدا برلمانيا برئاسة رئيس البرلمان العراقي {b}.' },
];

/* Sentences where a word standing for someone must link no one: a pair noun after three people,
   an office no one was introduced with. */
export const COREF_NEGATIVES: Shape[] = [
  { name: 'no pair: the two sides after three people', t: 'وصل وزير الخارجية الأردني {a} ووزير الخارجية المصري {b} ووزير الخارجية العراقي {c} إلى بغداد. وبحث الجانبان سبل التعاون.', pairs: [] },
  { name: 'no pair: the two ministers after one minister', t: 'وصل وزير الخارجية الأردني {a} إلى بغداد. والتقى رئيس الوزراء العراقي {b}. وبحث الوزيران الملف الأمني.', pairs: [['A', 'B']] },
  { name: 'no continuation: another subject named', t: 'وصل وزير الخارجية الأردني {a} إلى بغداد. والتقى وزير الخارجية العراقي {b} بالمبعوث الأممي {c}.', pairs: [['B', 'C']] },
  { name: 'no continuation: where someone else met', t: 'وصل وزير الخارجية الأردني {a} إلى بغداد. وانتقل الوفد المرافق إلى أربيل حيث التقى وزير الداخلية العراقي {b} بالمبعوث الأممي {c}.', pairs: [['B', 'C']] },
  { name: 'no meeting: a delegation arrived, it included', t: 'وصل وفد من الحكومة الليبية إلى تونس أمس. وضم الوفد وزير الخارجية الليبي {a} ووزير الداخلية {b}.', pairs: [] },
  { name: 'no office: the Chinese minister never introduced', t: 'وصل وزير الخارجية الروسي {a} إلى طهران اليوم. والتقى الوزير الصيني بالرئيس الإيراني {b} أمس.', pairs: [] },
];

/** Four rounds of every shape, with names of their own. */
export function arabicCorefShapeCases(real: boolean): MatrixCase[] {
  const shapes = [...SHAPES, ...COREF_NEGATIVES];
  if (real) return fillArabicShapes(shapes, true);
  let k = 0;
  const cases: MatrixCase[] = [];
  for (let r = 0; r < 4; r++) {
    for (const f of shapes) {
      const named = new Map(slotsOf(f.t).map((s) => [s, inventedName(k++)]));
      // Every title is written out in the template: the filler's titles are never used.
      const text = fillSlots(f.t, named, () => '{N}');
      cases.push({ lang: 'arb', frame: f.name, verb: '', title: '', text, people: [...named.values()], pairs: pairsOf(f.pairs ?? [['A', 'B']], named), planned: f.planned === true });
    }
  }
  return cases;
}
