import { describe, expect, it } from 'vitest';
import { ingestSynthetic, SyntheticCorpus } from '../../bench/generate.ts';
import { onAnswer, onChoices } from '../../src/answers/on.ts';
import { personChoices, whoMetAnswer } from '../../src/answers/who-met.ts';
import { loadCorpusSync } from '../../src/corpus/load.ts';
import { buildKnowledge, type Knowledge } from '../../src/knowledge.ts';
import { loadGazetteer } from '../../src/people/gazetteer.ts';
import { warmUp } from '../../src/warm-up.ts';

const NAMES = ['Lavrov', 'Lavrof', 'लावरोव', 'Jaishanker', 'Nobody Atall', 'Wang'];

function answers(kb: Knowledge): unknown {
  return {
    whoMet: NAMES.map((n) => JSON.stringify(whoMetAnswer(kb.people, n))),
    choices: ['La', 'ला', ''].map((t) => personChoices(kb.people, t)),
    on: ['2021-08-16', '2021-08', '2020-01-01'].map((d) => JSON.stringify(onAnswer(kb, d))),
    onChoices: ['2021-08', 'Kabul'].map((t) => onChoices(kb, t)),
  };
}

describe('warming up the lookup tables', () => {
  it('changes no answer: a warmed knowledge answers as one whose tables are made on first use', () => {
    const { corpus } = ingestSynthetic(new SyntheticCorpus(loadCorpusSync('seeds'), { count: 120 }));
    const gazetteer = loadGazetteer('seeds');
    const warmed = buildKnowledge(corpus, gazetteer);
    warmUp(warmed);
    expect(answers(warmed)).toEqual(answers(buildKnowledge(corpus, gazetteer)));
    // Two builds of a synthetic corpus: seconds of CPU, more when the machine is shared.
  }, 60_000);
});
