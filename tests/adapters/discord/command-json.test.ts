import { describe, expect, it } from 'vitest';
import { registry } from '../../../commands/index.js';
import type { CommandDefinition } from '../../../commands/types.js';
import { buildCommandJson } from '../../../src/adapters/discord/command-json.js';
import { addFeedCommand } from './test-deps.js';

const run = async () => ({});

describe('buildCommandJson', () => {
  it('lists required options before optional ones, as Discord requires', () => {
    const command: CommandDefinition = {
      name: 'pick',
      description: 'Pick',
      permission: 'everyone',
      options: [
        { name: 'loud', description: 'Loud', type: 'boolean' },
        { name: 'what', description: 'What', type: 'string', required: true },
      ],
      run,
    };
    const json = buildCommandJson([command], 'news');
    expect(json.options?.[0]).toMatchObject({
      options: [
        { name: 'what', required: true },
        { name: 'loud', required: false },
      ],
    });
  });

  it('clips descriptions to 100 characters', () => {
    const long: CommandDefinition = {
      name: 'long',
      description: 'x'.repeat(150),
      permission: 'everyone',
      options: [],
      run,
    };
    const [sub] = buildCommandJson([long], 'news').options as { description: string }[];
    expect(sub!.description).toHaveLength(100);
  });

  it('marks options that declare a suggestion source for autocomplete', () => {
    const suggested: CommandDefinition = {
      ...addFeedCommand,
      options: addFeedCommand.options.map((o) => ({ ...o, suggest: 'feeds' as const })),
    };
    const json = buildCommandJson([suggested], 'news');
    expect(JSON.stringify(json)).toContain('"autocomplete":true');
    expect(JSON.stringify(buildCommandJson([addFeedCommand], 'news'))).not.toContain(
      'autocomplete',
    );
  });

  it('rejects names Discord would refuse', () => {
    expect(() => buildCommandJson(registry, 'News')).toThrow(/not a valid Discord command name/);
  });
});
