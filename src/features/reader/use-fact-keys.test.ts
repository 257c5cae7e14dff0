// @vitest-environment jsdom
import { cleanup, fireEvent, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFactKeys } from './use-fact-keys.ts';

afterEach(cleanup);

describe('useFactKeys', () => {
  const setup = (activeFactId: string | null) => {
    const calls = { show: vi.fn(), note: vi.fn(), clear: vi.fn() };
    renderHook(() => useFactKeys([], 2, activeFactId, calls.show, calls.note, calls.clear));
    return calls;
  };

  it('lets go of the chosen fact on Escape', () => {
    const { clear } = setup('f1');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(clear).toHaveBeenCalledTimes(1);
  });

  it('leaves Escape alone in a text field, or under an open dialog', () => {
    const { clear } = setup('f1');
    const field = document.body.appendChild(document.createElement('input'));
    fireEvent.keyDown(field, { key: 'Escape' });
    field.remove();
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    fireEvent.keyDown(window, { key: 'Escape' });
    dialog.remove();
    expect(clear).not.toHaveBeenCalled();
  });
});
