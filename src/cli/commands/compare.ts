import { stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { compareReports } from '../../analysis/compare.ts';
import { EXPORT_FORMATS, exportComparison, isExportFormat, type ExportFormat } from '../../analysis/export/formats.ts';
import { checkReport } from '../../analysis/import/check-report.ts';
import { importBytes } from '../../analysis/import/import-report.ts';
import { MAX_IMPORT_BYTES, tooLargeMessage, tooLargeStreamMessage } from '../../analysis/import/limits.ts';
import { readIsoDate } from '../../analysis/report/dateline.ts';
import type { ParseProblem, Report } from '../../analysis/report/types.ts';
import { withDatelineYears } from '../../analysis/report/dateline-year.ts';
import { withPublished } from '../../analysis/report/with-published.ts';
import { CliError } from '../cli-error.ts';
import { parseHtmlWithLinkedom } from '../html-to-report.ts';
import { processIo, type CliIo } from '../io.ts';
import { readFileCapped } from '../read-capped.ts';

const FORMATS = Object.keys(EXPORT_FORMATS).join('|');

/**
 * `compare [--json | --format json|md|csv|timeline-csv|ics] [--published FILE=YYYY-MM-DD]... FILE...`:
 * plain-text, HTML (.html/.htm or sniffed) and Markdown reports. `--json` is the contract's spelling
 * and stays an alias of `--format json`. `--published` sets a report's publication date, over what
 * its text or front matter says (FILE as given among the inputs). Argument errors are found before
 * any file is read. Warnings about an input (single sentence, not English, identical to another, an
 * invalid front matter date) go to stderr as `parallax: warning: FILE: …` lines and do not change
 * the exit code.
 */
export async function runCompare(args: string[], io: CliIo = processIo): Promise<void> {
  const { files, format, published } = parseArgs(args);
  if (files.length === 0) throw new CliError('compare: give at least one report file');
  const reports: Report[] = [];
  const warnings: { file: string; problems: ParseProblem[] }[] = [];
  const usedIds = new Set<string>();
  for (const file of files) {
    const { report, problems } = await readReport(file);
    warnings.push({ file, problems });
    // Two files with the same stem (a/x.txt, b/x.txt) must still have distinct ids.
    let id = report.id;
    for (let n = 2; usedIds.has(id); n++) id = `${report.id}-${n}`;
    usedIds.add(id);
    const date = published.get(file);
    reports.push(withPublished({ ...report, id }, date ?? report.published, 'user'));
  }
  const compared = withDatelineYears(reports);
  compared.forEach((report, i) => {
    const findings = [...warnings[i]!.problems, ...checkReport(report, compared.slice(0, i))];
    for (const finding of findings) {
      if (finding.code === 'no-date' || finding.code === 'short') continue;
      io.stderr(`parallax: warning: ${report.file ?? report.id}: ${finding.message}\n`);
    }
  });
  io.stdout(exportComparison(format, compared, compareReports(compared)));
}

interface CompareArgs {
  files: string[];
  format: ExportFormat;
  /** Publication dates given with `--published`, by input file as written on the command line. */
  published: Map<string, string>;
}

function parseArgs(args: string[]): CompareArgs {
  const files: string[] = [];
  const dates: { file: string; iso: string }[] = [];
  let format: ExportFormat | null = null;
  const choose = (value: string | undefined) => {
    if (value === undefined || value === '') throw new CliError(`compare: --format needs a value (${FORMATS})`);
    if (!isExportFormat(value)) throw new CliError(`compare: unknown format "${value}" (use ${FORMATS})`);
    if (format && format !== value) throw new CliError(`compare: conflicting formats ${format} and ${value}`);
    format = value;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') choose('json');
    else if (arg === '--format') choose(args[++i]);
    else if (arg.startsWith('--format=')) choose(arg.slice('--format='.length));
    else if (arg === '--published') dates.push(readPublishedArg(args[++i]));
    else if (arg.startsWith('--published=')) dates.push(readPublishedArg(arg.slice('--published='.length)));
    else if (arg.startsWith('--')) throw new CliError(`compare: unknown option ${arg}`);
    else files.push(arg);
  }
  return { files, format: format ?? 'json', published: matchInputs(dates, files) };
}

/** `FILE=YYYY-MM-DD`, split at the last "=" (a file name may contain one, a date never does). */
function readPublishedArg(value: string | undefined): { file: string; iso: string } {
  const at = value?.lastIndexOf('=') ?? -1;
  if (!value || at <= 0) throw new CliError('compare: --published needs FILE=YYYY-MM-DD');
  const file = value.slice(0, at);
  const date = value.slice(at + 1);
  const iso = readIsoDate(date);
  if (!iso) throw new CliError(`compare: --published ${file}: "${date}" is not a date in the form YYYY-MM-DD`);
  return { file, iso };
}

/**
 * Each `--published` FILE must be one of the inputs: as written, or the same path written another
 * way ("./a.txt" for "a.txt"). A FILE that names no input is a typo, and a date silently not applied
 * would be worse than stopping.
 */
function matchInputs(dates: { file: string; iso: string }[], files: string[]): Map<string, string> {
  const byInput = new Map<string, string>();
  for (const { file, iso } of dates) {
    const inputs = files.includes(file) ? [file] : files.filter((f) => resolve(f) === resolve(file));
    if (inputs.length === 0) throw new CliError(`compare: --published ${file}: not one of the report files given`);
    for (const input of inputs) {
      const earlier = byInput.get(input);
      if (earlier && earlier !== iso) throw new CliError(`compare: --published ${file}: given twice, as ${earlier} and ${iso}`);
      byInput.set(input, iso);
    }
  }
  return byInput;
}

async function readReport(file: string): Promise<{ report: Report; problems: ParseProblem[] }> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`${file}: is a directory, not a report file`);
    // A regular file is refused before reading, with its size; anything else (a device, a pipe,
    // /dev/stdin) is counted as it is read and stopped at the limit.
    const tooLarge = info.isFile() ? tooLargeMessage(info.size) : null;
    if (tooLarge) throw new CliError(`${file}: ${tooLarge}`);
    const read = await readFileCapped(file, MAX_IMPORT_BYTES);
    if (!read) throw new CliError(`${file}: ${tooLargeStreamMessage()}`); // also a file that grew after stat
    bytes = read;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file}: no such file`);
    if (code === 'EACCES') throw new CliError(`${file}: permission denied`);
    throw new CliError(`${file}: cannot be read (${code ?? String(error)})`);
  }
  const id = basename(file, extname(file));
  let result: ReturnType<typeof importBytes>;
  try {
    result = importBytes(bytes, { id, file, name: basename(file), parseHtml: parseHtmlWithLinkedom });
  } catch (error) {
    // A DOM or parser bug on one odd page must still name the file, not print a stack trace.
    throw new CliError(`${file}: could not be read as a report (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!result.ok) throw new CliError(`${file}: ${result.message}`);
  return { report: result.report, problems: result.problems };
}
