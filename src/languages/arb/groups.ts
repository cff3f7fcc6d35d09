/**
 * Arabic spellings of the groups and organisations src/events/actors.ts knows, by English name, and
 * of the nouns naming a nation's institutions ("وزارة الخارجية الروسية"), by English noun.
 */
export const GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Taliban', ['طالبان', 'حركة طالبان']],
  ['Kremlin', ['الكرملين', 'كرملين']],
  ['SCO', ['منظمة شنغهاي للتعاون', 'شنغهاي للتعاون']],
  ['CSTO', ['منظمة معاهدة الأمن الجماعي']],
  ['UN Security Council', ['مجلس الأمن الدولي', 'مجلس الأمن']],
  ['UN', ['الأمم المتحدة']],
  ['NATO', ['الناتو', 'حلف الناتو', 'حلف شمال الأطلسي']],
  ['EU', ['الاتحاد الأوروبي']],
  ['WHO', ['منظمة الصحة العالمية']],
  ['Islamic State', ['داعش', 'تنظيم الدولة الإسلامية']],
  ['al-Qaeda', ['القاعدة', 'تنظيم القاعدة']],
  ['CICA', ['سيكا']],
];

/* A delegation is who arrives when no one is named ("وصل وفد روسي"). */
export const INSTITUTIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['foreign ministry', ['وزارة الخارجية']],
  ['embassy', ['السفارة']],
  ['government', ['الحكومة']],
  ['army', ['الجيش']],
  ['forces', ['القوات']],
  ['delegation', ['وفد', 'الوفد']],
];
