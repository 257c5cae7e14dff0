import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from './features.ts';

describe('sentenceFeatures', () => {
  it("keeps the claim's times and leaves out those of its attribution frame, tagged in the whole sentence", () => {
    const times = (text: string) => sentenceFeatures(text, [], '2025-03-10').times.map((t) => `${t.text}|${t.value}`);
    expect(times('The plant closed at 3 p.m. on Friday, the company said in a statement on Monday.')).toEqual(['3 p.m. on Friday|2025-03-07T15:00']);
    expect(times('Police said on Sunday that the bridge collapsed at 4:10 p.m. on Saturday.')).toEqual(['4:10 p.m. on Saturday|2025-03-08T16:10']);
  });
});
