import { describe, expect, it } from 'vitest';
import { classifyInput } from '../classify-input.ts';

describe('classifyInput', () => {
  it('trusts HTML and Markdown names and MIME types', () => {
    expect(classifyInput('plain words', { name: 'page.HTM' })).toBe('html');
    expect(classifyInput('plain words', { type: 'text/html; charset=utf-8' })).toBe('html');
    expect(classifyInput('plain words', { name: 'notes.md' })).toBe('markdown');
    expect(classifyInput('plain words', { name: 'x', type: 'text/markdown' })).toBe('markdown');
  });

  it('keeps a .txt as text unless it is a whole saved page', () => {
    expect(classifyInput('He said <b>no</b> and left.\n# 1 priority', { name: 'a.txt' })).toBe('text');
    expect(classifyInput('<!DOCTYPE html><html><body><p>x</p></body></html>', { name: 'a.txt' })).toBe('html');
    expect(classifyInput('  <html lang="en"><body></body></html>', { type: 'text/plain' })).toBe('html');
  });

  it('sniffs pasted HTML', () => {
    expect(classifyInput('<div class="story"><p>First paragraph.</p><p>Second.</p></div>')).toBe('html');
    expect(classifyInput('<article><h1>T</h1><p>Body</p></article>')).toBe('html');
    expect(classifyInput('The score was 3 < 4 and <b>bold</b> text.')).toBe('text');
  });

  it('sniffs pasted Markdown only on two distinct features', () => {
    expect(classifyInput('# Talks in New York\n\nCameron met **Rouhani** on [Wednesday](http://x).')).toBe('markdown');
    expect(classifyInput('Title\n=====\n\n- one\n- two')).toBe('markdown');
    expect(classifyInput('#1 priority is *sigh* the budget.')).toBe('text');
    expect(classifyInput('Cameron met Rouhani.\n\nThey talked.')).toBe('text');
  });
});
