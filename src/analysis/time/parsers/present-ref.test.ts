import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/present-ref', () => {
  it('tags now and currently as PRESENT_REF', () => {
    tags('Prices are now falling and currently stand at $5.').are(['now=DATE:PRESENT_REF', 'currently=DATE:PRESENT_REF']);
  });
  it('tags recent years and recently as PAST_REF, without the preposition', () => {
    tags('In recent years, it recently grew.').are(['recent years=DATE:PAST_REF', 'recently=DATE:PAST_REF']);
  });
  it('leaves "at" outside and "the present government" alone', () => {
    tags('At the moment, the present government is weak.').are(['the moment=DATE:PRESENT_REF']);
  });
  it('tags "the future" only as a complete phrase', () => {
    tags('In the near future, they will see.').are(['the near future=DATE:FUTURE_REF']);
    tags('The future of the party is unclear.').are([]);
  });
});

describe('parser/present-ref: "in the past" inside a clause', () => {
  it('tags "the past" after "in" wherever it stands, but not "the past tense"', () => {
    tags('Regulators have in the past fined the bank.').are(['the past=DATE:PAST_REF']);
    tags('The verb is in the past tense.').are([]);
  });
});
