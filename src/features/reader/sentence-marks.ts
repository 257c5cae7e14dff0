import type { Fact } from '../../analysis/align/types.ts';
import type { TimelineEvent } from '../../analysis/timeline/types.ts';

/** What the reader knows about one sentence: the fact it belongs to and the events it mentions. */
export interface SentenceMark {
  fact?: { id: string; number: number; kind: Fact['kind']; differences: string[]; partners: { report: string; sentence: string }[] };
  events: string[];
}

export const markKey = (report: string, sentence: string) => `${report}\u0000${sentence}`;

/** Indexes facts and events by sentence, so each sentence renders its marks in O(1). */
export function buildSentenceMarks(facts: Fact[], events: TimelineEvent[]): Map<string, SentenceMark> {
  const marks = new Map<string, SentenceMark>();
  const at = (report: string, sentence: string) => {
    const key = markKey(report, sentence);
    let mark = marks.get(key);
    if (!mark) marks.set(key, (mark = { events: [] }));
    return mark;
  };
  facts.forEach((fact, index) => {
    for (const mention of fact.mentions) {
      at(mention.report, mention.sentence).fact = {
        id: fact.id,
        number: index + 1,
        kind: fact.kind,
        differences: fact.differences,
        partners: fact.mentions.filter((m) => m.report !== mention.report),
      };
    }
  });
  for (const event of events) {
    for (const mention of event.mentions) {
      const mark = at(mention.report, mention.sentence);
      if (!mark.events.includes(event.id)) mark.events.push(event.id);
    }
  }
  return marks;
}
