import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, factsToCsv, formulaLike, timelineToCsv, toCsv } from '../csv.ts';
import { COMPARISON, REPORTS } from './fixture.ts';

/** A strict RFC 4180 reader, written independently of the writer, for round trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
      continue;
    }
    if (c === '"') throw new Error(`bare quote at ${i}`);
    if (c === ',') {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
      continue;
    }
    if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    field += c;
    i++;
  }
  if (field !== '' || row.length) throw new Error('missing final CRLF');
  return rows;
}

/** What a spreadsheet user reads back: the apostrophe guard removed. */
/** The reader's side of the guard: one leading apostrophe hides a sign, or apostrophes before one. */
const unguard = (s: string) => (s.startsWith("'") && formulaLike(s.slice(1).replace(/^'+/, '')) ? s.slice(1) : s);

describe('csvField', () => {
  it('quotes only when needed and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(null)).toBe('');
  });

  it('defuses formulas', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+44 20')).toBe("'+44 20");
    expect(csvField('-5 degrees')).toBe("'-5 degrees");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('defuses look-alike and hidden leading signs, and control characters OWASP lists', () => {
    for (const text of [
      '＝1+1',
      '＋44 20',
      '－5',
      '＠SUM(A1)',
      '﹦1+1',
      '﹢1',
      '﹣1',
      '﹫A1',
      '−5',
      ' =1+1',
      '\u00a0=1',
      '\u200b=1',
      '\ufeff@A1',
      '\u200e+1',
      '\u3000＝1',
    ]) {
      expect(csvField(text)).toMatch(/^"?'/);
    }
    expect(csvField('\tTab first')).toBe('"\'\tTab first"');
    expect(csvField('\rCR first')).toBe('"\'\rCR first"');
    expect(csvField('\0NUL first')).toBe("'\0NUL first");
    for (const text of ['Café', 'x＝1', '2 − 1', '–5 (en dash)', '— a dash', "'quoted"]) expect(csvField(text)).toBe(text);
    expect(csvField('"=1"')).toBe('"""=1"""');
  });

  it('quotes a field with a semicolon or tab, so no locale splits it into a new cell', () => {
    expect(csvField('a;=1+2')).toBe('"a;=1+2"');
    expect(csvField('a\t=1')).toBe('"a\t=1"');
  });

  it('keeps a cell that begins with an apostrophe and a sign as written: "\'+1" is not read back as "+1"', () => {
    expect(unguard(csvField("'+1"))).toBe("'+1");
    expect(unguard(csvField("''+1"))).toBe("''+1");
    expect(unguard(csvField('+1'))).toBe('+1');
  });

  it('round-trips any table (property)', () => {
    const cell = fc.string({ unit: 'grapheme' });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const parsed = parseCsv(toCsv(['a', 'b', 'c'], rows));
        expect(parsed[0]).toEqual(['a', 'b', 'c']);
        expect(parsed.slice(1).map((r) => r.map(unguard))).toEqual(rows);
        for (const r of parsed.slice(1)) for (const f of r) expect(formulaLike(f)).toBe(false);
      }),
    );
  });
});

describe('factsToCsv', () => {
  it('has one row per mention with the sentence text', () => {
    const rows = parseCsv(factsToCsv(REPORTS, COMPARISON));
    expect(rows[0]).toEqual(['fact', 'kind', 'score', 'report', 'report_title', 'sentence', 'text', 'differences']);
    expect(rows.slice(1)).toEqual([
      ['f1', 'shared', '0.812', 'cd', "Cameron seeks Iran's help", 's1', 'Cameron will meet Rouhani in New York.', ''],
      ['f1', 'shared', '0.812', 'afp', 'British premier and Iranian president hold talks', 's1', 'Cameron met Rouhani on Wednesday in New York.', ''],
      ['f2', 'conflict', '0.6', 'cd', "Cameron seeks Iran's help", 's2', 'It is the first meeting since 1979.', 'number: 1979 vs 35'],
      ['f2', 'conflict', '0.6', 'afp', 'British premier and Iranian president hold talks', 's2', 'It was the first meeting in 35 years.', 'number: 1979 vs 35'],
    ]);
  });
});

describe('timelineToCsv', () => {
  it('has one row per event mention', () => {
    const rows = parseCsv(timelineToCsv(REPORTS, COMPARISON));
    expect(rows[0]).toEqual([
      'event',
      'date',
      'granularity',
      'start',
      'end',
      'label',
      'actors',
      'report',
      'report_title',
      'sentence',
      'expression',
      'sentence_text',
    ]);
    expect(rows).toHaveLength(4);
    expect(rows[2]).toEqual([
      'e2',
      '2014-09-24',
      'day',
      '',
      '',
      'Cameron meets Rouhani; talks, in New York',
      'David Cameron; Hassan Rouhani',
      'cd',
      REPORTS.find((r) => r.id === 'cd')!.title,
      's1',
      'within the next two days',
      'Cameron will meet Rouhani in New York.',
    ]);
  });
});
