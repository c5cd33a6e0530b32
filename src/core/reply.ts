import type { NoteKind } from './types.js';

/** One story in a multi-item digest. */
export interface ReplyItem {
  title: string;
  url?: string;
  outlet?: string;
  digest: string[];
  noteCounts: Partial<Record<NoteKind, number>>;
  /** Other outlets that covered the same story, with links. */
  coverage?: { outlet: string; url?: string }[];
  /** One line when the outlets' framing differs materially. */
  framingNote?: string;
}

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
  body?: string[];
  digest?: string[];
  notes?: ReplyNoteGroup[];
  items?: ReplyItem[];
  footer?: string;
}
