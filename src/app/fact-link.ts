import { factLabels } from '../analysis/align/format.ts';
import type { Fact } from '../analysis/align/types.ts';

/**
 * The fact a `?fact=` link names: its id ("f3"), as links have always been written, or the label the
 * reader shows on it ("C1", "≠C1", "2"), in any case, so a link typed from what is on screen works.
 * User test W: `?fact=c1` was ignored, since only the conflict's id `f3` was read. Ids ("f…") and
 * labels (digits, "C…") never look alike, so neither can shadow the other.
 */
export function factIdForLink(facts: Pick<Fact, 'id' | 'kind'>[], value: string): string | null {
  const label = value.trim().replace(/^≠/, '').toUpperCase();
  for (const [id, shown] of factLabels(facts)) if (id === value || shown === label) return id;
  return null;
}
