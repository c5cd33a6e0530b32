import { describe, expect, it } from 'vitest';
import { dropBoilerplate, isPageNote } from '../../../src/core/extract/boilerplate.js';
import { extractArticle } from '../../../src/core/extract.js';

const URL = 'https://example.com/news/story.html';
const STORY = [
  'Health officials in Inner Mongolia confirmed a third case of plague on Tuesday, after two people fell ill in Beijing earlier this month.',
  'The 55-year-old man contracted bubonic plague after eating a wild rabbit, the regional health commission said in a statement.',
  'Twenty-eight people who had contact with him have been quarantined and none has shown symptoms, the commission added.',
  'Plague is treatable with antibiotics if caught early, and the World Health Organization records a few hundred cases a year.',
];
const body = STORY.map((s) => `<p>${s}</p>`).join('');
const page = (article: string) =>
  `<html><head><title>Plague case</title></head><body><article>${article}</article></body></html>`;
const textOf = (html: string) => extractArticle(html, URL)?.text ?? '';

describe('standfirsts, author bios and company boilerplate stay out of the article text', () => {
  it('drops a standfirst heading in the article header (Express)', () => {
    const teaser =
      'A THIRD case of the plague has been reported, with the public beginning to panic.';
    const text = textOf(
      page(`<header><h1>Third plague case</h1><h3>${teaser}</h3></header>${body}`),
    );
    expect(text).toContain(STORY[0]);
    expect(text).not.toContain('beginning to panic');
  });

  it('drops a summary paragraph named as one (NYT "article-summary", Digg "description")', () => {
    const summary = 'The outbreak is testing the region’s health system, experts say.';
    const shapes = [
      `<p id="article-summary">${summary}</p>`,
      `<div class="description"><p>${summary}</p></div>`,
      `<p class="c-dek">${summary}</p>`,
    ];
    for (const teaser of shapes) {
      const text = textOf(page(`<h1>Third plague case</h1>${teaser}${body}`));
      expect(text).toContain(STORY[1]);
      expect(text).not.toContain('testing the region');
    }
  });

  it('keeps a lede whose box shares its "description" class with the body’s boxes (Express)', () => {
    const boxes = STORY.map((s) => `<div class="text-description"><p>${s}</p></div>`).join('');
    const text = textOf(page(`<h1>Third plague case</h1>${boxes}`));
    expect(text).toContain(STORY[0]);
    expect(text).toContain(STORY[3]);
  });

  it('drops the "description" teasers of a page’s story cards (Digg)', () => {
    const card = (teaser: string) =>
      `<div class="card"><h2>Elsewhere</h2><div class="description"><p>${teaser}</p></div></div>`;
    const cards = card('On Monday, an aide to the vice president testified before a House panel.');
    const text = textOf(page(`<h1>Third plague case</h1>${body}${cards}${card('Other news.')}`));
    expect(text).toContain(STORY[3]);
    expect(text).not.toContain('testified');
  });

  it('keeps a summary paragraph that is the speakable lede (TechCrunch)', () => {
    const lede = `<p id="speakable-summary">${STORY[0]}</p>`;
    const text = textOf(
      page(
        `<h1>Third plague case</h1>${lede}${STORY.slice(1)
          .map((s) => `<p>${s}</p>`)
          .join('')}`,
      ),
    );
    expect(text).toContain(STORY[0]);
  });

  it('drops a header teaser printed again at the top of the body (Dealbreaker)', () => {
    const teaser = 'Plague is back in Inner Mongolia ... what a year it has been ...';
    const header = `<header><h1>Third plague case</h1><div class="header-dek">${teaser}</div></header>`;
    const text = textOf(page(`${header}<div class="abstract">${teaser}</div>${body}`));
    expect(text).toContain(STORY[0]);
    expect(text).not.toContain('what a year');
  });

  it('drops the label of a tweet button glued to a pull quote', () => {
    const quote = 'The laws of physics apply to online business just like offline business.';
    const button = `<a href="https://twitter.com/share"><span class="sw-click-to-tweet"><span class="sw-ctt-text">${quote}</span><span class="sw-ctt-btn">Click To Tweet</span></span></a>`;
    const text = textOf(page(`${body}${button}<p>${STORY[0]}</p>`));
    expect(text).toContain(quote);
    expect(text).not.toContain('Click To Tweet');
  });

  it('drops an author box after the story', () => {
    const bio =
      'Regan is a Southeastern Connecticut native now living in Central Massachusetts with her husband, two sons, and two cats. She writes about hiking with children.';
    const text = textOf(
      page(
        `${body}<div class="post-author"><div class="author-content"><h5>Regan</h5><p>${bio}</p></div></div>`,
      ),
    );
    expect(text).toContain(STORY[3]);
    expect(text).not.toContain('two cats');
  });

  it('keeps a header paragraph when the header wraps the whole story', () => {
    const text = textOf(page(`<header><h1>Third plague case</h1>${body}</header>`));
    expect(text).toContain(STORY[0]);
    expect(text).toContain(STORY[2]);
  });

  it.each([
    'About Ascom',
    'Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions.',
    'Acme Widgets is a leading provider of industrial fasteners in Europe.',
    'Get Motor Cycle Monthly delivered through your letterbox every month.',
    'Start your day with the Opening Bell powered by The Water Coolest. The Water Coolest is the preferred reading of finance professionals. Sign up for the free daily newsletter.',
    'Follow us at Twitter @igndeals.',
    'Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com.',
    'Ascom is headquartered in Baar (Switzerland), has subsidiaries in 15 countries and employs around 1,300 people worldwide.',
    'Ascom registered shares (ASCN) are listed on the SIX Swiss Exchange in Zurich.',
  ])('knows "%s" as a page note', (text) => {
    expect(isPageNote(text)).toBe(true);
    expect(dropBoilerplate([STORY[0]!, text], null)).toEqual([STORY[0]]);
  });

  it.each([
    'About 300 people were evacuated from the town on Monday.',
    'Ascom is a company that sold its defence unit in 2016, the filing shows.',
    'Boeing is one of the companies bidding on the lander contract.',
  ])('leaves the story’s sentence "%s"', (text) => {
    expect(isPageNote(text)).toBe(false);
  });
});
