import type { TextDoc } from '../text/text-model.js';
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
  if (!behind)
    return owner && tokens[end - 1]!.pos === 'NOUN' && !linked ? cite(doc, from, owner) : null;
  // After a comma only a name that ends the clause restates the phrase ("…, Dr. Rita Moss.").
  if (tokens[end]!.value === ',' && !/^[.;]?$/.test(tokens[behind.endToken]?.value ?? ''))
    return null;
  return cite(doc, from, behind);
}

/** Whether tokens[from, to) are nothing but titles ("Dr.", "Chief Justice"); true when empty. */
function titlesOnly(tokens: TextDoc['tokens'], from: number, to: number): boolean {
  return to >= from && to - from <= 3 && tokens.slice(from, to).every((t) => TITLES.has(t.normal));
}

function cite(doc: TextDoc, from: number, m: NameMention): Speaker {
  return named(doc, [doc.tokens[from]!.start, m.span[1]], m.name);
}
