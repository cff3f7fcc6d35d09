import { arabicShapeCases } from './matrix/arabic-shapes.ts';
import { describeShapeRounds } from './matrix/known-gaps.ts';

/**
 * Arabic contact sentences with what journalists insert between the parties, four rounds each with
 * new names: every shape reads right in every round except the known gaps below, which stay listed
 * so that closing one shows here (move it out of the list) and a new failure never hides.
 */
const KNOWN_GAPS = new Set([
  'between: meeting brought together', // verb first: "وجمع لقاء … X وY"
  'briefed', // أطلع folds to اطلع, "looked at"
  'handed a letter to', // "سلم X رسالة إلى Y"
  'congratulated by phone', // "هنأ X هاتفيا Y"
  'present transitive with date', // "يستقبل X اليوم Y" is read as planned
  'x3: accompanied by', // "X، يرافقه Z، Y": the companion is listed with X
  'at head of delegation', // one invented name before "، على رأس وفد" is not taken for a person
]);

describeShapeRounds('Arabic contact shapes with insertions (issue 11)', arabicShapeCases, KNOWN_GAPS, 450);
