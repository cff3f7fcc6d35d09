import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented Arabic article published on Wednesday 2021-09-01, people named as written. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]), 'native');

describe('Arabic: a contact noun held after حيث ("وصل X إلى كابول حيث أجرى محادثات مع Y")', () => {
  it('keeps the arrival\'s subject for the noun a verb of holding takes after حيث', () => {
    expect(contacts('وصل وزير الخارجية الروسي حازم العلي إلى كابول أمس الثلاثاء حيث أجرى محادثات مع الرئيس التركي كمال عزام.')).toEqual([
      'حازم العلي – كمال عزام: talks, 2021-08-31',
    ]);
    expect(contacts('وصل رئيس الوزراء الباكستاني فراس نصار إلى الدوحة، حيث عقد لقاء مع أمير قطر الشيخ وائل بدران.')).toEqual([
      'فراس نصار – وائل بدران: meeting, undated',
    ]);
    expect(contacts('توجه المبعوث الخاص ماهر طعمة إلى طهران حيث سيجري مباحثات مع وزير الخارجية الإيراني لؤي سرور.')).toEqual([
      'ماهر طعمة – لؤي سرور: talks, undated, planned',
    ]);
  });
});

describe('Arabic: a scene noun whose person met is followed by a place and a date ("خلال لقائه مع Y في الدوحة أمس، أكد X")', () => {
  it('ends the scene at the comma past the place and the date', () => {
    expect(contacts('وخلال لقائه مع الرئيس التركي كمال عزام في الدوحة أمس الثلاثاء، أكد وزير الخارجية الروسي حازم العلي أهمية الحوار.')).toEqual([
      'حازم العلي – كمال عزام: meeting, 2021-08-31, Doha',
    ]);
    expect(contacts('وعقب اجتماعه بالرئيس الإيراني نبيل مخول في القصر الرئاسي بطهران يوم الثلاثاء، قال وزير الخارجية الهندي رياض غانم إن العلاقات قوية.')).toEqual([
      'رياض غانم – نبيل مخول: meeting, 2021-08-31, Tehran',
    ]);
  });
});

describe('Arabic: a contact noun parted from بين by a place and a date ("جرت محادثات في الدوحة أمس بين X وY")', () => {
  it('reads the pair after بين', () => {
    expect(contacts('وجرت محادثات في الدوحة أمس الثلاثاء بين الرئيس التركي كمال عزام ووزير الخارجية الروسي حازم العلي.')).toEqual([
      'كمال عزام – حازم العلي: talks, 2021-08-31, Doha',
    ]);
    expect(contacts('وعقد اجتماع بالعاصمة القطرية الدوحة الثلاثاء بين المبعوث الخاص غسان الخوري ونائب رئيس الوزراء الملا شادي عبود.')).toEqual([
      'غسان الخوري – شادي عبود: meeting, 2021-08-31',
    ]);
  });

  it('reads no pair past a comma or another clause', () => {
    expect(contacts('وجرت محادثات في الدوحة، وقال الرئيس التركي كمال عزام إن الخلاف بين وزير الخارجية الروسي حازم العلي ونظيره الصيني سمير هاشم كبير.')).toEqual([]);
  });
});

describe('Arabic: counterparts listed after a colon or semicolon ("مع نظرائه؛ الروسي X، والألماني Y")', () => {
  it('reads each counterpart named by nationality', () => {
    expect(contacts('وأجرى الرئيس التركي كمال عزام اتصالات هاتفية مع نظرائه؛ الروسي غسان عزام، والفرنسي نبيل طعمة، والألماني سمير هاشم.')).toEqual([
      'كمال عزام – غسان عزام: phone call, undated',
      'كمال عزام – نبيل طعمة: phone call, undated',
      'كمال عزام – سمير هاشم: phone call, undated',
    ]);
    expect(contacts('والتقى وزير الخارجية الباكستاني وائل شهاب أمس نظراءه: الصيني بشير زريق، والإيراني حازم لطفي.')).toEqual([
      'وائل شهاب – بشير زريق: meeting, 2021-08-31',
      'وائل شهاب – حازم لطفي: meeting, 2021-08-31',
    ]);
  });
});

describe('Arabic: handed a letter or invitation ("تسلم X رسالة من Y")', () => {
  it('reads تسلم and استلم like تلقى', () => {
    expect(contacts('وتسلم الرئيس التركي نزار كنعان أمس الثلاثاء رسالة من نائب رئيس الوزراء في حكومة طالبان الملا باسل عبود.')).toEqual([
      'نزار كنعان – باسل عبود: talks, 2021-08-31',
    ]);
    expect(contacts('واستلم أمير قطر الشيخ نزار كنعان دعوة من الرئيس التركي باسل عبود لزيارة أنقرة.')).toEqual([
      'نزار كنعان – باسل عبود: invitation, undated',
    ]);
  });

  it('reads no contact when what is handed over comes from no person', () => {
    expect(contacts('تسلمت حركة طالبان السلطة في كابول من الرئيس الأفغاني نزار كنعان.')).toEqual([]);
  });
});

describe('Arabic: the one met named by an epithet first ("مع الرجل الثاني في حركة طالبان، X")', () => {
  it('reads the epithet as the office of the name after it', () => {
    expect(contacts('اجتمع وزير الخارجية الروسي شادي بدران أمس الثلاثاء مع الرجل الثاني في الحركة، جواد الحلبي، في كابول.')).toEqual([
      'شادي بدران – جواد الحلبي: meeting, 2021-08-31, Kabul',
    ]);
    expect(contacts('التقى مدير وكالة الاستخبارات المركزية الأمريكية حازم شهاب أمس الثلاثاء الرجل الثاني في حركة طالبان، كمال زريق.')).toEqual([
      'حازم شهاب – كمال زريق: meeting, 2021-08-31',
    ]);
    expect(contacts('عقد المبعوث الخاص نبيل عزام في الدوحة لقاء بعيدا عن الإعلام، وجها لوجه مع الرجل الأول في حركة طالبان الملا مروان قبلان، بحسب مسؤولين.')).toEqual([
      'نبيل عزام – مروان قبلان: meeting, undated, Doha',
    ]);
  });
});

describe('Arabic: counterparts of states named by their nisba ("والدنماركي X، والجورجي Y")', () => {
  it('reads each listed counterpart, and the one added after إضافة إلى', () => {
    expect(contacts('وأجرى وزير الخارجية التركي كمال عزام اتصالات هاتفية مع نظرائه؛ السويدي باسل مراد، والدنماركي نبيل فارس، والجورجي وائل كنعان، إضافة إلى أمين عام الناتو رياض غانم.')).toEqual([
      'كمال عزام – باسل مراد: phone call, undated',
      'كمال عزام – نبيل فارس: phone call, undated',
      'كمال عزام – وائل كنعان: phone call, undated',
      'كمال عزام – رياض غانم: phone call, undated',
    ]);
    expect(contacts('والتقى الرئيس البرازيلي فراس بدران أمس نظيره الفنلندي سمير عبود.')).toEqual([
      'فراس بدران – سمير عبود: meeting, 2021-08-31',
    ]);
  });
});

describe('Arabic: "جاء ذلك خلال لقائه Y" — a possessed masdar taking its object at once, its owner the speaker before', () => {
  it('pairs the one met with the sentence before\'s subject', () => {
    expect(contacts('قال وزير الخارجية الباكستاني كمال عزام إن بلاده تدعم السلام.', 'جاء ذلك خلال لقائه نظيره الروسي نبيل فارس في موسكو.')).toEqual([
      'كمال عزام – نبيل فارس: meeting, undated, Moscow',
    ]);
    expect(contacts('أكد الرئيس الأفغاني وائل كنعان أهمية الحوار.', 'وجاءت تصريحاته لدى استقباله، اليوم، المبعوث الخاص بشير طعمة.')).toEqual([
      'وائل كنعان – بشير طعمة: meeting, 2021-09-01',
    ]);
  });
});
