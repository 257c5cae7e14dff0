import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { compareReports } from '../../analysis/compare.ts';
import { EXPORT_FORMATS, exportComparison, isExportFormat, type ExportFormat } from '../../analysis/export/formats.ts';
import { checkReport } from '../../analysis/import/check-report.ts';
import { importBytes } from '../../analysis/import/import-report.ts';
import { tooLargeMessage } from '../../analysis/import/limits.ts';
import type { Report } from '../../analysis/report/types.ts';
import { CliError } from '../cli-error.ts';
import { parseHtmlWithLinkedom } from '../html-to-report.ts';

const FORMATS = Object.keys(EXPORT_FORMATS).join('|');

/**
 * `compare [--json | --format json|md|csv|timeline-csv|ics] FILE...`: plain-text, HTML (.html/.htm or
 * sniffed) and Markdown reports. `--json` is the contract's spelling and stays an alias of
 * `--format json`. Warnings about an input (single sentence, not English, identical to another)
 * go to stderr as `parallax: warning: FILE: …` lines and do not change the exit code.
 */
export async function runCompare(args: string[]): Promise<void> {
  const { files, format } = parseArgs(args);
  if (files.length === 0) throw new CliError('compare: give at least one report file');
  const reports: Report[] = [];
  const usedIds = new Set<string>();
  for (const file of files) {
    const report = await readReport(file);
    // Two files with the same stem (a/x.txt, b/x.txt) must still have distinct ids.
    let id = report.id;
    for (let n = 2; usedIds.has(id); n++) id = `${report.id}-${n}`;
    usedIds.add(id);
    reports.push({ ...report, id });
  }
  reports.forEach((report, i) => {
    for (const finding of checkReport(report, reports.slice(0, i))) {
      if (finding.code === 'no-date' || finding.code === 'short') continue;
      process.stderr.write(`parallax: warning: ${report.file ?? report.id}: ${finding.message}\n`);
    }
  });
  process.stdout.write(exportComparison(format, reports, compareReports(reports)));
}

function parseArgs(args: string[]): { files: string[]; format: ExportFormat } {
  const files: string[] = [];
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
    else if (arg.startsWith('--')) throw new CliError(`compare: unknown option ${arg}`);
    else files.push(arg);
  }
  return { files, format: format ?? 'json' };
}

async function readReport(file: string): Promise<Report> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`${file}: is a directory, not a report file`);
    // Refuse before reading: memory stays bounded whatever is passed by mistake.
    const tooLarge = tooLargeMessage(info.size);
    if (tooLarge) throw new CliError(`${file}: ${tooLarge}`);
    bytes = await readFile(file);
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
  return result.report;
}
