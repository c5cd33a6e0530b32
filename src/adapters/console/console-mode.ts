import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseCommandLine } from '../../../commands/parse-command-line.js';
import { runCommand } from '../../../commands/run-command.js';
import type { CommandDeps } from '../../../commands/types.js';
import { renderMarkdown } from '../../render/markdown.js';
import type { Log } from '../../services/ports.js';
import { withLocalFeedPaths } from './local-feeds.js';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** A person at a terminal gets a prompt; piped input is read one command a line. */
  interactive: boolean;
  deps: CommandDeps;
  log: Log;
}

/**
 * Console mode: the chat commands at a terminal, answered in Markdown. Resolves when the input
 * ends (or the person types `exit`), so a script can pipe commands in and read the answers.
 */
export async function runConsole(
  options: ConsoleOptions,
): Promise<{ close(): void; done: Promise<void> }> {
  const { input, output, interactive, log } = options;
  const channels = options.deps.channels && withLocalFeedPaths(options.deps.channels);
  const deps = { ...options.deps, channels };
  const lines = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
  });
  const root = deps.commandName;
  if (interactive) {
    output.write(`Lede console. Type /${root} help, or exit to leave.\n`);
    lines.setPrompt('lede> ');
    lines.prompt();
  }
  const done = (async () => {
    for await (const line of lines) {
      if (interactive && /^(exit|quit)$/i.test(line.trim())) break;
      const parsed = parseCommandLine(line, root, deps.registry);
      if (parsed.kind === 'error') output.write(`${parsed.message}\n`);
      if (parsed.kind === 'command') {
        const user = { id: 'console', canManage: true };
        const channel = { id: 'console', platform: 'console' as const };
        const reply = await runCommand(
          parsed.command,
          { options: parsed.options, user, channel },
          deps,
          log,
        );
        output.write(renderMarkdown(reply));
      }
      if (interactive) lines.prompt();
    }
    lines.close();
  })();
  return { close: () => lines.close(), done };
}
