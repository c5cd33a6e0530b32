import { Inflectors } from 'en-inflectors';
import type { Token } from '../text/text-model.js';
import { lastTokenOf } from './swap-fits.js';

/**
 * The neutral replacement put in the flagged word's form: "claimed" takes "said", "insists"
 * "says", "regimes" "governments". Null when the flagged word is inflected in a way this cannot
 * reproduce ("slams" with the suggestion "criticized"): the neutraliser then drops the word or
 * leaves the sentence, rather than write "the mayor say". A replacement of another part of
 * speech ("left-wing" for a "left" the tagger took for a verb) is returned as it is.
 */
export function inFlaggedForm(head: Token, replacement: string): string | null {
  const verb = head.pos === 'VERB' || head.pos === 'AUX';
  if (!verb && head.pos !== 'NOUN') return replacement;
  const own = lastTokenOf(replacement)?.pos;
  if (verb ? own !== 'VERB' && own !== 'AUX' : own !== 'NOUN') return replacement;
  const words = replacement.split(/\s+/);
  const last = words.at(-1)!;
  const made = verb
    ? inflectVerb(last, verbForm(head.normal))
    : head.normal !== head.lemma
      ? plural(last)
      : last;
  return made === null ? null : [...words.slice(0, -1), made].join(' ');
}

/** Every form `inFlaggedForm` can give a replacement word: what a digest line may say for it. */
export function formsOf(word: string): string[] {
  const verbs = (['past', 'third', 'ing'] as const).map((form) => inflectVerb(word, form));
  return [word, plural(word), ...verbs.filter((v) => v !== null)];
}

type VerbForm = 'past' | 'third' | 'ing' | 'base';

/** The form of a verb as written; the pasts a neutral verb needs end in -ed or are listed. */
function verbForm(word: string): VerbForm {
  if (/ing$/.test(word)) return 'ing';
  if (/ed$/.test(word) || IRREGULAR_PASTS.has(word)) return 'past';
  return /[^s]s$/.test(word) ? 'third' : 'base';
}

const IRREGULAR_PASTS = new Set(['said', 'told', 'made', 'gave', 'took', 'wrote', 'spoke']);

/** A base-form verb put in `form` (en-inflectors); one already inflected stays only when its form agrees. */
function inflectVerb(word: string, form: VerbForm): string | null {
  const own = verbForm(word);
  if (own === form) return word;
  if (own !== 'base') return null;
  const verb = new Inflectors(word);
  if (form === 'past') return verb.toPast();
  if (form === 'ing') return verb.toGerund();
  return form === 'third' ? verb.toPresentS() : word;
}

function plural(word: string): string {
  return /[^s]s$/.test(word) ? word : new Inflectors(word).toPlural();
}
