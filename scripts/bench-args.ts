/**
 * A bench's command line, `[path …] [--flag …]`: the paths are the arguments that are not flags (a
 * data file or folder to score instead of the default). Under `--json` a bench prints one JSON
 * document on stdout, so its human report (`log`) stays quiet.
 */
export interface BenchArgs {
  paths: string[];
  flag(name: string): boolean;
  json: boolean;
  log(line: string): void;
}

export function benchArgs(argv: readonly string[] = process.argv.slice(2)): BenchArgs {
  const json = argv.includes('--json');
  return {
    paths: argv.filter((a) => !a.startsWith('--')),
    flag: (name) => argv.includes(name),
    json,
    log: (line) => {
      if (!json) console.log(line);
    },
  };
}

/** Stops the bench: one line on stderr and exit code 1. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
