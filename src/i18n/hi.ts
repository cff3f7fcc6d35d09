/**
 * Hindi labels, for members whose Discord is set to Hindi (`hi`) and for questions written in
 * Devanagari. Names, roles from the articles and the quotes stay as they are.
 */
import type { Catalogue, CommandTexts } from './catalogue.ts';

const commands: Record<string, CommandTexts> = {
  article: {
    description: 'एक लेख पढ़ें: उसकी जानकारी और पूरा पाठ, अनुच्छेद दर अनुच्छेद',
    options: { number: 'लेख संख्या (देखें /articles)', paragraph: 'केवल यह अनुच्छेद दिखाएँ (0 शीर्षक है)' },
  },
  articles: { description: 'सभी लेख: शीर्षक, भाषा और तारीख के साथ' },
  ask: {
    description: 'अंग्रेज़ी, हिंदी या अरबी में पूछें: किसने किससे मुलाकात की, किसी तारीख को क्या हुआ, कोई लेख या विषय',
    options: { question: 'जैसे: लावरोव से किसने मुलाकात की? · Who talked to Lavrov? · من التقى بوتين؟' },
  },
  help: { description: 'बॉट क्या बता सकता है और कैसे पूछें' },
  on: {
    description: 'किसी दिन (या महीने) क्या हुआ, उद्धरणों और स्रोतों के साथ',
    options: { date: '2021-08-16, 16 Aug 2021, 16/08/2021 (पहले दिन), या महीना: 2021-08' },
  },
  people: { description: 'लेखों में नामित सभी लोग, उनकी भूमिका और कितने लेखों में उनका नाम है' },
  reload: { description: 'मॉडरेटर: बिना रीस्टार्ट किए लेखों का फ़ोल्डर फिर से पढ़ें' },
  search: {
    description: 'लेखों में अंश खोजें, शब्दशः उद्धरण और स्रोत के साथ',
    options: { query: 'अंग्रेज़ी, हिंदी या अरबी में शब्द या नाम, जैसे लावरोव या काबुल हवाई अड्डा', language: 'केवल इस भाषा के लेख', limit: 'कितने लेख दिखाएँ (1–10)' },
  },
  settings: {
    description: 'मॉडरेटर: इस सर्वर में बॉट की सेटिंग देखें या बदलें',
    options: { mentions: 'क्या बॉट इस सर्वर में उल्लेख (मेंशन) किए गए संदेशों का उत्तर दे' },
  },
  status: { description: 'बॉट ने क्या अनुक्रमित किया है, कब से, और कनेक्शन की स्थिति' },
  timeline: {
    description: 'तारीख वाली घटनाएँ क्रम से, सभी लेखों की या किसी एक व्यक्ति की',
    options: { person: 'केवल इस व्यक्ति की घटनाएँ, किसी भी लिपि में: Lavrov, लावरोव, لافروف' },
  },
  'who-met': {
    description: 'किसने किसी व्यक्ति से मुलाकात की, फ़ोन पर या वार्ता में बात की: तारीख, स्थान और उद्धरण',
    options: { person: 'किसी भी लिपि में नाम: Lavrov, लावरोव, لافروف' },
  },
};

const lekh = (n: number) => (n === 1 ? 'लेख' : 'लेखों');

export default {
  locale: 'hi',
  discordLocales: ['hi'],
  questionScript: /\p{Script=Devanagari}/u,
  commands,
  messages: {
    'kind.meeting': 'मुलाकात',
    'kind.phone call': 'फ़ोन पर बातचीत',
    'kind.talks': 'वार्ता',
    'kind.invitation': 'निमंत्रण',
    'kind.joint appearance': 'संयुक्त उपस्थिति',
    'kind.capture': 'कब्ज़ा',
    'kind.session': 'किसी संस्था की बैठक',
    'kind.travel': 'यात्रा',
    'kind.warning': 'चेतावनी',
    'kind.announcement': 'घोषणा',
    'kind.statement': 'बयान',
    'status.took-place': 'हुई',
    'status.planned': 'नियोजित (घोषित)',
    'date.not-stated': 'तारीख नहीं बताई गई',
    'precision.day': 'दिन',
    'precision.month': 'महीना',
    'precision.year': 'वर्ष',
    headline: 'शीर्षक',
    'lang.hin': 'हिंदी',
    'lang.arb': 'अरबी',
    'lang.eng': 'अंग्रेज़ी',
    'lang.und': 'अज्ञात भाषा',

    role: ({ role }) => `भूमिका: ${role}`,
    'person.named-in': ({ name, role, n }) => `${name}${role ? ` (${role})` : ''} का नाम ${n} ${lekh(n)} में है`,
    'closest-names': ({ names }) => ` सबसे मिलते-जुलते नाम: ${names}।`,
    'also-matching': ({ asked, names }) => `"${asked}" से ये भी मेल खाते हैं: ${names}।`,

    'who-met.title': ({ person }) => `${person} से किसने मुलाकात की`,
    'who-met.title-bare': 'किसने मुलाकात की',
    'who-met.type-a-name': 'कृपया किसी भी लिपि में एक नाम लिखें: जैसे Lavrov, लावरोव या لافروف।',
    'who-met.unknown': ({ name }) => `किसी लेख में ${name} का उल्लेख नहीं है।`,
    'who-met.intro': ({ about, n }) => `${about}; ${n} ${n === 1 ? 'व्यक्ति ने' : 'लोगों ने'} उनसे मुलाकात या बात की।`,
    'who-met.intro-none': ({ about }) => `${about}, लेकिन किसी लेख में किसी के साथ उनकी मुलाकात, फ़ोन, वार्ता, निमंत्रण या संयुक्त उपस्थिति का ज़िक्र नहीं है।`,
    'who-met.more-contacts': ({ n, name }) => `…और ${name} के साथ ${n} और संपर्क`,
    'who-met.capped': ({ shown, total, name }) => `${total} में से पहले ${shown} लोग, ${name} से उनके पहले संपर्क के क्रम में।`,
    'who-met.named-at': ({ where, spellings }) => `${where} में ${spellings} के रूप में नाम`,
    'who-met.dates-note': 'तारीखें वे हैं जो वाक्य बताते हैं या उनका संदर्भ देता है (प्रकाशन तिथि के अनुसार पढ़ा गया सप्ताह का दिन, ट्वीट की तारीख); पाठ में तारीख न हो तो "तारीख नहीं बताई गई"।',

    'event.date': ({ date, precision }) => `तारीख: ${date} (${precision})`,
    'event.date-from': ({ words }) => `, "${words}" से`,
    'event.link-previous': ', उस वाक्य में जिसे यह वाक्य आगे बढ़ाता है',
    'event.link-context': ', रिपोर्ट करने वाले वाक्य के पास',
    'event.relative': ({ published }) => `, प्रकाशन तिथि ${published} के अनुसार`,
    'event.dated-by-context': ', संपर्क विश्लेषण ने रिपोर्ट करने वाले वाक्य के संदर्भ से तारीख तय की',
    'event.date-words': ({ words }) => `तारीख "${words}" से`,
    'event.reported-in': ({ where }) => `स्रोत: ${where}`,
    'event.reported-in-short': ({ where }) => `स्रोत: ${where}`,
    'event.sentences-quoted': ({ n, quoted }) => ` (${n} वाक्य; ${quoted} उद्धृत)`,

    'people.title': 'लेखों में लोग',
    'people.none': 'किसी लेख में ऐसा कोई नाम नहीं है जिसे बॉट पहचानता हो।',
    'people.intro': ({ people, articles, met }) => `${articles} लेखों में ${people} लोगों के नाम हैं; उनमें से ${met} ने किसी से मुलाकात, फ़ोन या बात की (देखें /who-met)।`,
    'people.named-in': ({ n, list, times }) => `${n} ${lekh(n)} में नाम (${list})${times > n ? `, ${times} बार` : ''}`,
    'people.note': 'भूमिकाएँ वैसी हैं जैसी लेख बताते हैं। लोग उनकी उपाधियों ("विदेश मंत्री …", "الرئيس …", "FM …") और seeds/gazetteer.tsv से पहचाने जाते हैं।',

    'ask.title': 'पूछें',
    'ask.empty': ({ examples }) => `कृपया अंग्रेज़ी, हिंदी या अरबी में एक प्रश्न लिखें। उदाहरण: ${examples}`,
    'ask.article': ({ n }) => `लेख ${n} दिखाया जा रहा है।`,
    'ask.who-met': ({ person }) => `${person} से किसने मुलाकात की, यह दिखाया जा रहा है।`,
    'ask.on-day': ({ date }) => `${date} को क्या हुआ, यह दिखाया जा रहा है।`,
    'ask.on-month': ({ month }) => `${month} में क्या हुआ, यह दिखाया जा रहा है।`,
    'ask.search': ({ query }) => `लेखों में खोज: ${query}।`,

    'help.title': 'crisis-bot सहायता',
    'help.intro':
      '2021 के अफ़ग़ानिस्तान संकट की समाचार कवरेज (हिंदी, अरबी और अंग्रेज़ी लेख) के बारे में पूछें। हर उत्तर लेखों को शब्दशः उद्धृत करता है और [#लेख ¶अनुच्छेद] के रूप में स्रोत बताता है। नाम लैटिन, हिंदी या अरबी में लिखे जा सकते हैं।',
    'help.description': ({ command, option, english }) => (option ? commands[command]?.options?.[option] : commands[command]?.description) ?? english,
    'help.example': ({ example }) => `उदाहरण: ${example}`,
    'help.dates-note': 'तारीखें YYYY-MM-DD के रूप में दिखाई जाती हैं; जिस घटना का केवल महीना ज्ञात है, वह महीने के रूप में दिखती है।',
    'help.chat-note': ({ minutes }) =>
      `आप बॉट को मेंशन करके या सीधा संदेश (DM) भेजकर भी प्रश्न पूछ सकते हैं; उत्तर /ask की तरह मिलता है। ${minutes} मिनट तक उसी चैनल में छोटा अगला प्रश्न ("और पुतिन?", "और 25 अगस्त को?") आपके पिछले प्रश्न से जुड़ता है; वहाँ केवल आपका आख़िरी प्रश्न, मेमोरी में, रखा जाता है।`,

    'page.of': ({ page, pages }) => `पृष्ठ ${page} / ${pages}`,
    'page.previous': '◀ पिछला',
    'page.next': 'अगला ▶',
    'page.continued-next': '(अगले पृष्ठ पर जारी)',
    'page.continued': '(जारी)',

    'error.unknown-command': ({ command }) => `मैं अब /${command} नहीं जानता। किसी मॉडरेटर को \`npm run deploy-commands\` चलाना चाहिए।`,
    'error.cooldown': ({ seconds, command }) => `कृपया फिर पूछने से पहले ${seconds} सेकंड रुकें (/${command} पर प्रतीक्षा समय)।`,
    'error.failed': ({ command }) => `क्षमा करें, /${command} का उत्तर देते समय कुछ गड़बड़ हो गई। यह दर्ज कर लिया गया है; कृपया फिर कोशिश करें।`,
    'error.pages-expired': 'ये पृष्ठ समाप्त हो गए हैं; कृपया कमांड फिर चलाएँ।',
    'error.not-allowed': ({ command, permission }) => `/${command} का उपयोग केवल ${permission} अनुमति वाले सदस्य कर सकते हैं।`,
    'error.not-allowed-title': 'अनुमति नहीं',
    'error.guild-only': 'सेटिंग किसी सर्वर की होती हैं; यह कमांड किसी सर्वर में चलाएँ।',

    'chat.empty': 'मेंशन के बाद अपना प्रश्न लिखें, जैसे: लावरोव से किसने मुलाकात की? · who met Lavrov? · من التقى بوتين؟',
    'chat.cooldown': ({ seconds }) => `कृपया फिर पूछने से पहले ${seconds} सेकंड रुकें।`,
    'chat.failed': 'क्षमा करें, उत्तर देते समय कुछ गड़बड़ हो गई। यह दर्ज कर लिया गया है; कृपया फिर कोशिश करें।',

    'settings.title': 'सर्वर सेटिंग',
    'settings.mentions': ({ on }) => `मेंशन का उत्तर: ${on}`,
    'settings.on': 'चालू',
    'settings.off': 'बंद',
    'settings.note': 'स्लैश कमांड और सीधे संदेश (DM) इससे प्रभावित नहीं होते।',
  },
} satisfies Catalogue;
