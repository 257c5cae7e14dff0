import { describe, expect, it } from 'vitest';
import { readTimeML } from './timeml.ts';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2003-05-14" temporalFunction="false" functionInDocument="CREATION_TIME">May 14, 2003</TIMEX3></DCT>
<TITLE>Mills &amp; Co. <TIMEX3 tid="t9" type="DATE" value="1900">1900</TIMEX3></TITLE>
<TEXT>
The mill &quot;Smith &amp; Sons&quot; <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> <SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="2003-05-12" functionInDocument="NONE">Monday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P40Y">forty years</TIMEX3>.
</TEXT>
</TimeML>`;

describe('readTimeML', () => {
  it('strips the tags, decodes entities, and keeps gold offsets into the stripped text', () => {
    const c = readTimeML(DOC, 'X1');
    expect(c.dct).toBe('2003-05-14');
    expect(c.text).toBe('\nThe mill "Smith & Sons" closed on Monday after forty years.\n');
    expect(c.timexes).toEqual([
      { start: 35, end: 41, type: 'DATE', value: '2003-05-12' },
      { start: 48, end: 59, type: 'DURATION', value: 'P40Y' },
    ]);
    expect(c.timexes.map((t) => c.text.slice(t.start, t.end))).toEqual(['Monday', 'forty years']);
  });

  it('reads a compact DCT value and tolerates a document without one', () => {
    const compact = DOC.replace('value="2003-05-14"', 'value="20030514T1200"');
    expect(readTimeML(compact, 'X1').dct).toBe('2003-05-14');
    expect(readTimeML('<TimeML><TEXT>Nothing.</TEXT></TimeML>', 'X2')).toEqual({ id: 'X2', dct: null, text: 'Nothing.', timexes: [] });
  });
});
