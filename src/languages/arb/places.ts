/**
 * Arabic names of countries, nationality adjectives and cities, by their English name. Countries
 * give roles their nationality ("رئيس وزراء باكستان → Pakistani prime minister"), end names and are
 * places; cities are where contacts happen.
 */

/* Adjectives are listed by stem; the article and feminine forms are derived. */
const arabicAdjectives = (stems: string[]): string[] => stems.flatMap((stem) => [stem, `ال${stem}`, `${stem}ة`, `ال${stem}ة`]);

export const NATIONS: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
  ['Russia', ['روسيا'], arabicAdjectives(['روسي'])],
  ['China', ['الصين', 'صين'], arabicAdjectives(['صيني'])],
  ['United States', ['الولايات المتحدة', 'أمريكا', 'أميركا'], arabicAdjectives(['أمريكي', 'أميركي'])],
  ['India', ['الهند'], arabicAdjectives(['هندي'])],
  ['Pakistan', ['باكستان'], arabicAdjectives(['باكستاني'])],
  ['Afghanistan', ['أفغانستان'], arabicAdjectives(['أفغاني'])],
  ['Mongolia', ['منغوليا'], arabicAdjectives(['منغولي'])],
  ['Armenia', ['أرمينيا'], arabicAdjectives(['أرميني'])],
  ['Kazakhstan', ['كازاخستان'], arabicAdjectives(['كازاخستاني', 'كازاخي'])],
  ['Kyrgyzstan', ['قيرغيزستان'], arabicAdjectives(['قيرغيزي'])],
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
];

export const CITIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Moscow', ['موسكو']],
  ['Beijing', ['بكين']],
  ['Washington', ['واشنطن']],
  ['Kabul', ['كابول', 'كابل']],
  ['New Delhi', ['نيودلهي', 'نيودلهى']],
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
];
