import { describe, expect, it } from 'vitest';
import { nearMissCases } from './matrix/near-miss-shapes.ts';
import { closedGaps, failedShapes as failedOf, SLOW, unexpectedFailures } from './matrix/known-gaps.ts';
import { runMatrix, type MatrixResult } from './matrix/run.ts';

/**
 * Near misses in English, Hindi and Arabic (people beside contact words, no contact between a given
 * pair), two rounds each with new invented names. Every shape reads right except the known gaps,
 * which stay listed so that closing one shows here (take it off the list) and a new failure never hides.
 */
const KNOWN_GAPS = new Set([
  'eng accused of meeting', // "X accused Y of secretly meeting Z": Y–Z not read
  'eng both met the same third separately', // "X and Y separately met officials": read as X–Y
  'eng briefed reporters on talks of others', // "X briefed reporters on Y's talks with Z": X–Z read, Y–Z not
  'eng called meeting of others historic', // "X called Y's meeting with Z historic": read as a call X–Y
  'eng commented on meeting of others', // "X commented on Y's meeting with Z": X–Z read, Y–Z not
  'eng criticised for meeting', // "X criticised Y for meeting Z": Y–Z not read
  'eng denied report of meeting', // "X denied reports that he had met Y": read as X–Y
  'eng hopes to meet', // "X said he hoped to meet Y one day": read as X–Y
  'eng meeting did not take place', // "A meeting between X and Y did not take place": read
  'eng quoting about meeting of others', // "X told the newspaper that the meeting of Y and Z went well": Y–Z not read
  'eng rejected offer of talks', // "X rejected an offer of talks with Y": read
  'eng skipped meeting', // "X skipped the meeting with Y": read
  'eng two meetings, four people, and', // "X held talks with Y, and Z spoke with W": X–Z read, Z–W not
  'eng wanted to meet, refused', // "X wanted to meet Y, but he refused": read
  'hin appealed to talk to Taliban', // "X ने Y से तालिबान से बातचीत करने की अपील की": read as X–Y
  'hin conference attendees', // "सम्मेलन में A, B और C शामिल हुए": every pair read
  'hin criticised for meeting', // "X ने Z से मुलाकात के लिए Y की आलोचना की": Y–Z not read
  'hin meeting cancelled', // "X और Y की बैठक रद्द हो गई": read
  'hin meeting did not happen', // "X और Y की मुलाकात नहीं हो सकी": read
  'hin refused to meet', // "X ने Y से मिलने से इनकार कर दिया": read
  'hin talks postponed', // "X और Y की वार्ता टाल दी गई": read
  'arb met envoy of', // "والتقى X مبعوث Y": Y, whose envoy was met, read as met
  'arb met wife of', // "والتقى X زوجة Y": زوجة taken into X's name, Y read as met
  'arb talks postponed', // "وتأجلت محادثات X مع Y": read
]);

const failedShapes = (results: MatrixResult[]): Map<string, string> => failedOf(results, (c) => `${c.lang} ${c.frame}`);

describe('near misses in three languages (issue 11)', { timeout: SLOW }, () => {
  let results: MatrixResult[] | undefined;
  const resultsOnce = (): MatrixResult[] => (results ??= runMatrix(nearMissCases()));

  it('covers the three languages', () => {
    expect(new Set(nearMissCases().map((c) => c.lang))).toEqual(new Set(['eng', 'hin', 'arb']));
  });

  it('reads no contact the text does not tell, and every one it tells, but the known gaps', () => {
    expect(unexpectedFailures(failedShapes(resultsOnce()), KNOWN_GAPS)).toEqual([]);
  });

  it('still fails the known gaps (close one and take it off the list)', () => {
    expect(closedGaps(failedShapes(resultsOnce()), KNOWN_GAPS)).toEqual([]);
  });
});
