import { runCompare } from './commands/compare.ts';
import { runPairs } from './commands/pairs.ts';
import { runTimex } from './commands/timex.ts';
import { CliError } from './cli-error.ts';
import type { CliIo } from './io.ts';

export const USAGE = `usage: parallax <command> [options]
  compare --json FILE...      compare reports (plain text, HTML or Markdown), print JSON (also without --json)
  compare --format F FILE...  the same comparison as json | md | csv (facts) | timeline-csv | ics
  compare --published FILE=YYYY-MM-DD ...
                              set a report's publication date (repeatable, FILE as given among the
                              inputs); it wins over a date the text states, its front matter or one inferred
  timex --jsonl               tag time expressions: stdin {"id","dct","text"} lines → {"id","timexes"} lines
                              ("dct": YYYY-MM-DD or an ISO timestamp; missing, null or "" for none)
  pairs --jsonl [--story]     score sentence pairs: stdin {"id","a","b"} lines → {"id","score","same","reasons"} lines
                              (--story: with the model and threshold the app links reports' sentences by;
                              a pair alone weighs its words by the pair and English, so the score can differ
                              from the same two sentences' in \`compare\`, which weighs them over all the reports)
  help, --help, -h            this text (also after a command: compare --help)

A report file (a regular file, a pipe, a device, /dev/stdin) or one JSONL line over 5 MB is refused;
reading stops at the limit. A bad JSONL line (not JSON, a missing field, a bad "dct") is reported on
stderr by line number and id and gets no output line; the lines after it are still answered, and the
exit code is then 1.`;

const commands: Record<string, (args: string[], io: CliIo) => Promise<void>> = {
  compare: runCompare,
  timex: runTimex,
  pairs: runPairs,
};

const HELP = new Set(['--help', '-h', 'help']);

/**
 * Runs one command line. Asking for help, as the command or among a command's arguments, prints the
 * usage on stdout and succeeds: it is what was asked for, not an error (user test W: `--help` was
 * refused as an unknown command with exit code 1). A file called "-h" is still `./-h`.
 */
export async function runCli(argv: string[], io: CliIo): Promise<void> {
  const [name, ...args] = argv;
  if ((name && HELP.has(name)) || (name && commands[name] && args.some((a) => a === '--help' || a === '-h'))) {
    io.stdout(`${USAGE}\n`);
    return;
  }
  const command = name ? commands[name] : undefined;
  if (!command) throw new CliError(name ? `unknown command "${name}"\n${USAGE}` : USAGE);
  await command(args, io);
}
