import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { takeFigures } from '../article-figures.ts';

describe('takeFigures', () => {
  it('lists captions and described images in page order, and takes the captions out of the article', () => {
    const { document } = parseHTML(
      '<div id="a"><figure><img src="a.jpg" alt="Crews at the pier"><figcaption>Crews at the pier on <b>Friday</b>.</figcaption></figure>' +
        '<p>The pier reopened on Friday.</p><img src="rule.png" alt=""><figure><img src="b.png" alt="b.png"><figcaption>The route</figcaption></figure></div>',
    );
    const root = document.getElementById('a')!;
    expect(takeFigures(root)).toEqual(['Image: Crews at the pier', 'Crews at the pier on Friday.', 'Image (no description)', 'The route']);
    expect(root.textContent).toBe('The pier reopened on Friday.');
  });
});
