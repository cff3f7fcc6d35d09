import { describe, expect, it } from 'vitest';
import { contactLines, invented, inventedCorpus } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic contact grammar', () => {
  it('reads "اتصال هاتفي بين X وY"', () => {
    expect(contacts('جرى اتصال هاتفي بين الرئيس التركي رجب أردوغان ورئيس وزراء الهند ناريندرا مودي.')).toEqual([
      'رجب أردوغان – ناريندرا مودي: phone call, undated',
    ]);
  });

  it('reads "بحث X … خلال اتصال هاتفي مع Y" with a weekday resolved against the publication date', () => {
    expect(contacts('بحث الرئيس التركي رجب أردوغان، اليوم الأربعاء، الوضع في المنطقة خلال اتصال هاتفي مع رئيس الوزراء الهندي ناريندرا مودي.')).toEqual([
      'رجب أردوغان – ناريندرا مودي: phone call, 2021-09-01',
    ]);
  });

  it('reads "التقى X بـY في <city>"', () => {
    expect(contacts('التقى وزير الخارجية الروسي سيرغي لافروف بنظيره الهندي سوبرامانيام جايشانكار في موسكو.')).toEqual([
      'سيرغي لافروف – سوبرامانيام جايشانكار: meeting, undated, Moscow',
    ]);
  });

  it('reads a transitive verb with its object ("استقبل X Y")', () => {
    expect(contacts('استقبل الرئيس التركي رجب أردوغان رئيس الوزراء الهندي ناريندرا مودي في أنقرة.')).toEqual([
      'رجب أردوغان – ناريندرا مودي: meeting, undated, Ankara',
    ]);
  });

  it('marks a future verb as planned ("سيلتقي")', () => {
    expect(contacts('سيلتقي الرئيس التركي رجب أردوغان مع رئيس الوزراء الهندي ناريندرا مودي الأسبوع المقبل.')).toEqual([
      'رجب أردوغان – ناريندرا مودي: meeting, undated, planned',
    ]);
  });

  it('ends a name before the object noun of the verb ("أجرى X اتصالا هاتفيا مع نظيره Y")', () => {
    expect(contacts('وأجرى وزير الخارجية الأمريكي أنتوني بلينكن اتصالا هاتفيا مع نظيره الصيني وانغ يي أمس الاثنين.')).toEqual([
      'أنتوني بلينكن – وانغ يي: phone call, 2021-08-30',
    ]);
  });

  it('finds nothing where two people are only named together', () => {
    expect(contacts('قال الرئيس التركي رجب أردوغان إن رئيس الوزراء الهندي ناريندرا مودي صديق.')).toEqual([]);
  });

  it('reads a call received from someone ("تلقى X اتصالا … من Y", "في اتصال تلقاه X، الأحد، من Y")', () => {
    expect(contacts('تلقى وزير الخارجية العماني سالم حداد اتصالا هاتفيا صباح اليوم الأربعاء من نظيره الإيطالي ماركو فيلاني.')).toEqual([
      'سالم حداد – ماركو فيلاني: phone call, 2021-09-01',
    ]);
    expect(contacts('جاء ذلك في اتصال هاتفي تلقاه الرئيس التونسي سامر خليل، الأحد، من رئيس الوزراء الكندي جون ميلر.')).toEqual([
      'سامر خليل – جون ميلر: phone call, 2021-08-29',
    ]);
  });

  it('reads a reciprocal pair ("بحث X ونظيره Y، خلال اتصال هاتفي" and "X ونظيره Y تناولا هاتفيا")', () => {
    expect(contacts('بحث الرئيس التونسي سامر خليل ونظيره الإيطالي ماركو فيلاني، خلال اتصال هاتفي، الإثنين، العلاقات الثنائية.')).toEqual([
      'سامر خليل – ماركو فيلاني: phone call, 2021-08-30',
    ]);
    expect(contacts('وزير الخارجية الأردني نادر عواد ونظيره اليوناني نيكوس بابادوبولوس تناولا هاتفيا الأوضاع في المنطقة.')).toEqual([
      'نادر عواد – نيكوس بابادوبولوس: phone call, undated',
    ]);
  });

  it('reads a list of counterparts whose nationalities stand apart ("مع نظيريه الكندي A، والإيطالي B")', () => {
    const named = 'وصل رئيس الوزراء الإيطالي ماركو فيلاني إلى عمان.';
    expect(contacts(named, 'أجرى وزير الخارجية الأردني نادر عواد اتصالات هاتفية، الإثنين، مع نظيريه الكندي جون ميلر، والإيطالي ماركو فيلاني.')).toEqual([
      'نادر عواد – جون ميلر: phone call, 2021-08-30',
      'نادر عواد – ماركو فيلاني: phone call, 2021-08-30',
    ]);
  });

  it('reads people met named after a list word or "a delegation headed by" ("أبرزهم", "مع وفد برئاسة")', () => {
    expect(contacts('التقى الرئيس التونسي سامر خليل عددا من الوزراء أبرزهم وزير الخارجية الكندي جون ميلر.')).toEqual(['سامر خليل – جون ميلر: meeting, undated']);
    expect(contacts('اجتمع وزير الخارجية الأردني نادر عواد مع وفد من الحركة برئاسة زعيم حركة طالبان الملا كريم نوري.')).toEqual(['نادر عواد – كريم نوري: meeting, undated']);
  });

  it('marks a contact planned after a future marker some words before ("من المقرر أن تتوجه X إلى … لإجراء محادثات مع Y")', () => {
    expect(contacts('ومن المقرر أن تتوجه المستشارة النمساوية إلزا برغر إلى روما لإجراء محادثات مع رئيس الوزراء الإيطالي ماركو فيلاني.')).toEqual([
      'إلزا برغر – ماركو فيلاني: talks, undated, planned',
    ]);
  });

  it('finds no contact that the sentence denies ("نفى … وجود خطط لعقد محادثات")', () => {
    expect(contacts('نفى الكرملين وجود خطط لعقد محادثات بين الرئيس التونسي سامر خليل ونظيره الإيطالي ماركو فيلاني.')).toEqual([]);
  });

  it("dates a contact only by its own clause: أمس after it is its date, the statement's اليوم is not", () => {
    expect(contacts('قالت وزارة الخارجية، اليوم الأربعاء، إن الوزير نادر عواد التقى نظيره الكندي جون ميلر في روما أمس.')).toEqual([
      'نادر عواد – جون ميلر: meeting, 2021-08-31',
    ]);
    expect(contacts('قالت وزارة الخارجية، اليوم الأربعاء، إن الوزير نادر عواد التقى نظيره الكندي جون ميلر.')).toEqual(['نادر عواد – جون ميلر: meeting, undated']);
  });

  it('reads the object of a transitive verb after a date, an adverb or a role in apposition', () => {
    expect(contacts('يستقبل الرئيس التونسي سامر خليل، اليوم الأربعاء، المستشارة النمساوية إلزا برغر.')).toEqual(['سامر خليل – إلزا برغر: meeting, 2021-09-01, planned']);
    expect(contacts('الرئيس التونسي سامر خليل، التقى «سرا» زعيم حركة طالبان، الملا كريم نوري.')).toEqual(['سامر خليل – كريم نوري: meeting, undated']);
  });

  it('reads a relative clause stating the contact ("X، الذي دعا Y")', () => {
    expect(contacts('وصل الرئيس التونسي سامر خليل إلى أوتاوا.', 'وكان السفير الكندي جون ميلر، الذي دعا سامر خليل إلى كندا، في استقباله.')).toEqual([
      'جون ميلر – سامر خليل: invitation, undated',
    ]);
  });

  it('continues a received call to the next person named after a repeated "ومن"', () => {
    expect(contacts('تلقى وزير الخارجية الأردني نادر عواد اتصالات هاتفية من رئيس الوزراء الكندي جون ميلر، ومن المستشارة النمساوية إلزا برغر.')).toEqual([
      'نادر عواد – جون ميلر: phone call, undated',
      'نادر عواد – إلزا برغر: phone call, undated',
    ]);
  });

  it('keeps coordinated people together across a family name ("الشيخ X آل Y، وولي عهد …")', () => {
    expect(contacts('أجرى رئيس الوزراء الكندي جون ميلر اتصالين هاتفيين، بأمير قطر الشيخ حمد بن سالم آل ثاني، وولي عهد السعودية الأمير فهد بن سعود.')).toEqual([
      'جون ميلر – حمد بن سالم آل ثاني: phone call, undated',
      'جون ميلر – فهد بن سعود: phone call, undated',
    ]);
  });

  it('gives "وأضاف في مؤتمر صحفي مشترك مع Y" the previous sentence\'s speaker', () => {
    expect(contacts('قال الرئيس التونسي سامر خليل إن الوضع صعب.', 'وأضاف في مؤتمر صحفي مشترك مع المستشارة النمساوية إلزا برغر أن الحوار ضروري.')).toEqual([
      'سامر خليل – إلزا برغر: joint appearance, undated',
    ]);
  });

  it('gives a sentence opening with its contact verb and no subject ("والتقى بـY", "كما بحث مع Y") the previous sentence\'s subject', () => {
    const before = 'قال الرئيس التونسي سامر خليل إن الوضع صعب.';
    expect(contacts(before, 'والتقى بالمستشارة النمساوية إلزا برغر.')).toEqual(['سامر خليل – إلزا برغر: meeting, undated']);
    expect(contacts(before, 'كما بحث مع المستشارة النمساوية إلزا برغر الوضع في أفغانستان.')).toEqual(['سامر خليل – إلزا برغر: talks, undated']);
  });

  it('gives it no subject when the previous sentence\'s subject is two people', () => {
    expect(contacts('وصل الرئيس التونسي سامر خليل ووزير الخارجية كريم منصور إلى فيينا.', 'والتقى بالمستشارة النمساوية إلزا برغر.')).toEqual([]);
  });

  it('reads "ستتوجه X إلى <city> حيث تلتقي Y" as a planned meeting of X', () => {
    expect(contacts('وصلت المستشارة النمساوية إلزا برغر إلى روما.', 'بعد ذلك، ستتوجه برغر إلى مدريد حيث تلتقي الرئيس التونسي سامر خليل.')).toEqual([
      'إلزا برغر – سامر خليل: meeting, undated, planned',
    ]);
  });

  it('leaves a Persian paragraph to language-neutral handling: no Arabic titles, cues or dates', () => {
    const persian = 'وزیر خارجه ایران حسین رضایی روز دوشنبه در تهران با همتای ترک خود مولود اوغلو دیدار کرد و دو طرف درباره وضعیت افغانستان گفتگو کردند';
    const article = inventedCorpus([`Headline\n${persian}`]).articles[0]!;
    expect(article.paragraphs.find((p) => p.text === persian)?.lang).toMatch(/^(fas|pes)$/);
    expect(contacts(persian)).toEqual([]);
  });

  it('reads "هاتف X نظيره Y", "تحدث X مع Y عبر الهاتف" and "عقد X اجتماعا … الإثنين مع Y"', () => {
    expect(contacts('هاتف الرئيس التونسي سامر خليل نظيره الإيطالي ماركو فيلاني.')).toEqual(['سامر خليل – ماركو فيلاني: phone call, undated']);
    expect(contacts('تحدث الرئيس التونسي سامر خليل مع نظيره الإيطالي ماركو فيلاني عبر الهاتف.')).toEqual(['سامر خليل – ماركو فيلاني: phone call, undated']);
    expect(contacts('عقد وزير الخارجية الأردني نادر عواد اجتماعا سريا الإثنين مع رئيس الوزراء الكندي جون ميلر.')).toEqual(['نادر عواد – جون ميلر: meeting, 2021-08-30']);
  });

  it('reads feminine offices and counterparts ("التقت وزيرة الخارجية X بنظيرها Y")', () => {
    expect(contacts('التقت وزيرة الخارجية الكندية كارين ميلر بنظيرها الإيطالي ماركو فيلاني في روما.')).toEqual(['كارين ميلر – ماركو فيلاني: meeting, undated']);
  });
});


describe('Arabic contact words in all their forms', () => {
  it('reads a definite plural call noun ("سلسلة من المكالمات الهاتفية مع")', () => {
    expect(contacts('وأجرى وزير الخارجية الأردني نادر عواد سلسلة من المكالمات الهاتفية مع نظيره الكندي جون ميلر.')).toEqual([
      'نادر عواد – جون ميلر: phone call, undated',
    ]);
  });

  it('reads a future dual verb as planned ("X وY سيلتقيان")', () => {
    expect(contacts('الرئيس التونسي سامر خليل ورئيس الوزراء الإيطالي ماركو فيلاني سيلتقيان الأسبوع المقبل.')).toEqual([
      'سامر خليل – ماركو فيلاني: meeting, undated, planned',
    ]);
  });

  it('reads a possessed masdar ("خلال لقائه مع Y")', () => {
    expect(contacts('وأكد وزير الخارجية الأردني نادر عواد خلال لقائه مع رئيس الوزراء الإيطالي ماركو فيلاني دعم بلاده.')).toEqual([
      'نادر عواد – ماركو فيلاني: meeting, undated',
    ]);
  });
});

describe('Arabic contacts whose parts stand apart', () => {
  it('reads the person met after the office that describes them ("من وزير الخارجية وشؤون … X", "مع رئيس الحكومة التي …، X")', () => {
    const named = 'وقال وزير الخارجية المغربي سمير طاهر إن الوضع صعب.';
    expect(contacts(named, 'تلقى وزير الخارجية الأردني نادر عواد اتصالا هاتفيا من وزير الخارجية والتعاون والتنمية في المملكة المغربية “سمير طاهر”.')).toEqual([
      'نادر عواد – سمير طاهر: phone call, undated',
    ]);
    expect(contacts('وذكرت الوكالة أن عواد عقد اجتماعا مع رئيس الحكومة الانتقالية التي شكلها المجلس مؤخرا، الدكتور سمير طاهر.', 'وكان وزير الخارجية الأردني نادر عواد في تونس.')).toEqual([
      'نادر عواد – سمير طاهر: meeting, undated',
    ]);
  });

  it('gives "غادر إلى <city> بدعوة من Y" the previous sentence\'s subject, also one heading a delegation', () => {
    expect(contacts('وصل وفد رفيع برئاسة وزير الخارجية الأردني نادر عواد إلى تونس. وجاء بدعوة رسمية من الرئيس التونسي سامر خليل.')).toEqual([
      'نادر عواد – سامر خليل: invitation, undated',
    ]);
  });

  it('reads a subject and its verb around a relative clause set off by commas ("X، الذي زار …، قد دعا Y")', () => {
    expect(contacts('وكان الرئيس التونسي سامر خليل، الذي زار عمان العام الماضي، قد دعا نادر عواد إلى تونس.', 'وقال وزير الخارجية الأردني نادر عواد إنه سعيد.')).toEqual([
      'سامر خليل – نادر عواد: invitation, undated',
    ]);
  });

  it('reads "حديثه إلى Y" (his talk to Y) and no contact for a mere "إلى" after another verb', () => {
    expect(contacts('وكتب الرئيس التونسي سامر خليل على تويتر بعد حديثه إلى رئيس الوزراء الإيطالي ماركو فيلاني أن العلاقات قوية.')).toEqual([
      'سامر خليل – ماركو فيلاني: talks, undated',
    ]);
    expect(contacts('وأرسل الرئيس التونسي سامر خليل وفدا إلى رئيس الوزراء الإيطالي ماركو فيلاني.')).toEqual([]);
  });
});

describe('Arabic pairs after بين whose second office is set apart', () => {
  const named = 'وقال ولي العهد سامر خليل إن الاتصال مهم.';

  it('reads "بين X وولي عهد أبو ظبي - الحاكم الفعلي … - Y" and its form with commas', () => {
    expect(contacts('كشف البيت الأبيض فحوى الاتصال الهاتفي بين الرئيس الأمريكي نادر عواد وولي عهد أبو ظبي- الحاكم الفعلي لدولة الإمارات العربية المتحدة- سامر خليل.', named)).toEqual([
      'نادر عواد – سامر خليل: phone call, undated',
    ]);
    expect(contacts('جرى اتصال هاتفي بين الرئيس الأمريكي نادر عواد وولي عهد أبو ظبي، الحاكم الفعلي لدولة الإمارات، سامر خليل.', named)).toEqual([
      'نادر عواد – سامر خليل: phone call, undated',
    ]);
  });

  it('reads no pair when a clause break or another contact stands before the second name', () => {
    expect(contacts('جرى اتصال هاتفي بين الرئيس الأمريكي نادر عواد ووزير الخارجية، وقال سامر خليل إن الوضع صعب.', named)).toEqual([]);
    expect(contacts('جرى اتصال هاتفي بين الرئيس الأمريكي نادر عواد ووزير الخارجية، بعد لقاء سامر خليل.', named)).toEqual([]);
  });
});

describe('an Arabic invitation is not dated or announced by the visit it is for', () => {
  it('reads "X يعتزم زيارة قطر يومي 25 و26 أكتوبر تلبية لدعوة من Y" as an undated invitation that was made', () => {
    expect(contacts('أعلن المتحدث أن وزير الخارجية الصيني وانغ يي يعتزم زيارة قطر يومي 25 و26 أكتوبر الجاري تلبية لدعوة من وزير الخارجية القطري سامر خليل.')).toEqual([
      'وانغ يي – سامر خليل: invitation, undated',
    ]);
  });
});

describe('Arabic contact dates by tense', () => {
  it('reads a bare weekday after a future verb as the coming one, after a past verb as the last one', () => {
    expect(contacts('قال متحدث إن المستشارة النمساوية إلزا برغر ستلتقي بالرئيس التونسي سامر خليل في تونس يوم الجمعة.')).toEqual([
      'إلزا برغر – سامر خليل: meeting, 2021-09-03, planned',
    ]);
    expect(contacts('قال متحدث إن المستشارة النمساوية إلزا برغر التقت بالرئيس التونسي سامر خليل في تونس يوم الجمعة.')).toEqual([
      'إلزا برغر – سامر خليل: meeting, 2021-08-27',
    ]);
  });
});

describe('Arabic contacts announced in the present tense', () => {
  it('marks a present-tense verb with today or tomorrow as planned, and one without a day as not', () => {
    expect(contacts('يستقبل الرئيس التونسي سامر خليل، اليوم الخميس، رئيس الوزراء الإيطالي ماركو فيلاني في قرطاج.')).toEqual([
      'سامر خليل – ماركو فيلاني: meeting, 2021-09-02, planned',
    ]);
    expect(contacts('وزير الخارجية الأردني نادر عواد يلتقي رئيس الوزراء الإيطالي ماركو فيلاني', 'وقال الوزير إن اللقاء مهم.')).toEqual([
      'نادر عواد – ماركو فيلاني: meeting, undated',
    ]);
  });
});

describe('Arabic offices qualified by the government they are in', () => {
  it('reads "بوزير الدفاع في الحكومة الليبية المؤقتة X" as the person met', () => {
    expect(contacts('التقى الرئيس التونسي سامر خليل، بوزير الدفاع في الحكومة الليبية المؤقتة كريم نوري.')).toEqual(['سامر خليل – كريم نوري: meeting, undated']);
  });
});

describe('Arabic lists of subjects before the object of a transitive verb', () => {
  it('reads "التقى A، وB، C" as A and B meeting C, not each other', () => {
    expect(contacts('والتقى رئيس مجلس المصالحة الوطنية عبد الله عبد الله، والرئيس السابق حامد كرزاي، المبعوث الروسي زامير كابولوف في كابل.')).toEqual([
      'عبد الله عبد الله – زامير كابولوف: meeting, undated, Kabul',
      'حامد كرزاي – زامير كابولوف: meeting, undated, Kabul',
    ]);
  });

  it('pairs no subjects when a name the grammar cannot read follows the list after a comma', () => {
    expect(contacts('والتقى الرئيس الروسي فلاديمير بوتين، ورئيس الوزراء الهندي ناريندرا مودي، عبد الرحمن، حاكم الولاية.')).toEqual([]);
  });

  it('still reads coordinated people after the verb as meeting each other ("التقى A، وB، في مدينة")', () => {
    expect(contacts('التقى الرئيس الروسي فلاديمير بوتين، ورئيس الوزراء الهندي ناريندرا مودي، في موسكو.')).toEqual([
      'فلاديمير بوتين – ناريندرا مودي: meeting, undated, Moscow',
    ]);
  });

  it('reads the head of a reconciliation council as an office before a name', () => {
    expect(contacts('التقى رئيس المجلس الأعلى للمصالحة الوطنية عبد الله عبد الله في كابل مع المبعوث الروسي زامير كابولوف.')).toEqual([
      'عبد الله عبد الله – زامير كابولوف: meeting, undated, Kabul',
    ]);
  });

  it('reads a subject before its verb with قد between ("وكان X قد التقى Y")', () => {
    expect(contacts('وكان الرئيس الروسي فلاديمير بوتين قد التقى رئيس الوزراء الهندي ناريندرا مودي في موسكو.')).toEqual([
      'فلاديمير بوتين – ناريندرا مودي: meeting, undated, Moscow',
    ]);
  });

  it('reads the person met as the object of a possessed masdar ("خلال لقائه Y", "لدى استقباله Y")', () => {
    expect(contacts('وأكد وزير الخارجية التركي مولود أحمد أوغلو خلال لقائه نظيره القطري محمد بن خالد آل ثاني في أنقرة على أهمية الحوار.')).toEqual([
      'مولود أحمد أوغلو – محمد بن خالد آل ثاني: meeting, undated, Ankara',
    ]);
    expect(contacts('وشدد الرئيس الروسي فلاديمير بوتين لدى استقباله رئيس الوزراء الهندي ناريندرا مودي على التعاون.')).toEqual([
      'فلاديمير بوتين – ناريندرا مودي: meeting, undated',
    ]);
  });

  it('reads the speaker of "قال X إنه التقى Y" as the one who met, dated by the contact clause only', () => {
    expect(contacts('وقال الرئيس الروسي فلاديمير بوتين اليوم إنه التقى رئيس الوزراء الهندي ناريندرا مودي.')).toEqual([
      'فلاديمير بوتين – ناريندرا مودي: meeting, undated',
    ]);
    expect(contacts('وأعلن الرئيس الروسي فلاديمير بوتين أنه سيلتقي رئيس الوزراء الهندي ناريندرا مودي.')).toEqual([
      'فلاديمير بوتين – ناريندرا مودي: meeting, undated, planned',
    ]);
  });

  it('lets a phrase of place stand between a transitive verb\'s subject and object ("استقبل X في الكرملين Y")', () => {
    expect(contacts('استقبل الرئيس الروسي فلاديمير بوتين في الكرملين رئيس الوزراء الهندي ناريندرا مودي.')).toEqual([
      'فلاديمير بوتين – ناريندرا مودي: meeting, undated',
    ]);
  });

  it('keeps a future verb before its subject when another contact noun stands before the person met', () => {
    expect(contacts('وسيلتقي الرئيس الروسي فلاديمير بوتين خلال الزيارة برئيس الوزراء الهندي ناريندرا مودي.')).toEqual([
      'فلاديمير بوتين – ناريندرا مودي: meeting, undated, planned',
    ]);
  });

  it('reads more offices before a name (أمين مجلس الأمن, وزير المالية)', () => {
    expect(contacts('التقى أمين مجلس الأمن الروسي إيفان أورلوف وزير المالية الهندي أنيل كومار في موسكو.')).toEqual([
      'إيفان أورلوف – أنيل كومار: meeting, undated, Moscow',
    ]);
  });

  it('reads counterparts after "مع كل من", and a list continued by "إضافة إلى"', () => {
    expect(contacts(
      'قال وزير الخارجية الأردني ماركو فيلاني إن الوضع صعب، وقال وزير الخارجية التونسي رامي حداد إنه قلق.',
      'وبحث وزير الخارجية المصري جون ميلر أمس مع كل من نظيريه الأردني ماركو فيلاني والتونسي رامي حداد الأوضاع.',
    )).toEqual(['جون ميلر – ماركو فيلاني: talks, 2021-08-31', 'جون ميلر – رامي حداد: talks, 2021-08-31']);
    expect(contacts('وأجرى وزير الخارجية المصري جون ميلر اتصالات هاتفية مع وزراء خارجية كل من ألمانيا وفرنسا، إضافة إلى الأمين العام للأمم المتحدة ماركو فيلاني.')).toEqual([
      'جون ميلر – ماركو فيلاني: phone call, undated',
    ]);
    // Without مع before it, "in addition to" introduces no one met.
    expect(contacts('وقال وزير الخارجية المصري جون ميلر إن بلاده تعمل مع الأردن، إضافة إلى الرئيس التونسي رامي حداد.')).toEqual([]);
  });

  it('reads talks of two ministers with two counterparts sharing a dual office ("مباحثات A وB مع وزيري الدفاع … C، والخارجية D")', () => {
    expect(contacts(
      'قال وزير الدفاع الأردني ماركو فيلاني إن الوضع صعب، وقال وزير الخارجية الأردني رامي حداد إنه قلق.',
      'وأفاد بيان بأن مباحثات وزير الدفاع سامر خليل ووزير الخارجية جون ميلر مع وزيري الدفاع الأردني ماركو فيلاني، والخارجية رامي حداد جرت عبر الفيديو.',
    ).sort()).toEqual([
      'جون ميلر – رامي حداد: talks, undated',
      'جون ميلر – ماركو فيلاني: talks, undated',
      'سامر خليل – رامي حداد: talks, undated',
      'سامر خليل – ماركو فيلاني: talks, undated',
    ]);
    // Full names with a family name after the given names ("خالد بن محمد العطية") before the next portfolio.
    expect(contacts(
      'وقال وزير الخارجية الأردني رامي بن سالم الحداد إن الوضع صعب.',
      'وجرت مباحثات وزير الدفاع سامر خليل ووزير الخارجية جون ميلر مع وزيري الدفاع الأردني خالد بن محمد العطية، والخارجية رامي بن سالم الحداد عبر الفيديو.',
    ).sort()).toEqual([
      'جون ميلر – خالد بن محمد العطية: talks, undated',
      'جون ميلر – رامي بن سالم الحداد: talks, undated',
      'سامر خليل – خالد بن محمد العطية: talks, undated',
      'سامر خليل – رامي بن سالم الحداد: talks, undated',
    ]);
    // The pair before مع met someone else, not each other.
    expect(contacts('وأفاد بيان بأن مباحثات وزير الدفاع سامر خليل ووزير الخارجية جون ميلر مع وفد أردني جرت عبر الفيديو.')).toEqual([]);
  });

  it('reads a counterpart named by role only when the next sentences name the one person of that role ("عقب لقائه رئيس الوزراء الباكستاني")', () => {
    expect(contacts(
      'أكد الرئيس الطاجيكي رامي حداد، اليوم الأربعاء، أن المفاوضات ستعقد في دوشنبيه.',
      'وقال حداد في مؤتمر صحفي عقب لقائه رئيس الوزراء الباكستاني: "اتفقنا على المساعدة".',
      'من جانبه، أعلن رئيس الوزراء الباكستاني جون ميلر أن الاتفاق مهم.',
    )).toEqual(['رامي حداد – جون ميلر: meeting, undated']);
    // Two later people of that role: the role names neither.
    expect(contacts(
      'وقال الرئيس الطاجيكي رامي حداد عقب لقائه وزير الخارجية الباكستاني إن الاتفاق مهم.',
      'وأعلن وزير الخارجية الباكستاني جون ميلر أن الاتفاق مهم، وقال وزير الخارجية الباكستاني السابق سامر خليل إنه سعيد.',
    )).toEqual([]);
  });
  it('reads "his <nationality> counterpart" as the one person named later with that nationality and the office of the one whose counterpart he is', () => {
    expect(contacts(
      'الخارجية الهندية: سامر خليل يبحث مع نظيره الإيراني الوضع في المنطقة',
      'أعلنت الوزارة، اليوم الأربعاء، أن وزير الخارجية الهندي سامر خليل سيلتقي وزير الخارجية الإيراني، جون ميلر، يوم 6 سبتمبر في نيودلهي.',
    )).toEqual(['سامر خليل – جون ميلر: talks, undated', 'سامر خليل – جون ميلر: meeting, 2021-09-06, New Delhi, planned']);
    // Named further on, after someone else's Chinese counterpart: the office tells which one is meant.
    expect(contacts(
      'بحث وزير الخارجية الروسي رامي حداد مع وزير الخارجية الباكستاني ماركو فيلاني الوضع في أفغانستان.',
      'كما عقد حداد لقاء مع نظيره الصيني على هامش الاجتماع.',
      'وبحث الوزيران زيادة التنسيق.',
      'وأكد حداد أن رئيس بلاده، سالم نوري، قبل دعوة نظيره الصيني، خالد عواد، لزيارة بكين.',
      'وقال حداد خلال اجتماع مع نظيره وزير الخارجية الصيني جون ميلر إن العلاقات جيدة.',
    ).filter((line) => line.includes('لقاء') || line.startsWith('رامي حداد – جون ميلر'))).toEqual(['رامي حداد – جون ميلر: meeting, undated']);
    // Two people of that nationality and office later: the counterpart is neither, known by the role alone.
    expect(contacts(
      'بحث وزير الخارجية الروسي رامي حداد مع نظيره الصيني الوضع في أفغانستان.',
      'وكان وزير الخارجية الصيني جون ميلر قد خلف وزير الخارجية الصيني السابق سامر خليل.',
    )).toEqual(['رامي حداد – Chinese foreign minister: talks, undated']);
  });
});
