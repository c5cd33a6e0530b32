import { describe, expect, it } from 'vitest';
import { neutralizeSentence } from '../../../src/core/summarize/neutralize-sentence.js';
import { readText } from '../../../src/core/text/read-text.js';
import { noteOn } from './helpers.js';

/**
 * Neutralisation never changes what a sentence says: an evaluative modifier is dropped rather
 * than swapped, a swap keeps the part of speech, never doubles a word and never breaks a fixed
 * expression; where no clean edit exists the line is marked unclean, so the digest picks
 * another sentence. [sentence, flagged words, suggested alternative, the line, clean?]
 */
const cases: [string, string, string, string, boolean][] = [
  // Modifiers are dropped, whatever the lexicon suggests, with the degree adverb before them.
  [
    'The Galactic Federation made an equally startling discovery on Tuesday.',
    'startling',
    'surprising',
    'The Galactic Federation made a discovery on Tuesday.',
    true,
  ],
  [
    'The council approved a very controversial plan on Monday.',
    'controversial',
    'disputed',
    'The council approved a plan on Monday.',
    true,
  ],
  [
    'The disgraced former gymnastics doctor was sentenced on Friday.',
    'disgraced',
    'former',
    'The former gymnastics doctor was sentenced on Friday.',
    true,
  ],
  [
    'A dramatic video showed the flood reaching the square.',
    'dramatic',
    'large',
    'A video showed the flood reaching the square.',
    true,
  ],
  [
    'The seasoned negotiator opened the talks in Geneva.',
    'seasoned',
    'experienced',
    'The negotiator opened the talks in Geneva.',
    true,
  ],
  [
    'The council passed a draconian parking rule on Monday.',
    'draconian',
    'strict',
    'The council passed a parking rule on Monday.',
    true,
  ],
  [
    'Officials announced a whopping increase in fares.',
    'whopping',
    'omit',
    'Officials announced an increase in fares.',
    true,
  ],
  [
    'The company posted stunning profits for the quarter.',
    'stunning',
    'large',
    'The company posted profits for the quarter.',
    true,
  ],
  [
    'Police described a brutal attack on two guards.',
    'brutal',
    'violent',
    'Police described an attack on two guards.',
    true,
  ],
  [
    'The mayor gave a fiery speech to the council.',
    'fiery',
    'forceful',
    'The mayor gave a speech to the council.',
    true,
  ],
  [
    'The minister made a bold decision to cut the tax.',
    'bold',
    'notable',
    'The minister made a decision to cut the tax.',
    true,
  ],
  [
    'Engineers found a shocking number of cracks in the bridge.',
    'shocking',
    'large',
    'Engineers found a number of cracks in the bridge.',
    true,
  ],
  [
    'The vote was a crushing defeat for the government.',
    'crushing',
    'heavy',
    'The vote was a defeat for the government.',
    true,
  ],
  [
    'The radical plan would close three schools.',
    'radical',
    'sweeping',
    'The plan would close three schools.',
    true,
  ],
  [
    'The senator sharply criticised the budget on Tuesday.',
    'sharply',
    'omit',
    'The senator criticised the budget on Tuesday.',
    true,
  ],
  [
    'The agency quietly dropped the rule in March.',
    'quietly',
    'omit',
    'The agency dropped the rule in March.',
    true,
  ],
  [
    'Voters overwhelmingly approved the bond in May.',
    'overwhelmingly',
    'omit',
    'Voters approved the bond in May.',
    true,
  ],
  [
    'The notorious gang leader was arrested in Lyon.',
    'notorious',
    'known',
    'The gang leader was arrested in Lyon.',
    true,
  ],
  // A verb for a verb keeps the sentence's shape.
  [
    'The senator slammed the tariff plan on Tuesday.',
    'slammed',
    'criticized',
    'The senator criticized the tariff plan on Tuesday.',
    true,
  ],
  [
    'The union blasted the offer as too low.',
    'blasted',
    'criticized',
    'The union criticized the offer as too low.',
    true,
  ],
  [
    'Critics lambasted the ruling within hours.',
    'lambasted',
    'criticized',
    'Critics criticized the ruling within hours.',
    true,
  ],
  [
    'The mayor admitted that the contract was late.',
    'admitted',
    'said',
    'The mayor said that the contract was late.',
    true,
  ],
  [
    'The firm claimed that sales rose 4 percent.',
    'claimed',
    'said',
    'The firm said that sales rose 4 percent.',
    true,
  ],
  // A noun for a noun, when nothing modifies it.
  [
    'Officials from the regime met the delegation.',
    'regime',
    'government',
    'Officials from the government met the delegation.',
    true,
  ],
  [
    'The scheme cost taxpayers 40 million dollars.',
    'scheme',
    'plan',
    'The plan cost taxpayers 40 million dollars.',
    true,
  ],
  [
    'The tax was called a giveaway by its opponents.',
    'giveaway',
    'concession',
    'The tax was called a concession by its opponents.',
    true,
  ],
  // Never a verb for a noun, never a noun for an adjective.
  [
    'The protests degrade the party’s claim to a divine right of power.',
    'claim',
    'say',
    'The protests degrade the party’s claim to a divine right of power.',
    false,
  ],
  [
    'The court shut down his claims within a week.',
    'claims',
    'says',
    'The court shut down his claims within a week.',
    false,
  ],
  [
    'The report was a slam on the agency’s record.',
    'slam',
    'criticize',
    'The report was a slam on the agency’s record.',
    false,
  ],
  [
    'Residents said the fire was a catastrophe for the valley.',
    'catastrophe',
    'serious',
    'Residents said the fire was a catastrophe for the valley.',
    false,
  ],
  // Never inside a fixed expression or compound.
  [
    'Natural disasters cost the region 2 billion euros last year.',
    'disasters',
    'failure',
    'Natural disasters cost the region 2 billion euros last year.',
    false,
  ],
  [
    'The group has campaigned for civil rights since 1962.',
    'rights',
    'claims',
    'The group has campaigned for civil rights since 1962.',
    false,
  ],
  [
    'The utility warned of extreme fire weather on Thursday.',
    'weather',
    'conditions',
    'The utility warned of extreme fire weather on Thursday.',
    false,
  ],
  [
    'The country faces a housing crisis, the minister said.',
    'crisis',
    'shortage',
    'The country faces a housing crisis, the minister said.',
    false,
  ],
  [
    'Officials declared a public health emergency on Monday.',
    'emergency',
    'situation',
    'Officials declared a public health emergency on Monday.',
    false,
  ],
  [
    'The storm caused a power outage for 4,000 homes.',
    'outage',
    'cut',
    'The storm caused a power outage for 4,000 homes.',
    false,
  ],
  [
    'Doctors warned of a mental health crisis among students.',
    'crisis',
    'problem',
    'Doctors warned of a mental health crisis among students.',
    false,
  ],
  // An appositive holding the flagged word goes whole.
  [
    'The former senator, a veteran former diplomat, spoke first.',
    'veteran',
    'former',
    'The former senator spoke first.',
    true,
  ],
  // Never a doubled word.
  [
    'She called it a big big mistake in the vote.',
    'big',
    'large',
    'She called it a big mistake in the vote.',
    true,
  ],
  [
    'The plan was a huge increase over the large budget of 2020.',
    'huge',
    'large',
    'The plan was an increase over the large budget of 2020.',
    true,
  ],
  [
    'The new rule replaced a controversial new law.',
    'controversial',
    'new',
    'The new rule replaced a new law.',
    true,
  ],
  [
    'The rise was a tax grab, critics said on Monday.',
    'grab',
    'rise',
    'The rise was a tax grab, critics said on Monday.',
    false,
  ],
  // A verdict noun names an event where it refers: "failure" for the disaster is another thing.
  [
    'Forty people died in the disaster at the mine on Tuesday.',
    'disaster',
    'failure',
    'Forty people died in the disaster at the mine on Tuesday.',
    false,
  ],
  [
    'The disaster forced 3,000 residents from their homes.',
    'disaster',
    'failure',
    'The disaster forced 3,000 residents from their homes.',
    false,
  ],
  [
    'A little over half a century ago, chaos started spilling out of an experiment.',
    'chaos',
    'disorder',
    'A little over half a century ago, chaos started spilling out of an experiment.',
    false,
  ],
  [
    'The launch of the new website was a disaster, the minister said.',
    'disaster',
    'failure',
    'The launch of the new website was a failure, the minister said.',
    true,
  ],
  // An inflected verb takes the replacement in its own form, or none.
  [
    'He would have to buy the farm goods touted by Trump in October.',
    'touted',
    'promote',
    'He would have to buy the farm goods promoted by Trump in October.',
    true,
  ],
  // A modifier's slot takes a modifier, never the verb the lexicon suggests for the verb sense.
  [
    'The campaign drew ridicule online on Monday.',
    'ridicule',
    'criticize',
    'The campaign drew ridicule online on Monday.',
    false,
  ],
  // Half of a hyphenated compound is not a word of its own to swap.
  [
    'The much-touted plan failed on its first day.',
    'touted',
    'promote',
    'The much-touted plan failed on its first day.',
    false,
  ],
  [
    'The mayor claimed the budget was balanced.',
    'claimed',
    'say',
    'The mayor said the budget was balanced.',
    true,
  ],
  [
    'The council insists the road will reopen.',
    'insists',
    'say',
    'The council says the road will reopen.',
    true,
  ],
  [
    'The senator slams the plan every week.',
    'slams',
    'criticized',
    'The senator slams the plan every week.',
    false,
  ],
  [
    'The senator slammed the plan on Monday.',
    'slammed',
    'criticised',
    'The senator criticised the plan on Monday.',
    true,
  ],
  // A verb with an infinitive after it: "said to debunk" would be hearsay, "saying to be" is not
  // English. The word stays and the line is not clean.
  [
    'A group of activists claimed to debunk the footage on Thursday.',
    'claimed',
    'said',
    'A group of activists claimed to debunk the footage on Thursday.',
    false,
  ],
  [
    'Trump said the paper should name the writer of an op-ed claiming to be part of the resistance.',
    'claiming',
    'say',
    'Trump said the paper should name the writer of an op-ed claiming to be part of the resistance.',
    false,
  ],
];

describe('neutralisation keeps the meaning', () => {
  it.each(cases)('"%s" (%s → %s)', (sentence, flagged, suggestion, expected, clean) => {
    const doc = readText(sentence);
    const note = noteOn(sentence, flagged, suggestion);
    const result = neutralizeSentence(doc, 0, [note]);
    expect(result.line.text).toBe(expected);
    expect(result.clean).toBe(clean);
    expect(result.line.text).not.toMatch(/\b(\w+) \1\b/i);
  });
});
