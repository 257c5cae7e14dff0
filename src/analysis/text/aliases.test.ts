import { describe, expect, it } from 'vitest';
import { aliasForm, aliasDisplayName, lookupAlias } from './aliases.ts';

describe('lookupAlias', () => {
  it('maps variants, old spellings and demonyms to one key', () => {
    expect(lookupAlias('U.S.')?.key).toBe(lookupAlias('United States')?.key);
    expect(lookupAlias('Teheran')?.key).toBe(lookupAlias('Tehran')?.key);
    expect(lookupAlias('Iranian')).toMatchObject({ key: lookupAlias('Iran')!.key, demonym: true });
  });
  it('matches short acronyms only in capitals, so "us" and "is" stay words', () => {
    expect(lookupAlias('US')).toBeDefined();
    expect(lookupAlias('us')).toBeUndefined();
  });
});

describe('aliasDisplayName', () => {
  it('shows a known entity under its usual name, whatever variant or demonym the text used', () => {
    expect(aliasDisplayName(lookupAlias('Iranian')!.key)).toBe('Iran');
    expect(aliasDisplayName(lookupAlias('U.K.')!.key)).toBe('United Kingdom');
    expect(aliasDisplayName('no such key')).toBeUndefined();
  });
});

describe('aliasForm', () => {
  it('keys a company alike with or without its legal form, and keeps a name that is only the form', () => {
    expect(aliasForm('Microsoft Corp.')).toBe(aliasForm('Microsoft'));
    expect(aliasForm('Interoute Plc')).toBe('interoute');
    expect(aliasForm('Harrow and Finch Ltd')).toBe('harrow and finch');
    expect(aliasForm('Limited')).toBe('limited');
  });
});
