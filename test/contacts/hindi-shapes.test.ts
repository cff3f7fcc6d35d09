import { hindiShapeCases } from './matrix/hindi-shapes.ts';
import { describeShapeRounds } from './matrix/known-gaps.ts';

/**
 * Hindi contact sentences with what journalists insert between the parties, four rounds each with
 * new names: every shape reads right in every round except the known gaps below, which stay listed
 * so that closing one shows here (move it out of the list) and a new failure never hides.
 */
const KNOWN_GAPS = new Set([
  'object relative inside', // "X ने Y, जो … हैं, से बात की": the relative clause splits Y from से
  'list, besides', // "X ने Y के अलावा Z से भी मुलाकात की": Y is left out
]);

describeShapeRounds('Hindi contact shapes with insertions (issue 11)', hindiShapeCases, KNOWN_GAPS, 350);
