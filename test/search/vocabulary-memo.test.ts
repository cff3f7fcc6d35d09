import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../src/search/vocabulary.ts';

describe('remembered sound-alikes', () => {
  it('gives the same words again, and sees words added since', () => {
    const vocab = new Vocabulary();
    vocab.add('लाव्रोव्', 'लावरोव');
    expect(vocab.soundAlikes('Lavrov')).toEqual(['लाव्रोव्']);
    expect(vocab.soundAlikes('Lavrov')).toEqual(['लाव्रोव्']);
    vocab.add('لافروف', 'لافروف');
    expect([...vocab.soundAlikes('Lavrov')].sort()).toEqual(['لافروف', 'लाव्रोव्'].sort());
  });
});
