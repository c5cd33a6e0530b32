import type { TextDoc } from '../text/text-model.js';
import type { NameMention } from './names.js';
import { nearestPersonBefore, subjectBefore } from './speaker.js';
import { PASSIVE } from './speech-act.js';

/**
 * Lemmas of verbs by which someone is heard without their words being reported: "threatened to
 * close the border", "condemned the attack", "called for calm".
 * They count a named source for the sourcing note only: no span of words is theirs to voice.
 * Deeds are left out on purpose, even when a body speaks by them: a ruling, a vote, an appeal,
 * a signed order, "rejected the appeal", "asked the company to unwind the deal"; and so is
 * "demanded", which news copy uses for an interviewer's questions as much as for a demand.
 */
const SPEECH_ACTS: ReadonlySet<string> = new Set(
  (
    'threaten condemn denounce decry request rebuke slam blast lambast excoriate assail ' +
    'tout express encourage praise applaud conclude call'
  ).split(' '),
);

/** The name each named speech act counts under, in text order (one entry per act). */
export function findHeardActs(doc: TextDoc, mentions: NameMention[]): string[] {
  const names: string[] = [];
  for (const sentence of doc.sentences) {
    for (let v = sentence.firstToken + 1; v < sentence.endToken; v++) {
      if (!isSpeechAct(doc, v)) continue;
      const bounds: [number, number] = [sentence.firstToken, v];
      const speaker =
        subjectBefore(doc, mentions, v, bounds) ??
        (doc.tokens[v]!.normal.endsWith('ing')
          ? nearestPersonBefore(doc, mentions, v, bounds)
          : null);
      // A pronoun is left out: "By Ann Lee … charges he threatened to kill" is not the byline's.
      if (speaker?.kind === 'named' && speaker.source) names.push(speaker.source);
    }
  }
  return names;
}

function isSpeechAct(doc: TextDoc, v: number): boolean {
  const { tokens } = doc;
  const verb = tokens[v]!;
  if (verb.pos !== 'VERB' || !SPEECH_ACTS.has(verb.lemma)) return false;
  // "was condemned" hears the one condemned; "is calling for" is the caller speaking.
  if (PASSIVE.has(tokens[v - 1]?.normal ?? '') && !verb.normal.endsWith('ing')) return false;
  if (verb.lemma !== 'call') return true;
  // "called for calm", "called on the agency", "calling it “media nonsense”".
  return /^(for|on)$/.test(tokens[v + 1]?.normal ?? '') || quotedSoonAfter(tokens, v);
}

function quotedSoonAfter(tokens: TextDoc['tokens'], v: number): boolean {
  return tokens.slice(v + 1, v + 5).some((t) => /^["“]$/u.test(t.value));
}
