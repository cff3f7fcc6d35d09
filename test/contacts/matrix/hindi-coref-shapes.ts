/*
 * Invented Hindi news telling a contact across sentences (session 20): the sentence of the
 * contact names one person and stands for the other with a subject pronoun (उन्होंने, वे, वह),
 * "the two leaders" (दोनों नेताओं, दोनों मंत्रियों, दोनों के बीच), an office alone (विदेश मंत्री ने,
 * पीएम ने, राजदूत ने), a delegation (प्रतिनिधिमंडल ने) or a subject the sentence before gave. Filled
 * like hindi-shapes.ts (four rounds, names of their own); read by test/contacts/hindi-coref-shapes.test.ts.
 */
import { shapeCases, type Shape } from './hindi-shapes.ts';
import type { MatrixCase } from './cases.ts';

const NONE: Array<[string, string]> = [];

const COREF_SHAPES: Shape[] = [
  // subject pronouns after a sentence that names the person
  { name: 'pronoun: वे there met', t: '{A} सोमवार को दोहा पहुंचे। वे वहां {B} से मिले।', date: null },
  { name: 'pronoun: later he held talks', t: '{A} ने सोमवार को सुबह संसद में भाषण दिया। बाद में उन्होंने {B} के साथ बैठक की।', date: null },
  { name: 'pronoun: during his visit', t: 'विदेश मंत्री {a} तीन दिन की यात्रा पर रूस में हैं। अपनी यात्रा के दौरान उन्होंने {B} से भेंट की।', date: null },
  { name: 'pronoun: phoned', t: '{A} ने हालात पर चिंता जताई है। उन्होंने {B} को फोन कर स्थिति की जानकारी ली।', date: null },
  { name: 'pronoun: after a quote sentence', t: '{A} ने ट्वीट किया, "दोहा पहुंच गया हूं। यहां कई अहम बैठकें होंगी।" उन्होंने {B} से भी मुलाकात की।', date: null },
  { name: 'pronoun: after a sentence naming no one', t: '{A} सोमवार को दुशांबे पहुंचे। यह उनकी पहली ताजिकिस्तान यात्रा है। वहां उन्होंने {B} से मुलाकात की।', date: null },
  { name: 'pronoun: new paragraph', t: '{A} सोमवार को काबुल पहुंचे।\nइस दौरान उन्होंने {B} से मुलाकात की और मानवीय मदद पर चर्चा की।', date: null },
  { name: 'pronoun: planned, will meet', t: '{A} अगले सप्ताह मास्को जाएंगे। वहां वह {B} से मुलाकात करेंगे।', planned: true },
  { name: 'pronoun: planned, he is expected', t: '{A} बुधवार को दिल्ली पहुंचेंगे। उनके {B} से मिलने की उम्मीद है।', planned: true },
  { name: 'pronoun: also met, second contact', t: '{A} ने सोमवार को {B} से मुलाकात की। इसके बाद उन्होंने {C} से भी अलग से बात की।', pairs: [['A', 'B'], ['A', 'C']] },
  { name: 'pronoun: feminine, she met', t: 'विदेश मंत्री {a} सोमवार को दोहा पहुंचीं। वहां उन्होंने {B} से मुलाकात की।', date: null },
  { name: 'carried: besides this met', t: '{A} सोमवार को तेहरान पहुंचे। इसके अलावा {B} से भी मुलाकात की।', date: null },
  // the two leaders: only a pair introduced together
  { name: 'pair: at invitation, two leaders talked', t: '{A} सोमवार को {B} के निमंत्रण पर दिल्ली पहुंचे। दोनों नेताओं ने हैदराबाद हाउस में द्विपक्षीय वार्ता की।', date: null },
  { name: 'pair: both between talks', t: '{A} और {B} सोमवार को दुशांबे में एससीओ बैठक में शामिल हुए। दोनों के बीच सीमा पर बातचीत हुई।', date: null },
  { name: 'pair: the two foreign ministers', t: 'भारत के विदेश मंत्री {a} और ईरान के विदेश मंत्री {b} सोमवार को मास्को में थे। दोनों विदेश मंत्रियों के बीच वहां अलग से बैठक हुई।', date: null },
  { name: 'pair: two leaders meeting lasted', t: '{A} के दिल्ली पहुंचने पर {B} ने उनका स्वागत किया। दोनों नेताओं की मुलाकात करीब एक घंटे चली।', date: null },
  { name: 'pair: headline then two leaders', t: '{A} और {B} आज दिल्ली में\nदोनों नेताओं के बीच आज शाम बैठक होगी।', planned: true },
  { name: 'pair miss: two leaders of three', t: '{A}, {B} और {C} सोमवार को दोहा में थे। दोनों नेताओं ने वहां बातचीत की।', pairs: NONE },
  // an office alone for a person named with it before
  { name: 'office: minister alone met', t: 'रक्षा मंत्री {a} सोमवार को मास्को पहुंचे। रक्षा मंत्री ने वहां {B} से मुलाकात की।', date: null },
  { name: 'office: PM alone, initials', t: 'प्रधानमंत्री {a} ने सोमवार को संसद को संबोधित किया। बाद में पीएम ने {B} से फोन पर बात की।', date: null },
  { name: 'office: ambassador alone', t: 'कतर में भारत के राजदूत {a} ने सोमवार को पत्रकारों से बात की। राजदूत ने बताया कि उन्होंने {B} से मुलाकात की।', date: null },
  { name: 'office: NSA alone', t: 'राष्ट्रीय सुरक्षा सलाहकार {a} सोमवार को मास्को पहुंचे। एनएसए ने वहां {B} से बातचीत की।', date: null },
  { name: 'office: nationality office alone', t: 'ईरान के राष्ट्रपति {a} ने सोमवार को संसद को संबोधित किया। ईरानी राष्ट्रपति ने बाद में {B} से फोन पर बात की।', date: null },
  { name: 'office: object office alone', t: 'विदेश मंत्री {b} ने सोमवार को संसद में बयान दिया। {A} ने बाद में विदेश मंत्री से मुलाकात की।', date: null },
  { name: 'office: visiting minister', t: 'रूस के विदेश मंत्री {a} सोमवार को दिल्ली पहुंचे। रूसी विदेश मंत्री ने {B} से मुलाकात की।', date: null },
  { name: 'office miss: other ministry', t: 'रक्षा मंत्री {a} सोमवार को मास्को पहुंचे। विदेश मंत्री ने वहां {B} से मुलाकात की।', pairs: NONE },
  // a delegation led by a person named before
  { name: 'delegation: led, then the delegation met', t: '{A} के नेतृत्व में तालिबान का एक प्रतिनिधिमंडल सोमवार को मास्को पहुंचा। प्रतिनिधिमंडल ने {B} से मुलाकात की।', date: null },
  { name: 'delegation: headed by, then met', t: 'तालिबान का प्रतिनिधिमंडल, जिसकी अगुवाई {A} कर रहे हैं, सोमवार को दोहा पहुंचा। इस प्रतिनिधिमंडल ने {B} से बातचीत की।', date: null },
  { name: 'delegation miss: another side\'s delegation', t: '{A} के नेतृत्व में तालिबान का प्रतिनिधिमंडल सोमवार को दोहा पहुंचा। भारतीय प्रतिनिधिमंडल ने वहां {B} से मुलाकात की।', pairs: NONE },
  { name: 'delegation: X led delegation met Y', t: '{A} के नेतृत्व वाले प्रतिनिधिमंडल ने सोमवार को {B} से मुलाकात की।' },
];

/** The coreference shapes, four rounds each with names of their own. */
export const hindiCorefShapeCases = (real: boolean): MatrixCase[] => shapeCases(COREF_SHAPES, real);
