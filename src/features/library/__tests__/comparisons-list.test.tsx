// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComparisonsList } from '../comparisons-list.tsx';
import type { SavedComparison } from '../storage.ts';

afterEach(cleanup);

const QUAKE: SavedComparison = { id: 'c1', name: 'Quake story', reportIds: ['a', 'b'], shownIds: ['a', 'b'], savedAt: '2026-12-01T10:00:00.000Z' };

function setup(
  props: { saved?: SavedComparison[]; titles?: Record<string, string>; currentIds?: string[]; openId?: string | null; builtInIds?: string[] } = {},
) {
  const handlers = { onOpen: vi.fn(), onSave: vi.fn(), onRename: vi.fn(), onDelete: vi.fn() };
  const element = (titles: Record<string, string>) => (
    <ComparisonsList
      builtIn={{ name: 'Bundled example', reportIds: props.builtInIds ?? ['a', 'b'], shownIds: props.builtInIds ?? ['a', 'b'] }}
      saved={props.saved ?? [QUAKE]}
      titleOf={(id) => titles[id]}
      currentIds={props.currentIds ?? ['a', 'b']}
      openId={props.openId}
      {...handlers}
    />
  );
  const { rerender } = render(element(props.titles ?? { a: 'Quake hits coast', b: 'Tremor felt inland' }));
  return { ...handlers, retitle: (titles: Record<string, string>) => rerender(element(titles)) };
}

/** The list's row for the comparison called `name`. */
const row = (name: string) => screen.getAllByRole('listitem').find((item) => item.querySelector('p')?.firstChild?.textContent === name)!;

describe('ComparisonsList', () => {
  it('says what a save did', () => {
    const { onSave } = setup({ currentIds: ['a', 'c'], titles: { a: 'Quake hits coast', b: 'Tremor felt inland', c: 'Aftershock' } });
    fireEvent.change(screen.getByLabelText(/Save the current comparison as/), { target: { value: 'Quake, day two' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith('Quake, day two');
    expect(screen.getByRole('status')).toHaveTextContent('Saved the open reports as the comparison “Quake, day two”.');
  });

  it('refuses to save under a name another comparison goes by, however it is cased, and says so beside the field', () => {
    const { onSave } = setup({ currentIds: ['a', 'c'], titles: { a: 'Quake hits coast', b: 'Tremor felt inland', c: 'Aftershock' } });
    const field = screen.getByLabelText(/Save the current comparison as/);
    fireEvent.change(field, { target: { value: ' quake STORY ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Another comparison is called “quake STORY”: choose another name.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Another comparison is called/);
    fireEvent.change(field, { target: { value: 'Bundled example' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('“Bundled example”');
    fireEvent.change(field, { target: { value: 'Quake story, day two' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith('Quake story, day two');
  });

  it('keeps keyboard focus in the list when a deletion is kept or confirmed, and says what was deleted', () => {
    const { onDelete } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete comparison Quake story' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep' }));
    expect(screen.getByRole('button', { name: 'Delete comparison Quake story' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Delete comparison Quake story' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledWith('c1');
    expect(screen.getByRole('heading', { name: 'Comparisons' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted the comparison “Quake story”. Its reports stay in the library.');
  });
});

describe('ComparisonsList: renaming', () => {
  it('renames a saved comparison inline: the field starts with its name, Enter saves, focus goes back to Rename and the status line says so', () => {
    const { onRename } = setup();
    expect(screen.queryByRole('button', { name: 'Rename comparison Bundled example' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Rename comparison Quake story' }));
    const form = screen.getByRole('form', { name: 'Rename Quake story' });
    const field = within(form).getByLabelText('Name');
    expect(field).toHaveValue('Quake story');
    expect(field).toHaveFocus();
    fireEvent.change(field, { target: { value: '  Quake, first reports ' } });
    // Enter in a text field submits its form.
    fireEvent.submit(form);
    expect(onRename).toHaveBeenCalledWith('c1', 'Quake, first reports');
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('button', { name: 'Rename comparison Quake story' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Renamed “Quake story” to “Quake, first reports”.');
  });

  it('refuses a name another comparison goes by, and takes the same name cased anew', () => {
    const other: SavedComparison = { ...QUAKE, id: 'c2', name: 'Aftershocks', reportIds: ['a'] };
    const { onRename } = setup({ saved: [QUAKE, other] });
    fireEvent.click(screen.getByRole('button', { name: 'Rename comparison Quake story' }));
    const form = screen.getByRole('form', { name: 'Rename Quake story' });
    const field = within(form).getByLabelText('Name');
    fireEvent.change(field, { target: { value: 'aftershocks' } });
    fireEvent.submit(form);
    expect(onRename).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Another comparison is called “aftershocks”: choose another name, or Cancel to keep “Quake story”.');
    expect(field).toHaveFocus();
    fireEvent.change(field, { target: { value: 'Quake Story' } });
    fireEvent.submit(form);
    expect(onRename).toHaveBeenCalledWith('c1', 'Quake Story');
  });

  it('refuses an empty name with a message beside the field, and Escape cancels, focus back on Rename', () => {
    const { onRename } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Rename comparison Quake story' }));
    const field = screen.getByLabelText('Name');
    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.click(within(screen.getByRole('form', { name: 'Rename Quake story' })).getByRole('button', { name: 'Save' }));
    expect(onRename).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('A comparison needs a name: type one, or Cancel to keep “Quake story”.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/A comparison needs a name/);
    expect(field).toHaveFocus();

    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => {
      field.dispatchEvent(escape);
    });
    // Handled here: the library dialog around the list would close on it too.
    expect(escape.defaultPrevented).toBe(true);
    expect(screen.queryByRole('form')).toBeNull();
    expect(onRename).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Rename comparison Quake story' })).toHaveFocus();

    fireEvent.click(screen.getByRole('button', { name: 'Rename comparison Quake story' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Rename comparison Quake story' })).toHaveFocus();
  });
});

describe('ComparisonsList: names', () => {
  it('names a comparison the user never named after its first report as it is called now, and keeps a name the user gave', () => {
    const unnamed: SavedComparison = { id: 'c2', reportIds: ['c', 'd'], shownIds: ['c', 'd'], savedAt: '2026-12-02T10:00:00.000Z' };
    const { retitle } = setup({ saved: [QUAKE, unnamed], titles: { a: 'Quake hits coast', b: 'Tremor felt inland', c: '8_4ecb', d: '8_5ecb' } });
    expect(screen.getByRole('button', { name: 'Open comparison 8_4ecb' })).toBeInTheDocument();
    // The first report gets its headline in the library (Edit → Title): the comparison follows.
    retitle({ a: 'Quake hits coast (updated)', b: 'Tremor felt inland', c: 'Klitschko stops Rahman in seven', d: '8_5ecb' });
    expect(screen.getByRole('button', { name: 'Open comparison Klitschko stops Rahman in seven' })).toBeInTheDocument();
    expect(screen.queryByText('8_4ecb')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open comparison Quake story' })).toBeInTheDocument();
  });

  it('saves no name when Rename is saved unchanged, so a derived name keeps following its report', () => {
    const unnamed: SavedComparison = { id: 'c2', reportIds: ['a', 'b'], shownIds: ['a', 'b'], savedAt: '2026-12-02T10:00:00.000Z' };
    const { onRename } = setup({ saved: [unnamed] });
    fireEvent.click(screen.getByRole('button', { name: 'Rename comparison Quake hits coast' }));
    expect(screen.getByLabelText('Name')).toHaveValue('Quake hits coast');
    fireEvent.click(within(screen.getByRole('form', { name: 'Rename Quake hits coast' })).getByRole('button', { name: 'Save' }));
    expect(onRename).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('“Quake hits coast” keeps its name.');
  });
});

describe('ComparisonsList: which comparison is open', () => {
  it('marks only the comparison the reader shows as open, and says a save under a new name made a copy', () => {
    const copy: SavedComparison = { ...QUAKE, id: 'c2', name: 'Quake, day two', savedAt: '2026-12-02T10:00:00.000Z' };
    setup({ saved: [QUAKE], openId: 'c1' });
    expect(screen.getAllByText('(open now)')).toHaveLength(1);
    expect(row('Quake story')).toHaveTextContent('(open now)');
    fireEvent.change(screen.getByLabelText(/Save the current comparison as/), { target: { value: 'Quake, day two' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('status')).toHaveTextContent('Saved a copy of “Quake story” under the name “Quake, day two”: the copy is the one open now.');
    cleanup();

    // The copy is the open one now (the dialog says so through `openId`): the original is not marked.
    setup({ saved: [QUAKE, copy], openId: 'c2' });
    expect(screen.getAllByText('(open now)')).toHaveLength(1);
    expect(row('Quake, day two')).toHaveTextContent('(open now)');
    expect(row('Quake story')).not.toHaveTextContent('(open now)');
    expect(row('Bundled example')).not.toHaveTextContent('(open now)');
  });
});

describe('ComparisonsList: a deleted report', () => {
  it('drops out of the comparisons that listed it; the open one stays open, and one left with a single report says it needs another', () => {
    const three: SavedComparison = { id: 'c3', name: 'Boxing', reportIds: ['p', 'q', 'r'], shownIds: ['p', 'q'], savedAt: '2026-12-03T10:00:00.000Z' };
    const pair: SavedComparison = { id: 'c4', name: 'Boxing pair', reportIds: ['q', 'r'], shownIds: ['q', 'r'], savedAt: '2026-12-04T10:00:00.000Z' };
    // Report q was deleted: the library no longer names it, and the reader dropped it from what it shows.
    const { onOpen } = setup({
      saved: [three, pair],
      titles: { a: 'Quake hits coast', b: 'Tremor felt inland', p: 'Klitschko stops Rahman in seven', r: '7_7ecb' },
      currentIds: ['p', 'r'],
      openId: 'c3',
    });
    expect(row('Boxing')).toHaveTextContent('Klitschko stops Rahman in seven · 7_7ecb');
    expect(row('Boxing')).not.toHaveTextContent('deleted report');
    expect(row('Boxing')).toHaveTextContent('(open now)');
    expect(row('Boxing')).not.toHaveTextContent('Needs another report');
    expect(row('Boxing pair')).toHaveTextContent('Needs another report to compare.');
    fireEvent.click(screen.getByRole('button', { name: 'Open comparison Boxing' }));
    expect(onOpen).toHaveBeenCalledWith('c3', ['p', 'r'], ['p', 'q']);
  });
});
