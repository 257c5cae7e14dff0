// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../analysis/report/types.ts';
import { LibraryPanel, type LibraryPanelProps } from '../library-panel.tsx';

afterEach(cleanup);

const report = (id: string, title: string, extra: Partial<Report> = {}): Report => ({
  id,
  title,
  source: null,
  published: null,
  publishedFrom: null,
  paragraphs: ['Body.'],
  removed: [],
  ...extra,
});
const REPORTS = [
  report('cd', 'Cameron seeks Iran’s help', { source: 'China Daily', published: '2014-09-24', publishedFrom: 'stated' }),
  report('afp', 'British premier and Iranian president hold talks', { source: 'AFP' }),
  report('mine', 'My pasted report'),
];

function setup(props: Partial<LibraryPanelProps> = {}) {
  const handlers = { onToggle: vi.fn(), onDelete: vi.fn(), onEdit: vi.fn() };
  render(<LibraryPanel reports={REPORTS} selectedIds={['cd', 'afp']} bundledIds={['cd', 'afp']} {...handlers} {...props} />);
  return handlers;
}

describe('LibraryPanel', () => {
  it('lists reports with checkboxes showing what is compared', () => {
    setup();
    expect(screen.getByRole('checkbox', { name: 'Cameron seeks Iran’s help' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'My pasted report' })).not.toBeChecked();
    expect(screen.getByText('China Daily · 24 Sep 2014 · bundled')).toBeInTheDocument();
    expect(screen.getByText('no publication date')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 of 3 reports compared.');
  });

  it('shows the day of a yearless dateline, and where its year will come from, rather than no date', () => {
    setup({ reports: [report('wire', 'Bridge collapse kills seven', { source: 'Reuters', filed: { month: 9, day: 17 } })], selectedIds: [], bundledIds: [] });
    expect(screen.getByText('Reuters · 17 Sep (no year given: taken from the reports it is compared with)')).toBeInTheDocument();
  });

  it('toggles a report', () => {
    const { onToggle } = setup();
    fireEvent.click(screen.getByRole('checkbox', { name: 'My pasted report' }));
    expect(onToggle).toHaveBeenCalledWith('mine');
  });

  it('asks for a second report when fewer than two are chosen', () => {
    setup({ selectedIds: ['cd'] });
    expect(screen.getByRole('status')).toHaveTextContent('Choose at least 2 reports to compare (1 chosen).');
  });

  it('does not offer a ninth report', () => {
    const many = Array.from({ length: 9 }, (_, i) => report(`r${i}`, `Report ${i}`));
    setup({ reports: many, selectedIds: many.slice(0, 8).map((r) => r.id), bundledIds: [] });
    const ninth = screen.getByRole('checkbox', { name: 'Report 8' });
    expect(ninth).toBeDisabled();
    expect(ninth).toHaveAccessibleDescription(/the most that fit side by side is 8/);
    expect(screen.getByRole('checkbox', { name: 'Report 0' })).toBeEnabled();
  });

  it('does not let bundled reports be deleted', () => {
    setup();
    expect(screen.queryByRole('button', { name: 'Delete Cameron seeks Iran’s help' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete My pasted report' })).toBeInTheDocument();
  });

  it('asks before deleting, and can keep the report', () => {
    const { onDelete } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete My pasted report' }));
    const confirm = screen.getByRole('group', { name: 'Confirm deleting My pasted report' });
    expect(confirm).toHaveTextContent('Delete “My pasted report” from this device?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep' }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete My pasted report' }));
    fireEvent.click(within(screen.getByRole('group', { name: /Confirm deleting/ })).getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledWith('mine');
  });

  it('edits title, source and date inline', () => {
    const { onEdit } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit British premier and Iranian president hold talks' }));
    const form = screen.getByRole('form', { name: 'Edit British premier and Iranian president hold talks' });
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: '  Talks at the UN ' } });
    fireEvent.change(within(form).getByLabelText('Source'), { target: { value: '' } });
    fireEvent.change(within(form).getByLabelText('Publication date'), { target: { value: '2014-09-25' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(onEdit).toHaveBeenCalledWith({ ...REPORTS[1], title: 'Talks at the UN', source: null, published: '2014-09-25', publishedFrom: 'user' }, REPORTS[1]);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('marks an inferred date in the list and in the edit form', () => {
    setup({ reports: [report('guess', 'Ferry strike ends', { published: '2019-03-04', publishedFrom: 'inferred' })], selectedIds: [], bundledIds: [] });
    expect(screen.getByText('4 Mar 2019 (inferred from the text)')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Ferry strike ends' }));
    expect(screen.getByLabelText('Publication date')).toHaveAccessibleDescription(/^Inferred from the text: the latest day the report names/);
  });

  it("says an inferred date on a yearless dateline's day is the dateline's", () => {
    const wire = report('wire', 'Ferry operator fined', { published: '2024-02-06', publishedFrom: 'inferred', filed: { month: 2, day: 6 } });
    setup({ reports: [wire], selectedIds: [], bundledIds: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Ferry operator fined' }));
    expect(screen.getByLabelText('Publication date')).toHaveAccessibleDescription(
      /^Inferred from the text: the day is its dateline's \(6 Feb\), which gives no year/,
    );
  });

  it('keeps where an untouched date came from, and makes a changed one the user’s', () => {
    const inferred = report('guess', 'Ferry strike ends', { published: '2019-03-04', publishedFrom: 'inferred' });
    const { onEdit } = setup({ reports: [inferred], selectedIds: [], bundledIds: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Ferry strike ends' }));
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Ferry strike over' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onEdit).toHaveBeenLastCalledWith({ ...inferred, title: 'Ferry strike over' }, inferred);

    fireEvent.click(screen.getByRole('button', { name: 'Edit Ferry strike ends' }));
    fireEvent.change(screen.getByLabelText('Publication date'), { target: { value: '2019-03-05' } });
    expect(screen.getByLabelText('Publication date')).not.toHaveAccessibleDescription();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onEdit).toHaveBeenLastCalledWith({ ...inferred, published: '2019-03-05', publishedFrom: 'user' }, inferred);

    fireEvent.click(screen.getByRole('button', { name: 'Edit Ferry strike ends' }));
    fireEvent.change(screen.getByLabelText('Publication date'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onEdit).toHaveBeenLastCalledWith({ ...inferred, published: null, publishedFrom: null }, inferred);
  });

  it('saves an edit against the report as the form opened, while another tab changes it', () => {
    const handlers = { onToggle: vi.fn(), onDelete: vi.fn(), onEdit: vi.fn() };
    const mine = REPORTS[2]!;
    const { rerender } = render(<LibraryPanel reports={REPORTS} selectedIds={[]} bundledIds={[]} {...handlers} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit My pasted report' }));
    const renamedElsewhere = { ...mine, title: 'Renamed in another tab' };
    rerender(<LibraryPanel reports={[REPORTS[0]!, REPORTS[1]!, renamedElsewhere]} selectedIds={[]} bundledIds={[]} {...handlers} />);
    fireEvent.change(screen.getByLabelText('Source'), { target: { value: 'Wire' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // The title in the form is the one it opened with: unchanged against its base, so not an edit.
    expect(handlers.onEdit).toHaveBeenCalledWith({ ...mine, source: 'Wire' }, mine);
  });

  it('cancels an edit without calling back', () => {
    const { onEdit } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit My pasted report' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onEdit).not.toHaveBeenCalled();
    expect(screen.getByRole('checkbox', { name: 'My pasted report' })).toBeInTheDocument();
  });

  it('says when the library is empty', () => {
    setup({ reports: [], selectedIds: [] });
    expect(screen.getByText('No reports yet. Add one above.')).toBeInTheDocument();
  });
});
