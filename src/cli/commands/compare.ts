import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { compareReports } from '../../analysis/compare.ts';
import { decodeText } from '../../analysis/import/decode-text.ts';
import { parseReport } from '../../analysis/report/parse-report.ts';
import type { Report } from '../../analysis/report/types.ts';
import { CliError } from '../cli-error.ts';
import { toContractJson } from '../../analysis/export/contract-json.ts';

/** Refuse before reading: a report is a few hundred KB at most; this keeps memory bounded. */
const MAX_BYTES = 5 * 1024 * 1024;

export async function runCompare(args: string[]): Promise<void> {
  const files = args.filter((a) => !a.startsWith('--'));
  const flags = args.filter((a) => a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--json');
  if (unknown.length) throw new CliError(`compare: unknown option ${unknown.join(' ')}`);
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
  process.stdout.write(JSON.stringify(toContractJson(reports, compareReports(reports)), null, 2) + '\n');
}

async function readReport(file: string): Promise<Report> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`${file}: is a directory, not a report file`);
    if (info.size > MAX_BYTES) throw new CliError(`${file}: too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB)`);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file}: no such file`);
    if (code === 'EACCES') throw new CliError(`${file}: permission denied`);
    throw new CliError(`${file}: cannot be read (${code ?? String(error)})`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new CliError(`${file}: ${decoded.detail}`);
  const id = basename(file, extname(file));
  return parseReport(decoded.text, { id, file });
}
