/**
 * Arabic titles and offices that introduce a name, with the English role they denote, and the
 * words that qualify a role. A name that follows a title is a person even when no gazetteer lists them.
 * Arabic offices are often construct phrases naming the body they head ("زعيم حركة طالبان", "مدير
 * وكالة الاستخبارات المركزية"): the body is part of the title, or its first word would be read as
 * the name. A bare أمير, مدير or رئيس is left out: أمير is also a first name (أمير خان متقي) and
 * the other two head any noun.
 */
import { COUNTERPART, HONORIFIC, office } from '../entries.ts';
import type { Title } from '../types.ts';
import { HEADED_BY } from './contacts.ts';
import { NATIONS } from './places.ts';
import { PORTFOLIO_TITLES, SHARED_TITLES, feminineTitles } from './portfolios.ts';
import { TALIBAN, TALIBAN_OF, CIA, NATO, UN, POLITICAL_OFFICE, COUNCILS, MINISTRIES, MINISTRIES_OF, ofBodies, withOf, possessedOffices } from './title-bodies.ts';

const shared = (role: string): Title => ({ ...office(role), shared: true });

export const TITLES: ReadonlyArray<readonly [string, Title]> = [
  ...possessedOffices(),
  // A dual office shared out among the names that follow ("وزيري الدفاع القطري X، والخارجية Y").
  ['وزيري الخارجية', shared('foreign minister')],
  ['وزيرا الخارجية', shared('foreign minister')],
  ['وزيري خارجية', shared('foreign minister')],
  ['وزيرا خارجية', shared('foreign minister')],
  ['وزيري الدفاع', shared('defence minister')],
  ['وزيرا الدفاع', shared('defence minister')],
  // "الرئيسان الصيني X والروسي Y": the two presidents, each named after their nationality.
  ['الرئيسان', shared('president')],
  ['الرئيسين', shared('president')],
  ['رئيسا الوزراء', shared('prime minister')],
  ['رئيسي الوزراء', shared('prime minister')],
  // Ministers. A bare رئيس ("head of …") is left out: only the compounds name an office.
  ['وزير الخارجية', office('foreign minister')],
  ['وزير خارجية', office('foreign minister')],
  ['وزير الدفاع', office('defence minister')],
  ['وزير دفاع', office('defence minister')],
  ['وزير الداخلية', office('interior minister')],
  ['وزير المالية', office('finance minister')],
  ['وزير التجارة', office('commerce minister')],
  ['أمين مجلس الأمن', office('security council secretary')],
  ['سكرتير مجلس الأمن', office('security council secretary')],
  ['السيناتور', office('senator')],
  ['عضو مجلس الشيوخ', office('senator')],
  ['البابا', office('pope')],
  ['المفتي', HONORIFIC],
  ['وزير الدولة', office('minister of state')],
  ['وزير', office('minister')],
  ['الوزير', office('minister')],
  ['مساعد وزير الخارجية', office('assistant foreign minister')],
  ['نائب وزير الخارجية', office('deputy foreign minister')],
  ['نائب وزير', office('deputy minister')],
  ['نائب وزير خارجية', office('deputy foreign minister')],
  ['مساعد وزير خارجية', office('assistant foreign minister')],
  ['نائب وزير الدفاع', office('deputy defence minister')],
  ['نائب وزير دفاع', office('deputy defence minister')],
  // Heads of state and government.
  ['رئيس الوزراء', office('prime minister')],
  ['رئيس وزراء', office('prime minister')],
  ['رئيس الحكومة', office('prime minister')],
  ['رئيس حكومة', office('prime minister')],
  ['رئيس مجلس الوزراء', office('prime minister')],
  ['نائب رئيس الوزراء', office('deputy prime minister')],
  ['نائب رئيس مجلس الوزراء', office('deputy prime minister')],
  ['النائب الأول لرئيس الوزراء', office('first deputy prime minister')],
  ['الرئيس', office('president')],
  ['رئيس الجمهورية', office('president')],
  ['نائب الرئيس', office('vice president')],
  ['ولي العهد', office('crown prince')],
  ['ولي عهد', office('crown prince')],
  ['الملك', office('king')],
  ['العاهل', office('monarch')],
  ['الأمير', office('emir')],
  // أمير alone is also a first name: only "emir of <state>" and "emir of the country" are titles.
  ['أمير قطر', office('emir of Qatar')],
  ['أمير دولة قطر', office('emir of Qatar')],
  ['أمير الكويت', office('emir of Kuwait')],
  ['أمير دولة الكويت', office('emir of Kuwait')],
  ['أمير البلاد', office('emir')],
  ['المستشار', office('chancellor')],
  ['المستشارة', office('chancellor')],
  ['المرشد الأعلى', office('supreme leader')],
  // A governor heads a province or a city ("حاكم ولاية …"); الحاكم is also "ruling" (الحزب الحاكم).
  ['حاكم', office('governor')],
  // Advisers, envoys, diplomats.
  ['مستشار الدولة', office('state councillor')],
  ['عضو مجلس الدولة', office('state councillor')],
  ['مستشار الأمن القومي', office('national security adviser')],
  ['مستشار الأمن الوطني', office('national security adviser')],
  ['مستشارة الأمن القومي', office('national security adviser')],
  ['السفير', office('ambassador')],
  ['سفير', office('ambassador')],
  ['القائم بالأعمال', office("chargé d'affaires")],
  ['القنصل العام', office('consul general')],
  ['القنصل', office('consul')],
  ['قنصل', office('consul')],
  ['المفوض السامي', office('high commissioner')],
  ['المفوض', office('commissioner')],
  ['المنسق الخاص', office('special coordinator')],
  ['المنسق', office('coordinator')],
  ['السكرتير الصحفي', office('press secretary')],
  ['الرئيس التنفيذي', office('chief executive')],
  ['المبعوث', office('envoy')],
  ['مبعوث', office('envoy')],
  ['المبعوث الخاص', office('special envoy')],
  ['الممثل الخاص', office('special representative')],
  ['الممثل', office('representative')],
  ['الأمين العام', office('secretary-general')],
  ['أمين عام', office('secretary-general')],
  ...ofBodies(['الأمين العام', 'أمين عام'], withOf([...UN, ...NATO]).filter((b) => b.startsWith('ل')), 'secretary-general'),
  // In construct, without لـ: "أمين عام الناتو X", "أمين عام الأمم المتحدة X".
  ...ofBodies(['أمين عام'], [...UN, ...NATO], 'secretary-general'),
  // Spokesmen: "المتحدث باسم <body>" (the body's nationality may follow: "… الخارجية الباكستانية").
  ...ofBodies(['المتحدث باسم', 'المتحدث الرسمي باسم', 'الناطق باسم', 'الناطق الرسمي باسم', 'المتحدثة باسم'], [...TALIBAN, ...MINISTRIES, ...MINISTRIES_OF(TALIBAN), ...UN, ...NATO, ...POLITICAL_OFFICE], 'spokesman'),
  ...ofBodies(['نائب المتحدث باسم', 'نائب الناطق باسم', 'نائب المتحدث الرسمي باسم'], [...TALIBAN, ...MINISTRIES, ...TALIBAN.map((t) => `حكومة ${t}`)], 'deputy spokesman'),
  // "المتحدث باسمها X": the spokesman in its name, the body a pronoun suffix stands for.
  ...['المتحدث', 'المتحدثة', 'الناطق', 'المتحدث الرسمي', 'الناطق الرسمي'].flatMap((t) => ['باسمه', 'باسمها', 'باسمهم', 'باسمهما'].map((p): [string, Title] => [`${t} ${p}`, office('spokesman')])),
  ['المتحدث', office('spokesman')],
  ['الناطق', office('spokesman')],
  // Heads of agencies, armies and movements.
  ...ofBodies(['مدير', 'رئيس'], CIA, 'CIA director'),
  ['رئيس الاستخبارات', office('intelligence chief')],
  ['رئيس المخابرات', office('intelligence chief')],
  ['مدير الاستخبارات', office('intelligence chief')],
  ['مدير المخابرات', office('intelligence chief')],
  ['رئيس جهاز المخابرات', office('intelligence chief')],
  ['مدير جهاز المخابرات', office('intelligence chief')],
  ['مدير جهاز الاستخبارات', office('intelligence chief')],
  ['رئيس الشؤون الدينية', office('head of religious affairs')],
  ['رئيس هيئة الأركان', office('chief of staff')],
  ['رئيس الأركان', office('chief of staff')],
  // The army's in construct ("رئيس أركان الجيش X", chief of the army staff).
  ['رئيس أركان الجيش', office('army chief of staff')],
  ['رئيس هيئة أركان الجيش', office('army chief of staff')],
  ['قائد الجيش', office('army chief')],
  // Military ranks before a name (الفريق, اللواء, العميد are also "team", "brigade", "dean": left out).
  ['الجنرال', office('general')],
  ['الأدميرال', office('admiral')],
  ['المشير', office('field marshal')],
  ['العقيد', office('colonel')],
  ['قائد القيادة المركزية', office('CENTCOM commander')],
  ...ofBodies(['زعيم', 'قائد', 'أمير'], TALIBAN, 'Taliban leader'),
  ...ofBodies(['نائب زعيم', 'نائب قائد', 'نائب أمير'], TALIBAN, 'Taliban deputy leader'),
  ...ofBodies(['مؤسس', 'أحد مؤسسي'], TALIBAN, 'Taliban co-founder'),
  // Epithets standing for an office: "الرجل الثاني في حركة طالبان، X" (the movement's number two), "الرجل الأول في الحركة".
  ...ofBodies(['الرجل الثاني', 'الرجل الأول', 'الرجل القوي'], TALIBAN_OF.filter((b) => b.startsWith('في')), 'Taliban leader'),
  ...ofBodies(['قيادي', 'القيادي', 'قيادي بارز', 'القيادي البارز'], [...TALIBAN, ...TALIBAN_OF], 'Taliban leader'),
  ...ofBodies(['رئيس المكتب السياسي', 'مدير المكتب السياسي', 'نائب رئيس المكتب السياسي', 'عضو المكتب السياسي'], [...TALIBAN_OF, ''], 'head of the political office').map(
    ([t, v]): [string, Title] => [t.trim(), t.startsWith('نائب') ? office('deputy head of the political office') : t.startsWith('عضو') ? office('political office member') : v],
  ),
  // "headed by": a head's name follows (وفد/حكومة برئاسة X, بقيادة X, يترأسه X); weak and role-less, it reads only a full name.
  ...HEADED_BY.map((w): [string, Title] => [w, { weak: true }]),
  // Counterparts: someone's, by the pronoun suffix.
  ['نظيره', COUNTERPART],
  ['نظيرته', COUNTERPART],
  ['نظيريه', COUNTERPART],
  ['نظيرها', COUNTERPART],
  ['نظرائه', COUNTERPART],
  ['نظرائها', COUNTERPART],
  // The plural as object, with its hamza on the line ("التقى X نظراءه الصيني Y", met his counterparts), and the dual's.
  ['نظراءه', COUNTERPART],
  ['نظراءها', COUNTERPART],
  ['نظيريها', COUNTERPART],
  ['نظيرتيه', COUNTERPART],
  ['نظيرتها', COUNTERPART],
  // In the first person, in quoted words and posts: "أجريت اتصالا مع نظيري Y" (my counterpart).
  ['نظيري', COUNTERPART],
  ['نظيرتي', COUNTERPART],
  ['نظرائي', COUNTERPART],
  // Honorifics: they say nothing of a role.
  ['الشيخ', HONORIFIC],
  ['الدكتور', HONORIFIC],
  ['الدكتورة', HONORIFIC],
  ['السيد', HONORIFIC],
  ['السيدة', HONORIFIC],
  ['الملا', HONORIFIC],
  // Honorifics of a profession or a pilgrimage, which Arab news writes before names (المهندس, الحاج).
  ['المهندس', HONORIFIC],
  ['المهندسة', HONORIFIC],
  ['البروفيسور', HONORIFIC],
  ['الحاج', HONORIFIC],
  ['المولوي', HONORIFIC],
  // Mawlawi, a religious honorific of Afghan names, is written without the article as often as with it.
  ['مولوي', HONORIFIC],
  // The other religious honorifics of Afghan and Iranian names: القاري (one who recites the Quran),
  // المفتي without the article, آية الله (ayatollah).
  ['القاري', HONORIFIC],
  ['مفتي', HONORIFIC],
  ['آية الله', HONORIFIC],
  ['آيه الله', HONORIFIC],
  ['سعادة', HONORIFIC],
  ['معالي', HONORIFIC],
  ['فخامة', HONORIFIC],
  ['سمو', HONORIFIC],
  ['صاحب السمو', HONORIFIC],
  ['حضرة صاحب السمو', HONORIFIC],
  // دولة "Excellency" of a head of government, only before another title (دولة قطر is a country).
  ['دولة الدكتورة', HONORIFIC],
  ['دولة الدكتور', HONORIFIC],
  ['دولة السيد', HONORIFIC],
  ['دولة رئيس الوزراء', office('prime minister')],
  // Feminine forms of the offices above.
  ['وزيرة الخارجية', office('foreign minister')],
  ['وزيرة خارجية', office('foreign minister')],
  ['وزيرة الدفاع', office('defence minister')],
  ['وزيرة', office('minister')],
  ['الوزيرة', office('minister')],
  ['الرئيسة', office('president')],
  ['رئيسة الوزراء', office('prime minister')],
  ['رئيسة وزراء', office('prime minister')],
  ['نائبة الرئيس', office('vice president')],
  ['نائبة الرئيس الأمريكي', office('US vice president')],
  ['السفيرة', office('ambassador')],
  ['المبعوثة', office('envoy')],
  ['المبعوثة الخاصة', office('special envoy')],
  ['الأمينة العامة', office('secretary-general')],
  // Other common offices.
  ['وزير الشؤون الخارجية', office('foreign minister')],
  ['الممثل السامي', office('high representative')],
  ['المفوض السامي', office('high commissioner')],
  ['رئيس المفوضية الأوروبية', office('European Commission president')],
  ['رئيسة المفوضية الأوروبية', office('European Commission president')],
  ['رئيس المجلس الأوروبي', office('European Council president')],
  ['رئيس البرلمان', office('speaker of parliament')],
  ['رئيس مجلس النواب', office('speaker of parliament')],
  ['رئيس جهاز المخابرات', office('intelligence chief')],
  ['مدير المخابرات', office('intelligence chief')],
  // Portfolios chained after a minister ("وزير الدولة البريطاني للشؤون الخارجية").
  ['للشؤون الخارجية', office('foreign affairs')],
  ['رئيس حكومة تصريف الأعمال', office('caretaker prime minister')],
  ...ofBodies(['رئيس', 'رئيسة'], COUNCILS, 'council head'),
  ...ofBodies(['نائب رئيس', 'نائبة رئيس'], COUNCILS, 'council deputy head'),
  ['الزعيم', office('leader')],
  ['القائد', office('commander')],
  ...ofBodies(['المرشد الأعلى', 'زعيم'], TALIBAN_OF.filter((b) => b.startsWith('ل')), 'Taliban supreme leader'),
  ['قائد القوات', office('forces commander')],
  ['المدير التنفيذي', office('executive director')],
  ['وكيل الأمين العام', office('under-secretary-general')],
  ['منسق الإغاثة الطارئة', office('emergency relief coordinator')],
  ['منسق الشؤون الإنسانية', office('humanitarian coordinator')],
  ['كبير المفاوضين', office('chief negotiator')],
  ['رئيس فريق التفاوض', office('chief negotiator')],
  ['رئيس جهاز الاستخبارات', office('intelligence chief')],
  ['مدير جهاز الاستخبارات', office('intelligence chief')],
  ['رئيس جمعية الهلال الأحمر', office('Red Crescent president')],
  ['رئيس الهلال الأحمر', office('Red Crescent president')],
  // A member of parliament ("النائب X"); the prosecutor general is another office.
  ['النائب', office('member of parliament')],
  ['النائبة', office('member of parliament')],
  ['النائب العام', office('prosecutor general')],
  ['عضو البرلمان', office('member of parliament')],
  ['عضو مجلس النواب', office('member of parliament')],
];

/** The titles above, and every ministerial office by construction where the list has none of its own. */
const BUILT: ReadonlyArray<readonly [string, Title]> = [...PORTFOLIO_TITLES, ...SHARED_TITLES];
const listed = new Set(TITLES.map(([t]) => t));
const built = BUILT.filter(([t]) => !listed.has(t));
/** The titles above, every ministerial and dual office by construction, and the feminine of each, where the list has none of its own. */
export const ALL_TITLES: ReadonlyArray<readonly [string, Title]> = [
  ...TITLES,
  ...built,
  ...feminineTitles([...TITLES, ...built]).filter(([t], i, all) => !listed.has(t) && !built.some(([u]) => u === t) && all.findIndex(([u]) => u === t) === i),
];

/** Kept in the role when they change its meaning ("former president"), passed over ('') when not. */
export const ROLE_QUALIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['السابق', 'former'],
  ['الأسبق', 'former'],
  ['المؤقت', 'acting'],
  ['بالوكالة', 'acting'],
  ['بالإنابة', 'acting'],
  ['بالنيابة', 'acting'],
  ['المكلف', 'acting'],
  ['الخاص', 'special'],
  ['الخاصة', 'special'],
  // "المبعوث الشخصي للأمين العام": a personal envoy.
  ['الشخصي', 'personal'],
  ['الشخصية', 'personal'],
  ['المعين', 'designate'],
  ['المعينة', 'designate'],
  ['المنتخب', 'elect'],
  ['المنتخبة', 'elect'],
  // "حاكم كابل المعين من قبل حركة طالبان، X": who appointed the office holder, said after the office.
  ...['المعين', 'المعينة', 'المكلف', 'المكلفة', 'المنتخب', 'المنتخبة'].flatMap((appointed) =>
    ['من قبل', 'من طرف', 'من جانب', 'من'].flatMap((by) => [...TALIBAN, 'حكومة طالبان', 'الحكومة'].map((body): [string, string] => [`${appointed} ${by} ${body}`, ''])),
  ),
  // "القائم بأعمال حاكم …", acting governor: written before the office it qualifies.
  ['القائم بأعمال', 'acting'],
  ['القائمة بأعمال', 'acting'],
  ['الجديد', ''],
  ['الجديدة', ''],
  ['السابقة', 'former'],
  ['المؤقتة', 'acting'],
  ['الانتقالية', 'acting'],
  // "وزير الدفاع في الحكومة الأفغانية المؤقتة X": the government an office is in; its nationality follows.
  ['في الحكومة', ''],
  ['في حكومة', ''],
  ...TALIBAN.map((body): [string, string] => [`في حكومة ${body}`, '']),
  // "سفير باكستان لدى أفغانستان": the country after لدى is where the envoy serves; "لدى بلاده", in his country.
  ['لدى', ''],
  ...['بلاده', 'بلادها', 'بلادهم', 'بلادنا', 'دولته', 'دولتها'].map((own): [string, string] => [`لدى ${own}`, '']),
  // "الممثل الأعلى", "المفوض السامي": high.
  ['الأعلى', 'high'],
  ['العليا', 'high'],
  // "الممثل الأمريكي الخاص لأفغانستان": the country an envoy is for says nothing of their nationality.
  ...NATIONS.flatMap(([, names]) => names.flatMap((n) => [n.startsWith('ال') ? `لل${n.slice(2)}` : `ل${n}`, `إلى ${n}`]).map((q): [string, string] => [q, ''])),
];
