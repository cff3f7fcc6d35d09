/**
 * Invented Arabic sentences that combine the pack's ways of naming an office holder: every office ×
 * every way a nation is attached to it × name shapes × honorifics × sentence frames. A combination
 * that fails is a construction real text will hit again, not one sentence.
 */

export interface MatrixCase {
  sentence: string;
  /** The name as written, which some person's mention must be exactly. */
  name: string;
  /** English words the person's role must hold (nationality, office), if any. */
  role: string[];
  /** What was combined, for the failure list. */
  label: string;
}

/** An office: its definite form (before a nisba), its construct form (before a country), its English role word. */
interface Office {
  definite: string;
  /** Absent when the office is not written in construct with a country. */
  construct?: string;
  role: string;
}

const OFFICES: Office[] = [
  { definite: 'الرئيس', construct: 'رئيس', role: 'president' },
  { definite: 'وزير الخارجية', construct: 'وزير خارجية', role: 'foreign minister' },
  { definite: 'رئيس الوزراء', construct: 'رئيس وزراء', role: 'prime minister' },
  { definite: 'وزير الدفاع', construct: 'وزير دفاع', role: 'defence minister' },
  { definite: 'السفير', construct: 'سفير', role: 'ambassador' },
  { definite: 'المبعوث', construct: 'مبعوث', role: 'envoy' },
  { definite: 'نائب وزير الخارجية', construct: 'نائب وزير خارجية', role: 'deputy foreign minister' },
  { definite: 'مستشار الأمن القومي', role: 'national security adviser' },
];

/** A country: its name, its state form (جمهورية …), its nisba as news writes it, the English adjective. */
interface Country {
  name: string;
  state: string;
  nisba: string;
  adjective: string;
}

/* Nisbas written as the press does, some not the pack's own spelling (الأوزبكستاني for أوزبكي). */
const COUNTRIES: Country[] = [
  { name: 'روسيا', state: 'جمهورية روسيا الاتحادية', nisba: 'الروسي', adjective: 'Russian' },
  { name: 'باكستان', state: 'جمهورية باكستان الإسلامية', nisba: 'الباكستاني', adjective: 'Pakistani' },
  { name: 'أوزبكستان', state: 'جمهورية أوزبكستان', nisba: 'الأوزبكستاني', adjective: 'Uzbek' },
  { name: 'طاجيكستان', state: 'جمهورية طاجيكستان', nisba: 'الطاجيكستاني', adjective: 'Tajik' },
  { name: 'قيرغيزستان', state: 'جمهورية قيرغيزستان', nisba: 'القيرغيزستاني', adjective: 'Kyrgyz' },
  { name: 'الكويت', state: 'دولة الكويت', nisba: 'الكويتي', adjective: 'Kuwaiti' },
  { name: 'السعودية', state: 'المملكة العربية السعودية', nisba: 'السعودي', adjective: 'Saudi' },
  { name: 'ألمانيا', state: 'جمهورية ألمانيا الاتحادية', nisba: 'الألماني', adjective: 'German' },
  { name: 'أفغانستان', state: 'جمهورية أفغانستان الإسلامية', nisba: 'الأفغاني', adjective: 'Afghan' },
  { name: 'إندونيسيا', state: 'جمهورية إندونيسيا', nisba: 'الإندونيسي', adjective: 'Indonesian' },
];

const GIVEN = ['سامر', 'حامد', 'كريم', 'ماجد', 'نبيل', 'طارق', 'وليد', 'عادل', 'رامي', 'باسل', 'جمال', 'فراس'];
/* Surnames are invented from syllables, one per case, so that no two cases name the same person. */
const SYLLABLES = ['نو', 'زا', 'ري', 'جو', 'مي', 'لو', 'شا', 'دو'];
const ENDINGS = ['ف', 'ن', 'ر', 'ل'];
const surname = (n: number): string => SYLLABLES[n % 8]! + SYLLABLES[Math.floor(n / 8) % 8]! + SYLLABLES[Math.floor(n / 64) % 8]! + ENDINGS[n % 4]!;
const family = (n: number): string => `ال${SYLLABLES[n % 8]!}${SYLLABLES[Math.floor(n / 8) % 8]!}${SYLLABLES[Math.floor(n / 64) % 8]!}ي`;

/** Name shapes: two words, three words, "bin", a family name with the article, آل, عبد + الـ. */
const SHAPES: Array<(n: number) => string> = [
  (n) => `${GIVEN[n % 12]} ${surname(n)}`,
  (n) => `${GIVEN[n % 12]} ${GIVEN[(n + 5) % 12]} ${surname(n)}`,
  (n) => `${GIVEN[n % 12]} بن ${surname(n)}`,
  (n) => `${GIVEN[n % 12]} ${GIVEN[(n + 5) % 12]} ${family(n)}`,
  (n) => `${GIVEN[n % 12]} بن ${GIVEN[(n + 7) % 12]} آل ${surname(n)}`,
  (n) => `عبد ال${GIVEN[(n + 1) % 12]} ${surname(n)}`,
];

/** Sentence frames around a person phrase. */
const FRAMES: Array<(person: string) => string> = [
  (p) => `وقال ${p} إن بلاده تدعم الحوار بين الأطراف.`,
  (p) => `والتقى ${p} بوزير الخارجية الصيني وانغ يي في موسكو.`,
  (p) => `وأجرى وزير الخارجية الصيني وانغ يي اتصالا هاتفيا مع ${p} أمس.`,
];

const HONORIFICS = ['', 'الشيخ ', 'الدكتور '];

/** How a nation is attached to an office. */
const ATTACHMENTS: Array<{ label: string; office: (o: Office, c: Country) => string | undefined; comma?: boolean }> = [
  { label: 'office + nisba', office: (o, c) => `${o.definite} ${c.nisba}` },
  { label: 'office + nisba, comma', office: (o, c) => `${o.definite} ${c.nisba}`, comma: true },
  { label: 'office in construct + country', office: (o, c) => o.construct && `${o.construct} ${c.name}` },
  { label: 'office in construct + state form', office: (o, c) => o.construct && `${o.construct} ${c.state}` },
];

/** One case: office, country and attachment with a name shape, honorific and frame. */
function matrixCase(o: Office, c: Country, a: (typeof ATTACHMENTS)[number], s: number, h: number, f: number, n: number): MatrixCase | undefined {
  const title = a.office(o, c);
  if (!title) return undefined;
  const name = SHAPES[s]!(n);
  const person = a.comma ? `${title}، ${HONORIFICS[h]}${name}،` : `${title} ${HONORIFICS[h]}${name}`;
  const label = `${o.role} | ${a.label} | ${c.adjective} | shape ${s} | honorific "${HONORIFICS[h]!.trim()}" | frame ${f}`;
  return { sentence: FRAMES[f]!(person), name, role: [c.adjective, o.role], label };
}

/* Countries crossed with every office; the rest are reached in the second part's rotation. */
const PRODUCT_COUNTRIES = 6;

/**
 * Every office × country (the first six) × attachment (plain name, frames rotated), and every attachment × name
 * shape × honorific × frame (offices and countries rotated).
 */
export function arabicTitleMatrix(): MatrixCase[] {
  const cases: Array<MatrixCase | undefined> = [];
  let n = 0;
  for (const o of OFFICES) for (const c of COUNTRIES.slice(0, PRODUCT_COUNTRIES)) for (const a of ATTACHMENTS) cases.push(matrixCase(o, c, a, 0, 0, n % FRAMES.length, n++));
  // Offices rotate over those written in construct, so that every attachment gets every shape.
  const construct = OFFICES.filter((o) => o.construct);
  for (const a of ATTACHMENTS)
    for (let s = 0; s < SHAPES.length; s++)
      for (let h = 0; h < HONORIFICS.length; h++)
        for (let f = 0; f < FRAMES.length; f++) cases.push(matrixCase(construct[n % construct.length]!, COUNTRIES[n % COUNTRIES.length]!, a, s, h, f, n++));
  return cases.filter((c) => c !== undefined);
}

/* Offices named with their body or portfolio, as long as the press writes them. */
const BODY_OFFICES = [
  'الممثل الأعلى للسياسة الخارجية والأمنية للاتحاد الأوروبي',
  'الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي',
  'الأمين العام لمنظمة التعاون الإسلامي',
  'مدير وكالة المخابرات المركزية الأمريكية',
  'رئيس المكتب السياسي لحركة طالبان',
  'نائب رئيس المكتب السياسي للحركة في الدوحة',
  'المتحدث باسم وزارة الخارجية الروسية',
  'السفير الإماراتي لدى بلاده',
  'سفير باكستان لدى أفغانستان',
];

/** Every long office × name shape, frames rotated. */
export function arabicBodyOfficeMatrix(): MatrixCase[] {
  const cases: MatrixCase[] = [];
  let n = 600;
  for (const title of BODY_OFFICES)
    for (let s = 0; s < SHAPES.length; s++) {
      const f = n % FRAMES.length;
      const name = SHAPES[s]!(n++);
      cases.push({ sentence: FRAMES[f]!(`${title} ${name}`), name, role: [], label: `${title} | shape ${s} | frame ${f}` });
    }
  return cases;
}

/**
 * "نظرائه الروسي X، والألماني Y": a list of names after an office, each with "and" and its own
 * nationality; every name must be read with the office of its nationality.
 */
export function arabicNationalityListMatrix(): MatrixCase[] {
  const cases: MatrixCase[] = [];
  const heads = [{ title: 'نظرائه', role: 'counterpart' }, { title: 'نظيريه', role: 'counterpart' }, { title: 'وزيري الخارجية', role: 'foreign minister' }];
  let n = 800;
  for (const head of heads)
    for (let c = 0; c < COUNTRIES.length; c++)
      for (const comma of [true, false]) {
        const [a, b] = [COUNTRIES[c]!, COUNTRIES[(c + 3) % COUNTRIES.length]!];
        const [first, second] = [SHAPES[n % SHAPES.length]!(n++), SHAPES[n % SHAPES.length]!(n++)];
        const sep = comma ? '، ' : ' ';
        const sentence = `وأجرى وزير الخارجية الصيني وانغ يي اتصالات هاتفية مع ${head.title} ${a.nisba} ${first}${sep}و${b.nisba} ${second}${comma ? '،' : ''} لبحث الوضع.`;
        const label = `${head.role} | ${a.adjective}, ${b.adjective} | comma ${comma}`;
        cases.push({ sentence, name: first, role: [a.adjective], label }, { sentence, name: second, role: [b.adjective], label });
      }
  return cases;
}

/**
 * Words with لـ or وـ glued on after a definite word, where a role would put a name ("الحالات
 * الجديدة لعبور عسكريين"): none is a person.
 */
export function arabicCliticNounMatrix(): string[] {
  const before = ['الحالات الجديدة', 'الساحل التركماني', 'اللقاء التشاوري الثالث', 'الاجتماع المشترك'];
  const nouns = ['لعبور', 'لبحر', 'لرؤساء', 'لدعم', 'لبحث', 'ولدى', 'لتعزيز', 'وتعزيز'];
  const after = ['عسكريين', 'قزوين', 'بلدان', 'جهود'];
  return before.flatMap((b) => nouns.flatMap((n) => after.map((a) => `وأشار إلى ${b} ${n} ${a} في المنطقة.`)));
}
