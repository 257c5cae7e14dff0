import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.ts';
import { readJsonLines, type JsonLine } from './read-jsonl.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

async function collect(input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, max?: number): Promise<JsonLine[]> {
  const out: JsonLine[] = [];
  const source =
    Symbol.asyncIterator in input
      ? input
      : (async function* () {
          yield* input;
        })();
  for await (const row of readJsonLines(source, max)) out.push(row);
  return out;
}

describe('readJsonLines', () => {
  it('drops a UTF-8 BOM before line 1 (and one left by joined files), and reads CRLF and a last line without a newline', async () => {
    const rows = await collect([new Uint8Array([0xef, 0xbb, 0xbf]), bytes('{"id":1}\r\n\n\uFEFF{"id":2}\n{"id":3}')]);
    expect(rows).toEqual([
      { line: 1, value: { id: 1 } },
      { line: 3, value: { id: 2 } },
      { line: 4, value: { id: 3 } },
    ]);
  });

  it('joins a line split across chunks, even inside a multi-byte character', async () => {
    const whole = bytes('{"text":"Minister’s"}\n');
    const cut = whole.indexOf(0xe2) + 1;
    expect(await collect([whole.subarray(0, cut), whole.subarray(cut)])).toEqual([{ line: 1, value: { text: 'Minister’s' } }]);
  });

  it('reports lines that are not JSON objects, by number, and goes on', async () => {
    expect(await collect(['[1]\n{oops\n"s"\n{"id":"x"}\n'])).toEqual([
      { line: 1, error: 'expected a JSON object' },
      { line: 2, error: 'not valid JSON' },
      { line: 3, error: 'expected a JSON object' },
      { line: 4, value: { id: 'x' } },
    ]);
  });

  it('stops at a line longer than the limit, even one that never ends', async () => {
    async function* zeros() {
      yield bytes('{"id":1}\n');
      for (;;) yield new Uint8Array(4096);
    }
    const rows: JsonLine[] = [];
    const run = async () => {
      for await (const row of readJsonLines(zeros(), 100_000)) rows.push(row);
    };
    await expect(run()).rejects.toThrow(new CliError('stdin line 2: longer than 98 KB, the limit for one line; stopped'));
    expect(rows).toEqual([{ line: 1, value: { id: 1 } }]);
    await expect(collect([bytes('{"id":1}'.padEnd(20) + '\n')], 10)).rejects.toThrow('stdin line 1: longer than');
  });
});
