/**
 * Arabic words of the coverage's vocabulary that are translated, not transliterated, so no
 * phonetic key can bridge them (airport ↔ हवाई अड्डा ↔ مطار), by the concept's English label: a
 * query word or phrase found in any pack's spellings of a concept is searched in every pack's
 * (src/languages/concepts.ts joins them). Write words as they appear in print (matching folds spelling and
 * compares stems, so one common form is usually enough; irregular plurals need their own entry).
 * Names of people and places that are transliterated (Lavrov, Kabul) do NOT belong here.
 */
export const CONCEPTS: ReadonlyArray<readonly [concept: string, spellings: readonly string[]]> = [
  // Places and peoples whose names differ between the languages.
  ['Russia', ['روسيا', 'الروسي', 'الروسية', 'الروس']],
  ['China', ['الصين', 'الصيني', 'الصينية']],
  ['United States', ['أمريكا', 'أميركا', 'الأمريكي', 'الأميركي', 'الأميركيين', 'الأمريكيين', 'الولايات المتحدة']],
  ['India', ['الهند', 'الهندي', 'الهندية']],
  ['Pakistan', ['باكستان', 'الباكستاني', 'الباكستانية']],
  ['Afghanistan', ['أفغانستان', 'الأفغاني', 'الأفغانية', 'الأفغان']],
  ['Europe', ['أوروبا', 'الأوروبي', 'الأوروبيين']],
  ['United Nations', ['الأمم المتحدة']],
  ['Security Council', ['مجلس الأمن']],
  ['World Health Organization', ['منظمة الصحة العالمية']],

  // Offices and institutions.
  ['foreign minister', ['وزير الخارجية']],
  ['foreign ministry', ['وزارة الخارجية']],
  ['minister', ['وزير', 'وزراء']],
  ['prime minister', ['رئيس الوزراء']],
  ['president', ['الرئيس', 'رئيس']],
  ['government', ['حكومة', 'الحكومية', 'إدارة']],
  ['embassy', ['سفارة', 'السفارات']],
  ['ambassador', ['سفير', 'مبعوث']],
  ['diplomat', ['دبلوماسي', 'الدبلوماسيين', 'الدبلوماسية']],
  ['capital', ['عاصمة']],
  ['chief', ['مدير', 'قائد', 'رئيس']],
  ['spokesman', ['المتحدث', 'متحدث', 'الناطق', 'ناطق']],
  ['crown prince', ['ولي العهد']],
  ['royal family', ['الأسرة الحاكمة', 'العائلة المالكة', 'الأسرة المالكة', 'الأسرة الأميرية', 'العائلة الحاكمة']],
  ['national security adviser', ['مستشار الأمن القومي', 'مستشار الأمن الوطني']],
  ['defence minister', ['وزير الدفاع']],
  ['intelligence agency', ['الاستخبارات', 'المخابرات', 'استخبارات', 'مخابرات']],
  ['CIA', ['وكالة الاستخبارات المركزية', 'المخابرات المركزية', 'الاستخبارات المركزية', 'سي آي إيه']],
  ['ISI', ['الاستخبارات الباكستانية', 'المخابرات الباكستانية', 'الاستخبارات العسكرية الباكستانية']],
  ['Organisation of Islamic Cooperation', ['منظمة التعاون الإسلامي']],
  ['G7', ['مجموعة السبع', 'مجموعة الدول السبع']],

  // Events and actions of the coverage.
  ['airport', ['مطار']],
  ['talks', ['محادثات', 'مفاوضات', 'حوار', 'المحادثة']],
  ['phone call', ['اتصال هاتفي', 'هاتفي', 'هاتف']],
  ['meeting', ['اجتماع', 'لقاء']],
  ['statement', ['بيان']],
  ['press conference', ['مؤتمر صحفي', 'مؤتمرا صحفيا', 'المؤتمر الصحفي']],
  ['conference', ['مؤتمر', 'قمة']],
  ['visit', ['زيارة', 'زار']],
  ['amnesty', ['عفو', 'العفو', 'عفوا']],
  ['regional', ['الإقليمي', 'الإقليمية', 'إقليمي']],
  ['tweet', ['تغريدة']],
  ['refugees', ['لاجئ', 'اللاجئين', 'اللجوء']],
  ['migration', ['الهجرة', 'المهاجرين']],
  ['evacuation', ['إجلاء']],
  ['withdrawal', ['انسحاب']],
  ['terrorism', ['إرهاب', 'الإرهابية', 'الإرهاب']],
  ['drugs', ['المخدرات']],
  ['troops', ['قوات', 'القوات', 'جيش', 'عسكرية']],
  ['war', ['حرب', 'الصراع']],
  ['peace', ['السلام']],
  ['security', ['الأمن']],
  ['situation', ['الوضع']],
  ['crisis', ['أزمة']],
  ['humanitarian', ['الإنسانية', 'إنساني']],
  ['cooperation', ['التعاون']],
  ['recognition', ['الاعتراف']],
  ['border', ['الحدود']],
  ['citizens', ['المواطنين', 'الرعايا']],
  ['history', ['التاريخ']],
  ['nuclear energy', ['الطاقة النووية', 'النووية']],
  ['World War II', ['الحرب العالمية الثانية']],
];
