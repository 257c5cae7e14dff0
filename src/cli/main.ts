import { CliError } from './cli-error.ts';
import { processIo } from './io.ts';
import { runCli } from './run-cli.ts';

// A reader that stops early (`… | head`) closes the pipe: nothing more is wanted, so stop quietly,
// as Unix tools do, rather than die on the failed write with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

runCli(process.argv.slice(2), processIo).catch((error: unknown) => {
  // One line on stderr that says what was wrong with which input; stack traces only for real bugs.
  process.stderr.write(`parallax: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!(error instanceof CliError) && error instanceof Error && process.env.PARALLAX_DEBUG) console.error(error.stack);
  process.exitCode = 1;
});
