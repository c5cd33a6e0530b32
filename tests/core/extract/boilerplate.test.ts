import { describe, expect, it } from 'vitest';
import { dropBoilerplate, isPageNote } from '../../../src/core/extract/boilerplate.js';

describe('page notes, which are about the page and not the story', () => {
  it.each([
    'Updated 3:27 am PST, Wednesday, November 20, 2019',
    'Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM',
    'Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET',
    'By Regan September 15, 2014',
    'Jewels after Jewels, installation views, photos © Inexhibit, 2018',
    '12 Issues for £11.99.',
    'HomeLatest NewsNollywood Actress, Kate Henshaw Is Looking Stunning In New Photos',
    'Related coverage from How to Do Everything: Money:',
    'Follow her on Twitter @AmyKup or on Facebook.',
    '(Reporting by Greg Roumeliotis, Koh Gui Qing; editing by Martin Howell.)',
    'You can view our June 2018 open thread here.',
  ])('knows "%s"', (text) => {
    expect(isPageNote(text)).toBe(true);
    expect(
      dropBoilerplate(['The council voted on Tuesday to close the bridge.', text], null),
    ).toEqual(['The council voted on Tuesday to close the bridge.']);
  });

  it.each([
    'Published in 2019, the study found 3 in 10 adults had tried it.',
    'Updated figures released on Monday showed 1,200 new cases.',
    'By 2030, the city wants 40 percent of trips made by bike.',
    'Home sales rose 4 percent in October, the association said.',
    'The band’s 1979 album sold 3 million copies.',
  ])('leaves the story’s own sentence "%s"', (text) => {
    expect(isPageNote(text)).toBe(false);
  });
});
