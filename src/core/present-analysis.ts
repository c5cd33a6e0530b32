import type { Reply, ReplyNoteGroup } from './reply.js';
import type { ArticleAnalysis, FramingNote, NoteKind } from './types.js';

export const noteKindLabels: Record<NoteKind, string> = {
  'loaded-language': 'Loaded language',
  'opinion-as-fact': 'Opinion stated as fact',
  'unattributed-claim': 'Claims with no source',
  'vague-attribution': 'Vague attribution',
  sourcing: 'Who is heard',
  genre: 'News or advocacy',
};

const kindOrder = Object.keys(noteKindLabels) as NoteKind[];

/** The platform-neutral reply for one analysed article: digest first, then notes by kind. */
export function presentAnalysis(analysis: ArticleAnalysis): Reply {
  const { label, score } = analysis.genre;
  const reads =
    label === 'unknown' ? 'genre not determined' : `reads as ${label} (${score.toFixed(2)})`;
  return {
    title: analysis.title ?? undefined,
    url: /^https?:\/\//.test(analysis.source) ? analysis.source : undefined,
    body: analysis.notice ? [analysis.notice] : undefined,
    digest: analysis.digest.map((line) => line.text),
    notes: groupNotes(analysis.notes),
    footer: `${analysis.stats.words} words · ${reads} · ${analysis.source}`,
  };
}

function groupNotes(notes: FramingNote[]): ReplyNoteGroup[] {
  return kindOrder
    .map((kind) => ({
      kind,
      label: noteKindLabels[kind],
      items: notes.filter((n) => n.kind === kind).map(describeNote),
    }))
    .filter((group) => group.items.length > 0);
}

function describeNote(note: FramingNote): string {
  if (note.kind === 'sourcing' || note.kind === 'genre') return note.message;
  // Short suggestions are replacements ("regime" → government); long ones are advice.
  if (note.suggestion && note.suggestion.length <= 30) {
    return `"${note.text}" → ${note.suggestion}: ${lowerFirst(note.message)}`;
  }
  return `"${note.text}": ${lowerFirst(note.message)}${note.suggestion ? ` ${note.suggestion}` : ''}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
