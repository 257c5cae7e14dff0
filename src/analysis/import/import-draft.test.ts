import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { countWords, importDraft } from './import-draft.ts';

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
const TEXT =
  'Harbour ferry crews end strike\n\nFerry crews on the harbour line ended their strike on 4 March 2019 after talks.\n\nServices will return to the normal timetable on Wednesday, the operator said.';
const PAGE = `<!doctype html><html><head><title>Ferry strike ends</title></head><body><article><h1>Ferry strike ends</h1><p>${'Ferry crews on the harbour line ended their strike after long talks with the operator, the union said on Monday. '.repeat(4)}</p><p>${'Services will return to the normal timetable on Wednesday, the operator said in a statement. '.repeat(4)}</p></article></body></html>`;

describe('importDraft', () => {
  it('parses text and counts its words and findings in one call', () => {
    const draft = importDraft({ text: TEXT }, { id: 'a' }, []);
    expect(draft.kind).toBe('done');
    if (draft.kind !== 'done' || !draft.result.ok) throw new Error('not imported');
    expect(draft.result.report.title).toBe('Harbour ferry crews end strike');
    expect(draft.words).toBe(countWords(draft.result.report.paragraphs));
    expect(draft.words).toBe(15 + 12);
  });

  it('decodes bytes and finds an identical report among the others', () => {
    const first = importDraft({ text: TEXT }, { id: 'a' }, []);
    if (first.kind !== 'done' || !first.result.ok) throw new Error('not imported');
    const second = importDraft({ bytes: new TextEncoder().encode(TEXT) }, { id: 'b', name: 'copy.txt' }, [first.result.report]);
    expect(second.kind === 'done' && second.findings.map((f) => f.code)).toContain('identical');
  });

  it('hands HTML back when it has no DOM parser, and imports it with one', () => {
    expect(importDraft({ text: PAGE }, { id: 'h', name: 'page.html' }, [])).toEqual({ kind: 'needs-dom' });
    const draft = importDraft({ text: PAGE }, { id: 'h', name: 'page.html' }, [], parseHtml);
    expect(draft.kind === 'done' && draft.result.ok && draft.result.report.title).toBe('Ferry strike ends');
  });

  it('passes failures through with no findings', () => {
    expect(importDraft({ text: '  ' }, { id: 'w' }, [])).toMatchObject({ kind: 'done', result: { ok: false, code: 'whitespace' }, findings: [] });
  });
});

describe('countWords', () => {
  it('counts whitespace-separated words across paragraphs', () => {
    expect(countWords(['One two  three', '', '\tfour\nfive '])).toBe(5);
  });
});
