/** One rendered sentence on the change map: its top and bottom as shares of the report's height. */
export interface MapTick {
  start: number;
  end: number;
  /** `elsewhere`: shared facts whose partners are all in reports no pane shows (pane-partners.ts). */
  kind: 'shared' | 'conflict' | 'unique' | 'elsewhere';
  /** Sentences the tick stands for, when more than one (a run of a plain block). */
  sentences?: number;
}

/** Neighbouring sentences of one kind, drawn as one mark. */
export interface MapRun extends MapTick {
  sentences: number;
}

/** A plain block's runs (`data-runs`, report-blocks.ts `blockRuns`): kind, characters, sentences. */
export function readBlockRuns(text: string): { kind: MapTick['kind']; chars: number; sentences: number }[] {
  const runs: { kind: MapTick['kind']; chars: number; sentences: number }[] = [];
  for (const [, kind, chars, sentences] of text.matchAll(/\b(shared|conflict|unique|elsewhere):(\d+)(?::(\d+))?/g)) {
    runs.push({ kind: kind as MapTick['kind'], chars: Number(chars) || 1, sentences: Number(sentences ?? 1) || 1 });
  }
  return runs;
}

const DRAW_ORDER: Record<MapTick['kind'], number> = { unique: 0, elsewhere: 1, shared: 2, conflict: 3 };

/**
 * Merges ticks of one kind that touch or lie within `gap` of each other, so a long report draws a
 * few dozen marks rather than one per sentence, and returns them in drawing order: what only this
 * report says first, conflicts last, so the rarest and most telling marks are never hidden.
 */
export function mapRuns(ticks: MapTick[], gap: number): MapRun[] {
  const runs: MapRun[] = [];
  const open = new Map<MapTick['kind'], MapRun>();
  for (const t of [...ticks].sort((a, b) => a.start - b.start)) {
    const run = open.get(t.kind);
    if (run && t.start - run.end <= gap) {
      run.end = Math.max(run.end, t.end);
      run.sentences += t.sentences ?? 1;
      continue;
    }
    const next = { start: Math.max(0, t.start), end: Math.min(1, t.end), kind: t.kind, sentences: t.sentences ?? 1 };
    runs.push(next);
    open.set(t.kind, next);
  }
  return runs.sort((a, b) => DRAW_ORDER[a.kind] - DRAW_ORDER[b.kind] || a.start - b.start);
}
