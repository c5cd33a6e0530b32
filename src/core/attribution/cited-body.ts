import type { TextDoc } from '../text/text-model.js';
import { DOCUMENTS } from './clause-roles.js';
import { TITLES } from './name-words.js';
import type { NameMention } from './names.js';
import { named, type Speaker } from './noun-phrase-speaker.js';

const BEHIND = new Set(['from', 'by', 'of']);

/**
 * An organisation's name that starts in the phrase tokens[from, end) and runs on past it ("the
 * Bureau of Labor Statistics", the phrase stopping at "of").
 */
export function nameRunningOn(
  doc: TextDoc,
  mentions: NameMention[],
  from: number,
  end: number,
): Speaker | null {
  const m = mentions.find(
    (m) =>
      m.kind === 'organisation' && m.firstToken >= from && m.firstToken < end && m.endToken > end,
  );
  return m ? cite(doc, from, m) : null;
}

/**
 * The name behind a noun phrase tokens[from, end) that is not itself a name, after "according
 * to" or "said": "a tally from Carver University", "CBS News estimates", "the county health officer, Dr. Rita
 * Moss". Null when no name stands there.
 */
export function nameBehindPhrase(
  doc: TextDoc,
  mentions: NameMention[],
  from: number,
  end: number,
  to: number,
): Speaker | null {
  const { tokens } = doc;
  let next = end + 1;
  if (tokens[next]?.normal === 'the') next++;
  const linked = BEHIND.has(tokens[end]?.normal ?? '') || tokens[end]?.value === ',';
  const behind = linked
    ? mentions.find((m) => m.endToken <= to && titlesOnly(tokens, next, m.firstToken))
    : undefined;
  // "CBS News estimates": an organisation's name before the noun ("the TexAuto Facts report
  // from InfoNation" is InfoNation's, and "TexAuto Facts" no person).
  const owner = mentions.find(
    (m) => m.endToken === end - 1 && m.firstToken >= from && m.kind === 'organisation',
  );
  if (!behind) {
    if (owner && tokens[end - 1]!.pos === 'NOUN' && !linked) return cite(doc, from, owner);
    return DOCUMENTS.has(tokens[end - 1]!.normal)
      ? authorFurtherOn(doc, mentions, from, end, to)
      : null;
  }
  // After a comma only a name that ends the clause restates the phrase ("…, Dr. Rita Moss.").
  if (tokens[end]!.value === ',' && !/^[.;]?$/.test(tokens[behind.endToken]?.value ?? ''))
    return null;
  return cite(doc, from, behind);
}

/**
 * "a summary of his findings released Sunday by Attorney General Ann Lee": the author of a
 * document, named after "by" or "from" further on in the same clause.
 */
function authorFurtherOn(
  doc: TextDoc,
  mentions: NameMention[],
  from: number,
  end: number,
  to: number,
): Speaker | null {
  const { tokens } = doc;
  for (let k = end; k < Math.min(to, end + 12); k++) {
    const token = tokens[k]!;
    if (/^[,;.:]$/.test(token.value) || (token.pos === 'VERB' && !token.normal.endsWith('ed')))
      break;
    if (!BEHIND.has(token.normal) || token.normal === 'of') continue;
    const next = tokens[k + 1]?.normal === 'the' ? k + 2 : k + 1;
    const author = mentions.find((m) => m.endToken <= to && titlesOnly(tokens, next, m.firstToken));
    if (author) return cite(doc, from, author);
  }
  return null;
}

/** Whether tokens[from, to) are only a title ("Dr.", "Attorney General"); true when empty. */
function titlesOnly(tokens: TextDoc['tokens'], from: number, to: number): boolean {
  const title = (t: TextDoc['tokens'][number]) =>
    TITLES.has(t.normal) || /^\p{Lu}\p{Ll}+$/u.test(t.value);
  return to >= from && to - from <= 3 && tokens.slice(from, to).every(title);
}

function cite(doc: TextDoc, from: number, m: NameMention): Speaker {
  return named(doc, [doc.tokens[from]!.start, m.span[1]], m.name);
}
