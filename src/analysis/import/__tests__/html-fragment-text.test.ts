import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences, htmlFragmentText, newHtmlTextState } from '../html-fragment-text.ts';

/** Feeds the pieces in order through one state, as the Markdown reader feeds lines. */
const read = (...pieces: string[]) => {
  const state = newHtmlTextState();
  return pieces.map((p) => htmlFragmentText(p, state));
};

describe('htmlFragmentText', () => {
  it('keeps the words, drops tags, and breaks paragraphs at block tags only', () => {
    expect(read('<p class="lead">Rain <b>fell</b> in <a href="/x?a=1&b=2" title="a > b">Dhaka</a>.</p>')).toEqual(['\n\nRain fell in Dhaka.\n\n']);
    expect(read('one<br>two <span>three</span>')).toEqual(['onetwo three']);
  });

  it('turns an image with alt text into a Markdown image, and one without into nothing', () => {
    expect(read('<img src="a.jpg" alt="Crews [at] the *pier*"> <img src=b.png alt=Map> <img src="c.gif" alt="">')).toEqual([
      '![Crews \\[at\\] the \\*pier\\*]() ![Map]() ',
    ]);
  });

  it('hides script, style and comment bodies until they close, across pieces', () => {
    expect(read('Before<script type="module">', 'var a = "</div>";', '', '</SCRIPT >after', '<style>p{}</style>x<!-- a', 'b --> y')).toEqual([
      'Before',
      '',
      '',
      'after',
      'x',
      ' y',
    ]);
  });

  it('leaves autolinks, lone "<" and escaped tags alone', () => {
    expect(read('<https://example.com/a> and <a@b.org>; 3 < 4 and \\<div> stays')).toEqual(['<https://example.com/a> and <a@b.org>; 3 < 4 and \\<div> stays']);
  });

  it('treats a self-closing hidden element as closed and drops declarations', () => {
    expect(read('<!DOCTYPE html><svg/>Text<?xml version="1.0"?> on')).toEqual(['Text on']);
  });
});

describe('decodeCharacterReferences', () => {
  it('decodes named, decimal and hex references and leaves unknown ones as written', () => {
    expect(decodeCharacterReferences('AT&amp;T &ldquo;Caf&eacute;&rdquo; &#8217; &#x2014; &bogus; & co &#0; &#xD800;')).toBe(
      'AT&T “Café” ’ — &bogus; & co \uFFFD \uFFFD',
    );
    // A name an object has of its own is no entity.
    expect(decodeCharacterReferences('a &constructor; and &toString; here')).toBe('a &constructor; and &toString; here');
  });
});
