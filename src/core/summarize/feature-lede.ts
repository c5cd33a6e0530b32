import type { TextDoc } from '../text/text-model.js';

/** Words of a general truth or a scene: a feature's opening, not an event. */
const SCENE_WORDS = new Set(
  'usually often typically generally traditionally commonly imagine you your'.split(' '),
);
const SCENE_OPENERS = new Set(['if', 'imagine', 'picture']);
/** A date or a count anchors a sentence to an event, whatever else it says. */
const TIME_ANCHORS = new Set(
  (
    'today yesterday tonight monday tuesday wednesday thursday friday saturday sunday january ' +
    'february march april june july august september october november december week'
  ).split(' '),
);
/** The turn from the scene to the news ("Now ESA has investigated …", "This week, …"). */
const NEWS_TURN =
  /^(now|today|yesterday|recently|this (week|month|year)|last (week|month)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
const TURN_WITHIN = 4;

/**
 * A delayed lede: the story opens on a scene or a general truth ("If a sci-fi spaceship does
 * not come with hyperdrive then it is usually fitted with hibernation capsules") and turns to
 * the news a few sentences on ("Now ESA has investigated …"). Returns the sentence of the turn
 * when `first` sets a scene and one of the next few sentences opens on a turn, else null.
 */
export function newsAfterScene(
  doc: TextDoc,
  first: number,
  qualifies: (index: number) => boolean,
): number | null {
  if (!setsTheScene(doc, first)) return null;
  const limit = Math.min(doc.sentences.length, first + 1 + TURN_WITHIN);
  for (let i = first + 1; i < limit; i++) {
    if (NEWS_TURN.test(doc.sentences[i]!.text) && qualifies(i)) return i;
  }
  return null;
}

function setsTheScene(doc: TextDoc, index: number): boolean {
  const { firstToken, endToken } = doc.sentences[index]!;
  const tokens = doc.tokens.slice(firstToken, endToken);
  if (tokens.some((t) => t.pos === 'NUM' || TIME_ANCHORS.has(t.normal))) return false;
  return (
    SCENE_OPENERS.has(tokens[0]?.normal ?? '') || tokens.some((t) => SCENE_WORDS.has(t.normal))
  );
}
