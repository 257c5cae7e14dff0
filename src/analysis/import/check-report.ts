import type { ParseProblem, Report } from '../report/types.ts';
import { splitSentences } from '../text/sentences.ts';
import { detectLanguage } from './detect-language.ts';

/**
 * `problem`: the report cannot be compared (nothing left to read). `warning`: it can, but the
 * result may mislead, and the reader should be told why. Both carry a sentence meant for people.
 */
export interface ReportFinding {
  level: 'problem' | 'warning';
  /** The parser's own warnings (`ParseProblem`) share the codes, so callers can list both together. */
  code: 'empty-body' | 'single-sentence' | 'short' | 'not-english' | 'identical' | 'no-date' | ParseProblem['code'];
  message: string;
}

/** Fewer body words than this is a brief, not a report: analysed, with a warning. */
const SHORT_WORDS = 60;

/**
 * What is wrong or doubtful about a parsed report, given the reports it will be compared with.
 * Pure and cheap (no sentence alignment), so the import panel can run it on every edit.
 */
export function checkReport(report: Report, others: readonly Report[] = []): ReportFinding[] {
  const findings: ReportFinding[] = [];
  const body = report.paragraphs.join('\n\n');
  if (!body.trim()) {
    findings.push({ level: 'problem', code: 'empty-body', message: 'no body text is left after removing the title and site furniture; nothing to compare' });
    return findings;
  }
  const sentences = report.paragraphs.reduce((n, p) => n + splitSentences(p).length, 0);
  const words = body.split(/\s+/).filter(Boolean).length;
  if (sentences <= 1) {
    findings.push({
      level: 'warning',
      code: 'single-sentence',
      message: 'this report is a single sentence: it will be compared, but it can share at most one fact',
    });
  } else if (words < SHORT_WORDS) {
    findings.push({ level: 'warning', code: 'short', message: `this report is very short (${words} words): few facts can be matched` });
  }
  const guess = detectLanguage(`${report.title}\n${body}`);
  if (!guess.english) {
    const looks = guess.language ? `looks like ${guess.language}` : 'does not look like English';
    findings.push({
      level: 'warning',
      code: 'not-english',
      message: `this report ${looks}${guess.language ? ', not English' : ''}: facts and timeline may be unreliable`,
    });
  }
  const key = fingerprint(report);
  for (const other of others) {
    if (other.id === report.id) continue;
    if (fingerprint(other) === key) {
      findings.push({
        level: 'warning',
        code: 'identical',
        message: `these two reports are identical: this one and “${other.title || other.file || other.id}” have the same text`,
      });
      break;
    }
  }
  if (!report.published) {
    findings.push({
      level: 'warning',
      code: 'no-date',
      message: 'no publication date found: relative dates ("on Monday") cannot be resolved until you enter one',
    });
  }
  return findings;
}

/** Body text with case, punctuation and spacing ignored, so a re-saved copy still counts as the same. */
function fingerprint(report: Report): string {
  return report.paragraphs
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
