// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUpdateState } from '../app-update.ts';
import { UpdatePrompt } from '../update-prompt.tsx';

afterEach(() => {
  cleanup();
  act(() => setUpdateState('current'));
});

describe('UpdatePrompt', () => {
  it('is silent while this tab runs the current version', () => {
    render(<UpdatePrompt onReload={() => {}} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('offers Reload when the service worker found a new version, and Not now hides it', async () => {
    const onReload = vi.fn();
    render(<UpdatePrompt onReload={onReload} />);
    act(() => setUpdateState('waiting'));
    await screen.findByRole('button', { name: 'Reload' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of Parallax is available. Reload to use it; your library and the reports you compare are kept.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('comes back, more urgent, when another tab has switched to the new version', async () => {
    render(<UpdatePrompt onReload={() => {}} />);
    act(() => setUpdateState('waiting'));
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    act(() => setUpdateState('taken-elsewhere'));
    await screen.findByRole('button', { name: 'Reload' });
    expect(screen.getByRole('status')).toHaveTextContent('Another tab already uses it.');
    // A later "waiting" does not make an outdated tab look merely behind.
    act(() => setUpdateState('waiting'));
    expect(screen.getByRole('status')).toHaveTextContent('Another tab already uses it.');
  });
});
