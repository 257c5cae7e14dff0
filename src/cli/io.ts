/**
 * Where a command writes. The process streams when run from the shell; a buffer in tests, which
 * call commands in-process (spawning `tsx` per case costs seconds on a busy machine).
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};
