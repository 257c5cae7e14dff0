import type { SummarizedComparison } from '../analysis/overview/summarize-comparison.ts';
import type { TimelineEvent } from '../analysis/timeline/types.ts';

/**
 * A comparison crosses from the worker in several messages, since the page deserialises a message
 * in one task: for a 4.9 MB report the whole answer (40,000 sentences, 6,000 timeline events with
 * their mentions, about as much again) took 100–150 ms to read, the longest task left when the
 * result arrived. The first message carries everything but the timeline's events, which follow this
 * many to a message; the query resolves once all are there, so the page still sees one comparison.
 */
export const EVENTS_PER_PART = 1500;

/** Answers whose events have not all been taken; beyond this the oldest is dropped (its page went away). */
const MAX_HELD = 4;

/** The first message: the comparison without its events, and how to fetch them. */
export interface ComparisonHead {
  comparison: Omit<SummarizedComparison, 'timeline'>;
  timeline: { id: number; count: number };
}

/** The worker's side: splits an answer and holds its events until the page takes them. */
export class TimelineParts {
  #next = 0;
  readonly #held = new Map<number, TimelineEvent[][]>();

  split({ timeline, ...comparison }: SummarizedComparison): ComparisonHead {
    const id = ++this.#next;
    const parts: TimelineEvent[][] = [];
    for (let i = 0; i < timeline.length; i += EVENTS_PER_PART) parts.push(timeline.slice(i, i + EVENTS_PER_PART));
    if (parts.length > 0) {
      this.#held.set(id, parts);
      for (const old of this.#held.keys()) if (this.#held.size > MAX_HELD) this.#held.delete(old);
    }
    return { comparison, timeline: { id, count: timeline.length } };
  }

  /** The next part of answer `id`, in order; undefined once all are taken or the answer was dropped. */
  take(id: number): TimelineEvent[] | undefined {
    const parts = this.#held.get(id);
    const part = parts?.shift();
    if (parts && parts.length === 0) this.#held.delete(id);
    return part;
  }
}

/** The page's side: the whole comparison again, from the first message and the parts `next` fetches. */
export async function joinComparison(head: ComparisonHead, next: (id: number) => Promise<TimelineEvent[] | undefined>): Promise<SummarizedComparison> {
  const timeline: TimelineEvent[] = [];
  while (timeline.length < head.timeline.count) {
    const part = await next(head.timeline.id);
    if (!part?.length) throw new Error(`the analysis worker sent ${timeline.length} of ${head.timeline.count} timeline events`);
    for (const event of part) timeline.push(event);
  }
  return { ...head.comparison, timeline };
}
