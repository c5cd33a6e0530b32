import { describe, expect, it } from 'vitest';
import { datelineEnd } from '../../../src/core/summarize/dateline.js';
import { sharesLongRuns } from '../../../src/core/summarize/line-overlap.js';
import { leadSentence, standaloneProblem } from '../../../src/core/summarize/standalone.js';
import { readText } from '../../../src/core/text/read-text.js';

describe('lines that read alone', () => {
  it.each([
    ['OUT," Noem tweeted Monday night.', 'has unpaired quotation marks'],
    ['”We will win,” she said.', 'opens inside a quote'],
    ['the number will be between four to six services.', 'opens on a lower-case word'],
    ['But the council voted against it on Tuesday.', 'opens with "But"'],
    ["That's why the plan failed, officials said.", 'opens with "That\'s"'],
    ['And neither side would comment on Friday.', 'opens with "And"'],
    ['They left the building at noon.', 'opens with "They"'],
    ['Bornstein told CNN that Trump “dictated that whole letter.', 'has unpaired quotation marks'],
    ['The mayor (who took office in May said no.', 'has unpaired brackets'],
    ['What would the reaction have been in 2012 had the roles been reversed?', 'asks or exclaims'],
    [
      'If it seemed like he wrote the letter himself, it is because he did!',
      '"it" after the opening phrase',
    ],
    ['The council will surely approve the plan on Monday!', 'asks or exclaims'],
    [
      'Danced along to the cheerful beat, this is a creative Korean dance.',
      '"this" after the opening phrase',
    ],
    [
      'Actors occasionally come out from aisles as well… we got seats on the 3rd row.',
      'adds with "as well"',
    ],
    ['We also won cosmetics which was a plus!”', 'has unpaired quotation marks'],
    ['Dave Matthews Band takes over Rock Hall Fan Vote', 'does not end like a sentence'],
    ['Two federal prison officers charged with falsifying records', 'does not end like a sentence'],
    ['Andrew has no memory of the photograph with Giuffre, either.', 'ends with "either"'],
    // A line that announces a list (Snopes's fact check): the list is in lines not chosen.
    [
      'While the tweet shown above said that Yovanovitch has a net worth of $17 million, other social media users have offered differing estimates of her net worth:',
      'does not end like a sentence',
    ],
    // A show's credits (a review page on the extraction benchmark), not a sentence.
    [
      'Choreographer_Jeong Hye Jin, Director_Oh Kyeong Taek, Writer_Kyeong Min Seon, Composer_Kim Cheol Hwan, Art Director_Park Dong Woo, Lighting Design_Sin Ho, Make-up_Kim Jong nn',
      'does not end like a sentence',
    ],
    [
      'At the same time, however, those who believe it are deluding themselves.',
      'turns on "however"',
    ],
    ['“Oh my,” Lucas responded with a sigh when asked about the rocket.', 'quotes a few words'],
    ['Another said the plan would fail before the election.', 'opens with "Another"'],
    ['Another caveat: the totals include seizures on both borders.', 'opens with "Another"'],
    [
      "Here's a look at three of the more surprising results from this year's survey.",
      'opens with "Here\'s"',
    ],
    [
      'Because space travel and sustaining life off Earth are anything but easy.',
      'answers the line before with "Because"',
    ],
    ['Which is why the council met again.', 'answers the line before with "Which"'],
    ['“The issue is funding, and the state has the money.”', 'quotes with no speaker'],
    ['The next BIG challenge is …', 'does not end like a sentence'],
    ['And the winner of the vote was...', 'opens with "And"'],
    // An "it" before a verb or a noun stands for something in the sentence before.
    ['It was sold to a buyer in Ohio for $2 million in May.', 'opens with "It"'],
    ['It’s the largest plant of its kind in the country.', 'opens with "It’s"'],
    ['It is said to be the largest plant of its kind in Europe.', 'opens with "It"'],
    [
      "Swift's rep told Fox News that this, too, was not the whole truth.",
      '"this" in what is reported',
    ],
    ['The mayor said that these were the wrong figures to use.', '"these" in what is reported'],
  ])('refuses "%s"', (line, problem) => {
    expect(standaloneProblem(line)).toBe(problem);
  });

  it.each([
    'Mr. Garrett has been suspended and may receive further discipline....',
    '“The issue is funding,” the mayor said.',
    'Because of the storm, flights were cancelled on Monday.',
    'Because the bridge was closed, traffic backed up for miles.',
    'Which way the court will rule is not known yet.',
    'The council voted 7 to 2 on Tuesday to approve the plan.',
    '“We will win,” the mayor said on Friday.',
    'Council member Raj Patel said the "overrun" was too high.',
    'Chelsea have this morning paid the £71.6million fee to the Spanish league to secure the world record signing of keeper Kepa Arrizabalaga',
    '"Who pays for this?" the council member asked.',
    'This year’s survey of more than 5,000 DevSecOps professionals found that teams want fewer tools.',
    'This week, Patrick launched a tour of early-voting states, visiting Nevada and Iowa.',
    'Another cloud of choking smoke and dust is set to descend upon the 20 million residents of Delhi this week.',
    'Scooter Braun is unhappy with the way his partner has handled the feud, according to a new report by E!',
    'The singer will tour again in 2020, her manager told Yahoo!',
    // An "it" that stands for the clause after it, not for anything before.
    'It’s easier than ever to personalize Firefox and make it work the way you do.',
    'It is likely that the vote will slip to next spring, two officials said.',
    'It was not possible to reach the island by boat until Thursday.',
    "It's time to replace the city's lead water pipes, the council decided.",
    'The mayor said that this year’s budget was the largest since 2008.',
    'The mayor said that this budget was the largest the city had passed since 2008.',
  ])('accepts "%s"', (line) => {
    expect(standaloneProblem(line)).toBeNull();
  });
});

describe('datelines and leads', () => {
  it.each([
    ['WASHINGTON (Reuters) - The Senate voted 52 to 48 on Tuesday.', 'The'],
    ['DUBAI, United Arab Emirates — The airline ordered 30 jets.', 'The'],
    ['NEW YORK, Nov 5 (Reuters) - Stocks rose.', 'Stocks'],
    ['(CNN)President Trump made a trip.', 'President'],
    ['COLUMBIA, S.C. (AP) — About a dozen owners were gathered on Tuesday.', 'About'],
    ['April 17, 2015 -- Imagine being sick in the hospital with an infection.', 'Imagine'],
    ['NASA said on Monday it would launch.', 'NASA'],
    ['PanARMENIAN.Net - Verified footage reveals a pattern of killings.', 'Verified'],
    ['Amazon.com said on Tuesday it would hire 100,000 people.', 'Amazon'],
    ['(Reuters) — The attorney general is investigating WeWork.', 'The'],
    ['(AP) - Two people were hurt.', 'Two'],
    ['Washington, DC, United States: Getting to the Moon has been done.', 'Getting'],
    ['Nairobi, Kenya: Floods have displaced 20,000 people.', 'Floods'],
    ['Paris: The museum reopened.', 'Paris'],
    ['Smith, the mayor: a profile of the year.', 'Smith'],
    ['Warning: The video shows violence.', 'Warning'],
    ['- The Hermitian matrices do not form a vector space.', 'The'],
    ['• WASHINGTON (Reuters) - The Senate voted on Tuesday.', 'The'],
    ['[1] The community is supported by the Mozilla Foundation.', 'The'],
    ['[2][3] Mozilla reported revenue of $163 million.', 'Mozilla'],
    ['[1]: 207 The list gives the names of films with time loops.', 'The'],
  ])('starts "%s" after its dateline', (text, first) => {
    const doc = readText(text);
    expect(doc.tokens[datelineEnd(doc, doc.sentences[0]!)]!.value).toBe(first);
  });

  it('finds the lead: the first long sentence that is not a quote', () => {
    const doc = readText(
      '"We are thrilled," the mayor said.\n\nThe city opened its first tram line on Monday after four years of work on the route.\n\nIt cost 412 million dollars.',
    );
    expect(leadSentence(doc)).toBe(1);
  });
});

describe('lines that say one thing twice', () => {
  it('share three runs of five words, however the rest is worded', () => {
    expect(
      sharesLongRuns(
        'Authorities say a stabbing on a San Francisco Bay Area commuter train followed a theft.',
        'A transit chief says a man was stabbed on a San Francisco Bay Area commuter train.',
      ),
    ).toBe(true);
    expect(
      sharesLongRuns(
        'The council voted on Tuesday to close the Elm Street bridge.',
        'The bridge will reopen in May, the council said on Friday.',
      ),
    ).toBe(false);
  });

  it('answer the same for a pair seen before, after many other lines have been compared', () => {
    const lead =
      'Rescuers pulled two people from the flooded Elm Street tunnel late on Monday night.';
    const repeat =
      'Police said rescuers pulled two people from the flooded Elm Street tunnel late on Monday.';
    expect(sharesLongRuns(lead, repeat)).toBe(true);
    for (let n = 0; n < 200; n++) {
      expect(sharesLongRuns(`Line ${n} says one thing about item ${n} today.`, lead)).toBe(false);
    }
    expect(sharesLongRuns(lead, repeat)).toBe(true);
    expect(sharesLongRuns(repeat, 'An unrelated line about the weather in Oslo this week.')).toBe(
      false,
    );
  });
});
