import { arabicCorefShapeCases } from './matrix/arabic-coref-shapes.ts';
import { describeShapeRounds } from './matrix/known-gaps.ts';

/**
 * Arabic contacts told across sentences (arabic-coref-shapes.ts): the sentence telling the contact
 * names one party, the other stands before it as the subject going on, a pronoun, a pair noun, an
 * office alone or a delegation. Every shape reads right in every round but the known gaps, and the
 * negatives (a pair noun after three people, an office no one was introduced with) link no one.
 */
const KNOWN_GAPS = new Set([
  'continued: explained that he met', // the invented names after "المبعوث الأممي", "رئيس المجلس السياسي" are not recognised
  'continued: later, comma, received', // the invented name after "المبعوث الأممي" is not recognised
  'received a delegation, the delegation was led by', // the invented member after "وترأس الوفد" is not recognised (real names read right)
  'met a delegation, the delegation included two', // the invented member after "وضم الوفد،" is not recognised (real names read right)
  'office alone met the delegation led by', // "إن وزير الخارجية التقى وفد الحركة برئاسة Y" after the Qatari minister: the office alone is not resolved
  'honorific: his excellency briefed', // أطلع (briefed) is no contact verb
  'continued: then headed where he held talks with', // "حيث أجرى محادثات مع Y" in a sentence going on: only a transitive verb after حيث is read
  'pronoun with, subject after', // "وأجرى معه X محادثات": the pronoun after the verb before the subject
  'pronoun on the verb: phoned him', // the invented winner after "فاز" is not recognised
  'pronoun on the verb: congratulated him by phone', // "وهنأه في اتصال هاتفي Y": the call noun takes the cue
  'delegation led by, received on arrival', // "وكان في استقبال الوفد Y": the delegation as the guest of the welcome
  'no continuation: another subject named', // the invented name after "بالمبعوث الأممي" is not recognised
  'no continuation: where someone else met', // the invented name after "بالمبعوث الأممي" is not recognised
]);

describeShapeRounds('Arabic contacts told across sentences (issue 11 coreference)', arabicCorefShapeCases, KNOWN_GAPS, 180);
