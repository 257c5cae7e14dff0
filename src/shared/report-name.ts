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

/** "cheeks-a" for "reports/cheeks-a.txt": the folder and the extension say nothing about the report. */
function fileStem(file: string | undefined): string {
  const base = file?.split(/[\\/]/).pop()?.trim() ?? '';
  return base.replace(/(?<=.)\.[^.]+$/, '');
}

function openingWords(paragraph: string | undefined): string {
  // Up to the first sentence end only: its last words glued to the next sentence's first would read as one phrase.
  const sentence = paragraph?.split(/(?<=[.!?]["”’]?)\s/)[0] ?? '';
  const words = sentence.split(/\s+/).filter(Boolean);
  if (words.length <= OPENING_WORDS) return words.join(' ');
  return `${words
    .slice(0, OPENING_WORDS)
    .join(' ')
    .replace(/[,;:–—-]+$/, '')}…`;
}
