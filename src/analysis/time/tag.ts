import type { Timex } from './types.ts';

/** STUB — replaced by the time-tagger work. `dct` is the document creation date (ISO) or null. */
export function tagTimexes(_text: string, _dct: string | null): Timex[] {
  return [];
}
