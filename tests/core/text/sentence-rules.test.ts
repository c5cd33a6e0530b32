import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/text/read-text.js';

const sentencesOf = (text: string) => readText(text).sentences.map((s) => s.text);

describe('sentence ends that are not sentence ends', () => {
  it.each([
    [
      'the dot inside an outlet’s name',
      'PanARMENIAN.Net - Verified footage reveals a pattern of killings, said Amnesty International. The group called for an inquiry.',
      [
        'PanARMENIAN.Net - Verified footage reveals a pattern of killings, said Amnesty International.',
        'The group called for an inquiry.',
      ],
    ],
    [
      'the dots of a state written "W.Va."',
      'In October, Rep. David McKinley, R-W.Va., visited the border near McAllen, Texas. He asked for more agents.',
      [
        'In October, Rep. David McKinley, R-W.Va., visited the border near McAllen, Texas.',
        'He asked for more agents.',
      ],
    ],
    [
      'a stop inside a short quoted slogan',
      'South Dakota’s “Meth. We’re on it.” campaign has faced mockery since Monday. Hege was concerned.',
      [
        'South Dakota’s “Meth. We’re on it.” campaign has faced mockery since Monday.',
        'Hege was concerned.',
      ],
    ],
  ])('keeps %s inside the sentence', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('still ends the sentences of a long quotation', () => {
    expect(
      sentencesOf('“We lost. It is over. The team must rebuild from the ground up,” he said.'),
    ).toEqual(['“We lost.', 'It is over.', 'The team must rebuild from the ground up,” he said.']);
  });
});
