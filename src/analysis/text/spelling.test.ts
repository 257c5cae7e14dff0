import { describe, expect, it } from 'vitest';
import { sameSpelling } from './spelling.ts';

describe('sameSpelling', () => {
  it('reads spelling variants and dropped accents as one name', () => {
    expect(sameSpelling('Smyth', 'Smith')).toBe(true);
    expect(sameSpelling('Havsörn', 'Havsorn')).toBe(true);
    expect(sameSpelling('Kessler', 'Kesler')).toBe(true);
    expect(sameSpelling('Mohammed', 'Muhammad')).toBe(true);
  });
  it('keeps different names apart', () => {
    expect(sameSpelling('Marsh', 'Harsh')).toBe(false);
    expect(sameSpelling('Kim', 'Kin')).toBe(false);
    expect(sameSpelling('Thompson', 'Rahman')).toBe(false);
    expect(sameSpelling('Berlin', 'Bern')).toBe(false);
  });
});
