/**
 * Ministerial offices by construction: every office held over a ministry (minister, deputy,
 * assistant, undersecretary; masculine and feminine) × every portfolio, in the definite form
 * ("وزير الصحة") and the construct one that takes the country after it ("وزير صحة أفغانستان").
 * News names ministers of any portfolio; listing them one by one left most out. The dual offices
 * shared out among two names ("الرئيسين الأميركي X والروسي Y") are built the same way.
 */
import { office } from '../entries.ts';
import type { Title } from '../types.ts';

const shared = (role: string): Title => ({ ...office(role), shared: true });

/** Portfolios: the ministry's word with the article, without it, and the English word of the role. */
const PORTFOLIOS: ReadonlyArray<readonly [string, string, string]> = [
  ['الخارجية', 'خارجية', 'foreign'],
  ['الدفاع', 'دفاع', 'defence'],
  ['الداخلية', 'داخلية', 'interior'],
  ['المالية', 'مالية', 'finance'],
  ['التجارة', 'تجارة', 'commerce'],
  ['الاقتصاد', 'اقتصاد', 'economy'],
  ['العدل', 'عدل', 'justice'],
  ['الإعلام', 'إعلام', 'information'],
  ['الصحة', 'صحة', 'health'],
  ['التعليم', 'تعليم', 'education'],
  ['التربية', 'تربية', 'education'],
  ['الطاقة', 'طاقة', 'energy'],
  ['النفط', 'نفط', 'oil'],
  ['الزراعة', 'زراعة', 'agriculture'],
  ['الخزانة', 'خزانة', 'treasury'],
  ['النقل', 'نقل', 'transport'],
  ['الثقافة', 'ثقافة', 'culture'],
  ['الاتصالات', 'اتصالات', 'communications'],
  ['التخطيط', 'تخطيط', 'planning'],
  ['الأوقاف', 'أوقاف', 'religious endowments'],
  ['شؤون اللاجئين', '', 'refugees'],
  // Further portfolios of Arab, Afghan and Central Asian cabinets.
  ['اللاجئين', 'لاجئين', 'refugees'],
  ['الهجرة', 'هجرة', 'migration'],
  ['العمل', '', 'labour'],
  ['الصناعة', 'صناعة', 'industry'],
  ['المياه', 'مياه', 'water'],
  ['الري', '', 'irrigation'],
  ['السياحة', 'سياحة', 'tourism'],
  ['البيئة', 'بيئة', 'environment'],
  ['الإسكان', 'إسكان', 'housing'],
  ['الاستثمار', 'استثمار', 'investment'],
  ['التعليم العالي', '', 'higher education'],
  ['الحج', '', 'hajj'],
  ['المعادن', 'معادن', 'mines'],
  ['الأشغال العامة', '', 'public works'],
  ['الشؤون الدينية', '', 'religious affairs'],
  ['الشؤون الاجتماعية', '', 'social affairs'],
  ['الشؤون الإسلامية', '', 'Islamic affairs'],
  ['التنمية الريفية', '', 'rural development'],
  ['الشباب', '', 'youth'],
  ['الرياضة', '', 'sports'],
  ['العدالة', '', 'justice'],
  ['الأمن', '', 'security'],
  ['الدفاع الوطني', '', 'defence'],
  ['الشؤون الخارجية', '', 'foreign'],
];

/** Offices over a ministry, masculine and feminine, with the English pattern of the role (`%` the portfolio). */
const OFFICES: ReadonlyArray<readonly [string, string]> = [
  ['وزير', '% minister'],
  ['وزيرة', '% minister'],
  ['نائب وزير', 'deputy % minister'],
  ['نائبة وزير', 'deputy % minister'],
  ['مساعد وزير', 'assistant % minister'],
  ['مساعدة وزير', 'assistant % minister'],
  ['وكيل وزير', '% undersecretary'],
  ['وكيل وزارة', '% undersecretary'],
  ['وكيلة وزارة', '% undersecretary'],
];

export const PORTFOLIO_TITLES: ReadonlyArray<readonly [string, Title]> = OFFICES.flatMap(([o, role]) =>
  PORTFOLIOS.flatMap(([definite, bare, english]) => {
    const title = office(role.replace('%', english));
    return [[`${o} ${definite}`, title] as const, ...(bare ? [[`${o} ${bare}`, title] as const] : [])];
  }),
);

/**
 * Dual offices shared out among the names that follow ("الرئيسين الأميركي X والروسي Y", the US and
 * Russian presidents X and Y; "وزيري الصحة …"). رئيسي alone is left out: it is also a name (Raisi).
 */
export const SHARED_TITLES: ReadonlyArray<readonly [string, Title]> = [
  ...['الرئيسين', 'الرئيسان'].map((t) => [t, shared('president')] as const),
  ...['رئيسي الوزراء', 'رئيسا الوزراء', 'رئيسي وزراء', 'رئيسا وزراء'].map((t) => [t, shared('prime minister')] as const),
  ...['السفيرين', 'السفيران'].map((t) => [t, shared('ambassador')] as const),
  // A head's two deputies or advisers, named one after the other ("نائبي الرئيس الأفغاني X وY").
  ...['نائبي الرئيس', 'نائبا الرئيس'].map((t) => [t, shared('vice president')] as const),
  ...['نائبي رئيس الوزراء', 'نائبا رئيس الوزراء'].map((t) => [t, shared('deputy prime minister')] as const),
  ...['مستشاري الرئيس', 'مستشارا الرئيس'].map((t) => [t, shared('presidential adviser')] as const),
  ...['المبعوثين', 'المبعوثان'].map((t) => [t, shared('envoy')] as const),
  ...['وزيري', 'وزيرا'].flatMap((o) =>
    PORTFOLIOS.flatMap(([definite, bare, english]) => [definite, bare].filter(Boolean).map((p) => [`${o} ${p}`, shared(`${english} minister`)] as const)),
  ),
];

/* An office's first word and its feminine; the adjectives right after it agree ("الأمينة العامة"). */
const FEMININE: Readonly<Record<string, string>> = {
  رئيس: 'رئيسة', الرئيس: 'الرئيسة', وزير: 'وزيرة', الوزير: 'الوزيرة', نائب: 'نائبة', النائب: 'النائبة', مستشار: 'مستشارة',
  المستشار: 'المستشارة', مبعوث: 'مبعوثة', المبعوث: 'المبعوثة', سفير: 'سفيرة', السفير: 'السفيرة', ممثل: 'ممثلة', الممثل: 'الممثلة',
  مساعد: 'مساعدة', مدير: 'مديرة', المدير: 'المديرة', أمين: 'أمينة', الأمين: 'الأمينة', المتحدث: 'المتحدثة', الناطق: 'الناطقة',
  عضو: 'عضوة', وكيل: 'وكيلة', كبير: 'كبيرة', زعيم: 'زعيمة', الزعيم: 'الزعيمة', قائد: 'قائدة',
};
const AGREEING: Readonly<Record<string, string>> = { العام: 'العامة', الخاص: 'الخاصة', السامي: 'السامية', الأعلى: 'العليا', الرسمي: 'الرسمية', الأول: 'الأولى', عام: 'عامة' };

/**
 * The feminine of each office ("رئيسة مجلس النواب", "المبعوثة الخاصة", "الأمينة العامة"): its
 * first word and the adjectives agreeing with it; a body named after them (مجلس النواب) stays.
 */
export function feminineTitles(titles: ReadonlyArray<readonly [string, Title]>): Array<readonly [string, Title]> {
  return titles.flatMap(([t, title]) => {
    const [head, ...rest] = t.split(' ');
    const feminine = FEMININE[head!];
    if (!feminine || !title.role) return [];
    const agreeing = rest.findIndex((w) => !(w in AGREEING));
    const cut = agreeing < 0 ? rest.length : agreeing;
    return [[[feminine, ...rest.slice(0, cut).map((w) => AGREEING[w]!), ...rest.slice(cut)].join(' '), title] as const];
  });
}
