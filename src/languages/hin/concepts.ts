/**
 * Hindi words of the coverage's vocabulary that are translated, not transliterated, so no
 * phonetic key can bridge them (airport ↔ हवाई अड्डा ↔ مطار), by the concept's English label: a
 * query word or phrase found in any pack's spellings of a concept is searched in every pack's
 * (src/languages/concepts.ts joins them). Write words as they appear in print (matching folds spelling and
 * compares stems, so one common form is usually enough; irregular plurals need their own entry).
 * Names of people and places that are transliterated (Lavrov, Kabul) do NOT belong here.
 */
export const CONCEPTS: ReadonlyArray<readonly [concept: string, spellings: readonly string[]]> = [
  // Places and peoples whose names differ between the languages.
  ['Russia', ['रूस', 'रूसी']],
  ['China', ['चीन', 'चीनी']],
  ['United States', ['अमेरिका', 'अमेरिकी', 'अमेरिकियों']],
  ['India', ['भारत', 'भारतीय']],
  ['Pakistan', ['पाकिस्तान', 'पाकिस्तानी']],
  ['Afghanistan', ['अफगानिस्तान', 'अफगान', 'अफगानों']],
  ['Europe', ['यूरोप', 'यूरोपीय']],
  ['United Nations', ['संयुक्त राष्ट्र']],
  ['Security Council', ['सुरक्षा परिषद']],
  ['World Health Organization', ['डब्ल्यूएचओ', 'विश्व स्वास्थ्य संगठन']],

  // Offices and institutions.
  ['foreign minister', ['विदेश मंत्री']],
  ['foreign ministry', ['विदेश मंत्रालय', 'विदेश विभाग']],
  ['minister', ['मंत्री', 'मंत्रियों']],
  ['prime minister', ['प्रधानमंत्री', 'प्रधान मंत्री']],
  ['president', ['राष्ट्रपति']],
  ['government', ['सरकार', 'प्रशासन']],
  ['embassy', ['दूतावास']],
  ['ambassador', ['राजदूत', 'दूत']],
  ['diplomat', ['राजनयिक', 'राजनयिकों']],
  ['capital', ['राजधानी']],
  ['chief', ['प्रमुख', 'चीफ', 'मुखिया', 'निदेशक', 'डायरेक्टर']],
  ['spokesman', ['प्रवक्ता']],
  ['crown prince', ['क्राउन प्रिंस', 'युवराज']],
  ['royal family', ['शाही परिवार', 'राजपरिवार', 'राज परिवार']],
  ['national security adviser', ['राष्ट्रीय सुरक्षा सलाहकार', 'एनएसए']],
  ['defence minister', ['रक्षा मंत्री']],
  ['intelligence agency', ['खुफिया', 'खुफिया एजेंसी', 'इंटेलिजेंस']],
  ['CIA', ['सीआईए', 'केंद्रीय खुफिया एजेंसी']],
  ['ISI', ['आईएसआई', 'इंटर-सर्विसेज इंटेलिजेंस']],
  ['Organisation of Islamic Cooperation', ['ओआईसी', 'इस्लामिक सहयोग संगठन', 'इस्लामी सहयोग संगठन']],
  ['G7', ['जी7', 'जी-7', 'जी 7']],

  // Events and actions of the coverage.
  ['airport', ['हवाई अड्डा', 'एयरपोर्ट']],
  ['talks', ['वार्ता', 'बातचीत', 'चर्चा']],
  ['phone call', ['फोन', 'टेलीफोन']],
  ['meeting', ['मुलाकात', 'बैठक', 'भेंट']],
  ['statement', ['बयान']],
  ['press conference', ['संवाददाता सम्मेलन', 'प्रेस कॉन्फ्रेंस', 'प्रेस वार्ता', 'पत्रकार वार्ता']],
  ['conference', ['सम्मेलन', 'शिखर सम्मेलन']],
  ['visit', ['दौरा', 'दौरे', 'यात्रा']],
  ['amnesty', ['आम माफी', 'माफी', 'क्षमादान']],
  ['regional', ['क्षेत्रीय']],
  ['tweet', ['ट्वीट']],
  ['refugees', ['शरणार्थी', 'शरणार्थियों', 'शरण']],
  ['migration', ['प्रवासन', 'प्रवासी']],
  ['evacuation', ['निकासी', 'निकालने']],
  ['withdrawal', ['वापसी']],
  ['terrorism', ['आतंकवाद', 'आतंकवादी']],
  ['drugs', ['ड्रग्स', 'मादक पदार्थ']],
  ['troops', ['सैनिक', 'सैनिकों', 'सेना', 'सेनाओं', 'बलों']],
  ['war', ['युद्ध', 'जंग', 'लड़ाई']],
  ['peace', ['शांति']],
  ['security', ['सुरक्षा']],
  ['situation', ['स्थिति', 'हालात']],
  ['crisis', ['संकट']],
  ['humanitarian', ['मानवीय']],
  ['cooperation', ['सहयोग']],
  ['recognition', ['मान्यता']],
  ['border', ['सीमा']],
  ['citizens', ['नागरिक', 'नागरिकों']],
  ['history', ['इतिहास']],
  ['nuclear energy', ['परमाणु ऊर्जा', 'परमाणु']],
  ['World War II', ['द्वितीय विश्व युद्ध']],
];
