import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { createEngine } from '../../../src/core/engine.js';
import { extractArticle } from '../../../src/core/extract.js';
import { corpusPath, describeCorpus } from '../../helpers/corpora.js';

/** A page of the article-extraction benchmark by its URL, or a Readability test page by name. */
function readPage(name: string): { html: string; url: string } {
  if (!name.startsWith('http')) {
    const dir = corpusPath('readability-test-pages', 'pages', name);
    const html = gunzipSync(readFileSync(join(dir, 'source.html.gz'))).toString('utf8');
    return { html, url: `http://fakehost/${name}/` };
  }
  const dir = corpusPath('article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string }
  >;
  const id = Object.keys(truth).find((k) => truth[k]!.url === name);
  if (!id) throw new Error(`no benchmark page at ${name}`);
  return {
    html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    url: name,
  };
}

const KLOOK =
  'http://jeongdongtheater.com/blog/2018/10/12/palace-tale-jang-noksu-reviews-klook-visitors/';
const FESTIVAL =
  'http://jeongdongtheater.com/blog/2018/10/15/palace-tale-jang-noksu-beauty-korea-revealed-2018-welcome-daehak-ro-festival-actual-scene/';

async function digestOf(name: string): Promise<string[]> {
  const { html, url } = readPage(name);
  const article = extractArticle(html, url)!;
  const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
  const analysis = await engine.analyze({
    text: article.text,
    title: article.title,
    source: url,
    published: article.publishedTime,
    outlet: article.siteName,
    url: article.url ?? url,
    genreHint: article.genreHint,
  });
  return analysis.digest.map((line) => line.text);
}

describeCorpus('digests of real pages, as a reader finds them', () => {
  it('BBC: opens on Obama calling gun laws his greatest frustration, a word that is his', async () => {
    const lines = await digestOf('bbc-1');
    expect(lines[0]).toMatch(/^President Barack Obama has admitted that his failure to pass/);
    expect(lines[0]).toContain('the greatest frustration of his presidency');
  });

  it('mspoweruser: states the Stadia port’s frame rate without "For example,"', async () => {
    const lines = await digestOf(
      'https://mspoweruser.com/google-stadia-red-dead-redemption-2-doesnt-run-at-a-stable-60fps/',
    );
    expect(lines).toContain(
      'The Google Stadia Red Dead Redemption 2 port doesn’t run at a solid 60fps.',
    );
    expect(lines.some((l) => /^For example\b/.test(l))).toBe(false);
  });

  it('nj.com: opens on the news, not the stage direction "Enter South Dakota …"', async () => {
    const lines = await digestOf(
      'https://www.nj.com/entertainment/2019/11/florida-man-exists-south-dakota-hold-my-beer-meth-were-on-it.html',
    );
    expect(lines.some((l) => l.startsWith('Enter South Dakota'))).toBe(false);
    expect(lines[0]).toMatch(/slogan for an anti-drug campaign/);
  });

  it('KLOOK reviews: says what the page is, and no visitor’s review as the writer’s claim', async () => {
    const lines = await digestOf(KLOOK);
    expect(lines[0]).toMatch(/^Visitors who booked their tickets through KLOOK/);
    expect(lines.some((l) => /as well|theater was fairly small|we got seats/.test(l))).toBe(false);
  });

  it('Jeongdong Theater: no line whose "this" has no name before it ("Danced along …, this is …")', async () => {
    const lines = await digestOf(FESTIVAL);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((l) => /^Danced along|^It’s because/.test(l))).toBe(false);
  });

  it('The Space Review: an analysis leads on its first paragraph of prose, past the photo caption', async () => {
    const lines = await digestOf('https://www.thespacereview.com/article/3834/1');
    expect(lines[0]).toMatch(/^Earlier this month, NASA announced the newest milestone/);
  });

  it('GitLab: "This year’s survey" is the time of writing, so the lead is line 1', async () => {
    const lines = await digestOf('gitlab-blog');
    expect(lines[0]).toMatch(/^This year’s survey of more than 5,000 DevSecOps professionals/);
    expect(lines.some((l) => l.startsWith('Here'))).toBe(false);
  });

  it('The Hill: no line is the middle of Noem’s tweet, without its marks or her name', async () => {
    const lines = await digestOf(
      'https://thehill.com/homenews/news/471033-south-dakota-governor-doubles-down-on-meth-were-on-it-anti-drug-campaign',
    );
    expect(lines[0]).toMatch(/^South Dakota Gov\. Kristi Noem \(R\) is defending/);
    expect(lines.join(' ')).not.toContain('Twitter can make a joke of it');
  });

  it('InfoQ: "Stack Overflow published …" is a name and a verb, not an imperative', async () => {
    const lines = await digestOf('wordpress');
    expect(lines[0]).toMatch(/^Stack Overflow published its analysis of 2017 hiring trends/);
  });
});

describeCorpus('a related-story promo inside a real page’s body', () => {
  it('USA Today: the Epstein page’s digest does not carry the "inner circle eyed:" promo', async () => {
    const lines = await digestOf(
      'https://www.usatoday.com/story/news/politics/2019/11/19/prison-guards-arrested-alleged-failure-check-jeffrey-epstein/4082679002/',
    );
    expect(lines[0]).toMatch(/^Two federal prison officers were charged Tuesday/);
    expect(lines.join(' ')).not.toMatch(/inner circle eyed|Epstein is dead/);
  });
});

describeCorpus('a first paragraph that leans on what came before', () => {
  it('Express: "This comes after police said …" leads as what police said', async () => {
    const lines = await digestOf(
      'https://www.express.co.uk/news/world/1206313/hong-kong-latest-china-protesters-police-china-hong-kong-riots-Polytechnic-University',
    );
    expect(lines[0]).toMatch(/^Police said the demonstrators inside the Polytechnic University/);
  });

  it('LA Times: the merger’s quoted promises are not stated without the CEO who made them', async () => {
    const lines = await digestOf(
      'https://www.latimes.com/business/story/2019-11-19/gannett-gatehouse-merger-future-local-news',
    );
    const withSpeaker = (line: string, i: number) =>
      !line.includes('“more viable”') || lines[i + 1]?.startsWith('That’s the optimistic view');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.every(withSpeaker)).toBe(true);
  });

  // Mozilla's product page is sales copy written to the reader ("It's easier than ever to
  // personalize Firefox", "No other browser gives you so much choice"): read as advocacy, none
  // of it may be stated as fact, and none of it is a claim the writer argues, so no line is
  // better than the copy restated as news.
  it('Mozilla: its sales copy to the reader is not stated as fact', async () => {
    const lines = await digestOf('mozilla-1');
    expect(lines.filter((line) => /easier than ever|No other browser/.test(line))).toEqual([]);
  });
});
