/**
 * Arabic names of countries, nationality adjectives and cities, by their English name. Countries
 * give roles their nationality ("رئيس وزراء باكستان → Pakistani prime minister"), end names and are
 * places; cities are where contacts happen.
 */

/* Adjectives are listed by stem; the article and feminine forms are derived. */
const arabicAdjectives = (stems: string[]): string[] => stems.flatMap((stem) => [stem, `ال${stem}`, `${stem}ة`, `ال${stem}ة`]);

/**
 * The nisba a one-word country name forms by the regular rule (باكستان → باكستاني, روسيا → روسي,
 * كندا → كندي, السعودية → سعودي): the press writes it for any country, often beside the pack's own
 * spelling (الأوزبكستاني beside الأوزبكي), so it is derived from every name, not listed.
 * @example nisbaOf('طاجيكستان') // 'طاجيكستاني'
 */
export function nisbaOf(name: string): string | undefined {
  if (name.includes(' ')) return undefined;
  const stem = name.startsWith('ال') ? name.slice(2) : name;
  if (stem.endsWith('يا')) return stem.slice(0, -1);
  if (stem.endsWith('ية')) return stem.slice(0, -1);
  if (stem.endsWith('ا') || stem.endsWith('ة')) return `${stem.slice(0, -1)}ي`;
  return `${stem}ي`;
}

/** Each entry with the derived nisbas of its names added to its listed adjectives. */
const withNisbas = (entries: ReadonlyArray<readonly [string, readonly string[], readonly string[]]>) =>
  entries.map(([country, names, adjectives]) => {
    const derived = names.map(nisbaOf).filter((n): n is string => n !== undefined);
    return [country, names, [...new Set([...adjectives, ...arabicAdjectives(derived)])]] as const;
  });

export const NATIONS: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = withNisbas([
  ['Russia', ['روسيا'], arabicAdjectives(['روسي'])],
  ['China', ['الصين', 'صين'], arabicAdjectives(['صيني'])],
  ['United States', ['الولايات المتحدة', 'أمريكا', 'أميركا'], arabicAdjectives(['أمريكي', 'أميركي'])],
  ['India', ['الهند'], arabicAdjectives(['هندي'])],
  ['Pakistan', ['باكستان'], arabicAdjectives(['باكستاني'])],
  ['Afghanistan', ['أفغانستان'], arabicAdjectives(['أفغاني'])],
  ['Mongolia', ['منغوليا'], arabicAdjectives(['منغولي'])],
  ['Armenia', ['أرمينيا'], arabicAdjectives(['أرميني'])],
  ['Kazakhstan', ['كازاخستان'], arabicAdjectives(['كازاخستاني', 'كازاخي'])],
  ['Kyrgyzstan', ['قيرغيزستان', 'قرغيزستان'], arabicAdjectives(['قيرغيزي', 'قرغيزي'])],
  ['Tajikistan', ['طاجيكستان'], arabicAdjectives(['طاجيكي'])],
  ['Uzbekistan', ['أوزبكستان'], arabicAdjectives(['أوزبكي'])],
  ['Turkmenistan', ['تركمانستان'], arabicAdjectives(['تركماني'])],
  ['Iran', ['إيران'], arabicAdjectives(['إيراني'])],
  ['Turkey', ['تركيا'], arabicAdjectives(['تركي'])],
  ['Qatar', ['قطر'], arabicAdjectives(['قطري'])],
  ['Saudi Arabia', ['السعودية'], arabicAdjectives(['سعودي'])],
  ['United Arab Emirates', ['الإمارات'], arabicAdjectives(['إماراتي'])],
  ['Egypt', ['مصر'], arabicAdjectives(['مصري'])],
  ['Morocco', ['المغرب'], arabicAdjectives(['مغربي'])],
  ['Iraq', ['العراق'], arabicAdjectives(['عراقي'])],
  ['Syria', ['سوريا'], arabicAdjectives(['سوري'])],
  ['Israel', ['إسرائيل'], arabicAdjectives(['إسرائيلي'])],
  ['United Kingdom', ['بريطانيا'], arabicAdjectives(['بريطاني'])],
  ['France', ['فرنسا'], arabicAdjectives(['فرنسي'])],
  ['Germany', ['ألمانيا'], arabicAdjectives(['ألماني'])],
  ['Japan', ['اليابان'], arabicAdjectives(['ياباني'])],
  ['Bangladesh', ['بنغلاديش'], arabicAdjectives(['بنغلاديشي'])],
  ['Nepal', ['نيبال'], arabicAdjectives(['نيبالي'])],
  ['Sri Lanka', ['سريلانكا', 'سري لانكا'], arabicAdjectives(['سريلانكي'])],
  ['Algeria', ['الجزائر'], arabicAdjectives(['جزائري'])],
  ['Tunisia', ['تونس'], arabicAdjectives(['تونسي'])],
  ['Libya', ['ليبيا'], arabicAdjectives(['ليبي'])],
  ['Sudan', ['السودان'], arabicAdjectives(['سوداني'])],
  ['Jordan', ['الأردن'], arabicAdjectives(['أردني'])],
  ['Lebanon', ['لبنان'], arabicAdjectives(['لبناني'])],
  ['Palestine', ['فلسطين'], arabicAdjectives(['فلسطيني'])],
  ['Kuwait', ['الكويت'], arabicAdjectives(['كويتي'])],
  ['Oman', ['عمان', 'سلطنة عمان'], arabicAdjectives(['عماني'])],
  ['Bahrain', ['البحرين'], arabicAdjectives(['بحريني'])],
  ['Yemen', ['اليمن'], arabicAdjectives(['يمني'])],
  ['Indonesia', ['إندونيسيا'], arabicAdjectives(['إندونيسي'])],
  ['Malaysia', ['ماليزيا'], arabicAdjectives(['ماليزي'])],
  ['South Korea', ['كوريا الجنوبية'], arabicAdjectives(['كوري'])],
  ['Azerbaijan', ['أذربيجان'], arabicAdjectives(['أذربيجاني'])],
  ['Ukraine', ['أوكرانيا'], arabicAdjectives(['أوكراني'])],
  ['Italy', ['إيطاليا'], arabicAdjectives(['إيطالي'])],
  ['Spain', ['إسبانيا'], arabicAdjectives(['إسباني'])],
  ['Netherlands', ['هولندا'], arabicAdjectives(['هولندي'])],
  ['Belgium', ['بلجيكا'], arabicAdjectives(['بلجيكي'])],
  ['Norway', ['النرويج'], arabicAdjectives(['نرويجي'])],
  ['Canada', ['كندا'], arabicAdjectives(['كندي'])],
  ['Australia', ['أستراليا'], arabicAdjectives(['أسترالي'])],
  ['Greece', ['اليونان'], arabicAdjectives(['يوناني'])],
  ['Poland', ['بولندا'], arabicAdjectives(['بولندي'])],
  ['Austria', ['النمسا'], arabicAdjectives(['نمساوي'])],
  ['Switzerland', ['سويسرا'], arabicAdjectives(['سويسري'])],
  ['European Union', ['الاتحاد الأوروبي'], arabicAdjectives(['أوروبي'])],
  // Further states whose ministers the press lists among counterparts ("والدنماركي X، والجورجي Y").
  ['Denmark', ['الدنمارك'], arabicAdjectives(['دنماركي', 'دانماركي'])],
  ['Georgia', ['جورجيا'], arabicAdjectives(['جورجي'])],
  ['Sweden', ['السويد'], arabicAdjectives(['سويدي'])],
  ['Finland', ['فنلندا'], arabicAdjectives(['فنلندي'])],
  ['Portugal', ['البرتغال'], arabicAdjectives(['برتغالي'])],
  ['Ireland', ['أيرلندا', 'إيرلندا'], arabicAdjectives(['أيرلندي', 'إيرلندي'])],
  ['Czech Republic', ['التشيك'], arabicAdjectives(['تشيكي'])],
  ['Hungary', ['المجر', 'هنغاريا'], arabicAdjectives(['مجري', 'هنغاري'])],
  ['Bulgaria', ['بلغاريا'], arabicAdjectives(['بلغاري'])],
  ['Serbia', ['صربيا'], arabicAdjectives(['صربي'])],
  ['Croatia', ['كرواتيا'], arabicAdjectives(['كرواتي'])],
  ['Slovakia', ['سلوفاكيا'], arabicAdjectives(['سلوفاكي'])],
  ['Estonia', ['إستونيا'], arabicAdjectives(['إستوني'])],
  ['Cyprus', ['قبرص'], arabicAdjectives(['قبرصي'])],
  ['Belarus', ['بيلاروسيا', 'روسيا البيضاء'], arabicAdjectives(['بيلاروسي'])],
  ['Brazil', ['البرازيل'], arabicAdjectives(['برازيلي'])],
  ['Mexico', ['المكسيك'], arabicAdjectives(['مكسيكي'])],
  ['Argentina', ['الأرجنتين'], arabicAdjectives(['أرجنتيني'])],
  ['South Africa', ['جنوب أفريقيا', 'جنوب إفريقيا'], []],
  ['Nigeria', ['نيجيريا'], arabicAdjectives(['نيجيري'])],
  ['Ethiopia', ['إثيوبيا'], arabicAdjectives(['إثيوبي'])],
  ['Somalia', ['الصومال'], arabicAdjectives(['صومالي'])],
  ['Mauritania', ['موريتانيا'], arabicAdjectives(['موريتاني'])],
  ['Philippines', ['الفلبين'], arabicAdjectives(['فلبيني'])],
  ['Thailand', ['تايلاند'], arabicAdjectives(['تايلاندي'])],
  ['Vietnam', ['فيتنام'], arabicAdjectives(['فيتنامي'])],
  ['Singapore', ['سنغافورة'], arabicAdjectives(['سنغافوري'])],
  ['North Korea', ['كوريا الشمالية'], []],
  ['New Zealand', ['نيوزيلندا'], arabicAdjectives(['نيوزيلندي'])],
]);

export const CITIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Moscow', ['موسكو']],
  ['Beijing', ['بكين']],
  ['Washington', ['واشنطن']],
  ['Kabul', ['كابول', 'كابل']],
  ['New Delhi', ['نيودلهي', 'نيودلهى', 'دلهي']],
  ['Islamabad', ['إسلام آباد', 'اسلام اباد']],
  ['Nur-Sultan', ['نور سلطان', 'نور-سلطان']],
  ['Almaty', ['ألماتي']],
  ['Bishkek', ['بيشكيك']],
  ['Dushanbe', ['دوشنبه']],
  ['Tashkent', ['طشقند']],
  ['Ashgabat', ['عشق آباد']],
  ['Yerevan', ['يريفان']],
  ['Ulaanbaatar', ['أولان باتور']],
  ['Tehran', ['طهران']],
  ['Doha', ['الدوحة']],
  ['Tianjin', ['تيانجين']],
  ['Riyadh', ['الرياض']],
  ['Abu Dhabi', ['أبوظبي', 'أبو ظبي']],
  ['Ankara', ['أنقرة']],
  ['Geneva', ['جنيف']],
  ['New York', ['نيويورك']],
  ['London', ['لندن']],
  ['Paris', ['باريس']],
  // Afghanistan's other cities and provinces, and cities the region's diplomacy passes through.
  ['Kandahar', ['قندهار']],
  ['Herat', ['هرات']],
  ['Mazar-i-Sharif', ['مزار شريف']],
  ['Jalalabad', ['جلال آباد', 'جلال اباد']],
  ['Kunduz', ['قندوز']],
  ['Ghazni', ['غزني']],
  ['Panjshir', ['بنجشير', 'بانجشير']],
  ['Bagram', ['باغرام', 'بغرام']],
  // Afghanistan's provinces and border crossings, where governors serve and delegations go (none that is also a name: Farah, Wardak, Samangan).
  ['Balkh', ['بلخ']],
  ['Nangarhar', ['ننكرهار', 'ننجرهار']],
  ['Helmand', ['هلمند']],
  ['Badakhshan', ['بدخشان']],
  ['Faryab', ['فارياب']],
  ['Bamiyan', ['باميان']],
  ['Parwan', ['بروان', 'باروان']],
  ['Kunar', ['كونار', 'كنر']],
  ['Nuristan', ['نورستان']],
  ['Zabul', ['زابل']],
  ['Uruzgan', ['أوروزغان', 'أرزكان']],
  ['Logar', ['لوغر', 'لوجر']],
  ['Paktia', ['بكتيا', 'باكتيا']],
  ['Paktika', ['باكتيكا', 'بكتيكا']],
  ['Khost', ['خوست']],
  ['Takhar', ['تخار']],
  ['Baghlan', ['بغلان']],
  ['Jowzjan', ['جوزجان']],
  ['Kapisa', ['كابيسا']],
  ['Laghman', ['لغمان']],
  ['Badghis', ['بادغيس']],
  ['Nimroz', ['نيمروز']],
  ['Spin Boldak', ['سبين بولدك']],
  ['Torkham', ['طورخم']],
  ['Dubai', ['دبي']],
  ['Vienna', ['فيينا']],
  ['Berlin', ['برلين']],
  ['Brussels', ['بروكسل']],
  ['Karachi', ['كراتشي']],
  ['Peshawar', ['بيشاور']],
  ['Lahore', ['لاهور']],
  ['Istanbul', ['إسطنبول', 'اسطنبول']],
  ['Termez', ['ترمذ']],
];
