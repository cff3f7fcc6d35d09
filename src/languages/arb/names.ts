/**
 * Arabic words that end a name. Arabic has no capital letters, so after a title the name runs
 * until a preposition, conjunction, pronoun or a common noun that typically follows a title
 * ("رئيس مجلس"), or a verb or object noun that can follow a name ("أجرى X اتصالا", X made a call).
 */
import { foldTerm } from '../../text/normalize.ts';
import type { Word } from '../types.ts';
import { isoStopWords } from '../iso-stopwords.ts';
import { ARABIC_NAME_PARTICLES, ARABIC_NAME_WORDS } from './name-words.ts';
import { CUES, FUTURE_MARKERS, SPEECH } from './contacts.ts';
import { NEWS_NOUN_FORMS, NEWS_VERB_FORMS } from './verbs.ts';
import { ARABIC_LATIN_LETTERS } from './letters.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter(Boolean).map(foldTerm));

/* …and news agencies and photo credits ("- جيتي", "(رويترز)"), which follow a caption's office. */
const NOT_IN_NAMES = set(`
  في من على إلى الى عن مع أن إن ان أنه انه إنه الذي التي الذين قد لقد كما حيث خلال بعد قبل عند منذ حول ضد بين
  اليوم أمس غدا الآن هذا هذه ذلك تلك هو هي هم لا لم لن ما ثم أو او بل إلى كل جميع أي
  قال وقال أكد أعلن أضاف وأضاف أشار ذكر بحث التقى يلتقي سيلتقي أجرى تلقى اتصل
  مجلس هيئة منظمة لجنة حزب حكومة جمهورية دولة إمارة مملكة سلطنة وزارة الوزراء وزراء الحكومة الخارجية
  اتصال اتصالا هاتفي هاتفيا مكالمة محادثات مباحثات لقاء اجتماع اجتماعا زيارة رسالة بيان بيانا تصريحات كلمة
  بلاد بلاده بلادها بلادهم بلادنا دولته دولتها
  وفق وفقا طبقا تبعا استنادا نقلا حسبما بحسب حسب
  جيتي رويترز الأناضول شينخوا سبوتنيك إرنا ارنا تاس نوفوستي فرانس برس أسوشيتد اسوشيتد
  لدى بشأن يوم عبر بشدة حول إزاء تجاه نحو عقب إثر أثناء وسط بسبب ضمن بحضور برئاسة بصفته وذلك أيضا كذلك
  صباح مساء ظهر ليلة الليلة
  زار يزور سيزور تزور ستزور قام يقوم سيقوم عقد عقدت يعقد سيعقد أجرت يجري سيجري تجري ستجري تلقت تلقاه يتلقى
  ناقش ناقشت تناول تناولا تناولت بحثا بحثت شدد شددا أكدت اتفقا استقبل استقبلت التقت اجتمع اجتمعت هاتف
  اتصالات اتصالين هاتفية هاتفيين محادثة مباحثات الهاتف
  عدد عددا وفد وفدا جميع سلسلة جولة جولات
  برفقة رفقة برفقته برفقتها يرافقه ترافقه يرافقها ترافقها يرافقهم يرافقهما مرافقا
  ومن ومع وفي وعن وإلى ولا ولم وقد تصريف شؤون سي آي إيه
  رئيس نائب وزير مدير قائد سفير مستشار متحدث زعيم قيادي مساعد ممثل مبعوث عضو حركة وكالة مكتب
  طالبان الحركة
  عربي عربية أجنبي أجنبية غربي غربية
  الأسبوع الشهر السنة المقبل المقبلة الماضي الماضية الجاري الجارية القادم القادمة المنصرم
  آخر أخرى آخرين أخير أخيرة
  وزيرا رئيسا سفيرا مبعوثا نائبا مستشارا متحدثا ناطقا قائدا مديرا ممثلا أميرا زعيما
  نائبي مستشاري ممثلي ممثلو مسؤولي مسؤولو قادة سفراء وزراء مبعوثي زعماء
`);

/* The generic Arabic stop-word list (stopwords-iso), less the words that are also common name
 * words (علي Ali, بن bin): a stop word is never a name word. */
const NAME_WORDS = new Set([...ARABIC_NAME_WORDS, ...ARABIC_NAME_PARTICLES].map(([w]) => foldTerm(w)));
const STOP_WORDS = new Set(isoStopWords('ar').map(foldTerm).filter((w) => !NAME_WORDS.has(w)));
/* Every form of the contact words, of the verbs of saying and announcing (وانغ يي يعتزم, Wang Yi intends) and of common news verbs and masdars, less common name words. */
const foldedForms = (words: readonly string[]): ReadonlySet<string> => new Set(words.filter((w) => !w.includes(' ')).map(foldTerm).filter((w) => !NAME_WORDS.has(w)));
const VERB_FORMS = foldedForms([...CUES.map(([w]) => w), ...SPEECH, ...FUTURE_MARKERS, ...NEWS_VERB_FORMS]);
const NOUN_FORMS = foldedForms(NEWS_NOUN_FORMS);

/**
 * Whether the word is a form of a news verb or masdar. A verb takes only و/ف in front (وأعربت),
 * a noun also بـ/لـ/كـ (بمناسبة): كارين is no كـ + أرين "you see".
 */
function verbOrNoun(word: Word): boolean {
  if (NAME_WORDS.has(word.fold)) return false;
  const conjunction = /^[وف]/u.test(word.fold) ? word.fold.slice(1) : undefined;
  return VERB_FORMS.has(word.fold) || (conjunction !== undefined && VERB_FORMS.has(conjunction)) || word.forms.some((f) => NOUN_FORMS.has(f));
}

/**
 * Whether the word is علي (Ali) written with a dotted ي: folding makes it the preposition على, but
 * within a name or after a title ("الرئيس إمام علي رحمن", "وزير الخارجية علي حسن") it is the name.
 */
function writtenAli(word: Word): boolean {
  return word.text.replace(/[\u064B-\u0652\u0640]/gu, '') === 'علي';
}

/* الدين and الحق end compound given names after the words that open them (Sirajuddin, Salahuddin,
 * Zia-ul-Haq), not after any word: "أكد X الحق في …" is "the right to". */
const COMPOUND_ENDS = set('الدين الحق');
const COMPOUND_FIRSTS = set('سراج ضياء صلاح نور جلال علاء شهاب كمال خير أنوار انوار ظهير نجم شمس بدر عز فخر حسام عماد بهاء تاج قطب معين محيي نصير فريد رفيع غياث محب انعام إنعام');

/* Words after which a name may carry the article (عبد الله). */
const NAME_PREFIXES = set('عبد أبو ابو بن ابن');

/**
 * Whether a form of the word begins with the article. Folding drops the hamza, so a name written
 * أل/إل (إلهام, إلزا) folds like the article and is told apart by its written letters.
 */
function hasArticle(word: Word): boolean {
  const written = [...word.text.replace(/[\u064B-\u0652\u0640]/gu, '')];
  return word.forms.some((f) => f.startsWith('ال') && !/^[أإ]ل/u.test(written.slice(Math.max(0, written.length - [...f].length)).join('')));
}

/* Proclitics a word may carry, "and"/"so" then a preposition (وبكل "and with all", فلما). */
const PROCLITICS = /^(?:[وف]?[بلك]|[وف])(?=\p{L}{2})/u;

/**
 * Whether the word is a stop word behind proclitics ("على الملأ وبكل صراحة", publicly and with all
 * frankness): folding takes off one clitic, and two leave the stop word unseen. A common name word
 * as written (بكر, كمال) stays one.
 */
function cliticStopWord(word: Word): boolean {
  if (NAME_WORDS.has(word.fold)) return false;
  const rest = word.fold.replace(PROCLITICS, '');
  // An interrogative takes no preposition: باين is Payne, not بـ + أين "with where".
  if (INTERROGATIVES.has(rest) && /^[وف]?[بلك]/u.test(word.fold)) return false;
  return rest !== word.fold && (STOP_WORDS.has(rest) || NOT_IN_NAMES.has(rest));
}

const INTERROGATIVES = set('أين متى كيف أيان ماذا لماذا');

/* Ordinals a ruler's name ends with (الملك عبد الله الثاني, محمد السادس, Abdullah II, Mohammed VI). */
const REGNAL = set('الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر');

/* "And" with a particle or a common name word is never a name word (أمير قطر وبن سلمان, the emir
 * of Qatar and bin Salman; تميم بن حمد آل ثاني ومحمد بن سلمان): the conjunction opens the next person. */
const JOINED_PARTICLE = /^و(?:بن|ابن|عبد|ابو|آل)$/u;
const joinedNameWord = (word: Word): boolean => JOINED_PARTICLE.test(word.fold) || (word.fold.startsWith('و') && !NAME_WORDS.has(word.fold) && NAME_WORDS.has(word.fold.slice(1)));

/** @example arabicNameWord({ text: 'بوتين', fold: 'بوتين', forms: ['بوتين'] }, undefined) // true */
export function arabicNameWord(word: Word, prev: Word | undefined): boolean {
  if (joinedNameWord(word)) return false;
  if (prev !== undefined && writtenAli(word)) return true;
  // آل "family of" is always followed by the family's name, whatever else the word means (آل صباح, not صباح "morning").
  if (prev !== undefined && prev.text.normalize('NFC') === 'آل' && !STOP_WORDS.has(word.fold)) return true;
  if (prev !== undefined && familyName(word, prev)) return true;
  // After a given name without the article (or the divine name of عبد الله), an ordinal is a ruler's number.
  if (prev !== undefined && REGNAL.has(word.fold) && (!prev.fold.startsWith('ال') || prev.fold === 'الله') && !STOP_WORDS.has(prev.fold)) return true;
  if (word.forms.some((f) => (NOT_IN_NAMES.has(f) || STOP_WORDS.has(f)) && (f === word.fold || !INTERROGATIVES.has(f))) || cliticStopWord(word)) return false;
  // A common name word is read as written (فيصل, not ف + يصل "arrives").
  if (verbOrNoun(word)) return false;
  // آل "family of" (آل ثاني, آل سعود) folds like the article ال, but is a name word.
  if (word.text.normalize('NFC') === 'آل') return prev !== undefined;
  // Names rarely carry the article, except after عبد/أبو (عبد الله) and in the compounds with الله,
  // الدين and الحق of Afghan and Pakistani names (ذبيح الله Zabihullah, سراج الدين Sirajuddin, ضياء الحق Zia-ul-Haq).
  if (prev !== undefined && word.fold === 'الله' && !prev.fold.startsWith('ال')) return true;
  if (prev !== undefined && COMPOUND_ENDS.has(word.fold) && prev.forms.some((f) => COMPOUND_FIRSTS.has(f))) return true;
  return !hasArticle(word) || (prev !== undefined && (NAME_PREFIXES.has(prev.fold) || JOINED_SERVANT.test(prev.fold)));
}

/* عبد written joined to the name word before it (أميرعبد اللهيان, Amir-Abdollahian): the divine name after it is still the name's. */
const JOINED_SERVANT = /^\p{L}{2,}عبد$/u;

/** A word with the article that family names take: a nisba (النيادي, الكعبي) or a name word (المحمد, الصباح). */
function familyWord(word: Word): boolean {
  if (!word.fold.startsWith('ال')) return false;
  return NAME_WORDS.has(word.fold.slice(2)) || (word.fold.endsWith('ي') && [...word.fold].length >= 6);
}

/**
 * A family name with the article after a given name (مطر حامد النيادي, أحمد ناصر المحمد الصباح):
 * after a word without the article or another family word. Nationality adjectives, which have the
 * nisba's form, end a name before this is asked (titled.ts).
 */
function familyName(word: Word, prev: Word): boolean {
  return familyWord(word) && (!/^[وفبلك]?ال/u.test(prev.fold) || familyWord(prev));
}

/* Words that join name words and never end a name (محمد بن سلمان, آل ثاني, عبد الله, أبو بكر). */
const PARTICLES = set('بن ابن بنت آل عبد أبو ابو');

/*
 * Latin letters as Arabic spells their names (the pack's `latinLetters`), for the middle initial of
 * an English name (جون إف كينيدي, جورج دبليو بوش). Letters whose name is also a common word or a
 * name particle (في, أو, إن, دي of دي ميستورا, إي, إيه, آي, يو, واي) are left out: they would cut a
 * name's real word. بي is B (P shares the name).
 */
const NOT_INITIALS = new Set(['A', 'D', 'E', 'I', 'N', 'O', 'U', 'V', 'Y']);
const SPELLED_INITIALS: ReadonlyMap<string, string> = (() => {
  const byName = new Map<string, string>();
  for (const [letter, name] of Object.entries(ARABIC_LATIN_LETTERS.names)) {
    if (!NOT_INITIALS.has(letter) && !byName.has(foldTerm(name))) byName.set(foldTerm(name), letter);
  }
  return byName;
})();

/** @example arabicSpelledInitial({ text: 'جيه', fold: 'جيه', forms: ['جيه'] }) // 'J' */
export function arabicSpelledInitial(word: Word): string | undefined {
  return SPELLED_INITIALS.get(word.fold);
}

/** @example arabicNameParticle({ text: 'بن', fold: 'بن', forms: ['بن'] }) // true */
export function arabicNameParticle(word: Word): boolean {
  return PARTICLES.has(word.fold);
}

/* Verb inflections: present/future prefixes and dual, plural and feminine endings. A name never
 * takes them, so a word seen with them in the same text is a verb (ناقش / يناقشان "discussed"). */
const VERB_PREFIXES = ['ي', 'ت', 'سي', 'ست', 'ن'];
const VERB_SUFFIXES = ['ان', 'ا', 'وا', 'ت', 'ون', 'نا'];
/* The third-person present prefixes, masculine and feminine: each stands for the other. */
const PRESENT_PERSONS: ReadonlyArray<readonly [string, string]> = [['ت', 'ي'], ['ي', 'ت']];

/**
 * The other forms the word would have if it were a verb.
 * @example arabicVerbForms('ناقش').includes('يناقش') // true
 */
export function arabicVerbForms(fold: string): string[] {
  const forms = [...VERB_PREFIXES.map((p) => p + fold), ...VERB_SUFFIXES.map((s) => fold + s)];
  for (const p of VERB_PREFIXES) for (const s of VERB_SUFFIXES) forms.push(p + fold + s);
  for (const p of VERB_PREFIXES) if (fold.startsWith(p) && fold.length > p.length + 2) forms.push(fold.slice(p.length));
  for (const s of VERB_SUFFIXES) if (fold.endsWith(s) && fold.length > s.length + 2) forms.push(fold.slice(0, -s.length));
  // A present form of a short (doubled or hollow) root in the other person: تضم "she includes" beside يضم.
  for (const [p, q] of PRESENT_PERSONS) if (fold.startsWith(p) && fold.length >= 3) forms.push(q + fold.slice(p.length));
  return forms;
}
