import type { CommandDefinition, CommandDeps, CommandInput, SuggestionSource } from './types.js';

export interface Suggestion {
  name: string;
  value: string;
}

type Source = (typed: string, input: CommandInput, deps: CommandDeps) => Promise<Suggestion[]>;

const sources: Record<SuggestionSource, Source> = {
  feeds: async (typed, input, deps) => deps.channels?.suggestFeeds(input.channel, typed) ?? [],
};

/** The choices offered while someone types `option`, from the source the option declares. */
export async function suggestValues(
  command: CommandDefinition,
  option: string,
  typed: string,
  input: CommandInput,
  deps: CommandDeps,
): Promise<Suggestion[]> {
  const source = command.options.find((o) => o.name === option)?.suggest;
  return source ? sources[source](typed, input, deps) : [];
}
