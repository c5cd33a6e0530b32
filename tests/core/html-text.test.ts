import { describe, expect, it } from 'vitest';
import { countWords, htmlToBlockText, htmlToText } from '../../src/core/html-text.js';

describe('htmlToBlockText', () => {
  it('keeps one paragraph per block and drops inline markup', () => {
    const html =
      '<h2>Budget</h2><p>The council <em>approved</em> the &ldquo;plan&rdquo;.</p><ul><li>One</li><li>Two &amp; three</li></ul>';
    expect(htmlToBlockText(html)).toBe(
      'Budget\n\nThe council approved the \u201cplan\u201d.\n\nOne\n\nTwo & three',
    );
  });

  it('removes scripts, styles, captions and comments with their content', () => {
    const html =
      '<p>Before</p><script>alert(1)</script><style>p{}</style><figure><img src="x"><figcaption>Photo: Agency</figcaption></figure><!-- note --><p>After</p>';
    expect(htmlToBlockText(html)).toBe('Before\n\nAfter');
  });

  it('turns line breaks into paragraph breaks and keeps a literal less-than sign', () => {
    expect(htmlToBlockText('Line one<br>Line two<br/>1 < 2')).toBe('Line one\n\nLine two\n\n1 < 2');
  });

  it('gives an empty string for markup with no text', () => {
    expect(htmlToBlockText('<div><img src="a.png"></div>')).toBe('');
  });
});

describe('htmlToText', () => {
  it('decodes every HTML5 named reference, and legacy ones without a semicolon, as browsers do', () => {
    expect(htmlToText('&check; Done &copy2024 &hyphen; &NotAnEntity; AT&T &lsquor;x&rdquor;')).toBe(
      '\u2713 Done \u00a92024 \u2010 &NotAnEntity; AT&T \u201ax\u201d',
    );
  });

  it('reads a feed summary with the same rules as a body: one line, captions and forms dropped', () => {
    const html =
      '<figure><img src="a.jpg"><figcaption>Photo: Agency</figcaption></figure><p>Rain &amp; wind</p><form><button>Subscribe</button></form><p>Tomorrow</p>';
    expect(htmlToText(html)).toBe('Rain & wind Tomorrow');
    expect(htmlToBlockText(html)).toBe('Rain & wind\n\nTomorrow');
  });
});

describe('countWords', () => {
  it('counts words with apostrophes and hyphens as one', () => {
    expect(countWords("The mayor's long-awaited plan, at 4.2 million.")).toBe(7);
  });
});
