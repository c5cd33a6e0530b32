import type { FramingNote, GenreLabel } from '../types.js';
import type { GuardLimits, GuardRejection } from './guard.js';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface PromptInput {
  title: string | null;
  text: string;
  genre: GenreLabel;
  notes: readonly FramingNote[];
  limits: GuardLimits;
  /** Characters of article text sent; the rest is cut at a paragraph or sentence end. */
  budgetChars: number;
  /** The previous answer's violations, for the one retry. */
  violations?: readonly GuardRejection[];
}

/** About 3,000 tokens of article: the news is at the top, and small local models have small contexts. */
export const DEFAULT_PROMPT_BUDGET_CHARS = 12_000;

/** The chat messages asking a model for one Lede digest of one article. */
export function buildDigestPrompt(input: PromptInput): ChatMessage[] {
  const { maxLines, maxWords } = input.limits;
  const rules = [
    `Write a neutral news digest of the article: at most ${maxLines} lines and ${maxWords} words in all.`,
    'Put the news first. Use plain words. Attribute every claim to whoever made it.',
    input.genre === 'opinion' || input.genre === 'analysis'
      ? 'This is an opinion piece: state the facts first, then give the writer\'s main claim as "The writer argues that …".'
      : "Give the writer's own opinions, if any, as the writer's.",
    'Use only names, numbers, dates and quotations that appear in the article; copy quotations word for word.',
    'Answer with one JSON object and nothing else: {"lines": ["first line", "second line"]}.',
  ];
  const messages: ChatMessage[] = [
    { role: 'system', content: rules.join('\n') },
    { role: 'user', content: userContent(input) },
  ];
  if (input.violations?.length) {
    const listed = input.violations.map((v) => `- ${v.reason} (in: ${v.line})`).join('\n');
    messages.push({
      role: 'user',
      content: `Your previous digest broke these rules:\n${listed}\nWrite the digest again, fixing all of them.`,
    });
  }
  return messages;
}

function userContent(input: PromptInput): string {
  const avoid = avoidList(input.notes);
  return [
    input.title ? `Title: ${input.title}` : null,
    `Article:\n${trimToBudget(input.text, input.budgetChars)}`,
    avoid.length
      ? `Avoid these words and claims of the article, or attribute them:\n${avoid.join('\n')}`
      : null,
  ]
    .filter((part) => part !== null)
    .join('\n\n');
}

/** Lede's own notes, as what the digest must not repeat in its own voice. */
function avoidList(notes: readonly FramingNote[]): string[] {
  const lines = notes.flatMap((note) => {
    if (note.kind === 'loaded-language') {
      const instead = note.suggestion ? ` (say "${note.suggestion}" or leave it out)` : '';
      return [`- the loaded word "${note.text}"${instead}`];
    }
    if (note.kind === 'opinion-as-fact' || note.kind === 'unattributed-claim') {
      return [`- "${note.text}" is a claim: say who makes it`];
    }
    return [];
  });
  return [...new Set(lines)].slice(0, 30);
}

/** The text cut to the budget at the last paragraph or sentence end before it. */
export function trimToBudget(text: string, budget: number): string {
  if (text.length <= budget) return text;
  const head = text.slice(0, budget);
  const cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('. ') + 1);
  return head.slice(0, cut > budget / 2 ? cut : budget).trimEnd();
}
