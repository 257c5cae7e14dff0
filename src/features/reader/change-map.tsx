import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { mapRuns, readBlockRuns, type MapRun, type MapTick } from './change-map-runs.ts';

interface ChangeMapProps {
  /** "A", "B", …: names the lane for screen readers and the tooltip. */
  letter: string;
  /** Changes whenever the sentences' marks change (a new comparison), so the lane measures again. */
  marksVersion: unknown;
}

/** Lane height in SVG units: runs are placed on a 0–1000 scale and the SVG stretches to the pane. */
const SCALE = 1000;
/** Arrow keys move by this share of the report; Page keys by one screen. */
const STEP = 0.05;

/**
 * A slim lane beside a report pane, like a diff tool's scrollbar: where the report states shared
 * facts, conflicts and what only it says, with the visible window marked. Click or drag to move
 * there; as a vertical slider it is reachable and moved with the keyboard. Positions are measured
 * from the rendered paragraphs, each shared among its sentences (`data-sentence`, `data-kind`,
 * `data-chars`) by length, so wrapping, paragraph gaps and the text size are all accounted for;
 * measuring waits for a frame and runs again when the pane resizes. Memoised: the reader re-renders
 * on every `j`, and redrawing every lane's runs for nothing took part of that keypress's frame.
 */
export const ChangeMap = memo(function ChangeMap({ letter, marksVersion }: ChangeMapProps) {
  const lane = useRef<HTMLDivElement>(null);
  const windowBox = useRef<HTMLDivElement>(null);
  const [runs, setRuns] = useState<MapRun[]>([]);

  /** The report pane this lane maps: the scroll box beside it in the same wrapper. */
  const pane = useCallback(() => lane.current?.parentElement?.querySelector<HTMLElement>('[data-pane]') ?? null, []);

  useEffect(() => {
    const box = pane();
    if (!box) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const height = box.scrollHeight;
        if (!height) return;
        const top = box.getBoundingClientRect().top - box.scrollTop;
        const ticks: MapTick[] = [];
        // Each paragraph's box, shared among its sentences by their length, rather than every
        // sentence's box: paragraphs far from the screen are not laid out (content-visibility), and
        // measuring their sentences would force the whole report's layout in one frame.
        for (const paragraph of box.querySelectorAll<HTMLElement>('.reader-body p')) {
          const sentences = [...paragraph.querySelectorAll<HTMLElement>('[data-sentence][data-kind]')];
          if (sentences.length === 0) continue;
          const r = paragraph.getBoundingClientRect();
          const lengths = sentences.map((el) => Number(el.dataset.chars) || 1);
          const total = lengths.reduce((sum, n) => sum + n, 0);
          let at = r.top - top;
          sentences.forEach((el, i) => {
            const share = (r.height * lengths[i]!) / total;
            ticks.push({ start: at / height, end: (at + share) / height, kind: el.dataset.kind as MapTick['kind'] });
            at += share;
          });
        }
        // A long report's blocks away from the screen are plain text: their sentences' kinds and
        // lengths are on the block (`data-runs`, report-blocks.ts), shared out over its box alike.
        for (const block of box.querySelectorAll<HTMLElement>('.reader-body [data-runs]')) {
          const r = block.getBoundingClientRect();
          const runs = readBlockRuns(block.dataset.runs ?? '');
          const total = runs.reduce((sum, s) => sum + s.chars, 0);
          let at = r.top - top;
          for (const s of runs) {
            const share = (r.height * s.chars) / total;
            ticks.push({ start: at / height, end: (at + share) / height, kind: s.kind, sentences: s.sentences });
            at += share;
          }
        }
        // Within about two pixels of the lane, neighbours of one kind are one mark.
        setRuns(mapRuns(ticks, 2 / (box.clientHeight || 1)));
        // Drawn in the next frame like a scroll's: the other lanes measure in this one.
        showWindow();
      });
    };
    // On scroll only reads, and writes in the frame's animation callbacks: during a jump every pane
    // scrolls at once, and a lane written before the next lane read forced a layout per pane per
    // frame. The position is an attribute written here, not state, so scrolling re-renders nothing.
    let view = { top: 0, height: 1, client: 0 };
    let drawing = 0;
    const draw = () => {
      drawing = 0;
      const el = windowBox.current;
      if (el) {
        el.style.top = `${(view.top / view.height) * 100}%`;
        el.style.height = `${Math.min(1, view.client / view.height) * 100}%`;
      }
      const scrollable = view.height - view.client;
      const position = String(scrollable > 0 ? Math.round((view.top / scrollable) * 100) : 0);
      lane.current?.setAttribute('aria-valuenow', position);
      lane.current?.setAttribute('aria-valuetext', `${position}% through report ${letter}`);
    };
    const showWindow = () => {
      view = { top: box.scrollTop, height: box.scrollHeight || 1, client: box.clientHeight };
      drawing ||= requestAnimationFrame(draw);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    box.addEventListener('scroll', showWindow, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(drawing);
      observer.disconnect();
      box.removeEventListener('scroll', showWindow);
    };
  }, [pane, marksVersion, letter]);

  /** Centres the pane on a point of the report, given as a share of its height. */
  const moveTo = (fraction: number, smooth: boolean) => {
    const box = pane();
    if (!box) return;
    const top = fraction * box.scrollHeight - box.clientHeight / 2;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    box.scrollTo({ top: Math.max(0, top), behavior: smooth && !reduced ? 'smooth' : 'auto' });
  };
  const fractionAt = (clientY: number) => {
    const r = lane.current!.getBoundingClientRect();
    return Math.min(1, Math.max(0, (clientY - r.top) / (r.height || 1)));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    moveTo(fractionAt(e.clientY), false);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) moveTo(fractionAt(e.clientY), false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const box = pane();
    if (!box) return;
    const screen = box.clientHeight / (box.scrollHeight || 1);
    const by: Record<string, number> = { ArrowDown: STEP, ArrowRight: STEP, ArrowUp: -STEP, ArrowLeft: -STEP, PageDown: screen, PageUp: -screen };
    const scrollable = box.scrollHeight - box.clientHeight;
    let top: number | undefined;
    if (e.key in by) top = box.scrollTop + by[e.key]! * box.scrollHeight;
    else if (e.key === 'Home') top = 0;
    else if (e.key === 'End') top = scrollable;
    if (top === undefined) return;
    e.preventDefault();
    box.scrollTo({ top: Math.max(0, Math.min(scrollable, top)) });
  };

  const counts = { shared: 0, conflict: 0, unique: 0, elsewhere: 0 };
  for (const r of runs) counts[r.kind] += r.sentences;
  return (
    <div
      ref={lane}
      role="slider"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={`Change map of report ${letter}`}
      aria-valuemin={0}
      aria-valuemax={100}
      // aria-valuenow and aria-valuetext: written on scroll (above).
      title={`Report ${letter}: ${counts.shared} shared, ${counts.conflict} in conflict, ${counts.unique} only here${counts.elsewhere ? `, ${counts.elsewhere} shared with a report not shown` : ''}. Click or drag to move.`}
      data-testid={`change-map-${letter}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onKeyDown={onKeyDown}
      className="relative hidden w-4 shrink-0 cursor-pointer touch-none border-l border-stone-300 bg-stone-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-amber-600 lg:block dark:border-stone-700 dark:bg-stone-900"
    >
      <svg className="absolute inset-0 h-full w-full" viewBox={`0 0 10 ${SCALE}`} preserveAspectRatio="none" aria-hidden="true">
        {runs.map((r, i) => (
          <rect
            key={i}
            data-kind={r.kind}
            // Shape as well as colour: shared runs span the lane, conflicts span it and stand out
            // darkest, what only this report says is a thin line on the left, and what it shares
            // only with reports not shown a lighter half on the right.
            x={r.kind === 'unique' ? 1 : r.kind === 'elsewhere' ? 5 : 0}
            width={r.kind === 'unique' ? 3 : r.kind === 'elsewhere' ? 5 : 10}
            y={r.start * SCALE}
            height={Math.max((r.end - r.start) * SCALE, 2)}
            className={
              r.kind === 'conflict'
                ? 'fill-rose-700 dark:fill-rose-400'
                : r.kind === 'shared'
                  ? 'fill-amber-500 dark:fill-amber-400'
                  : r.kind === 'elsewhere'
                    ? 'fill-amber-300 dark:fill-amber-700'
                    : 'fill-stone-400 dark:fill-stone-500'
            }
          />
        ))}
      </svg>
      <div
        ref={windowBox}
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 border-y-2 border-stone-700 bg-stone-900/10 dark:border-stone-200 dark:bg-stone-100/15"
      />
    </div>
  );
});
