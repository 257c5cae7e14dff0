import { describe, expect, it } from 'vitest';
import { foldDiacritics } from './fold-diacritics.ts';

describe('foldDiacritics', () => {
  it('drops the accents of Latin letters, and writes the letters that have none to drop plainly', () => {
    expect(foldDiacritics('Kahramanmaraş, Pazarcık, Mbappé, Di María, Sérgio, Ørsted, Łódź')).toBe(
      'Kahramanmaras, Pazarcik, Mbappe, Di Maria, Sergio, Orsted, Lodz',
    );
  });
  it('keeps text without accents, and the marks of other scripts, as they are', () => {
    expect(foldDiacritics('Plain text, 12 km.')).toBe('Plain text, 12 km.');
    expect(foldDiacritics('हिन्दी')).toBe('हिन्दी');
  });
});
