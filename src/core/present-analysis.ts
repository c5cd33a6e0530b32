import { noteKindLabels, type Reply, type ReplyNoteGroup } from './reply.js';
import type { ArticleAnalysis, FramingNote, NoteKind } from './types.js';

const kindOrder = Object.keys(noteKindLabels) as NoteKind[];

/** The platform-neutral reply for one analysed article: digest first, then notes by kind. */
export function presentAnalysis(analysis: ArticleAnalysis): Reply {
  const { label, score } = analysis.genre;
  const reads =
    label === 'unknown' ? 'genre not determined' : `reads as ${label} (${score.toFixed(2)})`;
  const url = analysis.url ?? (/^https?:\/\//.test(analysis.source) ? analysis.source : null);
  // Cached analyses from before these fields existed lack them: read them as absent.
  const published = analysis.published ? analysis.published.slice(0, 10) : null;
  const origin = [analysis.outlet ?? null, published].filter((part) => part !== null);
  return {
    title: analysis.title ?? undefined,
    url: url ?? undefined,
    body: analysis.notice ? [analysis.notice] : undefined,
    digest: analysis.digest.map((line) => line.text),
    ...(analysis.digestSource === 'llm' ? { digestByModel: true } : {}),
    notes: groupNotes(analysis.notes),
    footer: [...origin, wordCount(analysis.stats.words), reads, url ?? analysis.source].join(' · '),
  };
}

function wordCount(words: number): string {
  return `${words} word${words === 1 ? '' : 's'}`;
}

/** Notes by kind; notes on what sources said follow the writer's under their own heading. */
function groupNotes(notes: FramingNote[]): ReplyNoteGroup[] {
  return kindOrder
    .flatMap((kind) => [
      {
        kind,
        label: noteKindLabels[kind],
        items: describeRepeated(ofVoice(notes, kind, 'writer')),
      },
      {
        kind,
        label: `${noteKindLabels[kind]}, in sources' words`,
        items: describeRepeated(ofVoice(notes, kind, 'source')),
      },
    ])
    .filter((group) => group.items.length > 0);
}

function ofVoice(notes: FramingNote[], kind: NoteKind, voice: 'writer' | 'source') {
  return notes.filter((n) => n.kind === kind && (n.voice ?? 'writer') === voice);
}

/** The same words flagged at several places read as one line with a count, in text order. */
function describeRepeated(notes: FramingNote[]): string[] {
  const lines = new Map<string, { note: FramingNote; count: number }>();
  for (const note of notes) {
    const key = `${note.text.toLowerCase()}\u0000${note.message}`;
    const seen = lines.get(key);
    if (seen) seen.count++;
    else lines.set(key, { note, count: 1 });
  }
  return [...lines.values()].map(({ note, count }) => describeNote(note, count));
}

function describeNote(note: FramingNote, count = 1): string {
  if (note.kind === 'sourcing' || note.kind === 'genre') return note.message;
  const quoted = `"${note.text}"${count > 1 ? ` (${count}×)` : ''}`;
  const message = lowerFirst(note.message).replace(/[.\s]+$/, '');
  const suggestion = note.suggestion?.trim().replace(/[.\s]+$/, '');
  if (!suggestion) return `${quoted}: ${message}.`;
  if (suggestion.toLowerCase() === 'omit') return `${quoted}: ${message}; omit it.`;
  // Advice ("attribute it or omit") reads as a sentence; a neutral word reads as a replacement.
  if (
    /\b(omit|attribute|name|quote|report|rephrase)\b/i.test(suggestion) ||
    suggestion.length > 30
  ) {
    return `${quoted}: ${message}. ${suggestion.charAt(0).toUpperCase()}${suggestion.slice(1)}.`;
  }
  return `${quoted} → ${suggestion}: ${message}.`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
