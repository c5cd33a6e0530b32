import type { Token } from '../text/text-model.js';
import type { NameMention } from './names.js';

/**
 * "Coale, Kellogg’s deputy, said": step back over the comma-enclosed description. A description
 * may hold commas of its own ("Prince Andrew, the brother of the heir, Charles, has told"), so
 * a comma right after a name wins over a nearer one.
 */
export function skipApposition(
  tokens: readonly Token[],
  mentions: NameMention[],
  comma: number,
  from: number,
): number {
  let nearest = -1;
  for (let k = comma - 1; k >= Math.max(from, comma - 30); k--) {
    if (tokens[k]!.value !== ',') continue;
    // An apposition is a noun phrase or a relative clause ("Lee, who runs the board, said"):
    // past any other verb ("after locating drugs in her car") it is not.
    if (!isApposition(tokens, k + 1, comma)) continue;
    // "Robertson, a spokesperson for Inherent Resolve, the operation…, told": a name after a
    // preposition sits inside the description; the speaker is the name before it.
    const named = mentions.find((m) => m.endToken === k);
    if (named && tokens[named.firstToken - 1]?.pos !== 'ADP') return k - 1;
    if (nearest < 0 && comma - k <= 15) nearest = k;
  }
  return nearest >= 0 ? nearest - 1 : from - 1;
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom', 'that']);

/**
 * A verb in an apposition belongs to a relative clause ("a board that runs the dams"), opens a
 * participle aside ("citing a source", "asked about it") or, capitalised, is a name the tagger
 * misreads ("Inherent Resolve", "Take-Two"); any other verb makes a clause of its own ("Webb
 * confessed to it").
 */
function isApposition(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]?.pos === 'VERB' && /(ing|ed)$/.test(tokens[from]!.normal)) return true;
  for (let at = from; at < to; at++) {
    const token = tokens[at]!;
    if (RELATIVE_PRONOUNS.has(token.normal)) return true;
    if (token.pos === 'VERB' && !/^\p{Lu}/u.test(token.value)) return false;
  }
  return true;
}
