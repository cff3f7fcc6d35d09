/**
 * The bodies Arabic offices head and the offices named by them (construct phrases such as "زعيم
 * حركة طالبان", "وزارة خارجية طالبان", a state's head in construct with it), for titles.ts and the
 * pack's `titleBodies`, `constructOffices` and `stateOffices`.
 */
import { office } from '../entries.ts';
import type { Title } from '../types.ts';

/** Bodies an office is "of", as written after it (with and without حركة, the article, لـ). */
export const TALIBAN = ['حركة طالبان', 'طالبان', 'الحركة'];
export const TALIBAN_OF = ['لحركة طالبان', 'لطالبان', 'للحركة', 'في حركة طالبان', 'في طالبان', 'في الحركة'];
export const CIA = ['وكالة الاستخبارات المركزية', 'وكالة المخابرات المركزية', 'الاستخبارات المركزية', 'المخابرات المركزية'];
export const NATO = ['حلف شمال الأطلسي', 'حلف الناتو', 'الناتو', 'الحلف الأطلسي'];
export const UN = ['الأمم المتحدة'];
/** The Taliban's political office, as its spokesman's body ("المتحدث باسم المكتب السياسي لطالبان"). */
export const POLITICAL_OFFICE = ['المكتب السياسي', ...TALIBAN_OF.filter((b) => b.startsWith('ل')).map((b) => `المكتب السياسي ${b}`)];
/** Councils whose head is named by the office of heading them (رئيس المجلس الأعلى للمصالحة الوطنية X). */
export const COUNCILS = [
  'مجلس الشورى الإسلامي', 'المجلس الأعلى للمصالحة الوطنية', 'المجلس الأعلى للمصالحة', 'مجلس المصالحة الوطنية', 'مجلس المصالحة', 'لجنة المصالحة الوطنية',
  'لجنة المصالحة', 'هيئة المصالحة', 'المصالحة الوطنية', 'المصالحة', 'مجلس الشورى', 'مجلس الأمة', 'مجلس الشيوخ', 'مجلس الأمن القومي',
];
export const MINISTRIES = [
  'وزارة الخارجية', 'الخارجية', 'الحكومة', 'الرئاسة', 'البيت الأبيض', 'الكرملين', 'وزارة الدفاع', 'البنتاغون', 'وزارة الداخلية', 'الداخلية', 'الدفاع',
  // The body named by its kind alone, the one the story is about ("المتحدث باسم الوزارة", the ministry's spokesman).
  'الوزارة', 'السفارة', 'الجيش', 'الشرطة', 'البعثة', 'المفوضية', 'المنظمة', 'اللجنة', 'الحلف', 'القصر', 'الديوان', 'الأمين العام',
];
/** A movement's own ministries, in construct ("وزارة خارجية طالبان", the Taliban's foreign ministry). */
export const MINISTRIES_OF = (bodies: readonly string[]): string[] =>
  ['وزارة خارجية', 'خارجية', 'وزارة داخلية', 'وزارة دفاع', 'حكومة'].flatMap((m) => bodies.filter((b) => !b.startsWith('ال')).map((b) => `${m} ${b}`));

/** Each office in front of each body ("زعيم" × "حركة طالبان"), with the body's لـ form when `of`. */
export const ofBodies = (offices: readonly string[], bodies: readonly string[], role: string): Array<[string, Title]> =>
  offices.flatMap((o) => bodies.map((b): [string, Title] => [`${o} ${b}`, office(role)]));
export const withOf = (bodies: readonly string[]): string[] => bodies.flatMap((b) => [b, b.startsWith('ال') ? `لل${b.slice(2)}` : `ل${b}`]);

/* Offices that take a possessive pronoun in place of their country ("وزيرها X", its minister X). */
const POSSESSED_OFFICES: ReadonlyArray<readonly [string, string]> = [
  ['وزير', 'minister'], ['وزيرة', 'minister'], ['سفير', 'ambassador'], ['سفيرة', 'ambassador'], ['مبعوث', 'envoy'],
  ['مبعوثة', 'envoy'], ['ممثل', 'representative'], ['رئيس', 'president'], ['رئيسة', 'president'], ['مستشار', 'adviser'],
  ['وزير خارجية', 'foreign minister'], ['وزيرة خارجية', 'foreign minister'], ['وزير دفاع', 'defence minister'],
  ['وزيرة دفاع', 'defence minister'], ['وزير داخلية', 'interior minister'], ['رئيس وزراء', 'prime minister'], ['رئيسة وزراء', 'prime minister'],
];
/** "his/her/their" suffixes; a final ة becomes ت before them (خارجية → خارجيتها). */
const POSSESSIVE_SUFFIXES = ['ه', 'ها', 'هم', 'هما'];
const possessed = (word: string, suffix: string): string => (word.endsWith('ة') ? word.slice(0, -1) + 'ت' : word) + suffix;
export const possessedOffices = (): Array<[string, Title]> =>
  POSSESSED_OFFICES.flatMap(([o, role]) => POSSESSIVE_SUFFIXES.map((sfx): [string, Title] => {
    const words = o.split(' ');
    return [[...words.slice(0, -1), possessed(words[words.length - 1]!, sfx)].join(' '), office(role)];
  }));

/** Heads of the bodies an office is "of" or "for" (see `titleBodies` in the pack type). */
export const TITLE_BODIES: readonly string[] = [
  'منظمة', 'مجلس', 'هيئة', 'وكالة', 'لجنة', 'اللجنة', 'جامعة', 'حلف', 'رابطة', 'اتحاد', 'الاتحاد', 'مكتب', 'صندوق', 'برنامج',
  'مفوضية', 'المفوضية', 'بعثة', 'البعثة', 'حزب', 'جبهة', 'وزارة', 'شؤون', 'الشؤون', 'مجموعة', 'منتدى', 'المنظمة', 'قضايا', 'ملف',
  'فريق', 'الفريق', 'وفد', 'الوفد', 'الحكومة', 'حكومة', 'البرلمان', 'المكتب',
  // Banks, funds, centres and foundations ("رئيس البنك الدولي", "مديرة صندوق النقد الدولي", "عضو المركز الإعلامي").
  'بنك', 'البنك', 'الصندوق', 'مركز', 'المركز', 'مؤسسة', 'المؤسسة',
  // Portfolios: "الممثل الأعلى للسياسة الخارجية والأمنية", "وزير الدولة للشؤون …".
  'سياسة', 'السياسة', 'العلاقات', 'علاقات',
  // Fronts, forces and provinces a leader, commander or representative heads or stands for.
  'مقاومة', 'المقاومة', 'قوات', 'القوات', 'القيادة', 'قيادة', 'جيش', 'الجيش', 'ولاية', 'إقليم', 'محافظة',
];

/** Heads of an office named by its body in construct (see `constructOffices` in the pack type). */
export const CONSTRUCT_OFFICES: ReadonlyArray<readonly [string, Title]> = [
  ['عضو', office('member')],
  ['عضوة', office('member')],
  ['مسؤول', office('official')],
  ['مسؤولة', office('official')],
  ['رئيس', office('head')],
  ['رئيسة', office('head')],
  ['مدير', office('director')],
  ['مديرة', office('director')],
  // Leaders, commanders and representatives of a body, a front or a province ("زعيم جبهة المقاومة",
  // "قائد القوات الأمريكية", "ممثل ولاية بنجشير"): alone each heads any noun ("ممثل الحكومة" is
  // read only with a body noun after it).
  ['زعيم', office('leader')],
  ['زعيمة', office('leader')],
  ['قائد', office('commander')],
  ['قائدة', office('commander')],
  ['ممثل', office('representative')],
  ['ممثلة', office('representative')],
  // A province's governor, as Afghan provinces name him ("والي ولاية بنجشير", "والي هرات"); والي
  // alone is also a given name. Governors and mayors head a province or a city in construct.
  ['والي', { ...office('governor'), ofPlace: true }],
  ['محافظ', { ...office('governor'), ofPlace: true }],
  ['عمدة', { ...office('mayor'), ofPlace: true }],
  ['رئيس بلدية', { ...office('mayor'), ofPlace: true }],
];

/** Heads of a state in construct with it (see `stateOffices` in the pack type). */
export const STATE_OFFICES: ReadonlyArray<readonly [string, Title]> = [
  ['رئيس', office('president')],
  ['رئيسة', office('president')],
  ['ملك', office('king')],
  ['ملكة', office('queen')],
  ['أمير', office('emir')],
  ['سلطان', office('sultan')],
];

/** A state's form and the adjectives of its official name (جمهورية أفغانستان الإسلامية). */
export const STATE_FORMS: readonly string[] = ['جمهورية', 'الجمهورية', 'مملكة', 'المملكة', 'إمارة', 'الإمارة', 'سلطنة', 'دولة', 'اتحاد'];
export const STATE_ADJECTIVES: readonly string[] = [
  'الإسلامية', 'العربية', 'الاتحادية', 'الشعبية', 'الديمقراطية', 'الهاشمية', 'المتحدة', 'الفيدرالية', 'الاشتراكية', 'الجنوبية', 'الشمالية',
];
