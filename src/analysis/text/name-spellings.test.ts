import { describe, expect, it } from 'vitest';
import { unifySpellings } from './name-spellings.ts';
import type { NameMention } from './names.ts';

const name = (key: string, kind: NameMention['kind'] = 'person'): NameMention => ({ start: 0, end: key.length, text: key, key, kind });
const keys = (lists: NameMention[][]) => lists.map((l) => l.map((m) => m.key));

describe('unifySpellings', () => {
  it('gives two spellings of one name the key used most', () => {
    const lists = [
      [name('salahuddin', 'other')],
      [name('salahaddin', 'other')],
      [name('salahaddin', 'other'), name('jerymayne timmons')],
      [name('jermayne timmons')],
    ];
    expect(keys(unifySpellings(lists))).toEqual([['salahaddin'], ['salahaddin'], ['salahaddin', 'jermayne timmons'], ['jermayne timmons']]);
  });

  it('keeps apart names that are not spellings of each other, places, and names of more or fewer words', () => {
    const lists = [
      [name('marsh'), name('austria', 'place'), name('mark felt')],
      [name('harsh'), name('australia', 'place'), name('felt')],
      [name('kim'), name('kin')],
    ];
    expect(keys(unifySpellings(lists))).toEqual(keys(lists));
  });
});
