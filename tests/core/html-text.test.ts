import { describe, expect, it } from 'vitest';
import { countWords, htmlToBlockText } from '../../src/core/html-text.js';

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

describe('countWords', () => {
  it('counts words with apostrophes and hyphens as one', () => {
    expect(countWords("The mayor's long-awaited plan, at 4.2 million.")).toBe(7);
  });
});
