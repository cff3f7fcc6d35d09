/**
 * Hindi spellings of the groups and organisations src/events/actors.ts knows, by English name, and
 * of the nouns naming a nation's institutions ("रूसी विदेश मंत्रालय"), by English noun.
 */
export const GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Taliban', ['तालिबान']],
  ['Kremlin', ['क्रेमलिन']],
  ['SCO', ['एससीओ', 'शंघाई सहयोग संगठन']],
  ['CSTO', ['सीएसटीओ', 'सामूहिक सुरक्षा संधि संगठन']],
  ['UN Security Council', ['संयुक्त राष्ट्र सुरक्षा परिषद', 'सुरक्षा परिषद']],
  ['UN', ['संयुक्त राष्ट्र']],
  ['NATO', ['नाटो']],
  ['EU', ['यूरोपीय संघ']],
  ['WHO', ['डब्ल्यूएचओ', 'विश्व स्वास्थ्य संगठन']],
  ['Islamic State', ['इस्लामिक स्टेट']],
  ['al-Qaeda', ['अल कायदा', 'अल-कायदा']],
  ['CICA', ['सीआईसीए']],
];

export const INSTITUTIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['foreign ministry', ['विदेश मंत्रालय']],
  ['embassy', ['दूतावास']],
  ['government', ['सरकार']],
  ['army', ['सेना']],
  ['forces', ['बलों', 'सैनिकों']],
  // Both nasal spellings and the English loanword are common in Hindi news.
  ['delegation', ['प्रतिनिधिमंडल', 'प्रतिनिधिमण्डल', 'शिष्टमंडल', 'शिष्टमण्डल', 'डेलिगेशन']],
];
