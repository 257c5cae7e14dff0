import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.ts';
import type { CliIo } from './io.ts';
import { runCli, USAGE } from './run-cli.ts';

/** Runs the CLI in-process: what it printed on each stream, and the CliError it ended with. */
async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  let error: CliError | null = null;
  try {
    await runCli(argv, io);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    error = e;
  }
  return { stdout, stderr, error };
}

describe('runCli', () => {
  // Asking for help is no error (user test W: "--help" printed the usage as "unknown command" and exited 1).
  it.each([['--help'], ['-h'], ['help'], ['compare', '--help'], ['compare', '-h', 'a.txt'], ['timex', '--help'], ['pairs', '-h']])(
    'prints the usage on stdout for %s, with no error',
    async (...argv) => {
      expect(await cli(argv)).toEqual({ stdout: `${USAGE}\n`, stderr: '', error: null });
    },
  );

  it('refuses an unknown command or none with the usage, as an error', async () => {
    expect((await cli(['--helpme'])).error?.message).toBe(`unknown command "--helpme"\n${USAGE}`);
    expect((await cli([])).error?.message).toBe(USAGE);
    expect((await cli(['compare', '--verbose', 'a.txt'])).error?.message).toBe('compare: unknown option --verbose');
  });
});
