import type { Fact } from '../../analysis/align/types.ts';
import type { TimelineEvent } from '../../analysis/timeline/types.ts';

export interface FactMark {
  id: string;
  number: number;
  kind: Fact['kind'];
  differences: string[];
  partners: { report: string; sentence: string }[];
}

/** What the reader knows about one sentence: the facts it states (a compound sentence may state two) and the events it mentions. */
export interface SentenceMark {
  facts: FactMark[];
  events: string[];
}

export const markKey = (report: string, sentence: string) => `${report}\u0000${sentence}`;

/** Indexes facts and events by sentence, so each sentence renders its marks in O(1). */
export function buildSentenceMarks(facts: Fact[], events: TimelineEvent[]): Map<string, SentenceMark> {
  const marks = new Map<string, SentenceMark>();
  const at = (report: string, sentence: string) => {
    const key = markKey(report, sentence);
    let mark = marks.get(key);
    if (!mark) marks.set(key, (mark = { facts: [], events: [] }));
    return mark;
  };
  facts.forEach((fact, index) => {
    for (const mention of fact.mentions) {
      at(mention.report, mention.sentence).facts.push({
        id: fact.id,
        number: index + 1,
        kind: fact.kind,
        differences: fact.differences,
        partners: fact.mentions.filter((m) => m.report !== mention.report),
      });
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
