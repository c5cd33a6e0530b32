import type { Token } from '../../text/text-model.js';
import type { LexiconMatch } from '../lexicon.js';

// Verbs of emission, loaded of speech ("spewed lies", "gushed about the film") and literal of
// matter ("the volcano spewed ash", "oil gushed from the well").
const EMISSION = new Set(['spew', 'spout', 'gush']);
// What comes out: matter a vent, a pipe or a body gives off.
const MATTER = new Set(
  (
    'ash lava magma smoke soot steam vapour vapor water gas fume exhaust emission methane oil ' +
    'sewage waste mud sludge debris rock dust sand flame fire spark plume cloud ice particle ' +
    'radiation pollution pollutant toxin chemical blood liquid fluid foam fuel effluent ember ' +
    'cinder spray droplet jet'
  ).split(' '),
);
// What gives it off, as the verb's subject.
const EMITTERS = new Set(
  (
    'volcano crater vent geyser chimney smokestack factory refinery pipe pipeline hydrant well ' +
    'engine tailpipe fountain hose tap faucet whale comet'
  ).split(' '),
);
const OBJECT_SKIPS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'CCONJ']);
const PARTICLES = new Set(['out', 'forth', 'up']);

const isNoun = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';
const nounIn = (t: Token, set: Set<string>) =>
  set.has(t.lemma.toLowerCase()) || set.has(t.normal.toLowerCase());

/** True when a verb of emission has matter as its object or a vent or matter as its subject. */
export function emitsMatter(tokens: readonly Token[], m: LexiconMatch, sentenceStart: number) {
  if (!EMISSION.has(tokens[m.firstToken]!.lemma)) return false;
  return emittedObject(tokens, m.endToken) || emittingSubject(tokens, m.firstToken, sentenceStart);
}

/** "spewed thick black smoke", "spews out ash": the first noun after the verb. */
function emittedObject(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 5 && tokens[k]; k++) {
    const t = tokens[k]!;
    if (isNoun(t)) return nounIn(t, MATTER);
    if (!OBJECT_SKIPS.has(t.pos) && !PARTICLES.has(t.normal)) return false;
  }
  return false;
}

/** "The volcano spewed", "Plumes of steam spewed": a noun of the subject right before the verb. */
function emittingSubject(tokens: readonly Token[], verb: number, sentenceStart: number) {
  for (let k = verb - 1; k >= Math.max(sentenceStart, verb - 6); k--) {
    const t = tokens[k]!;
    if (isNoun(t) && (nounIn(t, MATTER) || nounIn(t, EMITTERS))) return true;
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'PRON') return false;
  }
  return false;
}
