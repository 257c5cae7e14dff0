import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

// DCT: Wednesday 24 September 2014.
describe('refiner/clock-on-named-day', () => {
  it('gives a lone clock time the day its sentence names', () => {
    tags("Saturday's opening ceremony begins at 10am with a brass band.").are(['Saturday=DATE:2014-09-27', '10am=TIME:2014-09-27T10:00']);
    tags('At 9pm the polls close on 2 October.').are(['9pm=TIME:2014-10-02T21:00', '2 October=DATE:2014-10-02']);
  });
  it('leaves the document date when the sentence names no day, and stays inside its sentence', () => {
    tags('The parade starts at 2pm.').are(['2pm=TIME:2014-09-24T14:00']);
    tags('Talks will resume on Friday. Doors open at 9am.').are(['Friday=DATE:2014-09-26', '9am=TIME:2014-09-24T09:00']);
  });
  it('leaves a time whose clause points away from the named day', () => {
    tags("Monday's vote was close, and talks will resume at 9am.").are(['Monday=DATE:2014-09-22', '9am=TIME:2014-09-24T09:00']);
  });
});
