import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tag.ts';
import { tags } from '../testing.ts';

describe('parser/iso-date', () => {
  it('reads ISO dates and zero-padded year-months', () => {
    tags('Filed on 2014-09-24 and 2013-06.').are(['2014-09-24=DATE:2014-09-24', '2013-06=DATE:2013-06']);
  });
  it('reads ISO timestamps as TIME', () => {
    tags('Published 2014-09-24T07:11:00+08:00 online.').are(['2014-09-24T07:11:00+08:00=TIME:2014-09-24T07:11:00']);
  });
  it('reads US slash dates with a year', () => {
    tags('Deadline: 9/30/2014.').are(['9/30/2014=DATE:2014-09-30']);
  });
  it('reads an ambiguous slash date day first when another slash date in the text can only be day first', () => {
    tags('Posted 13/02/2009. He came back on 02/03/2009.', { source: 'parser/iso-date' }).are(['13/02/2009=DATE:2009-02-13', '02/03/2009=DATE:2009-03-02']);
    tags('He came back on 02/03/2009.', { source: 'parser/iso-date' }).are(['02/03/2009=DATE:2009-02-03']);
    tags('Posted 13/02/2009, updated 12/25/2009. Back on 02/03/2009.', { source: 'parser/iso-date' }).are([
      '13/02/2009=DATE:2009-02-13',
      '12/25/2009=DATE:2009-12-25',
      '02/03/2009=DATE:2009-02-03',
    ]);
  });
  it("reads an ambiguous slash date as the text's English writes dates: day first beside £, 'per cent' or 'Mr Smith'", () => {
    tags('Mr Smith said the £4.5bn scheme was approved on 05/06/2023.', { source: 'parser/iso-date' }).are(['05/06/2023=DATE:2023-06-05']);
    tags('Mr. Smith said the $4.5bn program was approved on 05/06/2023.', { source: 'parser/iso-date' }).are(['05/06/2023=DATE:2023-05-06']);
  });
  it('reads an ambiguous slash date of a sentence as its whole report writes dates, when the sentence cannot tell', () => {
    const value = (dayFirst?: boolean) =>
      tagTimexes('The deal is expected to complete by 3/6/2025.', '2025-05-08', dayFirst === undefined ? {} : { dayFirst })[0]?.value;
    expect(value()).toBe('2025-03-06');
    expect(value(true)).toBe('2025-06-03');
    // The sentence's own unambiguous date still decides.
    expect(tagTimexes('Filed on 12/25/2024, it closes by 3/6/2025.', null, { dayFirst: true })[1]?.value).toBe('2025-03-06');
  });
  it('reads dates written with dashes or dots and a whole year day first: "03-06-2023", "02.06.2023"', () => {
    tags('Mourning was declared on 03-06-2023; trains ran again on 02.06.2023 and 13-06-2023.', { source: 'parser/iso-date' }).are([
      '03-06-2023=DATE:2023-06-03',
      '02.06.2023=DATE:2023-06-02',
      '13-06-2023=DATE:2023-06-13',
    ]);
  });
  it('leaves 9/11, seasons like 2009-10 and impossible dates alone', () => {
    tags('After 9/11 and in 2009-10 and on 2014-02-30.', { source: 'parser/iso-date' }).are([]);
  });
  it('leaves zero-padded seasons alone: "the 2004-05 season", "2008-09"', () => {
    tags('In the 2004-05 season and through 2008-09.', { source: 'parser/iso-date' }).are([]);
    tags('Filed 2004-06.', { source: 'parser/iso-date' }).are(['2004-06=DATE:2004-06']);
  });
  it('reads "from 2000-04" and "(2000-04)" as the years 2000 to 2004, as "from 1999-2003" is read', () => {
    tags('He was head coach from 2000-04.', { source: 'parser/iso-date' }).are(['2000=DATE:2000', '04=DATE:2004']);
    tags('He coached Portland (2000-04) and Philadelphia.', { source: 'parser/iso-date' }).are(['2000=DATE:2000', '04=DATE:2004']);
  });
});
