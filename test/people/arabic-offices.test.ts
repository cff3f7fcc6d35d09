import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

/** Names (as written) of the people found in one invented Arabic article of these lines. */
const names = (...lines: string[]) => invented([['خبر', ...lines].join('\n')]).people.flatMap((p) => p.mentions.map((m) => m.text));

/** Native name → role of the people found in one invented Arabic article. */
const roles = (...lines: string[]) => Object.fromEntries(invented([['خبر', ...lines].join('\n')]).people.map((p) => [p.native[0], p.role]));

describe('an Arabic office named by its body in construct (issue 11)', () => {
  it('reads "member of the negotiating team" and "official for foreign affairs" as offices that introduce a name', () => {
    expect(names('وصرح عضو فريق التفاوض كريم نوازي بأن الجولة انتهت.')).toContain('كريم نوازي');
    expect(names('وزار مسؤول الشؤون الخارجية والأمن فيليب مارتان العاصمة.')).toContain('فيليب مارتان');
  });

  it('takes no office from such a noun without its body in construct', () => {
    expect(names('وأشاد عضو فريق كريم نوازي بالجهود.')).toEqual([]);
    expect(names('وقال مسؤول كريم نوازي إن الجولة انتهت.')).toEqual([]);
  });
});

describe('the seat of an Arabic office (issue 11)', () => {
  it('reads "in <city>" and "in <body>" after an office as part of it, before the name set off by a comma or not', () => {
    expect(names('وقال نائب رئيس المكتب السياسي للحركة في الدوحة، كريم نوازي، إن الجولة انتهت.')).toContain('كريم نوازي');
    expect(names('وزار مسؤول الشؤون الخارجية في الاتحاد الأوروبي فيليب مارتان العاصمة.')).toContain('فيليب مارتان');
  });

  it('ends the office at its seat: a title after the seat introduces someone else', () => {
    expect(roles('واستقبل الأمير في الدوحة وزير الخارجية كريم نوازي أمس.')['كريم نوازي']).toBe('foreign minister');
  });
});

describe('an Arabic name set off before its office (issue 11)', () => {
  it('takes the name before an office that an affiliation ("… من طالبان") closes instead of a comma', () => {
    expect(names('والتقى الوفد مع كريم نوازي، عضو فريق التفاوض من طالبان وأحد قادتها.')).toContain('كريم نوازي');
  });

  it('takes no name before such an office without a clear left edge or with one word', () => {
    expect(names('وقال المسؤول الكبير، عضو فريق التفاوض من طالبان، إن الجولة انتهت.')).toEqual([]);
    expect(names('والتقى الوفد مع نوازي، عضو فريق التفاوض من طالبان وأحد قادتها.')).toEqual([]);
  });
});

describe('an Arabic office whose body is in quotation marks (issue 11)', () => {
  it('reads the office across the quotes, with the name after it or set off by a comma', () => {
    expect(names('وأكد المتحدث باسم "طالبان"، كريم نوازي، أن الجولة انتهت.')).toContain('كريم نوازي');
    expect(names('وأعلن المتحدث باسم حركة “طالبان” في الدوحة، كريم نوازي، أن الوفد وصل.')).toContain('كريم نوازي');
  });

  it('reads no name in the words right after the closing quote', () => {
    expect(names('وتحدث مع كريم نوازي رئيس المكتب السياسي لحركة "طالبان" ومقره الدوحة.')).not.toContain('ومقره');
  });
});

describe('Arabic qualifiers of an office: acting before it, designate after it (issue 11)', () => {
  it('reads "القائم بأعمال حاكم" and "السفير … المعين لدى" as offices that introduce a name', () => {
    expect(roles('وقال القائم بأعمال حاكم كابل كريم نوازي إن المدينة هادئة.')['كريم نوازي']).toBe('acting governor');
    expect(roles('والتقى السفير الألماني المعين لدى أفغانستان فيليب مارتان بالوفد.')['فيليب مارتان']).toBe('designate German ambassador');
  });

  it('takes no office from the qualifier alone', () => {
    expect(names('وقال القائم بأعمال كريم نوازي إن المدينة هادئة.')).toEqual([]);
  });
});

describe('برئاسة "headed by" before a name (issue 11)', () => {
  it('introduces a full name after it, and leaves a title after it to introduce its own', () => {
    expect(names('وأعلنت الحركة تشكيل حكومة مؤقتة برئاسة كريم شاه نوازي، وذلك بعد أسابيع.')).toContain('كريم شاه نوازي');
    expect(roles('ووصل وفد برئاسة وزير الخارجية فيليب مارتان إلى العاصمة.')['فيليب مارتان']).toBe('foreign minister');
  });

  it('introduces no single word and no definite noun', () => {
    expect(names('ووصل وفد برئاسة نوازي إلى العاصمة.')).toEqual([]);
    expect(names('وتشكلت لجنة برئاسة الحركة الإسلامية أمس.')).toEqual([]);
  });
});

describe("a body's acronym in brackets after an Arabic office (issue 11)", () => {
  it('passes over the acronym to the name set off after it', () => {
    expect(names('وتوجه وفد يرأسه رئيس وكالة المخابرات (ISI)، كريم نوازي، إلى العاصمة.')).toContain('كريم نوازي');
  });

  it('passes over Latin capitals only: a bracketed name is still the name', () => {
    expect(names('وقال الرئيس الأمريكي (كريم نوازي) إن الوفد وصل.')).toContain('كريم نوازي');
  });
});

describe('the army chief of staff, the army in construct (issue 11)', () => {
  it('reads "رئيس أركان الجيش X" as an office introducing X, also as the second of a list after "و"', () => {
    expect(roles('وزار رئيس أركان الجيش نادر سلاموف الحدود أمس.')['نادر سلاموف']).toBe('army chief of staff');
    expect(roles('ويجتمع المبعوث الخاص فيليب مارتان برئيس الحكومة كريم نوازي ورئيس أركان الجيش نادر سلاموف.')['نادر سلاموف']).toBe('army chief of staff');
  });
});
