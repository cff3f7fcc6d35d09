import { hindiCorefShapeCases } from './matrix/hindi-coref-shapes.ts';
import { describeShapeRounds } from './matrix/known-gaps.ts';

/**
 * Hindi contacts told across sentences (session 20): a pronoun, "the two leaders", an office alone,
 * a delegation or a carried subject for one of the two people. Every shape reads right in every
 * round except the known gaps below (see matrix/known-gaps.ts).
 */
const KNOWN_GAPS = new Set<string>([]);

describeShapeRounds('Hindi contacts told across sentences (issue 11)', hindiCorefShapeCases, KNOWN_GAPS, 100);
