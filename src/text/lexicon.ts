/**
 * Bilingual lexicon of the coverage's vocabulary: ordinary nouns and country names that are
 * translated, not transliterated, so no phonetic key can bridge them (airport ↔ हवाई अड्डा ↔ مطار).
 * A query word or phrase found in any column is searched in every column.
 *
 * How to extend: add an entry, or a spelling to an existing entry. Write words as they appear in
 * print (any inflection; matching folds spelling and compares stems, so one common form per word is
 * usually enough, though irregular plurals such as Arabic broken plurals need their own line).
 * A phrase (several words) matches text containing all its words in one paragraph. Keep each
 * `concept` unique: it is the English label shown in answers. Names of people and places that are
 * transliterated (Lavrov, Kabul, Moscow) do NOT belong here: phonetic matching finds them.
 */

export interface LexiconEntry {
  /** English label, shown when explaining how a query was understood. */
  concept: string;
  eng: string[];
  hin: string[];
  arb: string[];
}

export const LEXICON: readonly LexiconEntry[] = [
  // Places and peoples whose names differ between the languages.
  { concept: 'Russia', eng: ['Russia', 'Russian', 'Russians'], hin: ['रूस', 'रूसी'], arb: ['روسيا', 'الروسي', 'الروسية', 'الروس'] },
  { concept: 'China', eng: ['China', 'Chinese'], hin: ['चीन', 'चीनी'], arb: ['الصين', 'الصيني', 'الصينية'] },
  { concept: 'United States', eng: ['America', 'American', 'Americans', 'US', 'USA', 'United States'], hin: ['अमेरिका', 'अमेरिकी', 'अमेरिकियों'], arb: ['أمريكا', 'أميركا', 'الأمريكي', 'الأميركي', 'الأميركيين', 'الأمريكيين', 'الولايات المتحدة'] },
  { concept: 'India', eng: ['India', 'Indian'], hin: ['भारत', 'भारतीय'], arb: ['الهند', 'الهندي', 'الهندية'] },
  { concept: 'Pakistan', eng: ['Pakistan', 'Pakistani'], hin: ['पाकिस्तान', 'पाकिस्तानी'], arb: ['باكستان', 'الباكستاني', 'الباكستانية'] },
  { concept: 'Afghanistan', eng: ['Afghanistan', 'Afghan', 'Afghans'], hin: ['अफगानिस्तान', 'अफगान', 'अफगानों'], arb: ['أفغانستان', 'الأفغاني', 'الأفغانية', 'الأفغان'] },
  { concept: 'Europe', eng: ['Europe', 'European', 'Europeans'], hin: ['यूरोप', 'यूरोपीय'], arb: ['أوروبا', 'الأوروبي', 'الأوروبيين'] },
  { concept: 'United Nations', eng: ['United Nations', 'UN'], hin: ['संयुक्त राष्ट्र'], arb: ['الأمم المتحدة'] },
  { concept: 'Security Council', eng: ['Security Council'], hin: ['सुरक्षा परिषद'], arb: ['مجلس الأمن'] },
  { concept: 'World Health Organization', eng: ['WHO', 'World Health Organization'], hin: ['डब्ल्यूएचओ', 'विश्व स्वास्थ्य संगठन'], arb: ['منظمة الصحة العالمية'] },

  // Offices and institutions.
  { concept: 'foreign minister', eng: ['foreign minister', 'FM'], hin: ['विदेश मंत्री'], arb: ['وزير الخارجية'] },
  { concept: 'foreign ministry', eng: ['foreign ministry', 'State Department'], hin: ['विदेश मंत्रालय', 'विदेश विभाग'], arb: ['وزارة الخارجية'] },
  { concept: 'minister', eng: ['minister', 'ministers'], hin: ['मंत्री', 'मंत्रियों'], arb: ['وزير', 'وزراء'] },
  { concept: 'prime minister', eng: ['prime minister', 'PM'], hin: ['प्रधानमंत्री', 'प्रधान मंत्री'], arb: ['رئيس الوزراء'] },
  { concept: 'president', eng: ['president'], hin: ['राष्ट्रपति'], arb: ['الرئيس', 'رئيس'] },
  { concept: 'government', eng: ['government', 'administration'], hin: ['सरकार', 'प्रशासन'], arb: ['حكومة', 'الحكومية', 'إدارة'] },
  { concept: 'embassy', eng: ['embassy', 'embassies'], hin: ['दूतावास'], arb: ['سفارة', 'السفارات'] },
  { concept: 'ambassador', eng: ['ambassador', 'envoy'], hin: ['राजदूत', 'दूत'], arb: ['سفير', 'مبعوث'] },
  { concept: 'diplomat', eng: ['diplomat', 'diplomats', 'diplomatic'], hin: ['राजनयिक', 'राजनयिकों'], arb: ['دبلوماسي', 'الدبلوماسيين', 'الدبلوماسية'] },
  { concept: 'capital', eng: ['capital'], hin: ['राजधानी'], arb: ['عاصمة'] },
  { concept: 'chief', eng: ['chief', 'head', 'director'], hin: ['प्रमुख', 'चीफ', 'मुखिया', 'निदेशक', 'डायरेक्टर'], arb: ['مدير', 'قائد', 'رئيس'] },
  { concept: 'spokesman', eng: ['spokesman', 'spokesperson', 'spokeswoman'], hin: ['प्रवक्ता'], arb: ['المتحدث', 'متحدث', 'الناطق', 'ناطق'] },
  { concept: 'crown prince', eng: ['crown prince'], hin: ['क्राउन प्रिंस', 'युवराज'], arb: ['ولي العهد'] },
  { concept: 'royal family', eng: ['royal family', 'ruling family'], hin: ['शाही परिवार', 'राजपरिवार', 'राज परिवार'], arb: ['الأسرة الحاكمة', 'العائلة المالكة', 'الأسرة المالكة', 'الأسرة الأميرية', 'العائلة الحاكمة'] },
  { concept: 'national security adviser', eng: ['national security adviser', 'national security advisor', 'NSA'], hin: ['राष्ट्रीय सुरक्षा सलाहकार', 'एनएसए'], arb: ['مستشار الأمن القومي', 'مستشار الأمن الوطني'] },
  { concept: 'defence minister', eng: ['defence minister', 'defense minister', 'defense secretary', 'defence secretary'], hin: ['रक्षा मंत्री'], arb: ['وزير الدفاع'] },
  { concept: 'intelligence agency', eng: ['intelligence', 'intelligence agency', 'spy agency'], hin: ['खुफिया', 'खुफिया एजेंसी', 'इंटेलिजेंस'], arb: ['الاستخبارات', 'المخابرات', 'استخبارات', 'مخابرات'] },
  { concept: 'CIA', eng: ['CIA', 'Central Intelligence Agency'], hin: ['सीआईए', 'केंद्रीय खुफिया एजेंसी'], arb: ['وكالة الاستخبارات المركزية', 'المخابرات المركزية', 'الاستخبارات المركزية', 'سي آي إيه'] },
  { concept: 'ISI', eng: ['ISI', 'Inter-Services Intelligence'], hin: ['आईएसआई', 'इंटर-सर्विसेज इंटेलिजेंस'], arb: ['الاستخبارات الباكستانية', 'المخابرات الباكستانية', 'الاستخبارات العسكرية الباكستانية'] },
  { concept: 'Organisation of Islamic Cooperation', eng: ['OIC', 'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation'], hin: ['ओआईसी', 'इस्लामिक सहयोग संगठन', 'इस्लामी सहयोग संगठन'], arb: ['منظمة التعاون الإسلامي'] },
  { concept: 'G7', eng: ['G7', 'Group of Seven'], hin: ['जी7', 'जी-7', 'जी 7'], arb: ['مجموعة السبع', 'مجموعة الدول السبع'] },

  // Events and actions of the coverage.
  { concept: 'airport', eng: ['airport'], hin: ['हवाई अड्डा', 'एयरपोर्ट'], arb: ['مطار'] },
  { concept: 'talks', eng: ['talks', 'negotiations', 'dialogue', 'discussion'], hin: ['वार्ता', 'बातचीत', 'चर्चा'], arb: ['محادثات', 'مفاوضات', 'حوار', 'المحادثة'] },
  { concept: 'phone call', eng: ['phone call', 'phone', 'telephone'], hin: ['फोन', 'टेलीफोन'], arb: ['اتصال هاتفي', 'هاتفي', 'هاتف'] },
  { concept: 'meeting', eng: ['meeting', 'meet', 'met'], hin: ['मुलाकात', 'बैठक', 'भेंट'], arb: ['اجتماع', 'لقاء'] },
  { concept: 'statement', eng: ['statement'], hin: ['बयान'], arb: ['بيان'] },
  { concept: 'press conference', eng: ['press conference', 'news conference', 'press briefing'], hin: ['संवाददाता सम्मेलन', 'प्रेस कॉन्फ्रेंस', 'प्रेस वार्ता', 'पत्रकार वार्ता'], arb: ['مؤتمر صحفي', 'مؤتمرا صحفيا', 'المؤتمر الصحفي'] },
  { concept: 'conference', eng: ['conference', 'summit'], hin: ['सम्मेलन', 'शिखर सम्मेलन'], arb: ['مؤتمر', 'قمة'] },
  { concept: 'visit', eng: ['visit', 'visited', 'trip', 'tour'], hin: ['दौरा', 'दौरे', 'यात्रा'], arb: ['زيارة', 'زار'] },
  { concept: 'amnesty', eng: ['amnesty', 'pardon'], hin: ['आम माफी', 'माफी', 'क्षमादान'], arb: ['عفو', 'العفو', 'عفوا'] },
  { concept: 'regional', eng: ['regional'], hin: ['क्षेत्रीय'], arb: ['الإقليمي', 'الإقليمية', 'إقليمي'] },
  { concept: 'tweet', eng: ['tweet', 'tweeted'], hin: ['ट्वीट'], arb: ['تغريدة'] },
  { concept: 'refugees', eng: ['refugee', 'refugees', 'asylum'], hin: ['शरणार्थी', 'शरणार्थियों', 'शरण'], arb: ['لاجئ', 'اللاجئين', 'اللجوء'] },
  { concept: 'migration', eng: ['migration', 'migrants'], hin: ['प्रवासन', 'प्रवासी'], arb: ['الهجرة', 'المهاجرين'] },
  { concept: 'evacuation', eng: ['evacuation', 'evacuate', 'evacuated'], hin: ['निकासी', 'निकालने'], arb: ['إجلاء'] },
  { concept: 'withdrawal', eng: ['withdrawal', 'withdraw', 'pullout'], hin: ['वापसी'], arb: ['انسحاب'] },
  { concept: 'terrorism', eng: ['terrorism', 'terrorist', 'terrorists'], hin: ['आतंकवाद', 'आतंकवादी'], arb: ['إرهاب', 'الإرهابية', 'الإرهاب'] },
  { concept: 'drugs', eng: ['drugs', 'narcotics', 'drug trafficking'], hin: ['ड्रग्स', 'मादक पदार्थ'], arb: ['المخدرات'] },
  { concept: 'troops', eng: ['troops', 'soldiers', 'army', 'forces', 'military'], hin: ['सैनिक', 'सैनिकों', 'सेना', 'सेनाओं', 'बलों'], arb: ['قوات', 'القوات', 'جيش', 'عسكرية'] },
  { concept: 'war', eng: ['war', 'fighting'], hin: ['युद्ध', 'जंग', 'लड़ाई'], arb: ['حرب', 'الصراع'] },
  { concept: 'peace', eng: ['peace'], hin: ['शांति'], arb: ['السلام'] },
  { concept: 'security', eng: ['security', 'safety'], hin: ['सुरक्षा'], arb: ['الأمن'] },
  { concept: 'situation', eng: ['situation'], hin: ['स्थिति', 'हालात'], arb: ['الوضع'] },
  { concept: 'crisis', eng: ['crisis'], hin: ['संकट'], arb: ['أزمة'] },
  { concept: 'humanitarian', eng: ['humanitarian'], hin: ['मानवीय'], arb: ['الإنسانية', 'إنساني'] },
  { concept: 'cooperation', eng: ['cooperation', 'cooperate'], hin: ['सहयोग'], arb: ['التعاون'] },
  { concept: 'recognition', eng: ['recognition', 'recognise', 'recognize'], hin: ['मान्यता'], arb: ['الاعتراف'] },
  { concept: 'border', eng: ['border', 'borders'], hin: ['सीमा'], arb: ['الحدود'] },
  { concept: 'citizens', eng: ['citizens', 'nationals'], hin: ['नागरिक', 'नागरिकों'], arb: ['المواطنين', 'الرعايا'] },
  { concept: 'history', eng: ['history'], hin: ['इतिहास'], arb: ['التاريخ'] },
  { concept: 'nuclear energy', eng: ['nuclear energy', 'nuclear power', 'nuclear'], hin: ['परमाणु ऊर्जा', 'परमाणु'], arb: ['الطاقة النووية', 'النووية'] },
  { concept: 'World War II', eng: ['World War II', 'Second World War'], hin: ['द्वितीय विश्व युद्ध'], arb: ['الحرب العالمية الثانية'] },
];
