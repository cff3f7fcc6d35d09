import { describe, expect, it } from 'vitest';
import { sentenceTokens } from '../../src/grammar/tokens.ts';
import { findTitledPhrases } from '../../src/people/titled.ts';

/** Names and roles the title grammar finds in an invented sentence. */
function found(text: string) {
  const toks = sentenceTokens(text, 0);
  return findTitledPhrases(toks).map((p) => ({
    name: toks.slice(p.nameFirst, p.nameEnd).map((t) => t.text).join(' '),
    role: p.role,
    ...(p.relational ? { relational: true } : {}),
    ...(p.possessive ? { possessive: true } : {}),
  }));
}

describe('Hindi names after titles', () => {
  it('takes the name after a nationality and a title, up to the postposition', () => {
    expect(found('भारतीय विदेश मंत्री अनिल कुमार ने कहा कि बातचीत अच्छी रही।')).toEqual([{ name: 'अनिल कुमार', role: 'Indian foreign minister' }]);
  });

  it('reads the nationality from a country in the genitive ("रूस के विदेश मंत्री")', () => {
    expect(found('ईरान के राष्ट्रपति इब्राहिम रईसी और पाकिस्तानी प्रधानमंत्री नवाज अली से')).toEqual([
      { name: 'इब्राहिम रईसी', role: 'Iranian president' },
      { name: 'नवाज अली', role: 'Pakistani prime minister' },
    ]);
  });

  it('chains titles joined by और and keeps initials in the name', () => {
    expect(found('चीनी स्टेट काउंसलर और विदेश मंत्री ली मिंग ने')).toEqual([{ name: 'ली मिंग', role: 'Chinese state councillor and foreign minister' }]);
    expect(found('विदेश मंत्री एस रमन ने')).toEqual([{ name: 'एस रमन', role: 'foreign minister' }]);
  });

  it('passes over a royal rank before the name (प्रिंस, Prince), as it does शेख', () => {
    expect(found('कतर के विदेश मंत्री प्रिंस हमद बिन अली ने')).toEqual([{ name: 'हमद बिन अली', role: 'Qatari foreign minister' }]);
    expect(found('The Saudi foreign minister Prince Khalid bin Ali said')).toEqual([{ name: 'Khalid bin Ali', role: 'Saudi foreign minister' }]);
  });

  it('names the emir of a state with the state, as अमीर alone is the given name Amir', () => {
    expect(found('कुवैत के अमीर नासिर बिन सलीम ने कहा')).toEqual([{ name: 'नासिर बिन सलीम', role: 'emir of Kuwait' }]);
    expect(found('नेता अमीर सलीम ने कहा').map((p) => p.name)).not.toContain('सलीम');
  });

  it('keeps "former" in the role', () => {
    expect(found('पूर्व अफगान राष्ट्रपति हामिद करजई से')).toEqual([{ name: 'हामिद करजई', role: 'former Afghan president' }]);
  });

  it('finds no name where a country list, a date or a function word follows the title', () => {
    expect(found('दोनों देशों के विदेश मंत्री चीन, पाकिस्तान और भारत से मिले।')).toEqual([]);
    // No name; the title opening its clause before a date is a role alone, standing for its holder.
    expect(found('प्रधानमंत्री सोमवार को पहुंचे')).toEqual([{ name: '', role: 'prime minister' }]);
    expect(found('President Monday said')).toEqual([]);
    expect(found('सहयोगी देशों ने कहा')).toEqual([]);
  });

  it('marks counterparts and colleagues named relative to someone', () => {
    expect(found('उन्होंने अपने ईरानी नए सहयोगी हुसैन अमीर से बात की')).toEqual([{ name: 'हुसैन अमीर', role: 'Iranian colleague', relational: true, possessive: true }]);
  });

  it('keeps a role alone when a postposition follows it, for later resolution', () => {
    expect(found('रूसी मंत्री ने कहा')).toEqual([{ name: '', role: 'Russian minister' }]);
    expect(found('उन्होंने अपने मंगोलियाई समकक्ष से मुलाकात की')).toEqual([{ name: '', role: 'Mongolian counterpart', relational: true, possessive: true }]);
  });
});

describe('Arabic names after titles', () => {
  it('reads the nationality after the title and stops at punctuation', () => {
    expect(found('أعلن الرئيس الفرنسي إيمانويل ماكرون، اليوم، أن')).toEqual([{ name: 'إيمانويل ماكرون', role: 'French president' }]);
  });

  it('passes over the religious honorific مولوي written without the article', () => {
    expect(found('وقال وزير الداخلية مولوي سعيد نور إن')).toEqual([{ name: 'سعيد نور', role: 'interior minister' }]);
  });

  it('reads a country in construct ("رئيس وزراء الهند") and a proclitic و on the title', () => {
    expect(found('بين الرئيس التركي رجب أردوغان ورئيس وزراء الهند ناريندرا مودي')).toEqual([
      { name: 'رجب أردوغان', role: 'Turkish president' },
      { name: 'ناريندرا مودي', role: 'Indian prime minister' },
    ]);
  });

  it('stops before a word with the article and keeps "former"', () => {
    expect(found('بعد مغادرة الرئيس الأفغاني السابق أشرف غني للبلاد')).toEqual([{ name: 'أشرف غني', role: 'former Afghan president' }]);
  });

  it('finds no name after a title followed by a function word', () => {
    expect(found('قال الرئيس إن الوضع صعب')).toEqual([]);
  });

  it('reads a city after an office in construct as what the office is of ("ولي عهد أبو ظبي X")', () => {
    expect(found('اتصل الرئيس بولي عهد أبو ظبي سالم بن خليفة').map((p) => p.name)).toEqual(['سالم بن خليفة']);
  });

  it('takes a state noun after an office for the state, not a name ("رئيس وزراء إمارة …")', () => {
    expect(found('قال رئيس وزراء مملكة ليسوتو إن الوضع صعب').map((p) => p.name)).toEqual([]);
  });

  it('passes over the body an office is of or for, after لـ/بـ, to the name ("الأمين العام لمنظمة …")', () => {
    expect(found('استقبل الأمين العام لرابطة الدول الساحلية سامي يوسف حداد وفدا')).toEqual([{ name: 'سامي يوسف حداد', role: 'secretary-general' }]);
    expect(found('وصل مبعوث مصر الخاص بشؤون السودان كمال عادل إلى الخرطوم')).toEqual([{ name: 'كمال عادل', role: 'special Egyptian envoy' }]);
    expect(found('قال الممثل الخاص بالشؤون الإنسانية نبيل حمدي إن').map((p) => p.name)).toEqual(['نبيل حمدي']);
    // "and" before a body noun starts something else, not the office's complement.
    expect(found('التقى الأمين العام ولجنة الصليب الأحمر').map((p) => p.name)).toEqual([]);
  });

  it('reads an office with a possessive suffix in place of its country ("وزيرها X", "وزير خارجيتها X")', () => {
    expect(found('وقالت الوزارة إن وزيرها سليم داود بحث الملف')).toEqual([{ name: 'سليم داود', role: 'minister' }]);
    expect(found('وأجرى وزير خارجيتها رامي فؤاد اتصالا')).toEqual([{ name: 'رامي فؤاد', role: 'foreign minister' }]);
  });

  it('takes an honorific before an office and a dual office before the first of its names', () => {
    expect(found('استقبل معالي وزير الخارجية التركي زياد حمدان الوفد')).toEqual([{ name: 'زياد حمدان', role: 'Turkish foreign minister' }]);
    expect(found('مع وزيري الدفاع المصري عادل شاكر، والأردني')).toEqual([{ name: 'عادل شاكر', role: 'Egyptian defence minister' }]);
  });

  it('reads علي written with ي after a title or within a name as the name Ali, not the preposition على', () => {
    expect(found('أكد الرئيس الباكستاني عمر علي الطيب أن')).toEqual([{ name: 'عمر علي', role: 'Pakistani president' }]);
    expect(found('قال وزير الخارجية علي حسين إن')).toEqual([{ name: 'علي حسين', role: 'foreign minister' }]);
    expect(found('وشدد وزير الخارجية على ضرورة الحوار')).toEqual([]);
  });

  it('takes a name set off before its office by commas ("X Y، وزير الخارجية الأردني، …")', () => {
    const toks = (t: string) => findTitledPhrases(sentenceTokens(t, 0), t).map((p) => ({ first: p.nameFirst, end: p.nameEnd, role: p.role }));
    expect(toks('وصرح نعمة الله حيدري، نائب المتحدث باسم الحكومة، للصحفيين')).toEqual([{ first: 1, end: 4, role: 'deputy spokesman' }]);
    expect(toks('التقى سامر فؤاد، وزير الخارجية التركي، في أنقرة')).toEqual([{ first: 1, end: 3, role: 'Turkish foreign minister' }]);
    // No name without a clear left edge, a single word, "and" before the office or no comma after it.
    expect(toks('وقال المسؤول الكبير، وزير الخارجية، إن')).toEqual([]);
    expect(toks('التقى سامر، وزير الخارجية، في أنقرة')).toEqual([]);
    expect(toks('التقى سامر فؤاد، والوزير، في أنقرة')).toEqual([]);
    expect(toks('التقى سامر فؤاد، وزير الخارجية في أنقرة').map((p) => p.first)).not.toContain(1);
  });

  it('reads نظيره as someone\'s counterpart', () => {
    expect(found('التقى لافروف بنظيره الهندي سوبرامانيام جايشانكار')).toEqual([
      { name: 'سوبرامانيام جايشانكار', role: 'Indian counterpart', relational: true, possessive: true },
    ]);
  });
});

describe('English names after titles', () => {
  it('takes capitalised words after a nationality and title', () => {
    expect(found('Good to catch up with Turkish FM Mevlut Cavusoglu on the sidelines.')).toEqual([{ name: 'Mevlut Cavusoglu', role: 'Turkish foreign minister' }]);
  });

  it('takes initials after an honorific, which gives no role', () => {
    expect(found('— Dr. S. Jaishankar (@DrSJaishankar) October 12, 2021')).toEqual([{ name: 'S Jaishankar', role: undefined }]);
  });

  it('needs a capitalised name', () => {
    expect(found('the president said the minister would travel')).toEqual([]);
  });
});
