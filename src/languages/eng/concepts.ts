/**
 * English words of the coverage's vocabulary that are translated, not transliterated, so no
 * phonetic key can bridge them (airport ↔ हवाई अड्डा ↔ مطار), by the concept's English label: a
 * query word or phrase found in any pack's spellings of a concept is searched in every pack's
 * (src/languages/concepts.ts joins them). Write words as they appear in print (matching folds spelling and
 * compares stems, so one common form is usually enough; irregular plurals need their own entry).
 * Names of people and places that are transliterated (Lavrov, Kabul) do NOT belong here.
 */
export const CONCEPTS: ReadonlyArray<readonly [concept: string, spellings: readonly string[]]> = [
  // Places and peoples whose names differ between the languages.
  ['Russia', ['Russia', 'Russian', 'Russians']],
  ['China', ['China', 'Chinese']],
  ['United States', ['America', 'American', 'Americans', 'US', 'USA', 'United States']],
  ['India', ['India', 'Indian']],
  ['Pakistan', ['Pakistan', 'Pakistani']],
  ['Afghanistan', ['Afghanistan', 'Afghan', 'Afghans']],
  ['Europe', ['Europe', 'European', 'Europeans']],
  ['United Nations', ['United Nations', 'UN']],
  ['Security Council', ['Security Council']],
  ['World Health Organization', ['WHO', 'World Health Organization']],

  // Offices and institutions.
  ['foreign minister', ['foreign minister', 'FM']],
  ['foreign ministry', ['foreign ministry', 'State Department']],
  ['minister', ['minister', 'ministers']],
  ['prime minister', ['prime minister', 'PM']],
  ['president', ['president']],
  ['government', ['government', 'administration']],
  ['embassy', ['embassy', 'embassies']],
  ['ambassador', ['ambassador', 'envoy']],
  ['diplomat', ['diplomat', 'diplomats', 'diplomatic']],
  ['capital', ['capital']],
  ['chief', ['chief', 'head', 'director']],
  ['spokesman', ['spokesman', 'spokesperson', 'spokeswoman']],
  ['crown prince', ['crown prince']],
  ['royal family', ['royal family', 'ruling family']],
  ['national security adviser', ['national security adviser', 'national security advisor', 'NSA']],
  ['defence minister', ['defence minister', 'defense minister', 'defense secretary', 'defence secretary']],
  ['intelligence agency', ['intelligence', 'intelligence agency', 'spy agency']],
  ['CIA', ['CIA', 'Central Intelligence Agency']],
  ['ISI', ['ISI', 'Inter-Services Intelligence']],
  ['Organisation of Islamic Cooperation', ['OIC', 'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation']],
  ['G7', ['G7', 'Group of Seven']],

  // Events and actions of the coverage.
  ['airport', ['airport']],
  ['talks', ['talks', 'negotiations', 'dialogue', 'discussion']],
  ['phone call', ['phone call', 'phone', 'telephone']],
  ['meeting', ['meeting', 'meet', 'met']],
  ['statement', ['statement']],
  ['press conference', ['press conference', 'news conference', 'press briefing']],
  ['conference', ['conference', 'summit']],
  ['visit', ['visit', 'visited', 'trip', 'tour']],
  ['amnesty', ['amnesty', 'pardon']],
  ['regional', ['regional']],
  ['tweet', ['tweet', 'tweeted']],
  ['refugees', ['refugee', 'refugees', 'asylum']],
  ['migration', ['migration', 'migrants']],
  ['evacuation', ['evacuation', 'evacuate', 'evacuated']],
  ['withdrawal', ['withdrawal', 'withdraw', 'pullout']],
  ['terrorism', ['terrorism', 'terrorist', 'terrorists']],
  ['drugs', ['drugs', 'narcotics', 'drug trafficking']],
  ['troops', ['troops', 'soldiers', 'army', 'forces', 'military']],
  ['war', ['war', 'fighting']],
  ['peace', ['peace']],
  ['security', ['security', 'safety']],
  ['situation', ['situation']],
  ['crisis', ['crisis']],
  ['humanitarian', ['humanitarian']],
  ['cooperation', ['cooperation', 'cooperate']],
  ['recognition', ['recognition', 'recognise', 'recognize']],
  ['border', ['border', 'borders']],
  ['citizens', ['citizens', 'nationals']],
  ['history', ['history']],
  ['nuclear energy', ['nuclear energy', 'nuclear power', 'nuclear']],
  ['World War II', ['World War II', 'Second World War']],
];
