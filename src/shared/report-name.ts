import { TITLES } from '../analysis/text/titles.ts';
import type { PublishedFrom, Report } from '../analysis/report/types.ts';

/** What can name a report: the fields of `Report` this reads, so panels holding less can call it too. */
export interface NameableReport {
  title: string;
  file?: string;
  paragraphs?: readonly string[];
}

/** Enough words to tell reports of one story apart, short enough for a select or a legend line. */
const OPENING_WORDS = 8;

/**
 * The one name a report goes by wherever a reader sees it: its headline; else the file it was
 * imported from, without the extension; else the opening words of its text. Never its id: imports
 * get generated ids ("import-877e…") that mean nothing to a reader, and a fixed "Untitled report"
 * made every untitled report of a comparison look the same.
 */
export function reportName(report: NameableReport): string {
  return report.title.trim() || fileStem(report.file) || openingWords(report.paragraphs?.[0]) || 'Untitled report';
}

/** What a report is called while it has no headline: its file's name, else its opening words. */
export function untitledName(report: NameableReport): string {
  return reportName({ ...report, title: '' });
}

/** Said wherever a headline can be typed and none is there, so the name it goes by is not found out later. */
export function untitledNote(report: NameableReport): string {
  return `No headline: the report is shown as “${untitledName(report)}”. Type one to name it.`;
}

/** "cheeks-a" for "reports/cheeks-a.txt": the folder and the extension say nothing about the report. */
function fileStem(file: string | undefined): string {
  const base = file?.split(/[\\/]/).pop()?.trim() ?? '';
  return base.replace(/(?<=.)\.[^.]+$/, '');
}

/**
 * The first sentence of a paragraph, told roughly: its end is a stop and a space, but not a title's
 * stop (`TITLES`, the sentence splitter's list): "Alaska Gov. Sarah Palin's church…" had been named
 * "Alaska Gov.". The splitter itself stays off the first screen's bundle.
 */
function firstSentence(paragraph: string): string {
  for (const end of paragraph.matchAll(/[.!?]["”’]?\s/g)) {
    const word = /(\p{L}+)\.$/u.exec(paragraph.slice(0, end.index + 1))?.[1];
    if (!word || !TITLES.has(word.toLowerCase())) return paragraph.slice(0, end.index + end[0].length).trim();
  }
  return paragraph;
}

function openingWords(paragraph: string | undefined): string {
  // Up to the first sentence end only: its last words glued to the next sentence's first would read as one phrase.
  const sentence = paragraph ? firstSentence(paragraph) : '';
  const words = sentence.split(/\s+/).filter(Boolean);
  if (words.length <= OPENING_WORDS) return words.join(' ');
  return `${words
    .slice(0, OPENING_WORDS)
    .join(' ')
    .replace(/[,;:–—-]+$/, '')}…`;
}

/** What the timelines (side panel and full view) know of a compared report. */
export interface ReportInfo extends NameableReport {
  id: string;
  source: string | null;
  published: string | null;
  /** Where `published` came from; an inferred date is marked wherever it shows. */
  publishedFrom?: PublishedFrom | null;
  /** A wire dateline's day without a year: only the year of an inferred date was guessed. */
  filed?: Report['filed'];
}

/**
 * How a report is labelled beside its letter: `short`, its outlet ("China Daily"), else its name,
 * cut at a word within `max` characters; `full`, outlet and name, for tooltips and screen readers.
 */
export function sourceLabel(report: ReportInfo, max: number): { short: string; full: string } {
  const name = reportName(report);
  const source = report.source?.trim();
  return { short: shorten(source || name, max), full: source ? `${source}: ${name}` : name };
}

function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(' ', max - 1);
  return `${clean.slice(0, cut > 8 ? cut : max - 1)}…`;
}
