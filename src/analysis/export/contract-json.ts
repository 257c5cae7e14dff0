import type { Comparison } from '../compare.ts';
import type { Report } from '../report/types.ts';

/** A sentence of a report, by id, as the contract names it. */
export interface ContractMention {
  report: string;
  sentence: string;
}

/**
 * The `compare --json` contract (README, "Command line"), shared by the CLI, its tests and the app's
 * JSON download. Beyond the original contract it carries a report's `publishedFrom`, a mention's
 * `span`, a conflict's `differences`, an event's `clocksDiffer`, and `unplaced`, the relative expressions of undated reports.
 */
export interface ContractJson {
  reports: {
    id: string;
    file: string | null;
    title: string;
    source: string | null;
    published: string | null;
    publishedFrom: Report['publishedFrom'];
    sentences: { id: string; text: string }[];
    removed: string[];
  }[];
  facts: {
    id: string;
    kind: 'shared' | 'conflict';
    mentions: (ContractMention & { span?: [number, number]; undisputed?: true })[];
    score: number;
    /** Conflicts only: what differs ("number: 12 vs 15"). */
    differences?: string[];
  }[];
  /** `date` is the TIMEX3 value, as TimeML writes it: `2014-09-24`, `2014-W39`, `2014-SU`, `198` (the 1980s). */
  timeline: {
    id: string;
    date: string;
    label: string;
    mentions: (ContractMention & { text: string })[];
    /** Each report's clock time for the event when they lie further apart than news rounds ("9:42 a.m." / "10.15am"). */
    clocksDiffer?: (ContractMention & { text: string })[];
  }[];
  unplaced: (ContractMention & { text: string })[];
}

export function toContractJson(reports: Report[], comparison: Comparison): ContractJson {
  return {
    reports: reports.map((report, i) => ({
      id: report.id,
      file: report.file ?? null,
      title: report.title,
      source: report.source,
      published: report.published,
      // Whether the date was stated by the page, set by front matter or the user, or inferred.
      publishedFrom: report.publishedFrom,
      sentences: (comparison.reports[i]?.sentences ?? []).map(({ id, text }) => ({ id, text })),
      removed: report.removed,
    })),
    // A conflict must say what differs ("number: 12 vs 15"); a shared fact has nothing to add.
    facts: comparison.facts.map(({ id, kind, mentions, score, differences }) => ({
      id,
      kind,
      mentions,
      score,
      ...(kind === 'conflict' ? { differences } : {}),
    })),
    timeline: comparison.timeline.map(({ id, date, label, mentions, clocksDiffer }) => ({
      id,
      date,
      label,
      mentions: mentions.map(asContract),
      // The Timeline tab's "≠ Times differ": a program reading the JSON must see it too.
      ...(clocksDiffer ? { clocksDiffer: clocksDiffer.map(asContract) } : {}),
    })),
    // What the timeline could not place for want of a publication date, in the mentions' shape.
    unplaced: comparison.undated.flatMap((claim) => claim.mentions.map(asContract)),
  };
}

const asContract = ({ report, sentence, text }: ContractMention & { text: string }) => ({ report, sentence, text });
