import { presentAnalysis } from '../src/core/present-analysis.js';
import { UserError } from '../src/errors.js';
import type { CommandDefinition } from './types.js';

export const framingCommand: CommandDefinition = {
  name: 'framing',
  description: 'Framing notes for text you paste: loaded words, unsourced claims, who is heard',
  permission: 'everyone',
  options: [{ name: 'text', description: 'The text to read', type: 'string', required: true }],
  async run(input, deps) {
    const text = String(input.options.text ?? '').trim();
    if (text === '') throw new UserError('Paste some text to read: `framing text:<text>`.');
    const analysis = await deps.engine.analyze({ text, title: null, source: 'pasted text' });
    const { notes, footer } = presentAnalysis(analysis);
    const body = notes?.length
      ? undefined
      : ['No framing notes: the text reads as plain reporting.'];
    return { title: 'Framing notes', body, notes, footer };
  },
};
