/**
 * Arabic labels, for questions written in Arabic script (Discord has no Arabic client locale, so
 * the question's language decides). Names, roles from the articles and the quotes stay as they are.
 */
import type { Catalogue } from './catalogue.ts';

const maqal = (n: number) => (n === 1 ? 'مقال واحد' : n === 2 ? 'مقالين' : n <= 10 ? `${n} مقالات` : `${n} مقالاً`);

export default {
  locale: 'ar',
  discordLocales: [],
  questionScript: /\p{Script=Arabic}/u,
  commands: {},
  messages: {
    'kind.meeting': 'لقاء',
    'kind.phone call': 'اتصال هاتفي',
    'kind.talks': 'محادثات',
    'kind.invitation': 'دعوة',
    'kind.joint appearance': 'ظهور مشترك',
    'kind.capture': 'سيطرة',
    'kind.session': 'اجتماع هيئة',
    'kind.travel': 'رحلة',
    'kind.warning': 'تحذير',
    'kind.announcement': 'إعلان',
    'kind.statement': 'تصريح',
    'status.took-place': 'تمّ',
    'status.planned': 'مخطط له (معلن)',
    'date.not-stated': 'التاريخ غير مذكور',
    'precision.day': 'يوم',
    'precision.month': 'شهر',
    'precision.year': 'سنة',
    headline: 'العنوان',
    'lang.hin': 'الهندية',
    'lang.arb': 'العربية',
    'lang.eng': 'الإنجليزية',
    'lang.und': 'لغة غير معروفة',

    role: ({ role }) => `الصفة: ${role}`,
    'person.named-in': ({ name, role, n }) => `${name}${role ? ` (${role})` : ''} مذكور في ${maqal(n)}`,
    'closest-names': ({ names }) => ` أقرب الأسماء المعروفة: ${names}.`,
    'also-matching': ({ asked, names }) => `يطابق "${asked}" أيضاً: ${names}.`,

    'who-met.title': ({ person }) => `من التقى ${person}`,
    'who-met.title-bare': 'من التقى',
    'who-met.type-a-name': 'يرجى كتابة اسم بأي خط: مثلاً Lavrov أو लावरोव أو لافروف.',
    'who-met.unknown': ({ name }) => `لا يذكر أي مقال ${name}.`,
    'who-met.intro': ({ about, n }) => `${about}؛ ${n === 1 ? 'شخص واحد التقاه أو تحدث معه' : `${n} أشخاص التقوه أو تحدثوا معه`}.`,
    'who-met.intro-none': ({ about }) => `${about}، لكن لا يذكر أي مقال لقاءً أو اتصالاً أو محادثات أو دعوة أو ظهوراً مشتركاً مع أحد.`,
    'who-met.more-contacts': ({ n, name }) => `…و${n} اتصالات أخرى مع ${name}`,
    'who-met.capped': ({ shown, total, name }) => `أول ${shown} من ${total} شخصاً، بترتيب أول اتصال لهم مع ${name}.`,
    'who-met.named-at': ({ where, spellings }) => `مذكور في ${where} باسم ${spellings}`,
    'who-met.dates-note': 'التواريخ هي ما تذكره الجمل أو ما يعطيه سياقها (يوم الأسبوع مقروءاً حسب تاريخ النشر، سطر تاريخ التغريدة)؛ "التاريخ غير مذكور" حين لا يذكره النص.',

    'event.date': ({ date, precision }) => `التاريخ: ${date} (${precision})`,
    'event.date-from': ({ words }) => ` من "${words}"`,
    'event.link-previous': ' في الجملة التي تكملها هذه الجملة',
    'event.link-context': ' قرب الجملة التي تروي الحدث',
    'event.relative': ({ published }) => `، مقروءاً حسب تاريخ النشر ${published}`,
    'event.dated-by-context': '، كما أرّخه تحليل الاتصالات من سياق الجملة',
    'event.date-words': ({ words }) => `التاريخ من "${words}"`,
    'event.reported-in': ({ where }) => `ورد في ${where}`,
    'event.reported-in-short': ({ where }) => `ورد في ${where}`,
    'event.sentences-quoted': ({ n, quoted }) => ` (${n} جمل؛ ${quoted} مقتبسة)`,

    'people.title': 'الأشخاص في المقالات',
    'people.none': 'لا يذكر أي مقال شخصاً يعرفه البوت.',
    'people.intro': ({ people, articles, met }) => `${people} شخصاً مذكورون في ${maqal(articles)}؛ ${met} منهم التقوا أحداً أو اتصلوا به أو تحدثوا معه (انظر /who-met).`,
    'people.named-in': ({ n, list, times }) => `مذكور في ${maqal(n)} (${list})${times > n ? `، ${times} مرة` : ''}`,
    'people.note': 'الصفات كما تذكرها المقالات. يُتعرّف على الأشخاص من ألقابهم ("विदेश मंत्री …"، "الرئيس …"، "FM …") ومن الملف seeds/gazetteer.tsv.',

    'ask.title': 'سؤال',
    'ask.empty': ({ examples }) => `يرجى كتابة سؤال بالإنجليزية أو الهندية أو العربية. مثلاً: ${examples}`,
    'ask.article': ({ n }) => `عرض المقال ${n}.`,
    'ask.who-met': ({ person }) => `عرض من التقى ${person}.`,
    'ask.on-day': ({ date }) => `عرض ما حدث في ${date}.`,
    'ask.on-month': ({ month }) => `عرض ما حدث في ${month}.`,
    'ask.search': ({ query }) => `البحث في المقالات عن: ${query}.`,

    'help.title': 'مساعدة crisis-bot',
    'help.intro':
      'اسأل عن التغطية الإخبارية لأزمة أفغانستان عام 2021 (مقالات بالهندية والعربية والإنجليزية). كل إجابة تقتبس المقالات حرفياً وتذكر مصدرها بالشكل [#المقال ¶الفقرة]. يمكن كتابة الأسماء بالحروف اللاتينية أو الهندية أو العربية.',
    'help.description': ({ english }) => english,
    'help.example': ({ example }) => `مثال: ${example}`,
    'help.dates-note': 'تظهر التواريخ بالشكل YYYY-MM-DD؛ والحدث المعروف شهره فقط يظهر بالشهر.',
    'help.chat-note': ({ minutes }) =>
      `يمكنك أيضاً ذكر البوت مع سؤال، أو مراسلته مباشرة، فيجيب كما يجيب /ask. سؤال المتابعة القصير ("وماذا عن بوتين؟") يستند إلى سؤالك السابق في القناة نفسها لمدة ${minutes} دقائق؛ لا يُحفظ إلا سؤالك الأخير هناك، في الذاكرة فقط.`,

    'page.of': ({ page, pages }) => `الصفحة ${page} من ${pages}`,
    'page.previous': '◀ السابق',
    'page.next': 'التالي ▶',
    'page.continued-next': '(يتبع في الصفحة التالية)',
    'page.continued': '(تتمة)',

    'error.unknown-command': ({ command }) => `لم أعد أعرف /${command}. على أحد المشرفين تشغيل \`npm run deploy-commands\`.`,
    'error.cooldown': ({ seconds, command }) => `يرجى الانتظار ${seconds} ثانية قبل السؤال مجدداً (مهلة /${command}).`,
    'error.failed': ({ command }) => `عذراً، حدث خطأ أثناء الإجابة عن /${command}. تم تسجيله؛ يرجى المحاولة مجدداً.`,
    'error.pages-expired': 'انتهت صلاحية هذه الصفحات؛ يرجى تشغيل الأمر مجدداً.',
    'error.not-allowed': ({ command, permission }) => `لا يستخدم /${command} إلا الأعضاء الذين لديهم صلاحية ${permission}.`,
    'error.not-allowed-title': 'غير مسموح',
    'error.guild-only': 'الإعدادات خاصة بالخادم؛ استخدم هذا الأمر داخل خادم.',

    'chat.empty': 'اكتب سؤالك بعد الإشارة، مثلاً: من التقى بوتين؟ · who met Lavrov? · लावरोव से किसने मुलाकात की?',
    'chat.cooldown': ({ seconds }) => `يرجى الانتظار ${seconds} ثانية قبل السؤال مجدداً.`,
    'chat.failed': 'عذراً، حدث خطأ أثناء الإجابة. تم تسجيله؛ يرجى المحاولة مجدداً.',

    'settings.title': 'إعدادات الخادم',
    'settings.mentions': ({ on }) => `الرد على الإشارات: ${on}`,
    'settings.on': 'مفعّل',
    'settings.off': 'معطّل',
    'settings.note': 'لا يتأثر بذلك أوامر الشرطة المائلة ولا الرسائل المباشرة.',
  },
} satisfies Catalogue;
