/**
 * Seeded synthetic news reports for the scale and large-input benchmarks (see bench-scale.ts).
 *
 * The generator is seeded (same text every run). Reports draw from one pool of "events" built
 * from shared names, places, numbers and news vocabulary; each report retells a random subset
 * of events in its own words (synonym swaps, clause order, attribution), sometimes with a
 * different number (a conflict), and adds filler sentences of its own, so there are real
 * matches, near misses and plenty of shared vocabulary for the candidate index to cope with.
 */
import type { Report } from '../src/analysis/report/types.ts';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Maria', 'John', 'Ahmed', 'Li', 'Olga', 'Pedro', 'Aisha', 'Kenji', 'Sarah', 'Omar', 'Elena', 'David', 'Fatima', 'Lars', 'Priya', 'Tomas'];
const LAST = [
  'Novak',
  'Okafor',
  'Haddad',
  'Chen',
  'Petrova',
  'Silva',
  'Khan',
  'Tanaka',
  'Miller',
  'Rahman',
  'Rossi',
  'Cohen',
  'Diallo',
  'Berg',
  'Sharma',
  'Horvat',
  'Moreau',
  'Kowalski',
];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Mayor', 'Governor', 'General'];
const PLACES = [
  'Nairobi',
  'Lima',
  'Oslo',
  'Hanoi',
  'Tehran',
  'Kyiv',
  'Beijing',
  'Geneva',
  'Cairo',
  'Manila',
  'Warsaw',
  'Bogota',
  'Dhaka',
  'Lagos',
  'Ankara',
  'Quito',
];
const COUNTRIES = ['France', 'Iran', 'Brazil', 'Japan', 'Kenya', 'Germany', 'India', 'Egypt', 'Canada', 'Poland', 'Chile', 'Turkey'];
const ORGS = ['the United Nations', 'the European Union', 'the World Bank', 'NATO', 'the IMF', 'the Red Cross', 'the WHO'];
const VERBS: [string, string][] = [
  ['met', 'held talks with'],
  ['criticised', 'condemned'],
  ['praised', 'welcomed'],
  ['called', 'telephoned'],
  ['warned', 'cautioned'],
  ['thanked', 'expressed gratitude to'],
];
const TOPICS = [
  'the water dispute',
  'the trade agreement',
  'the border crisis',
  'the refugee plan',
  'the energy deal',
  'the nuclear talks',
  'the fishing quota',
  'the election dispute',
  'the debt relief plan',
  'the vaccine programme',
  'the railway project',
  'the climate pledge',
];
const NOUNS = ['people', 'soldiers', 'workers', 'families', 'students', 'tonnes', 'vehicles', 'homes', 'jobs', 'flights'];
const ACTIONS: [string, string][] = [
  ['killed', 'left dead'],
  ['injured', 'wounded'],
  ['evacuated', 'moved to safety'],
  ['affected', 'hit'],
  ['cut', 'eliminated'],
  ['delayed', 'held up'],
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FILLER = ['analysts', 'observers', 'residents', 'critics', 'officials', 'diplomats', 'economists', 'campaigners'];
const FILLER_VERBS = [
  'said the situation remained uncertain',
  'expected further talks in the coming weeks',
  'warned that prices could rise again',
  'noted that the region had seen similar disputes before',
  'called for calm and patience',
  'said more details would be published later',
  'argued that the decision came too late',
  'questioned whether the plan would work',
  'said the government had acted responsibly',
];

interface Event {
  kind: 'meeting' | 'incident';
  who: string[];
  surname: string[];
  place: string;
  topic: string;
  verb: number;
  n: number;
  noun: string;
  action: number;
  day: string;
  year: number;
}

function makeEvents(r: () => number, count: number): Event[] {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const events: Event[] = [];
  for (let i = 0; i < count; i++) {
    const f1 = pick(FIRST),
      l1 = pick(LAST),
      f2 = pick(FIRST),
      l2 = pick(LAST);
    events.push({
      kind: r() < 0.5 ? 'meeting' : 'incident',
      who: [`${pick(TITLES)} ${f1} ${l1}`, `${pick(TITLES)} ${f2} ${l2}`],
      surname: [l1, l2],
      place: pick(PLACES),
      topic: pick(TOPICS),
      verb: Math.floor(r() * VERBS.length),
      n: 3 + Math.floor(r() * 4000),
      noun: pick(NOUNS),
      action: Math.floor(r() * ACTIONS.length),
      day: pick(DAYS),
      year: 1950 + Math.floor(r() * 70),
    });
  }
  return events;
}

function tell(e: Event, r: () => number, style: number): string {
  const conflict = r() < 0.08;
  const n = conflict ? e.n + 1 + Math.floor(r() * 50) : e.n;
  const v = VERBS[e.verb]![style % 2]!;
  const a = ACTIONS[e.action]![style % 2]!;
  const country = COUNTRIES[(e.n + e.verb) % COUNTRIES.length]!;
  const org = ORGS[(e.n + e.action) % ORGS.length]!;
  if (e.kind === 'meeting') {
    return style % 2 === 0
      ? `${e.who[0]} ${v} ${e.who[1]} in ${e.place} on ${e.day} to discuss ${e.topic}, the first such meeting since ${e.year}.`
      : `On ${e.day}, ${e.surname[0]} ${v} ${e.surname[1]} in ${e.place} about ${e.topic}, their first encounter since ${e.year}, ${org} said.`;
  }
  return style % 2 === 0
    ? `The incident in ${e.place} on ${e.day} ${a} ${n} ${e.noun}, according to officials in ${country}.`
    : `Officials in ${country} said ${n.toLocaleString('en-US')} ${e.noun} were ${a} in ${e.place} on ${e.day}.`;
}

function filler(r: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  return `${pick(['Local', 'Foreign', 'Independent', 'Senior'])} ${pick(FILLER)} in ${pick(PLACES)} ${pick(FILLER_VERBS)} about ${pick(TOPICS)}, and ${pick(FILLER)} ${pick(FILLER_VERBS)}.`;
}

export function makeReports(count: number, wordsEach: number, seed = 42): Report[] {
  const r = rng(seed);
  const events = makeEvents(r, 400);
  const reports: Report[] = [];
  for (let k = 0; k < count; k++) {
    const paragraphs: string[] = [];
    let words = 0;
    let para: string[] = [];
    while (words < wordsEach) {
      const s = r() < 0.55 ? tell(events[Math.floor(r() * events.length)]!, r, k + Math.floor(r() * 2)) : filler(r);
      para.push(s);
      words += s.split(/\s+/).length;
      if (para.length >= 4) {
        paragraphs.push(para.join(' '));
        para = [];
      }
    }
    if (para.length) paragraphs.push(para.join(' '));
    reports.push({ id: `r${k + 1}`, title: `Report ${k + 1}`, source: null, published: '2024-05-01', publishedFrom: 'stated', paragraphs, removed: [] });
  }
  return reports;
}
