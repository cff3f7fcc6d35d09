/**
 * The words the generator varies besides names: month and weekday names (per calendar and script)
 * and place names (cities and countries, per script). General vocabulary of news about the region,
 * not lists taken from one article; a seed word missing here is simply left as it is.
 */

/** A cycle of names; `values[i]` holds the spellings of the i-th value, the first one canonical. */
export interface Cycle {
  kind: 'month' | 'weekday';
  values: readonly (readonly string[])[];
}

const one = (names: string): string[][] => names.split(' ').map((n) => n.split('|'));

export const CYCLES: readonly Cycle[] = [
  { kind: 'month', values: one('जनवरी फरवरी|फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर|सितम्बर अक्टूबर|अक्तूबर नवंबर|नवम्बर दिसंबर|दिसम्बर') },
  { kind: 'month', values: one('يناير فبراير مارس أبريل|إبريل مايو يونيو|يونيه يوليو|يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر') },
  // Levantine and Iraqi month names, often printed next to the ones above ("آب/أغسطس").
  { kind: 'month', values: [['كانون الثاني'], ['شباط'], ['آذار'], ['نيسان'], ['أيار'], ['حزيران'], ['تموز'], ['آب'], ['أيلول'], ['تشرين الأول'], ['تشرين الثاني'], ['كانون الأول']] },
  { kind: 'month', values: one('January February March April May June July August September October November December') },
  { kind: 'weekday', values: one('रविवार सोमवार मंगलवार बुधवार गुरुवार|बृहस्पतिवार शुक्रवार शनिवार') },
  { kind: 'weekday', values: one('الأحد الإثنين|الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت') },
  { kind: 'weekday', values: one('Sunday Monday Tuesday Wednesday Thursday Friday Saturday') },
];

/** Places of one kind in one script; a place is only ever replaced by another of its group. */
export interface PlaceGroup {
  kind: 'city' | 'country';
  names: readonly string[];
}

const list = (names: string): string[] => names.split(',').map((n) => n.trim());

export const PLACE_GROUPS: readonly PlaceGroup[] = [
  { kind: 'city', names: list('काबुल, कंधार, हेरात, मास्को, मॉस्को, बीजिंग, वाशिंगटन, वॉशिंगटन, दिल्ली, नई दिल्ली, इस्लामाबाद, तेहरान, दोहा, ताशकंद, दुशांबे, बिश्केक, नूर सुल्तान, नूर-सुल्तान, अश्गाबात, येरेवान, उलानबटोर') },
  { kind: 'country', names: list('अफगानिस्तान, अफ़ग़ानिस्तान, रूस, चीन, पाकिस्तान, अमेरिका, भारत, ईरान, कतर, तुर्की, कजाकिस्तान, किर्गिस्तान, उज्बेकिस्तान, ताजिकिस्तान, तुर्कमेनिस्तान, मंगोलिया, अर्मेनिया') },
  { kind: 'city', names: list('كابول, قندهار, هرات, موسكو, بكين, واشنطن, نيودلهي, إسلام آباد, طهران, الدوحة, طشقند, دوشنبه, بيشكيك, أنقرة') },
  { kind: 'country', names: list('أفغانستان, روسيا, الصين, باكستان, الهند, إيران, قطر, تركيا, الإمارات, طاجيكستان, أوزبكستان, تركمانستان, كازاخستان') },
  { kind: 'city', names: list('Kabul, Kandahar, Herat, Moscow, Beijing, Washington, New Delhi, Islamabad, Tehran, Doha, Tashkent, Dushanbe, Bishkek, Nur-Sultan') },
  { kind: 'country', names: list('Afghanistan, Russia, China, Pakistan, India, Iran, Qatar, Turkey, Tajikistan, Uzbekistan, Kazakhstan, Kyrgyzstan') },
];

/** Words that name an office and are followed by the holder's name, per script. */
export const TITLES: Record<'devanagari' | 'arabic' | 'latin', readonly string[]> = {
  devanagari: list('प्रधानमंत्री, प्रधान मंत्री, उपराष्ट्रपति, राष्ट्रपति, मंत्री, राजदूत, प्रवक्ता, समकक्ष, निदेशक, सचिव, महासचिव, सलाहकार, काउंसलर, दूत, अध्यक्ष, कमांडर, गवर्नर, सांसद'),
  arabic: list('الرئيس, نائب الرئيس, رئيس الوزراء, رئيس وزراء, رئيس الحكومة, وزير الخارجية, وزير خارجية, وزيرة الخارجية, وزير الدفاع, المتحدث باسم, المتحدثة باسم, السفير, المبعوث, المستشار, الأمين العام'),
  latin: list('President, Prime Minister, Minister, Foreign Minister, FM, Ambassador, Envoy, Spokesman, Spokesperson, Secretary, Chancellor, Dr'),
};

/**
 * Words that end a name after a title: Hindi postpositions and conjunctions, Arabic prepositions,
 * particles and the verbs of saying that follow a speaker, English function words.
 */
export const NAME_ENDERS = new Set(
  list(
    'ने, से, को, के, की, का, में, पर, और, तथा, एवं, भी, ही, जो, या, द्वारा, है, हैं, था, थे, ' +
      'في, من, إلى, على, عن, مع, أن, إن, خلال, اليوم, أمس, قال, أعلن, أكد, حيث, الذي, التي, بعد, قبل, ' +
      'and, of, on, in, at, to, with, said, says, the, who',
  ),
);
