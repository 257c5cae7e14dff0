import { TEXT_SIZES, updateSettings, useSettings, type Theme } from './settings.ts';
import { applyTheme } from './theme.ts';

/** Reading comfort controls: theme, text size, synced scrolling (all persisted), and the keys list. */
export function Toolbar({ onShowKeys }: { onShowKeys: () => void }) {
  const settings = useSettings();
  const setTheme = (theme: Theme) => {
    updateSettings({ theme });
    applyTheme(theme);
  };
  const button = 'rounded border border-stone-400 px-2 py-1 font-semibold hover:bg-stone-200 disabled:opacity-40 dark:border-stone-500 dark:hover:bg-stone-800';
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 font-sans text-sm">
      <label className="flex items-center gap-1.5">
        Theme
        <select
          value={settings.theme}
          onChange={(e) => setTheme(e.target.value as Theme)}
          className="rounded border border-stone-400 bg-white px-1.5 py-1 dark:border-stone-500 dark:bg-stone-900"
        >
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <div role="group" aria-label="Text size" className="flex items-center gap-1">
        <span aria-hidden="true">Text</span>
        <button type="button" className={button} disabled={settings.textSize === 0} onClick={() => updateSettings({ textSize: settings.textSize - 1 })}>
          {/* The name starts with what the button shows (WCAG 2.5.3, label in name), for speech input. */}
          A−<span className="sr-only"> Smaller text</span>
        </button>
        <output aria-live="polite" className="w-10 text-center tabular-nums" data-testid="text-size">
          {Math.round((parseFloat(TEXT_SIZES[settings.textSize]!) / parseFloat(TEXT_SIZES[1])) * 100)}%
        </output>
        <button
          type="button"
          className={button}
          disabled={settings.textSize === TEXT_SIZES.length - 1}
          onClick={() => updateSettings({ textSize: settings.textSize + 1 })}
        >
          A+<span className="sr-only"> Larger text</span>
        </button>
      </div>
      <label className="hidden items-center gap-1.5 lg:flex">
        <input
          type="checkbox"
          checked={settings.syncScroll}
          onChange={(e) => updateSettings({ syncScroll: e.target.checked })}
          className="size-4 accent-amber-700"
        />
        Sync scrolling
      </label>
      <label className="flex items-center gap-1.5" title="The dotted underline on sentences only one report states">
        <input
          type="checkbox"
          checked={settings.markUnique}
          onChange={(e) => updateSettings({ markUnique: e.target.checked })}
          className="size-4 accent-amber-700"
        />
        Mark “only here”
      </label>
      <button type="button" className={`${button} hidden sm:inline-block`} onClick={onShowKeys} aria-keyshortcuts="Shift+?" title="Keyboard shortcuts (?)">
        Keys
      </button>
    </div>
  );
}
