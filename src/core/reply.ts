import type { NoteKind } from './types.js';

/** The heading of each kind of note, in the order notes are shown: one table for every renderer. */
export const noteKindLabels: Record<NoteKind, string> = {
  'loaded-language': 'Loaded language',
  'opinion-as-fact': 'Opinion stated as fact',
  'unattributed-claim': 'Claims with no source',
  'vague-attribution': 'Vague attribution',
  sourcing: 'Who is heard',
  genre: 'News or advocacy',
};

/** A story's note counts in words, "Loaded language 2, Who is heard 1", or '' when none. */
export function noteCountsText(counts: ReplyItem['noteCounts']): string {
  return (Object.keys(noteKindLabels) as NoteKind[])
    .filter((kind) => counts[kind])
    .map((kind) => `${noteKindLabels[kind]} ${counts[kind]}`)
    .join(', ');
}

/** One story in a multi-item digest. */
export interface ReplyItem {
  title: string;
  url?: string;
  outlet?: string;
  digest: string[];
  /** The digest lines came from the configured model (src/core/llm); notes never do. */
  digestByModel?: boolean;
  noteCounts: Partial<Record<NoteKind, number>>;
  /** Other outlets that covered the same story, with links. */
  coverage?: { outlet: string; url?: string }[];
  /** One line when the outlets' framing differs materially. */
  framingNote?: string;
}

/**
 * A run of text inside a paragraph. A bare string is plain text; the other runs are the only
 * formatting and links a reply can ask for, so text from a feed or page is never pasted into
 * markup: each renderer escapes it for its platform and rebuilds links from the parsed URL.
 */
export type Inline =
  | string
  | { strong: string }
  | { code: string }
  | { link: string; label?: string };

/**
 * A paragraph: runs, or one string of plain text. Nothing in a string is markup, not even the
 * backticks of an error message, because messages may quote a URL, a title or what was typed.
 */
export type Paragraph = string | Inline[];

export interface ReplyNoteGroup {
  kind: NoteKind;
  /** Human heading for the kind ("Loaded language"). */
  label: string;
  items: string[];
}

/**
 * What a command answers, independent of any platform. Renderers (Markdown, Discord embeds,
 * Slack blocks) turn it into messages and own the platforms' size limits.
 */
export interface Reply {
  /** Shown only to the person who asked, where the platform can do that. */
  private?: boolean;
  title?: string;
  url?: string;
  /** Free paragraphs: help text, confirmations, errors. */
  body?: Paragraph[];
  digest?: string[];
  /** The digest lines came from the configured model (src/core/llm); notes never do. */
  digestByModel?: boolean;
  notes?: ReplyNoteGroup[];
  items?: ReplyItem[];
  footer?: string;
  /** A text file to hand over (an OPML export): attached on Discord, a code block elsewhere. */
  file?: { name: string; text: string };
}
