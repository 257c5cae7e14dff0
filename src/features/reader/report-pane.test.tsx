// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Fact } from '../../analysis/align/types.ts';
import type { Report } from '../../analysis/report/types.ts';
import type { Sentence } from '../../analysis/text/types.ts';
import { lightFacts } from './lit-facts.ts';
import { reportNamer } from './describe-report.ts';
import { ReportPane } from './report-pane.tsx';
import { buildSentenceMarks, markKey } from './sentence-marks.ts';
import { event } from '../../analysis/timeline/testing/events.ts';
import { summarizeFacts } from '../../analysis/overview/summarize-facts.ts';

const compound =
  'Some 220 firefighters were sent to the warehouse in Lyon on Tuesday night, and it took them nearly nine hours to bring the fire under control.';
const plain = 'No one was injured, the prefecture said.';
const paragraph = `${compound} ${plain}`;
const report: Report = {
  id: 'a',
  title: 'Warehouse fire',
  source: null,
  published: '2025-03-12',
  publishedFrom: 'stated',
  paragraphs: [paragraph],
  removed: [],
};
const sentences: Sentence[] = [
  { id: 's1', text: compound, paragraph: 0, start: 0, end: compound.length },
  { id: 's2', text: plain, paragraph: 0, start: compound.length + 1, end: paragraph.length },
];
const claim = (text: string, part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length];
const NINE_HOURS = 'and it took them nearly nine hours to bring the fire under control';
const SENT = 'Some 220 firefighters were sent to the warehouse in Lyon on Tuesday night';

const fact = (id: string, span?: [number, number], kind: Fact['kind'] = 'shared'): Fact => ({
  id,
  kind,
  mentions: [
    { report: 'a', sentence: 's1', ...(span ? { span } : {}) },
    { report: 'b', sentence: 's1' },
  ],
  score: 0.9,
  reasons: [],
  differences: kind === 'conflict' ? ['number: 220 vs 200'] : [],
});

function renderPane(facts: Fact[], props: Partial<ComponentProps<typeof ReportPane>> = {}) {
  const all: ComponentProps<typeof ReportPane> = {
    report,
    letter: 'A',
    sentences,
    marks: buildSentenceMarks(facts, []),
    describeReport: (id) => `report ${id.toUpperCase()}`,
    letterOf: (id) => id.toUpperCase(),
    differences: new Map(),
    textHighlight: null,
    onHoverFacts: vi.fn(),
    onActivateSentence: vi.fn(),
    onShowEvent: vi.fn(),
    onShowRelated: vi.fn(),
    paneIndex: 0,
    registerPane: vi.fn(),
    onPaneScroll: vi.fn(),
    ...props,
  };
  return render(<ReportPane {...all} />);
}

/** The sentence as read: without fact numbers, the screen-reader note and buttons. */
function readText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('sup, .sr-only, button').forEach((n) => n.remove());
  return clone.textContent!.trimEnd();
}

const sentence = (container: HTMLElement, id = 's1') => container.querySelector(`[data-sentence="${id}"]`)!;

afterEach(cleanup);

describe('ReportPane: the claim of a compound sentence', () => {
  it('wraps only the claim in a [data-claim] element, the sentence text unchanged', () => {
    const { container } = renderPane([fact('f1', claim(compound, NINE_HOURS))]);
    const claims = container.querySelectorAll('[data-claim]');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toHaveAttribute('data-claim', 'f1');
    expect(claims[0]!.textContent).toBe(NINE_HOURS);
    expect(readText(sentence(container))).toBe(compound);
    expect(readText(sentence(container, 's2'))).toBe(plain);
    // Not colour alone: a solid underline.
    expect(claims[0]!.className).toMatch(/\bunderline\b/);
    expect(claims[0]!.className).toMatch(/\bdecoration-solid\b/);
  });

  it('draws no claim when the whole sentence is the fact', () => {
    const { container } = renderPane([fact('f1')]);
    expect(container.querySelector('[data-claim]')).toBeNull();
    expect(sentence(container).querySelector('.sr-only')!.textContent).not.toMatch(/Matching part/);
  });

  it('tells screen readers which part matches, shortened', () => {
    const { container } = renderPane([fact('f3', claim(compound, NINE_HOURS))]);
    expect(sentence(container).querySelector('.sr-only')!.textContent).toBe(
      '(Shared fact 1, also in report B. Matching part: “and it took them nearly nine hours to bring the fire under…”. Press Enter to jump there.)',
    );
  });

  it('marks the claim and its sentence as lit when the fact is lit, and unmarks them after', () => {
    const { container } = renderPane([fact('f1', claim(compound, NINE_HOURS)), fact('f2')]);
    const claimElement = container.querySelector('[data-claim="f1"]')!;
    expect(claimElement).not.toHaveAttribute('data-lit');
    // Styled by index.css from these attributes: shared and conflict claims light differently.
    expect(claimElement).toHaveAttribute('data-claim-kind', 'shared');

    lightFacts(container, ['f1']);
    expect(claimElement).toHaveAttribute('data-lit', 'true');
    expect(sentence(container)).toHaveAttribute('data-lit', 'true');
    expect(sentence(container, 's2')).not.toHaveAttribute('data-lit');

    // f2 is stated by the whole sentence: the sentence stays lit, the f1 claim goes out.
    lightFacts(container, ['f2', null]);
    expect(claimElement).not.toHaveAttribute('data-lit');
    expect(sentence(container)).toHaveAttribute('data-lit', 'true');
    lightFacts(container, []);
    expect(container.querySelector('[data-lit]')).toBeNull();
  });

  it('lights a fact hovered while another is active as a preview, and the active one in full', () => {
    const { container } = renderPane([fact('f1', claim(compound, NINE_HOURS)), fact('f2')]);
    lightFacts(container, ['f1'], 'f2');
    expect(container.querySelector('[data-claim="f1"]')).toHaveAttribute('data-lit', 'preview');
    // The sentence states the active fact too: it is lit in full.
    expect(sentence(container)).toHaveAttribute('data-lit', 'true');
    lightFacts(container, ['f1'], null);
    expect(container.querySelector('[data-claim="f1"]')).toHaveAttribute('data-lit', 'true');
  });

  it('composes with the time highlight when the two overlap, text unchanged', () => {
    const start = compound.indexOf('Tuesday');
    const end = compound.indexOf(' them');
    const { container } = renderPane([fact('f1', claim(compound, NINE_HOURS))], { textHighlight: { report: 'a', sentence: 's1', start, end } });
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.join('')).toBe(compound.slice(start, end));
    expect(marks).toEqual(['Tuesday night, ', 'and it took']);
    const claimElement = container.querySelector('[data-claim="f1"]')!;
    expect(claimElement.textContent).toBe(NINE_HOURS);
    expect(claimElement.querySelector('mark')!.textContent).toBe('and it took');
    expect(readText(sentence(container))).toBe(compound);
  });

  it('draws two claims for a sentence stating two facts with two spans', () => {
    const { container } = renderPane([fact('f1', claim(compound, SENT), 'conflict'), fact('f2', claim(compound, NINE_HOURS))]);
    lightFacts(container, ['f2']);
    const claims = [...container.querySelectorAll('[data-claim]')];
    expect(claims.map((c) => [c.getAttribute('data-claim'), c.textContent, c.hasAttribute('data-lit')])).toEqual([
      ['f1', SENT, false],
      ['f2', NINE_HOURS, true],
    ]);
    expect(sentence(container)).toHaveAttribute('data-facts', 'f1 f2');
    expect(readText(sentence(container))).toBe(compound);
    const note = sentence(container).querySelector('.sr-only')!.textContent!;
    // Conflicts are numbered apart from shared facts: the conflict is C1, the shared fact 1.
    expect(note).toMatch(/Conflict C1: number: 220 vs 200; compare report B\. Matching part: “Some 220 firefighters/);
    expect(note).toMatch(/Shared fact 1, also in report B\. Matching part: “and it took/);
    expect([...sentence(container).querySelectorAll('sup')].map((s) => s.textContent)).toEqual(['≠C1', '1']);
  });

  it('keeps imported text as text, never markup', () => {
    const html = 'A <b>bold</b> claim & more, and <img src=x onerror=alert(1)> was said to be true.';
    const hostile: Report = { ...report, paragraphs: [html] };
    const { container } = renderPane([fact('f1', claim(html, 'and <img src=x onerror=alert(1)> was said to be true'))], {
      report: hostile,
      sentences: [{ id: 's1', text: html, paragraph: 0, start: 0, end: html.length }],
    });
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('[data-claim]')!.textContent).toBe('and <img src=x onerror=alert(1)> was said to be true');
    expect(readText(sentence(container))).toBe(html);
  });
});

describe('ReportPane: the reports a fact is also in', () => {
  it('says which partner report is shown and which is not', () => {
    const other = (id: string): Report => ({ ...report, id, source: null });
    const three: Fact = {
      ...fact('f1', undefined, 'conflict'),
      mentions: [
        { report: 'a', sentence: 's1' },
        { report: 'b', sentence: 's1' },
        { report: 'c', sentence: 's1' },
      ],
    };
    const compared = [report, other('b'), other('c')];
    const { container } = renderPane([three], { describeReport: reportNamer(compared, compared.slice(0, 2)) });
    expect(sentence(container).querySelector('.sr-only')).toHaveTextContent(/compare report B \(shown\), report C \(not shown\)\./);
  });

  it('says which value each other report holds in a conflict, a report no pane shows too', () => {
    const other = (id: string): Report => ({ ...report, id, source: id === 'c' ? 'Coastal Tribune' : null });
    const four: Fact = {
      ...fact('f1', undefined, 'conflict'),
      mentions: ['a', 'b', 'c', 'd'].map((id) => ({ report: id, sentence: 's1', ...(id === 'd' && { undisputed: true as const }) })),
    };
    // A and C give 220, B gives 200, D's wording holds neither; the facts list (the worker's) says so.
    const texts = { a: compound, b: 'Some 200 firefighters fought the fire.', c: '220 firefighters were there.', d: 'Firefighters came.' };
    const segmented = Object.entries(texts).map(([id, text]) => ({
      id,
      published: null,
      sentences: [{ id: 's1', text, paragraph: 0, start: 0, end: text.length }],
    }));
    const { conflicts } = summarizeFacts({ reports: segmented, facts: [four] });
    const compared = [report, other('b'), other('c'), other('d')];
    const { container } = renderPane([four], {
      marks: buildSentenceMarks([four], [], new Set(['a', 'b']), [], conflicts),
      describeReport: reportNamer(compared, compared.slice(0, 2)),
    });
    expect(sentence(container).querySelector('.sr-only')!.textContent).toBe(
      '(Conflict C1: number: 220 in report A, 200 in report B, 220 in report C, neither side in report D; compare report B (shown), report C (Coastal Tribune, not shown), report D (not shown). Press Enter to jump there.)',
    );
    expect(sentence(container)).toHaveAttribute('title', expect.stringContaining('220 in report C'));
    // Sides that cannot be told apart: the difference as written.
    cleanup();
    const unknown = renderPane([four], {
      marks: buildSentenceMarks([four], [], new Set(['a', 'b']), [], [{ fact: four }]),
      describeReport: reportNamer(compared, compared.slice(0, 2)),
    });
    expect(sentence(unknown.container).querySelector('.sr-only')).toHaveTextContent(/Conflict C1: number: 220 vs 200; compare report B \(shown\)/);
  });
});

describe('ReportPane: a fact whose partners are all in reports not shown', () => {
  const compared = ['a', 'b', 'c'].map((id): Report => ({ ...report, id, source: null }));
  const withC = (id: string, kind: Fact['kind'] = 'shared'): Fact => ({
    ...fact(id, undefined, kind),
    mentions: [fact(id).mentions[0]!, { report: 'c', sentence: 's9' }],
  });
  /** Report A beside report B; report C compared but in no pane. */
  const renderAB = (facts: Fact[]) =>
    renderPane(facts, { marks: buildSentenceMarks(facts, [], new Set(['a', 'b'])), describeReport: reportNamer(compared, compared.slice(0, 2)) });

  it('is its own kind, says where its partner is in the marker and to screen readers', () => {
    const { container } = renderAB([withC('f1')]);
    expect(sentence(container)).toHaveAttribute('data-kind', 'elsewhere');
    // Not colour alone: a dashed underline and the report's letter in the marker.
    expect(sentence(container).className).toMatch(/\bdecoration-dashed\b/);
    expect(sentence(container).querySelector('sup')).toHaveTextContent('1·C');
    expect(sentence(container).querySelector('.sr-only')!.textContent).toBe(
      '(Shared fact 1, shared with a report not shown: report C (not shown). Press Enter to show it in the other pane.)',
    );
  });

  it('leaves a sentence with a partner on screen as it is, and marks only its other fact', () => {
    const { container } = renderAB([fact('f1'), withC('f2', 'conflict')]);
    expect(sentence(container)).toHaveAttribute('data-kind', 'shared');
    expect([...sentence(container).querySelectorAll('sup')].map((s) => s.textContent)).toEqual(['1', '≠C1·C']);
    expect(sentence(container).querySelector('.sr-only')).toHaveTextContent(
      /Conflict C1, shared with a report not shown: number: 220 vs 200; compare report C/,
    );
  });

  it('is not marked when every report is shown', () => {
    const { container } = renderPane([withC('f1')]);
    expect(sentence(container)).toHaveAttribute('data-kind', 'shared');
    expect(sentence(container).querySelector('sup')).toHaveTextContent(/^1$/);
  });
});

describe('ReportPane: words that differ from the partner wording', () => {
  const at = (part: string, strong: boolean) => ({ start: compound.indexOf(part), end: compound.indexOf(part) + part.length, strong });
  const differences = new Map([[markKey('a', 's1'), [at('220', true), at('Lyon', true), at('warehouse', false), at('nearly', false)]]]);

  it('marks each differing word with data-diff, strong ones bold in a dotted box, text unchanged', () => {
    const { container } = renderPane([fact('f1', claim(compound, NINE_HOURS), 'conflict')], { differences });
    const marked = [...container.querySelectorAll('[data-diff]')].map((d) => [d.textContent, d.getAttribute('data-diff')]);
    expect(marked).toEqual([
      ['220', 'strong'],
      ['warehouse', 'weak'],
      ['Lyon', 'strong'],
      ['nearly', 'weak'],
    ]);
    const strong = container.querySelector('[data-diff="strong"]')!;
    // Not colour alone: weight and a dotted outline; weak ones a thin dashed outline, not bold.
    expect(strong.className).toMatch(/\bfont-bold\b/);
    expect(strong.className).toMatch(/\boutline-dotted\b/);
    expect(container.querySelector('[data-diff="weak"]')!.className).toMatch(/\boutline-dashed\b/);
    expect(container.querySelector('[data-diff="weak"]')!.className).not.toMatch(/\bfont-bold\b/);
    // "nearly" lies inside the claim, the others before it.
    expect(container.querySelector('[data-claim="f1"] [data-diff]')!.textContent).toBe('nearly');
    expect(readText(sentence(container))).toBe(compound);
  });

  it('names the strong differences to screen readers, briefly', () => {
    const { container } = renderPane([fact('f1', undefined, 'conflict')], { differences });
    expect(sentence(container).querySelector('.sr-only')!.textContent).toBe(
      '(Conflict C1: number: 220 vs 200; compare report B. Differs here: 220, Lyon. Press Enter to jump there.)',
    );
  });

  it('composes with the time highlight over the same words', () => {
    const start = compound.indexOf('Lyon');
    const end = compound.indexOf(' night') + ' night'.length;
    const { container } = renderPane([fact('f1')], { differences, textHighlight: { report: 'a', sentence: 's1', start, end } });
    const mark = container.querySelector('mark')!;
    expect(mark.textContent).toBe('Lyon');
    expect(mark.querySelector('[data-diff="strong"]')!.textContent).toBe('Lyon');
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent).join('')).toBe(compound.slice(start, end));
    expect(readText(sentence(container))).toBe(compound);
  });

  it('draws nothing without differences: the page stays quiet at rest', () => {
    const { container } = renderPane([fact('f1', undefined, 'conflict')]);
    expect(container.querySelector('[data-diff]')).toBeNull();
    expect(sentence(container).querySelector('.sr-only')!.textContent).not.toMatch(/Differs here/);
  });
});

describe('ReportPane: publication date', () => {
  it('shows a stated date as it is, with nothing to correct', () => {
    const view = renderPane([], { onSetPublished: vi.fn() });
    expect(view.getByTestId('report-date')).toHaveTextContent('12 Mar 2025');
    expect(view.queryByTestId('report-date-note')).toBeNull();
    expect(view.queryByRole('button', { name: /publication date/ })).toBeNull();
  });

  // User test X, U3: a wire's day came from its dateline and only its year was inferred.
  it('says only the year was inferred for a dateline day without one', () => {
    const view = renderPane([], { report: { ...report, publishedFrom: 'inferred', filed: { month: 3, day: 12 } }, onSetPublished: vi.fn() });
    expect(view.getByRole('banner')).toHaveTextContent('Published 12 Mar 2025 (year inferred)');
  });

  it('marks an inferred date and corrects it in place', async () => {
    const onSetPublished = vi.fn();
    const view = renderPane([], { report: { ...report, publishedFrom: 'inferred' }, onSetPublished });
    expect(view.getByRole('banner')).toHaveTextContent('Published 12 Mar 2025 (inferred from the text)');
    fireEvent.click(view.getByRole('button', { name: 'Correct the publication date of Warehouse fire' }));
    // The form's code loads when it is first opened.
    const field = await view.findByLabelText('Publication date of Warehouse fire');
    expect(field).toHaveValue('2025-03-12');
    expect(field).toHaveFocus();
    fireEvent.change(field, { target: { value: '2025-03-11' } });
    fireEvent.click(view.getByRole('button', { name: 'Set date' }));
    expect(onSetPublished).toHaveBeenCalledWith('a', '2025-03-11');
  });

  it('offers to set a missing date, and Escape cancels', async () => {
    const onSetPublished = vi.fn();
    const view = renderPane([], { report: { ...report, published: null, publishedFrom: null }, onSetPublished });
    expect(view.getByRole('banner')).toHaveTextContent('Publication date unknown');
    fireEvent.click(view.getByRole('button', { name: 'Set date: the publication date of Warehouse fire' }));
    fireEvent.keyDown(await view.findByLabelText('Publication date of Warehouse fire'), { key: 'Escape' });
    expect(view.queryByLabelText('Publication date of Warehouse fire')).toBeNull();
    expect(onSetPublished).not.toHaveBeenCalled();
  });
});

describe('ReportPane: the closest wording of a sentence no fact holds', () => {
  const related = [{ report: 'a', sentence: 's1', partner: { report: 'b', sentence: 's3' }, score: 0.4 }];

  it('offers a button that says in words it shows a similar wording in B, not linked, and shows it', () => {
    const onShowRelated = vi.fn();
    const view = renderPane([], { marks: buildSentenceMarks([], [], undefined, related), onShowRelated });
    const button = view.getByRole('button', { name: 'Similar in B: show the closest wording in report B, not linked as the same fact' });
    expect(button).toHaveTextContent('≈ similar in B');
    expect(button.closest('[data-sentence]')).toHaveAttribute('data-kind', 'unique');
    fireEvent.click(button);
    expect(onShowRelated).toHaveBeenCalledWith('a', 's1', { report: 'b', sentence: 's3' });
  });

  it('offers nothing without one', () => {
    const view = renderPane([]);
    expect(view.queryByRole('button', { name: /closest wording/ })).toBeNull();
  });
});

describe('ReportPane: event buttons', () => {
  const inS1 = (id: string, date: string, text: string) => ({
    ...event(id, date, 'Fire', ['a']),
    mentions: [{ report: 'a', sentence: 's1', text, start: 0, end: text.length }],
  });

  it('names each of two events in one sentence by its date, visibly too, and opens the one chosen', () => {
    const onShowEvent = vi.fn();
    const marks = buildSentenceMarks([], [inS1('e1', '2025-03-11', 'Tuesday night'), inS1('e2', '2025-03', 'in March')]);
    const view = renderPane([], { marks, onShowEvent });
    const day = view.getByRole('button', { name: 'Show 11 Mar 2025 in the timeline' });
    const month = view.getByRole('button', { name: 'Show in March in the timeline' });
    expect(day).toHaveTextContent('◷11 Mar 2025');
    expect(day).toHaveAttribute('title', 'Show 11 Mar 2025 in the timeline');
    expect(month).toHaveTextContent('◷in March');
    fireEvent.click(month);
    expect(onShowEvent).toHaveBeenCalledWith('e2', { report: 'a', sentence: 's1' });
  });

  it('keeps a sentence’s markers and ◷ buttons in one unbreakable run, so a button never starts a line alone', () => {
    const marks = buildSentenceMarks([fact('f1')], [inS1('e1', '2025-03-11', 'Tuesday night')]);
    const view = renderPane([fact('f1')], { marks });
    const button = view.getByRole('button', { name: 'Show 11 Mar 2025 in the timeline' });
    const run = button.parentElement!;
    expect(run).toHaveClass('whitespace-nowrap');
    expect(run.querySelector('sup')).toHaveTextContent('1');
    // Only this report's sentence: its ◷ buttons are one run as well.
    const alone = renderPane([], { marks: buildSentenceMarks([], [inS1('e2', '2025-03-11', 'Tuesday night')]) });
    expect(alone.getAllByRole('button', { name: 'Show 11 Mar 2025 in the timeline' }).at(-1)!.parentElement).toHaveClass('whitespace-nowrap');
  });

  it('keeps the one event of a sentence a bare ◷, named by its date', () => {
    const view = renderPane([], { marks: buildSentenceMarks([], [inS1('e1', '2025-03-11', 'Tuesday night')]) });
    expect(view.getByRole('button', { name: 'Show 11 Mar 2025 in the timeline' })).toHaveTextContent(/^◷$/);
  });
});
