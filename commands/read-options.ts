import type { CommandOption, OptionValue } from './types.js';

/**
 * Reads the options typed after a command, as chat users write them:
 * - `name:value` runs until the next option, so values may hold spaces (`cron:daily 08:00`);
 * - a boolean option's bare name sets it (`private`), as help shows it, like `private:true`;
 * - `word:value` that names no option is kept under that name, so the command's option check
 *   refuses it by name instead of the words vanishing into another option's value;
 * - words before any option fill the first required option;
 * - inside double quotes nothing is read as an option (`"ratio:3"` stays text).
 */
export function readOptions(
  rest: string,
  declared: readonly CommandOption[],
): Record<string, OptionValue> {
  const options: Record<string, OptionValue> = {};
  const quoted = quotedRanges(rest);
  const marks = [...rest.matchAll(optionMarks(declared))].filter(
    (mark) => !quoted.some(([from, to]) => from < mark.index && mark.index < to),
  );
  const loose: string[] = [marks.length > 0 ? rest.slice(0, marks[0]!.index) : rest];
  marks.forEach((mark, i) => {
    const from = mark.index + mark[0].length;
    const to = i + 1 < marks.length ? marks[i + 1]!.index : rest.length;
    const text = rest.slice(from, to).trim();
    const { flag, known, other } = mark.groups!;
    if (flag) {
      options[flag] = true;
      loose.push(text);
    } else {
      options[(known ?? other)!] = unquote(text);
    }
  });
  const positional = loose.join(' ').trim();
  const firstOpen = declared.find((o) => o.required && options[o.name] === undefined);
  if (firstOpen && positional) options[firstOpen.name] = unquote(positional);
  return options;
}

/** Where an option may start: a declared name and `:`, any `word:value`, or a bare flag. */
function optionMarks(declared: readonly CommandOption[]): RegExp {
  const names = declared.map((o) => o.name);
  const flags = declared.filter((o) => o.type === 'boolean').map((o) => o.name);
  const alternatives = [
    names.length ? `(?<known>${names.join('|')}):` : null,
    // A letter-led word glued to its value; `https://` and `08:00` are not options.
    '(?<other>[a-z][a-z\\d_-]*):(?=[^\\s/])',
    flags.length ? `(?<flag>${flags.join('|')})(?=\\s|$)` : null,
  ].filter((part) => part !== null);
  return new RegExp(`(?<=^|\\s)(?:${alternatives.join('|')})`, 'g');
}

function quotedRanges(text: string): [number, number][] {
  return [...text.matchAll(/"[^"]*"/g)].map((m) => [m.index, m.index + m[0].length]);
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/s.exec(value);
  return quoted ? quoted[2]! : value;
}
