import { useEffect } from 'react';
import { TEXT_SIZES, type Settings } from './settings.ts';

/** Settings that CSS reads from the root element, so changing one re-renders no sentence. */
export function useDocumentSettings({ textSize, markUnique }: Pick<Settings, 'textSize' | 'markUnique'>): void {
  useEffect(() => {
    document.documentElement.style.setProperty('--reader-font-size', TEXT_SIZES[textSize] ?? TEXT_SIZES[1]);
  }, [textSize]);
  useEffect(() => {
    // Read by index.css: the dotted underline on what only one report says.
    document.documentElement.dataset.uniqueMarks = markUnique ? 'on' : 'off';
  }, [markUnique]);
}
