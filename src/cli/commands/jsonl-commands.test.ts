import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../io.ts';
import { runPairs } from './pairs.ts';
import { runTimex } from './timex.ts';

const root = join(import.meta.dirname, '../../..');

/** Runs a JSONL command in-process on `input`: its output lines, stderr, and the CliError it ended with. */
async function jsonl(run: typeof runTimex, args: string[], input: (string | Uint8Array)[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  let error: CliError | null = null;
  try {
    await run(
      args,
      io,
      (async function* () {
        yield* input;
      })(),
    );
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    error = e;
  }
  return {
    out: stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
    stderr,
    error,
  };
}

describe('timex --jsonl (in-process)', () => {
  it('accepts a UTF-8 BOM before line 1 and tags against the dct', async () => {
    const { out, stderr, error } = await jsonl(
      runTimex,
      ['--jsonl'],
      [new Uint8Array([0xef, 0xbb, 0xbf]), '{"id":"a","dct":"2014-09-24","text":"They met on Monday."}\n'],
    );
    expect(error).toBeNull();
    expect(stderr).toBe('');
    expect(out).toEqual([{ id: 'a', timexes: [{ start: 12, end: 18, type: 'DATE', value: '2014-09-22' }] }]);
  });

  it('takes a missing, null or empty dct as none, and an ISO timestamp as its day', async () => {
    const lines = [
      '{"id":1,"text":"in 2019"}',
      '{"id":2,"dct":null,"text":"in 2019"}',
      '{"id":3,"dct":"","text":"in 2019"}',
      '{"id":4,"dct":"2014-09-24T10:00:00Z","text":"on Monday"}',
    ];
    const { out, error } = await jsonl(runTimex, ['--jsonl'], [lines.join('\n')]);
    expect(error).toBeNull();
    expect(out.map((r) => [r.id, r.timexes[0]?.value])).toEqual([
      [1, '2019'],
      [2, '2019'],
      [3, '2019'],
      [4, '2014-09-22'],
    ]);
  });

  it('refuses a bad dct or a missing text by line number and id, answers the other lines, and fails', async () => {
    const lines = [
      '{"id":"ok1","dct":"2014-09-24","text":"in 2019"}',
      '{"id":"month","dct":"2014-13-45","text":"on Monday"}',
      '',
      '{"id":"word","dct":"yesterday","text":"on Monday"}',
      '{"dct":"2014-09-24"}',
      'not json',
      '{"id":"ok2","text":"in 2020"}',
    ];
    const { out, stderr, error } = await jsonl(runTimex, ['--jsonl'], [lines.join('\n') + '\n']);
    expect(out.map((r) => r.id)).toEqual(['ok1', 'ok2']);
    expect(stderr.split('\n')).toEqual([
      'parallax: timex: stdin line 2 (id "month"): "dct" "2014-13-45" is not a date in the form YYYY-MM-DD (or an ISO timestamp)',
      'parallax: timex: stdin line 4 (id "word"): "dct" "yesterday" is not a date in the form YYYY-MM-DD (or an ISO timestamp)',
      'parallax: timex: stdin line 5: needs a string field "text"',
      'parallax: timex: stdin line 6: not valid JSON',
      '',
    ]);
    expect(error?.message).toBe('timex: 4 of 6 input lines were refused (listed above) and left unanswered');
  });

  it('refuses unknown options', async () => {
    expect((await jsonl(runTimex, ['--jsonl', '--dct'], [])).error?.message).toBe('timex: unknown option --dct');
  });
});

describe('pairs --jsonl (in-process)', () => {
  it('scores each pair; a BOM on line 1 is fine, a bad line is named by number and id', async () => {
    const { out, stderr, error } = await jsonl(
      runPairs,
      ['--jsonl'],
      ['\uFEFF{"id":"p1","a":"Cameron met Rouhani.","b":"Rouhani held talks with Cameron."}\n{"id":"p2","a":"x"}\n'],
    );
    expect(out).toEqual([{ id: 'p1', score: expect.any(Number), same: expect.any(Boolean), reasons: expect.arrayContaining(['names=cameron,rouhani']) }]);
    expect(stderr).toBe('parallax: pairs: stdin line 2 (id "p2"): needs string fields "a" and "b"\n');
    expect(error?.message).toBe('pairs: 1 of 2 input lines were refused (listed above) and left unanswered');
  });
});

describe('parallax timex (subprocess smoke test)', { timeout: 60000 }, () => {
  it('stops an endless pipe without a newline at the line limit, with a message and exit code 1', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'timex', '--jsonl'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => void (stderr += d));
    child.stdin.on('error', () => {}); // EPIPE once the CLI has stopped reading
    const block = Buffer.alloc(64 * 1024, 0x61);
    const pump = () => {
      while (child.stdin.writable && child.stdin.write(block));
    };
    child.stdin.on('drain', pump);
    pump();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('parallax: stdin line 1: longer than 5 MB, the limit for one line; stopped\n');
    expect(code).toBe(1);
  });
});
