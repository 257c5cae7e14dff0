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

  it('joins a body to its full name when the rest only says what company it is or whose body', () => {
    const body = (key: string) => name(key, 'organisation');
    expect(keys(unifySpellings([[body('kraft foods')], [name('kraft', 'other')]]))).toEqual([['kraft'], ['kraft']]);
    expect(keys(unifySpellings([[body('accident investigation commission of papua new guinea')], [body('accident investigation commission')]]))).toEqual([
      ['accident investigation commission'],
      ['accident investigation commission'],
    ]);
    // A place's own bodies are other bodies; a short form two full names share is neither's.
    expect(keys(unifySpellings([[body('narsingdi railway police')], [name('narsingdi', 'other')]]))).toEqual([['narsingdi railway police'], ['narsingdi']]);
    expect(keys(unifySpellings([[body('kraft foods'), body('kraft holdings')], [name('kraft', 'other')]]))).toEqual([
      ['kraft foods', 'kraft holdings'],
      ['kraft'],
    ]);
  });

  it("joins a person's short given name to the full one, and nothing else's", () => {
    expect(keys(unifySpellings([[name('daniel corrigan')], [name('daniel corrigan')], [name('dan corrigan')]]))).toEqual([
      ['daniel corrigan'],
      ['daniel corrigan'],
      ['daniel corrigan'],
    ]);
    expect(keys(unifySpellings([[name('martin okafor')], [name('marty okafor')], [name('martin okafor')]]))).toEqual([
      ['martin okafor'],
      ['martin okafor'],
      ['martin okafor'],
    ]);
    // A feminine form is another person; an organisation's words are not given names.
    expect(keys(unifySpellings([[name('paul reid')], [name('paula reid')]]))).toEqual([['paul reid'], ['paula reid']]);
    expect(keys(unifySpellings([[name('pen rail', 'organisation')], [name('penrith rail', 'organisation')]]))).toEqual([['pen rail'], ['penrith rail']]);
  });
  it("joins a Spanish name to its short form, the given name and the father's surname", () => {
    expect(keys(unifySpellings([[name('héctor manuel sandoval riquelme')], [name('héctor sandoval')]]))).toEqual([['héctor sandoval'], ['héctor sandoval']]);
    expect(keys(unifySpellings([[name('anthony lacalamita iii')], [name('anthony lacalamita')]]))).toEqual([['anthony lacalamita'], ['anthony lacalamita']]);
    // Not the mother's surname, nor a place.
    expect(keys(unifySpellings([[name('héctor manuel sandoval riquelme')], [name('héctor riquelme')]]))).toEqual([
      ['héctor manuel sandoval riquelme'],
      ['héctor riquelme'],
    ]);
    expect(keys(unifySpellings([[name('san juan bautista', 'place')], [name('san bautista', 'place')]]))).toEqual([['san juan bautista'], ['san bautista']]);
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
