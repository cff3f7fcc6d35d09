/**
 * Arabic inflection as a grammar book tabulates it, for the unvocalised spelling news uses: a verb
 * given by its past and present stems yields its past, present, subjunctive and future forms for
 * every person, gender and number, with the object pronouns glued to it (استقبله "received him");
 * a noun (a masdar such as لقاء "meeting") yields its definite, accusative, dual and possessed
 * forms (لقائه "his meeting"). Lexicons list a word once and get its whole family from here, so a
 * form no dev sentence showed (التقيتا, يستقبلونه) is known all the same.
 *
 * Clitic conjunctions and prepositions (و, ف, بـ, لـ) are not added: the Arabic pack strips them
 * from every word before lookup. Forms are written unfolded (ى, ة, أ); readers fold them.
 */

/** Object and possessive pronoun suffixes: him, her, them (m., dual, f.), you, us. */
const PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'نا'];

/** Imperfect prefixes: he/they (ي), she/you (ت), we (ن), I (أ). */
const PRESENT_PREFIXES = ['ي', 'ت', 'ن', 'أ'];

const lastOf = (s: string): string => s.slice(-1);
const butLast = (s: string): string => s.slice(0, -1);

/** The past forms: he, she/I/you, they two (m./f.), they (m./f.), we, you (pl.). */
function pastForms(past: string): string[] {
  const end = lastOf(past);
  if (end === 'ى' || end === 'ا') {
    // التقى / دعا: the weak last letter gives way (التقت, التقيا, التقوا, التقينا; دعت, دعوا, دعونا).
    const stem = butLast(past);
    const glide = end === 'ى' ? 'ي' : 'و';
    return [past, `${stem}ت`, `${stem}تا`, `${stem}${glide}ا`, `${stem}وا`, `${stem}${glide}ن`, `${stem}${glide}نا`, `${stem}${glide}ت`, `${stem}${glide}تم`];
  }
  return [past, `${past}ت`, `${past}تا`, `${past}ا`, `${past}وا`, `${past}ن`, `${past}نا`, `${past}تم`, `${past}تما`];
}

/** The present and subjunctive forms of one prefix: he, they two, they (m.), they (f.), you (f. sg.). */
function presentForms(prefix: string, present: string): string[] {
  const end = lastOf(present);
  const base = `${prefix}${present}`;
  if (end === 'ي' || end === 'ى' || end === 'و') {
    // يلتقي / يتلقى / يدعو: dual يلتقيان, plural يلتقون (subjunctive يلتقوا).
    const stem = `${prefix}${butLast(present)}`;
    const glide = end === 'و' ? 'و' : 'ي';
    return [base, `${stem}${glide}ان`, `${stem}${glide}ا`, `${stem}ون`, `${stem}وا`, `${stem}ين`];
  }
  return [base, `${base}ان`, `${base}ا`, `${base}ون`, `${base}وا`, `${base}ن`, `${base}ين`];
}

/** With an object pronoun: استقبله, التقاه (a final ى is written ا before it), يلتقيه. */
function withPronouns(form: string): string[] {
  const stem = lastOf(form) === 'ى' ? `${butLast(form)}ا` : form;
  // "they (m.)" drops its silent alif before a pronoun: التقوا → التقوه.
  const bare = stem.endsWith('وا') ? butLast(stem) : stem;
  return PRONOUNS.map((p) => `${bare}${p}`);
}

export interface VerbForms {
  /** Past and present forms (the present includes the subjunctive), with object pronouns. */
  done: string[];
  /** The present (imperfect) forms among them: يلتقي, تستقبلان, يستقبله. */
  present: string[];
  /** Future forms: سـ before the present (سيلتقي, ستلتقيان), with object pronouns. */
  future: string[];
  /**
   * Active participles of a derived verb: مـ before the present stem (متوجه, مؤكد, مشير), in the
   * accusative news puts after a clause ("، مؤكدا أن", stressing that), feminine and plural.
   */
  participles: string[];
}

/**
 * Every form of a verb given by its past (3rd person masculine singular) and its present stem
 * (the 3rd person masculine singular without its يـ).
 * @example arabicVerb('التقى', 'لتقي').done.includes('التقتا') // true
 * @example arabicVerb('التقى', 'لتقي').future.includes('سيلتقيان') // true
 */
export function arabicVerb(past: string, present: string): VerbForms {
  const presents = PRESENT_PREFIXES.flatMap((p) => presentForms(p, present));
  const simple = [...pastForms(past), ...presents];
  const done = [...simple, ...simple.flatMap(withPronouns)];
  const presentOnly = [...presents, ...presents.flatMap(withPronouns)].filter((f) => !pastForms(past).includes(f));
  const future = presents.filter((f) => !f.startsWith('أ')).flatMap((f) => [`س${f}`, ...withPronouns(`س${f}`)]);
  future.push(`سأ${present}`);
  const participle = `م${present}`;
  const participles = ['', 'ا', 'اً', 'ة', 'ين', 'ون', 'ان', 'تين', 'تان'].map((e) => `${participle}${e}`);
  return { done: [...new Set(done)], present: [...new Set(presentOnly)], future: [...new Set(future)], participles };
}

/**
 * The forms of a noun: bare, definite, accusative (اتصالا), dual (اتصالان, اتصالين) and possessed
 * (لقائه, زيارته). A noun ending in ة takes ت before a suffix; one ending in hamza after alif
 * writes it ئ before a pronoun (لقاء → لقائه).
 * @example arabicNoun('زيارة').includes('زيارته') // true
 */
export function arabicNoun(noun: string): string[] {
  const end = lastOf(noun);
  const dual = end === 'ة' ? `${butLast(noun)}ت` : noun;
  const possessed = noun.endsWith('اء') ? `${butLast(noun)}ئ` : dual;
  const forms = [noun, `ال${noun}`, `${dual}ان`, `${dual}ين`, `ال${dual}ان`, `ال${dual}ين`, ...PRONOUNS.map((p) => `${possessed}${p}`)];
  if (end !== 'ة' && end !== 'ى') forms.push(`${noun}ا`, `${noun}ً`, `${noun}اً`);
  return [...new Set(forms)];
}

/**
 * The forms of a sound feminine plural (مباحثات, اتصالات): bare, definite and possessed.
 * @example arabicPlural('محادثات').includes('محادثاته') // true
 */
export function arabicPlural(plural: string): string[] {
  return [plural, `ال${plural}`, ...PRONOUNS.map((p) => `${plural}${p}`)];
}
