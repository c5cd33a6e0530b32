import { Inflectors } from 'en-inflectors';
import type { TextDoc, Token } from '../text/text-model.js';
import type { LinePlan } from './render-line.js';

/** Implicative verbs in the past, with the word that links them to the verb they frame. */
const FRAMES = new Map([
  ['managed', 'to'],
  ['succeeded', 'in'],
]);
/** Before the frame these make it a participle ("has managed to"), which a past verb cannot take. */
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  "'ve",
  "'d",
  'having',
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  'to',
]);

/**
 * Takes out the effort frame of an implicative verb: "managed to regain their freedom" becomes
 * "regained their freedom". An implicative verb entails its complement (Karttunen 1971,
 * "Implicative verbs"), so the fact stays; what goes is the writer's sense of a feat overcome.
 * Only a frame in the simple past whose verb has a one-word past form, and not one whose verb
 * is coordinated with another ("managed to escape and reach"), which would need two rewrites.
 */
export function withoutEffortFrames(doc: TextDoc, plan: LinePlan): LinePlan {
  const keep = [...plan.keep];
  const insertBefore = new Map(plan.insertBefore);
  let insertAtEnd = plan.insertAtEnd;
  for (let k = 0; k + 2 < keep.length; k++) {
    const past = framedPast(doc.tokens, keep, k, insertBefore);
    if (past === null) continue;
    const next = keep[k + 3];
    if (next === undefined)
      insertAtEnd = insertAtEnd === undefined ? past : `${past} ${insertAtEnd}`;
    else insertBefore.set(next, past);
    keep.splice(k, 3);
  }
  return insertAtEnd === undefined ? { keep, insertBefore } : { keep, insertBefore, insertAtEnd };
}

/** The past form that replaces the frame starting at kept position `k`, or null. */
function framedPast(
  tokens: readonly Token[],
  keep: readonly number[],
  k: number,
  insertBefore: ReadonlyMap<number, string>,
): string | null {
  const at = keep[k]!;
  const link = FRAMES.get(tokens[at]!.normal);
  if (link === undefined || keep[k + 1] !== at + 1 || keep[k + 2] !== at + 2) return null;
  if (tokens[at + 1]!.normal !== link || afterAuxiliary(tokens, at)) return null;
  if ([at, at + 1, at + 2, keep[k + 3]].some((i) => i !== undefined && insertBefore.has(i)))
    return null;
  const verb = tokens[at + 2]!;
  if (verb.pos !== 'VERB' || verb.value !== verb.normal) return null;
  if (coordinatedVerb(tokens, keep.slice(k + 3))) return null;
  return effortFramePast(tokens[at]!.normal, link, verb.normal);
}

/**
 * The one-word past that stands for an effort frame's three words ("managed", "to", "regain"
 * -> "regained"; "succeeded", "in", "getting" -> "got"), or null when they are not one.
 */
export function effortFramePast(frame: string, link: string, verb: string): string | null {
  if (FRAMES.get(frame) !== link || !/^\p{Ll}+$/u.test(verb)) return null;
  const base = new Inflectors(verb).toPresent();
  if (link === 'to' ? base !== verb : !verb.endsWith('ing')) return null;
  // The library's rule for a final "c" ("panic" -> "paniced") is wrong; such verbs are rare.
  const past = new Inflectors(base).toPast();
  return /^\p{Ll}+$/u.test(past) && !base.endsWith('c') ? past : null;
}

/** "had even managed to": an auxiliary before the frame, past any adverbs between. */
function afterAuxiliary(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART')) i--;
  return AUXILIARIES.has(tokens[i]?.normal ?? '');
}

/** "… and reach Lithuania": a second bare verb that the frame also governs. */
function coordinatedVerb(tokens: readonly Token[], rest: readonly number[]): boolean {
  return rest.some((i, k) => {
    const next = rest[k + 1];
    if (tokens[i]!.pos !== 'CCONJ' || next === undefined) return false;
    const t = tokens[next]!;
    return t.pos === 'VERB' && (t.normal === t.lemma || t.normal.endsWith('ing'));
  });
}
