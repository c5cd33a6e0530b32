import { findQuotes } from './attribution/find-quotes.js';
import { findNameMentions } from './attribution/names.js';
import { findQuoteMarks } from './attribution/quoted-spans.js';
import { findSourceVoice } from './attribution/voice.js';
import type { GenreHint } from './extract/page-genre.js';
import { classifyGenre } from './framing/genre.js';
import type { Lexicon } from './framing/lexicon.js';
import { findLoadedLanguage } from './framing/loaded-language.js';
import type { LoadedModel } from './framing/model/loaded-model.js';
import { findOpinionAsFact } from './framing/opinion-as-fact.js';
import { matchSentences } from './framing/sentence-matches.js';
import { summarizeSourcing } from './framing/sourcing.js';
import { findUnattributedClaims } from './framing/unattributed-claim.js';
import { findVagueAttribution } from './framing/vague-attribution.js';
import type { TextDoc } from './text/text-model.js';
import type { FramingNote, Genre, SourceCount, Span } from './types.js';

export interface FramingAnalysis {
  notes: FramingNote[];
  genre: Genre;
  sources: SourceCount[];
  /** The direct quotations found for the detectors, for the digest to reuse. */
  quotations: Span[];
}

/** Every framing note of one document, in text order, plus its genre and its sources. */
export function analyzeFraming(
  doc: TextDoc,
  lexicon: Lexicon,
  model?: LoadedModel,
  genreHint?: GenreHint | null,
): FramingAnalysis {
  // Found once per article and handed to every detector that needs them.
  const marks = findQuoteMarks(doc);
  const mentions = findNameMentions(doc);
  const quotes = findQuotes(doc, marks, mentions);
  const voice = findSourceVoice(doc, quotes, mentions);
  const matches = matchSentences(doc, lexicon);
  const loaded = findLoadedLanguage(doc, lexicon, marks.spans, { voice, model, matches });
  const sourcing = summarizeSourcing(doc, quotes, mentions);
  const { genre, note: genreNote } = classifyGenre(
    doc,
    quotes,
    loaded.length,
    genreHint,
    marks.inside,
  );
  const notes = [
    ...loaded,
    ...findOpinionAsFact(doc, lexicon, [...marks.spans, ...voice.verbatim, ...voice.reported], {
      matches,
    }),
    ...findUnattributedClaims(doc, quotes, marks.inside),
    ...findVagueAttribution(doc, quotes, marks.inside),
  ].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  // The summary notes go last: they describe the whole article, not one passage.
  if (sourcing.note) notes.push(sourcing.note);
  if (genreNote) notes.push(genreNote);
  return { notes: dropRepeats(notes), genre, sources: sourcing.sources, quotations: marks.spans };
}

/** Two detectors can land on the same words with the same kind; keep one of each. */
function dropRepeats(notes: FramingNote[]): FramingNote[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    const key = `${note.kind}:${note.span[0]}:${note.span[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
