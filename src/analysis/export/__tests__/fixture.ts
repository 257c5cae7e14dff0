import type { Comparison } from '../../compare.ts';
import type { Report } from '../../report/types.ts';

export const REPORTS: Report[] = [
  {
    id: 'cd',
    file: 'cd.txt',
    title: "Cameron seeks Iran's help",
    source: 'China Daily',
    published: '2014-09-24',
    publishedFrom: 'stated',
    paragraphs: ['Cameron will meet Rouhani in New York. It is the first meeting since 1979.', 'Talks cost =SUM(A1:A9), "quoted", and more.'],
    removed: ['Home / China'],
  },
  {
    id: 'afp',
    title: 'British premier and Iranian president hold talks',
    source: 'AFP',
    published: '2014-09-25',
    publishedFrom: 'stated',
    paragraphs: ['Cameron met Rouhani on Wednesday in New York. It was the first meeting in 35 years.'],
    removed: [],
  },
];

export const COMPARISON: Comparison = {
  reports: [
    {
      id: 'cd',
      published: '2014-09-24',
      sentences: [
        { id: 's1', text: 'Cameron will meet Rouhani in New York.', paragraph: 0, start: 0, end: 38 },
        { id: 's2', text: 'It is the first meeting since 1979.', paragraph: 0, start: 39, end: 74 },
        { id: 's3', text: 'Talks cost =SUM(A1:A9), "quoted", and more.', paragraph: 1, start: 0, end: 43 },
      ],
    },
    {
      id: 'afp',
      published: '2014-09-25',
      sentences: [
        { id: 's1', text: 'Cameron met Rouhani on Wednesday in New York.', paragraph: 0, start: 0, end: 45 },
        { id: 's2', text: 'It was the first meeting in 35 years.', paragraph: 0, start: 46, end: 83 },
      ],
    },
  ],
  facts: [
    {
      id: 'f1',
      kind: 'shared',
      mentions: [
        { report: 'cd', sentence: 's1' },
        { report: 'afp', sentence: 's1' },
      ],
      score: 0.8123,
      reasons: ['tfidf=0.5'],
      differences: [],
    },
    {
      id: 'f2',
      kind: 'conflict',
      mentions: [
        { report: 'cd', sentence: 's2' },
        { report: 'afp', sentence: 's2' },
      ],
      score: 0.6,
      reasons: [],
      differences: ['number: 1979 vs 35'],
    },
  ],
  timeline: [
    {
      id: 'e1',
      date: '1979',
      granularity: 'year',
      label: 'Islamic revolution, first meeting since',
      actors: ['Iran'],
      mentions: [{ report: 'cd', sentence: 's2', text: '1979', start: 30, end: 34 }],
    },
    {
      id: 'e2',
      date: '2014-09-24',
      granularity: 'day',
      label: 'Cameron meets Rouhani; talks, in New York',
      actors: ['David Cameron', 'Hassan Rouhani'],
      mentions: [
        { report: 'cd', sentence: 's1', text: 'within the next two days', start: 0, end: 1 },
        { report: 'afp', sentence: 's1', text: 'Wednesday', start: 23, end: 32 },
      ],
    },
    {
      id: 'e3',
      date: '2014-06',
      granularity: 'month',
      label: 'Britain said it would reopen its embassy in Teheran after a hiatus of more than two and a half years — “Téhéran” ✓',
      actors: [],
      mentions: [],
    },
    { id: 'e4', date: 'XXXX-09', granularity: 'month', label: 'unplaceable', actors: [], mentions: [] },
  ],
  undated: [],
  related: [],
};
