import { describe, expect, it } from 'vitest';
import { contactLines, invented } from '../people/helpers.ts';

/** Contacts found in one invented English article published on Wednesday 2021-09-01. */
const contacts = (...lines: string[]) => contactLines(invented([lines.join('\n')]));

describe('English offices and contact forms (issue 11)', () => {
  it('reads NSA, National Security Adviser and "held extensive talks with"', () => {
    expect(contacts('National Security Adviser Anil Kumar held extensive talks with NSA Karim Shah on Monday.')).toEqual([
      'Anil Kumar – Karim Shah: talks, 2021-08-30',
    ]);
  });

  it('reads a conversation between two people', () => {
    expect(contacts('The visit follows a telephone conversation between President Joao Silva and Prime Minister Ken Sato on August 24.')).toEqual([
      'Joao Silva – Ken Sato: phone call, 2021-08-24',
    ]);
  });

  it('reads "is expected to call on" and "may meet" as planned meetings', () => {
    expect(contacts('Foreign Minister Anil Kumar is expected to call on Prime Minister Ken Sato.')).toEqual(['Anil Kumar – Ken Sato: meeting, undated, planned']);
    expect(contacts('Foreign Minister Anil Kumar may meet Prime Minister Ken Sato.')).toEqual(['Anil Kumar – Ken Sato: meeting, undated, planned']);
  });

  it("lets an organisation's name stand before the person's title", () => {
    expect(contacts('Foreign Minister Anil Kumar spoke with National Reconciliation Council Chairman Karim Shah today.')).toEqual([
      'Anil Kumar – Karim Shah: talks, 2021-09-01',
    ]);
  });

  it('reads a list of counterparts after "including"', () => {
    expect(contacts('Foreign Minister Anil Kumar spoke with counterparts including Foreign Minister Ken Sato and Foreign Minister Karim Shah.')).toEqual([
      'Anil Kumar – Ken Sato: talks, undated',
      'Anil Kumar – Karim Shah: talks, undated',
    ]);
  });

  it('reads a counterpart set off by commas before the name as that one person', () => {
    expect(contacts('Foreign Minister Anil Kumar held a meeting with his Qatari counterpart, Sheikh Karim Shah, in Doha.')).toEqual([
      'Anil Kumar – Karim Shah: meeting, undated, Doha',
    ]);
  });

  it("lets a country's possessive stand before the person's title", () => {
    expect(contacts('CIA Director Anil Kumar has called on India’s National Security Adviser (NSA) Karim Shah.')).toEqual([
      'Anil Kumar – Karim Shah: meeting, undated',
    ]);
    expect(contacts("Foreign Minister Anil Kumar spoke to Japan's Prime Minister Ken Sato.")).toEqual(['Anil Kumar – Ken Sato: talks, undated']);
  });

  it('reads the tense of a light verb before a contact noun ("is set to hold a meeting with")', () => {
    expect(contacts('Foreign Minister Anil Kumar is set to hold a bilateral meeting with Prime Minister Ken Sato.')).toEqual([
      'Anil Kumar – Ken Sato: meeting, undated, planned',
    ]);
    expect(contacts('Foreign Minister Anil Kumar had a meeting with Prime Minister Ken Sato.')).toEqual(['Anil Kumar – Ken Sato: meeting, undated']);
  });

  it('reads a contact that is the purpose of an announced journey as planned', () => {
    expect(contacts('Foreign Minister Anil Kumar will travel to Doha to meet Prime Minister Ken Sato.')).toEqual([
      'Anil Kumar – Ken Sato: meeting, undated, planned',
    ]);
    expect(contacts('Foreign Minister Anil Kumar will visit Doha for talks with Prime Minister Ken Sato.')).toEqual(['Anil Kumar – Ken Sato: talks, undated, planned']);
    expect(contacts('Foreign Minister Anil Kumar travelled to Doha to meet Prime Minister Ken Sato.')).toEqual(['Anil Kumar – Ken Sato: meeting, undated']);
  });

  it('lets an adverb of manner stand between the verb and the person met', () => {
    expect(contacts('Foreign Minister Anil Kumar met separately with Prime Minister Ken Sato.')).toEqual(['Anil Kumar – Ken Sato: meeting, undated']);
  });

  it('reads the subject before a relative clause set off by commas', () => {
    expect(contacts('Foreign Minister Anil Kumar, who is visiting Tokyo this week, met Prime Minister Ken Sato.')).toEqual(['Anil Kumar – Ken Sato: meeting, undated']);
  });

  it('reads people met who are each followed by an apposition', () => {
    expect(contacts('Foreign Minister Anil Kumar met Ambassador Ken Sato, the dean of the corps, and General Karim Shah, the army chief.')).toEqual([
      'Anil Kumar – Ken Sato: meeting, undated',
      'Anil Kumar – Karim Shah: meeting, undated',
    ]);
    expect(contacts('Foreign Minister Anil Kumar met Ambassador Ken Sato in Tokyo, and General Karim Shah was there too.')).toEqual(['Anil Kumar – Ken Sato: meeting, undated, Tokyo']);
  });

  it('reads more offices, a role alone standing for the person named with it, and "and the <title> Y"', () => {
    expect(
      contacts(
        'Russian Security Council Secretary Ivan Orlov arrived in Tokyo on Monday.',
        'During his visit, the Russian Secretary of the Security Council is expected to call on the Prime Minister Ken Sato and the Finance Minister Taro Abe.',
      ),
    ).toEqual(['Ivan Orlov – Ken Sato: meeting, undated, planned', 'Ivan Orlov – Taro Abe: meeting, undated, planned']);
    expect(contacts('Special Envoy for Afghanistan Karim Shah met Governor Ken Sato.')).toEqual(['Karim Shah – Ken Sato: meeting, undated']);
  });
});

describe('English subjects away from the verb (session 8)', () => {
  it('reads the subject before ", who met Y", and not the person the relative clause follows elsewhere', () => {
    expect(contacts('Foreign Minister Anil Kumar, who met Prime Minister Ken Sato on Monday, said the talks were useful.')).toEqual([
      'Anil Kumar – Ken Sato: meeting, 2021-08-30',
    ]);
    expect(contacts('Foreign Minister Anil Kumar praised Prime Minister Ken Sato, who met President Karim Shah.')).toEqual(['Ken Sato – Karim Shah: meeting, undated']);
  });

  it('reads a contact phrase put before the subject ("In a phone call with Y, X said", "After talks with Y and Z, X …")', () => {
    expect(contacts('In a phone call with Prime Minister Ken Sato on Monday, Foreign Minister Anil Kumar said the talks were useful.')).toEqual([
      'Anil Kumar – Ken Sato: phone call, 2021-08-30',
    ]);
    expect(contacts('After talks with Prime Minister Ken Sato and President Karim Shah, Foreign Minister Anil Kumar flew to Doha.')).toEqual([
      'Anil Kumar – Ken Sato: talks, undated',
      'Anil Kumar – Karim Shah: talks, undated',
    ]);
  });

  it('reads "after meeting Y" as the contact of the clause\'s subject, a speaker too, but not of a speaker before "after Y met Z"', () => {
    expect(contacts('Foreign Minister Anil Kumar said at a press conference after meeting with Prime Minister Ken Sato in Doha.')).toEqual([
      'Anil Kumar – Ken Sato: meeting, undated, Doha',
    ]);
    expect(contacts('Foreign Minister Anil Kumar said the talks failed after Prime Minister Ken Sato met President Karim Shah.')).toEqual([
      'Ken Sato – Karim Shah: meeting, undated',
    ]);
  });

  it('leaves out who "reported" (a verb of saying) the contact: a reporter is no party to it', () => {
    expect(contacts("Foreign Minister Anil Kumar visited Kabul on Monday, where he met with the newly formed government's Prime Minister Ken Sato, spokesman Karim Shah reported.")).toEqual([
      'Anil Kumar – Ken Sato: meeting, 2021-08-30',
    ]);
  });

  it('reads "is meeting Y", and a subject before an aside set off by commas', () => {
    expect(contacts('Foreign Minister Anil Kumar is meeting Prime Minister Ken Sato in Doha.')).toEqual(['Anil Kumar – Ken Sato: meeting, undated, Doha']);
    expect(contacts('Foreign Minister Anil Kumar, after his visit to Kabul, met Prime Minister Ken Sato.')).toEqual(['Anil Kumar – Ken Sato: meeting, undated']);
  });
});

describe('English planned contact nouns (session 8)', () => {
  it('reads "ahead of his meeting with Y" and "upcoming talks" as planned, a meeting held as done', () => {
    expect(contacts('Foreign Minister Anil Kumar arrived in Doha ahead of his meeting with Prime Minister Ken Sato.')).toEqual([
      'Anil Kumar – Ken Sato: meeting, undated, Doha, planned',
    ]);
    expect(contacts('Foreign Minister Anil Kumar held a meeting with Prime Minister Ken Sato.')).toEqual(['Anil Kumar – Ken Sato: meeting, undated']);
  });

  it('leaves out the owner of an office named after them ("X\'s Special Envoy", "X\'s deputy")', () => {
    expect(contacts("John Smith, British Prime Minister Boris Johnson's Special Envoy for Syria, is in Doha to hold talks with Turkish Foreign Minister Mevlut Cavusoglu.")).toEqual([
      'John Smith – Mevlut Cavusoglu: talks, undated, Doha',
    ]);
    expect(contacts("Chinese Foreign Minister Wang Yi's deputy met Turkish Foreign Minister Mevlut Cavusoglu on Monday.")).toEqual([]);
    expect(contacts("Foreign Minister Anil Kumar's meeting with Prime Minister Ken Sato lasted an hour.")).toEqual(['Anil Kumar – Ken Sato: meeting, undated']);
  });

  it('reads military staff offices with and without "the" ("Chief of the Army Staff", "Chief of the General Staff")', () => {
    expect(contacts('British Foreign Secretary John Smith arrived in Islamabad. He will meet Prime Minister Imran Khan and Chief of the Army Staff Qamar Javed Bajwa.')).toEqual([
      'John Smith – Imran Khan: meeting, undated, planned',
      'John Smith – Qamar Javed Bajwa: meeting, undated, planned',
    ]);
    expect(contacts('US Secretary of Defense John Smith met Chief of the General Staff Valery Gerasimov on Monday.')).toEqual(['John Smith – Valery Gerasimov: meeting, 2021-08-30']);
  });
});

describe('English contacts told in more words', () => {
  it('reads "discuss" in the present, as headlines tell it, and "discussions with"', () => {
    expect(contacts('Headline', 'Foreign Minister Ali Raza discusses Afghanistan with Chancellor Anna Weber.')).toEqual(['Ali Raza – Anna Weber: talks, undated']);
    expect(contacts('Headline', 'Foreign Minister Ali Raza and Chancellor Anna Weber discuss Afghanistan on Monday.')).toEqual(['Ali Raza – Anna Weber: talks, 2021-08-30']);
    expect(contacts('President Joao Silva, Prime Minister Ken Sato discuss trade', 'The two leaders spoke about trade.')).toEqual(['Joao Silva – Ken Sato: talks, undated']);
    expect(contacts('Headline', 'Foreign Minister Ali Raza held discussions with Chancellor Anna Weber on Monday.')).toEqual(['Ali Raza – Anna Weber: talks, 2021-08-30']);
  });

  it('reads a meeting told by what was done at it, and "X and Y held a meeting"', () => {
    expect(contacts('Headline', 'Foreign Minister Ali Raza shook hands with Chancellor Anna Weber in Berlin on Monday.')).toEqual(['Ali Raza – Anna Weber: meeting, 2021-08-30, Berlin']);
    expect(contacts('Headline', 'Prime Minister Ken Sato sat down with President Joao Silva on Tuesday.')).toEqual(['Ken Sato – Joao Silva: meeting, 2021-08-31']);
    expect(contacts('Headline', 'Prime Minister Ken Sato dined with President Joao Silva on Tuesday.')).toEqual(['Ken Sato – Joao Silva: meeting, 2021-08-31']);
    expect(contacts('Headline', 'Foreign Minister Ali Raza and Chancellor Anna Weber held a meeting on Monday.')).toEqual(['Ali Raza – Anna Weber: meeting, 2021-08-30']);
  });

  it('reads "will receive", "receiving" and "held a video conference with"', () => {
    expect(contacts('Headline', 'Foreign Minister Ali Raza will receive Chancellor Anna Weber on Monday.')).toEqual(['Ali Raza – Anna Weber: meeting, 2021-09-06, planned']);
    expect(contacts('Headline', 'Foreign Minister Ali Raza held a video conference with Chancellor Anna Weber on Monday.')).toEqual(['Ali Raza – Anna Weber: talks, 2021-08-30']);
  });

  it('reads "briefed", "interacted with" and "co-chaired"', () => {
    expect(contacts('Headline', 'Foreign Minister Ali Raza briefed Chancellor Anna Weber on the situation on Monday.')).toEqual(['Ali Raza – Anna Weber: talks, 2021-08-30']);
    expect(contacts('Headline', 'Foreign Minister Ali Raza was briefed by Chancellor Anna Weber on Monday.')).toEqual(['Ali Raza – Anna Weber: talks, 2021-08-30']);
    expect(contacts('Headline', 'Foreign Minister Ali Raza interacted with Chancellor Anna Weber on Monday.')).toEqual(['Ali Raza – Anna Weber: talks, 2021-08-30']);
    expect(contacts('Headline', 'Foreign Minister Ali Raza and Chancellor Anna Weber co-chaired the conference on Monday.')).toEqual(['Ali Raza – Anna Weber: meeting, 2021-08-30']);
    expect(contacts('Headline', 'Foreign Minister Ali Raza briefed reporters on Monday, Chancellor Anna Weber said.')).toEqual([]);
  });

  it('"sat" in lower case is no Saturday', () => {
    expect(contacts('Headline', 'Prime Minister Ken Sato sat down with President Joao Silva.')).toEqual(['Ken Sato – Joao Silva: meeting, undated']);
  });

  it('not a meeting held without the other party', () => {
    expect(contacts('Headline', 'Foreign Minister Ali Raza held a meeting of the cabinet on Monday, Chancellor Anna Weber said.')).toEqual([]);
  });
});

describe('a body owning the office between the verb and the person met', () => {
  it('reads "the government\'s acting deputy head, X" and "the group\'s leader X" as a descriptor', () => {
    expect(contacts("During his trip, Envoy Tom Brant held talks with the Taliban government's acting deputy head, Karim Shah, and the acting foreign minister, Navin Ray.")).toEqual([
      'Tom Brant – Karim Shah: talks, undated',
      'Tom Brant – Navin Ray: talks, undated',
    ]);
    expect(contacts("Envoy Tom Brant spoke with the group's leader Karim Shah on Monday.")).toEqual(['Tom Brant – Karim Shah: talks, 2021-08-30']);
    expect(contacts("Envoy Tom Brant spoke by phone with the country's acting president, Karim Shah.")).toEqual(['Tom Brant – Karim Shah: phone call, undated']);
    expect(contacts("Envoy Tom Brant was received by the group's deputy leader Karim Shah.")).toEqual(['Tom Brant – Karim Shah: meeting, undated']);
  });
});

describe('a participle of contact after a comma, whose subject is the sentence\'s', () => {
  it('reads ", meeting Y", ", holding talks with Y" and ", speaking with Y" after a main clause', () => {
    expect(contacts('On Thursday, Ambassador Tom Brant reached out to Afghan leaders for the first time since Kabul fell, meeting former president Karim Shah in Kabul.')).toEqual([
      'Tom Brant – Karim Shah: meeting, 2021-08-26, Kabul',
    ]);
    expect(contacts('Envoy Tom Brant travelled to Doha on Monday, holding talks with Taliban deputy leader Karim Shah.')).toEqual(['Tom Brant – Karim Shah: talks, 2021-08-30']);
    expect(contacts('Envoy Tom Brant arrived in Kabul, meeting Foreign Minister Karim Shah.')).toEqual(['Tom Brant – Karim Shah: meeting, undated, Kabul']);
  });

  it('reads no contact from "The meeting, X said, …"', () => {
    expect(contacts('Headline', 'The meeting, Envoy Tom Brant said, was useful for President Karim Shah.')).toEqual([]);
  });
});

describe('a person after "and" and an office set off by a comma', () => {
  it('reads "met Y and Chairman of the High Council for National Reconciliation, Z" as meeting both', () => {
    expect(contacts('Envoy Tom Brant met President Karim Shah and Chairman of the High Council for National Reconciliation, Navin Ray.')).toEqual([
      'Tom Brant – Karim Shah: meeting, undated',
      'Tom Brant – Navin Ray: meeting, undated',
    ]);
  });
});

describe('a contact told in the first person inside a quotation is its speaker\'s', () => {
  it('reads "“… we had talks with Y,” X told …" and "“We met Y,” said X"', () => {
    expect(contacts('“I was with our envoy in Qatar and there we had talks with Mullah Karim Shah and other Taliban leaders,” Ambassador Tom Brant told Geo News.')).toEqual([
      'Tom Brant – Karim Shah: talks, undated',
    ]);
    expect(contacts('“We met Foreign Minister Karim Shah yesterday,” said Ambassador Tom Brant.')).toEqual(['Tom Brant – Karim Shah: meeting, 2021-08-31']);
  });

  it('reads no contact with the one told when the quotation tells none', () => {
    expect(contacts('Headline', '“We want peace,” Ambassador Tom Brant told President Karim Shah.')).toEqual([]);
  });
});
