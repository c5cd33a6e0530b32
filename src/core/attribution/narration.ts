import type { Token } from '../text/text-model.js';

const CLAUSE_BREAK = /^(,|;|--|—|–)$/u;
const TURN = new Set(['but', 'yet', 'while', 'whereas']);
const NEW_SUBJECT = new Set(['DET', 'PRON', 'PROPN', 'NOUN']);
const MAX_REPORT_TOKENS = 80;
const COMMENT_OPENERS = new Set(['its', 'their', 'his', 'her', 'the', 'a', 'an']);

/**
 * Where the writer takes the sentence back from the report: a semicolon, or "but" and a new
 * subject after a comma or dash ("X vowed to act -- but some in the media lambasted him"); -1
 * when the report runs to the end. "X said it passed, but would cost more" goes on reporting.
 * A noun phrase closing the sentence after a comma is the writer's comment on the report: "X
 * announced sanctions, its most aggressive effort yet to curb the elites".
 */
export function narrationResumes(tokens: readonly Token[], from: number, end: number): number {
  // A report is scanned for its end over a bounded stretch: per verb, a huge sentence stays linear.
  for (let k = from + 1; k < Math.min(end - 1, from + MAX_REPORT_TOKENS); k++) {
    if (tokens[k]!.value === ';') return k;
    const turn = CLAUSE_BREAK.test(tokens[k]!.value) && TURN.has(tokens[k + 1]!.normal);
    if (turn && NEW_SUBJECT.has(tokens[k + 2]?.pos ?? '')) return k;
    if (tokens[k]!.value === ',' && closingComment(tokens, k + 1, end)) return k;
  }
  return -1;
}

/** A noun phrase from `from` to the sentence's end with no verb of its own but an infinitive. */
function closingComment(tokens: readonly Token[], from: number, end: number): boolean {
  if (!COMMENT_OPENERS.has(tokens[from]!.normal)) return false;
  if (end - from > MAX_REPORT_TOKENS) return false;
  for (let k = from + 1; k < end; k++) {
    const token = tokens[k]!;
    if (token.value === ',' || token.pos === 'AUX') return false;
    if (token.pos === 'VERB' && tokens[k - 1]!.normal !== 'to') return false;
  }
  return true;
}
