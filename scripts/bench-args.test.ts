import { afterEach, describe, expect, it, vi } from 'vitest';
import { benchArgs } from './bench-args.ts';

afterEach(() => vi.restoreAllMocks());

describe('benchArgs', () => {
  it('tells paths from flags, in order', () => {
    const args = benchArgs(['--errors', 'stories/', 'more.jsonl']);
    expect(args.paths).toEqual(['stories/', 'more.jsonl']);
    expect(args.flag('--errors')).toBe(true);
    expect(args.flag('--details')).toBe(false);
    expect(args.json).toBe(false);
  });

  it('keeps the human report off stdout under --json', () => {
    const out = vi.spyOn(console, 'log').mockImplementation(() => {});
    benchArgs(['--json']).log('recall 89.4 %');
    expect(out).not.toHaveBeenCalled();
    benchArgs([]).log('recall 89.4 %');
    expect(out).toHaveBeenCalledWith('recall 89.4 %');
  });
});
