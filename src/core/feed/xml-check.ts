export interface XmlProblem {
  line: number;
  message: string;
}

interface OpenTag {
  name: string;
  at: number;
}

/** Sections whose end is a fixed string; anything inside is not markup. */
const SKIPPED: [start: string, end: string, what: string][] = [
  ['<!--', '-->', 'a comment'],
  ['<![CDATA[', ']]>', 'a CDATA section'],
  ['<?', '?>', 'a processing instruction'],
];

const NAME = /^[^\s/>]+/;

export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Finds the first structural error in an XML document (unclosed or mismatched tags, unterminated
 * comments or CDATA), with its line. Entities and namespaces are not checked: lenient readers
 * cope with those, while broken nesting usually means a truncated or hand-mangled feed.
 */
export function findXmlProblem(text: string): XmlProblem | null {
  const stack: OpenTag[] = [];
  let pos = text.indexOf('<');
  let sawRoot = false;
  while (pos !== -1) {
    const step = scanMarkup(text, pos, stack);
    if (typeof step !== 'number') return step;
    if (stack.length > 0) sawRoot = true;
    pos = text.indexOf('<', step);
  }
  const open = stack.at(-1);
  if (open) {
    return {
      line: lineAt(text, text.length),
      message: `<${open.name}> (opened on line ${lineAt(text, open.at)}) is never closed`,
    };
  }
  return sawRoot ? null : { line: 1, message: 'there is no root element' };
}

/** Handles the markup starting at `pos`; returns where to continue, or the problem found. */
function scanMarkup(text: string, pos: number, stack: OpenTag[]): number | XmlProblem {
  for (const [start, end, what] of SKIPPED) {
    if (!text.startsWith(start, pos)) continue;
    const close = text.indexOf(end, pos + start.length);
    if (close === -1) return { line: lineAt(text, pos), message: `${what} is never closed` };
    return close + end.length;
  }
  if (text.startsWith('<!', pos)) return skipDeclaration(text, pos);
  const tagEnd = findTagEnd(text, pos + 1);
  if (tagEnd === -1) return { line: lineAt(text, pos), message: 'a tag is never closed with ">"' };
  const body = text.slice(pos + 1, tagEnd);
  if (body.startsWith('/')) return closeTag(text, pos, body.slice(1).trim(), stack) ?? tagEnd + 1;
  const name = NAME.exec(body)?.[0];
  if (!name) return { line: lineAt(text, pos), message: 'a "<" is not escaped as &lt;' };
  if (!body.endsWith('/')) stack.push({ name, at: pos });
  return tagEnd + 1;
}

function closeTag(text: string, pos: number, name: string, stack: OpenTag[]): XmlProblem | null {
  const open = stack.pop();
  if (open?.name === name) return null;
  const expected = open ? `</${open.name}> (for line ${lineAt(text, open.at)})` : 'no closing tag';
  return { line: lineAt(text, pos), message: `found </${name}> where ${expected} was expected` };
}

/** The ">" ending a tag, skipping over quoted attribute values. */
function findTagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i;
    } else if (char === '<') {
      return -1;
    }
  }
  return -1;
}

/** <!DOCTYPE …> may hold an internal subset in brackets with its own ">" characters. */
function skipDeclaration(text: string, pos: number): number | XmlProblem {
  let depth = 0;
  for (let i = pos + 2; i < text.length; i++) {
    const char = text[i];
    if (char === '[') depth++;
    else if (char === ']') depth--;
    else if (char === '>' && depth <= 0) return i + 1;
  }
  return { line: lineAt(text, pos), message: 'a <!DOCTYPE> declaration is never closed' };
}
