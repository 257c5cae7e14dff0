// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComparisonsList } from '../comparisons-list.tsx';

afterEach(cleanup);

function setup() {
  const handlers = { onOpen: vi.fn(), onSave: vi.fn(), onDelete: vi.fn() };
  const titles: Record<string, string> = { a: 'Quake hits coast', b: 'Tremor felt inland' };
  render(
    <ComparisonsList
      builtIn={{ name: 'Bundled example', reportIds: ['a', 'b'], shownIds: ['a', 'b'] }}
      saved={[{ id: 'c1', name: 'Quake story', reportIds: ['a', 'b'], shownIds: ['a', 'b'], savedAt: '2026-12-01T10:00:00.000Z' }]}
      titleOf={(id) => titles[id]}
      currentIds={['a', 'b']}
      {...handlers}
    />,
  );
  return handlers;
}

describe('ComparisonsList', () => {
  it('says what a save did', () => {
    const { onSave } = setup();
    fireEvent.change(screen.getByLabelText(/Save the current comparison as/), { target: { value: 'Quake, day two' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith('Quake, day two');
    expect(screen.getByRole('status')).toHaveTextContent('Saved the open reports as the comparison “Quake, day two”.');
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
