import { describe, expect, it } from 'vitest';
import { readStories, resolveRef, storyReports } from '../../../scripts/stories-data.ts';
import { compareReports } from '../compare.ts';

// Regression floors on the multi-outlet stories (three outlets per event, written for this repo by a
// different author than the aligner; see __fixtures__/stories/README.md). `npm run bench:stories`
// prints the figures; these floors sit a little under them so a change that loses links or
// precision fails here. Recall and conflicts fell on Nov 30 (from 52 % and 15 found, to 36 % and 10) when the link
// threshold was chosen for precision on whole real articles (`bench:links`), where the stories' bar
// had left 2 in 5 links wrong: a deliberate trade, not a floor to win back by loosening it. Later that night,
// with 50 labelled train stories instead of 13, that bar rose (threshold 0.5) and the grouping was re-chosen
// on them: recall 37.5 %, 8 conflict facts, all real, 12 of 33 gold conflicts found.

function score(dir?: string) {
  let gold = 0,
    predicted = 0,
    tp = 0,
    conflictsFound = 0,
    conflictFacts = 0;
  for (const { file, story } of readStories(dir)) {
    const cmp = compareReports(storyReports(story, file));
    const at = (ref: string) => {
      const { report, sentence } = resolveRef(cmp.reports, ref, file);
      return `${cmp.reports[report]!.id}:${cmp.reports[report]!.sentences[sentence]!.id}`;
    };
    const key = (x: string, y: string) => [x, y].sort().join('|');
    const goldPairs = new Set(story.links.map((l) => key(at(l.a), at(l.b))));
    const goldConflicts = new Set(story.conflicts.map((c) => key(at(c.a), at(c.b))));
    const pairs = new Set<string>();
    for (const f of cmp.facts) {
      const ms = f.mentions.map((m) => `${m.report}:${m.sentence}`);
      ms.forEach((x, i) =>
        ms.slice(i + 1).forEach((y) => {
          if (x.split(':')[0] !== y.split(':')[0]) pairs.add(key(x, y));
        }),
      );
      if (f.kind === 'conflict') {
        conflictFacts++;
        if (ms.some((x) => ms.some((y) => goldConflicts.has(key(x, y))))) conflictsFound++;
      }
    }
    gold += goldPairs.size;
    predicted += pairs.size;
    tp += [...pairs].filter((p) => goldPairs.has(p)).length;
  }
  return { precision: tp / predicted, recall: tp / gold, conflictsFound, conflictFacts };
}

describe('multi-outlet stories', () => {
  const s = score();
  it('links shared facts at a precision a reader can trust', () => {
    expect(s.precision).toBeGreaterThanOrEqual(0.88);
  });
  it('links a third of the fact pairs a reader links', () => {
    expect(s.recall).toBeGreaterThanOrEqual(0.34);
  });
  it('finds some of the conflicts, and most conflicts it reports are real', () => {
    expect(s.conflictsFound).toBeGreaterThanOrEqual(7);
    expect(s.conflictsFound / s.conflictFacts).toBeGreaterThanOrEqual(0.75);
  });
});

// The sets written later by authors who had not read the aligner (scripts/data/stories-blind*, each
// measured blind once, then kept): floors at their figures of Dec 6 (fifth session), so a change that loses
// what they taught fails here: conflicts found and invented at those figures exactly, precision and recall a
// point under them (rounded down). Before, most floors sat at each set's first figures, and the conflicts
// later sessions found were guarded only by unit tests. Sets 21, 53, 54, 70 and 82 each gave up one invented
// conflict (and 53 and 70 a point of precision) to a sentence in no fact joining the fact of a wording it
// disputes (facts.ts `ORPHAN_DISPUTE_SHARE`: 30 gold conflicts more across the sets). Floors moved again
// on Dec 6 (sixth session), when a sentence in no fact could join a fact through a plain link (facts.ts
// `LONE_SHARE`: 184 right links and 24 wrong more): recall up on most sets; sets 3, 7, 14, 38, 40, 66,
// 83 and 90 lost one to four points of precision and set 29 invented a conflict. Set 63 gave up one conflict
// found ("the biggest movement of any candidate") when the highest of several parts stopped being compared
// with the whole (quantities.ts `extreme`: 5 invented conflicts fewer across the sets). On Dec 6 (seventh
// session) an amount two sentences both state, however converted, stopped counting them as sharing only
// names (evidence.ts `amountShared`: 57 right links and 9 wrong more, 12 conflicts found and 6 invented
// more across sets 2–106): sets 2, 23, 54, 85 and 91 invented one or two conflicts, and sets 41, 54, 57,
// 85 and 91 lost one or two points of precision. On Dec 7 (sixth session) a sentence's lone first word that
// English writes in lower case stopped being a name ("Forecasters expect", "Staff were sent home": names.ts
// `ORDINARY_STEMS`; with the session's word groups and "half a kilometre", and the rules read from sets
// 151–158: 183 right links and 15 wrong more, 19 conflicts found and 8 invented more across sets 2–150):
// sets 25, 29, 42, 58, 63, 64, 79 and 93 invented one or two conflicts more (most between figures of two
// things that now link), sets 14, 102 and 134 lost a conflict found, and sets 2, 50, 64, 127, 128 and 144
// a point or two of precision or recall. On Dec 7 (seventh session) the rules read from sets 159–166 (a span
// between two moments, "police chief" for any rank, "two of them seriously", "burnt to death", days listed
// before their month, a denial over a span, a statement's own heading no fact; across sets 2–158 3 right
// links and 2 wrong more, 1 conflict found more and 6 invented fewer) cost set 155 a point of precision (a
// toll's part linked to the hurt). Paths from the repository root, where vitest runs.
describe.each<[string, { precision: number; recall: number; conflicts: number; invented?: number }]>([
  // Two of set 2's conflicts and three of set 8's are disputes whose other words fall short of a link
  // ("Thieves took eleven paintings from the gallery" / "Thirteen paintings were stolen"): facts.ts `DISPUTED_SHARE`.
  ['scripts/data/stories-blind', { precision: 0.95, recall: 0.37, conflicts: 11, invented: 1 }],
  // Set 3's ninth conflict is "fourteen containers" / "12 shipping containers" (conflicts.ts `oneThingCounted`).
  ['scripts/data/stories-blind-3', { precision: 0.98, recall: 0.46, conflicts: 9 }],
  ['scripts/data/stories-blind-4', { precision: 0.95, recall: 0.41, conflicts: 12 }],
  // Set 5's ninth conflict is one only a third wording joined ("Three … minor injuries" / "Five people
  // were hurt", both linked to "Three people were treated"): facts.ts `unlinkedDisputes`.
  // Its tenth is a date two wordings dispute with only a third joining them ("confirmed Feb. 17" / "back on February 10").
  ['scripts/data/stories-blind-5', { precision: 0.96, recall: 0.46, conflicts: 10 }],
  // Set 6's seventh is "The death toll rose to 36 this morning" (quantities.ts: a time ends a figure's noun).
  // Its eighth is a time two wordings dispute well below the link threshold (facts.ts `WHEN_SHARE`).
  ['scripts/data/stories-blind-6', { precision: 0.91, recall: 0.3, conflicts: 9 }],
  // Set 7's seventh conflict is "Four of the injured" / "three of whom remain in a serious condition" (quantities.ts).
  // Its eighth, "A 34-year-old surfer, Daniel Corrigan," / "Surfer Dan 'Corro' Corrigan, 35,": one named person's age
  // (conflicts.ts `sameSlot`, spelling.ts `samePerson`, facts.ts `onlyAgeOfOne`).
  ['scripts/data/stories-blind-7', { precision: 0.96, recall: 0.39, conflicts: 11 }],
  // Set 8's first run invented two conflicts ("failed to stop" / "ran a stop sign"; "X County and three
  // neighbouring counties" / "four counties"), which conflicts.ts and quantities.ts no longer read as such.
  // Its ninth is "killing the crane operator and injuring three other people" / "Four other people were
  // hurt", a toll whose words are otherwise far apart (facts.ts `TOLL_SHARE`). Its tenth, "Two workers have
  // died and five others have been injured" / "killed two employees and injured seven" (features.ts `peopleInAll`, quantities.ts `otherFates`).
  ['scripts/data/stories-blind-8', { precision: 0.9, recall: 0.39, conflicts: 11 }],
  // Set 9's first run (Dec 5) reported "more than 20 vs about 30 families" and "more than 4,500 vs about 7,000
  // evacuated", which its author counted as compatible: a floor and a figure far above it. We read "more than"
  // as a figure rounded down (quantities.ts `rangeOf`), so these two stay, now with the floor's words shown.
  // Four more of its conflicts came from reading a toll told far from its figure and a headline's "kills 21".
  // Three more are ranks in words ("the third floor" / "a second-floor kitchen"; "the second bear attack this year"
  // / "the third"): quantities.ts `ORDINAL_WORDS`.
  // Two more are tolls disputed well below the link threshold (facts.ts `TOLL_SHARE`).
  ['scripts/data/stories-blind-9', { precision: 0.93, recall: 0.48, conflicts: 18, invented: 1 }],
  // Set 10's first run (Dec 5, on 60b7678, before its errors were read): P 95.8 %, R 40.0 %, 12 of 78 gold conflicts
  // in 9 conflict facts, one of them invented: again a floor against a figure above it ("more than 40
  // stitches" / "some 80 stitches"). The authors of sets 9 and 10 count such pairs as agreeing, set 8's as a
  // conflict ("at least 23 others" / "27 were injured"); read as open above, sets 9 and 10 would lose their three
  // and set 8 its one (quantities.ts `rangeOf` keeps "more than" a figure rounded down).
  // Since then, "two dogs" / "three dogs" (conflicts.ts `oneThingCounted`).
  ['scripts/data/stories-blind-10', { precision: 0.95, recall: 0.42, conflicts: 10, invented: 1 }],
  // Set 11's first run (Dec 5, on 60b7678): P 98.7 %, R 32.2 %, 16 of 95 gold conflicts in 13 conflict facts, none invented.
  // Since then, "Eleven people were slightly injured by falling glass or hail" / "Eight residents sustained minor
  // injuries", a toll whose words are otherwise far apart (facts.ts `TOLL_SHARE`); and "two helicopters" /
  // "A total of 126 volunteers …, supported by one helicopter" ("a total of" is no running total there).
  ['scripts/data/stories-blind-11', { precision: 0.97, recall: 0.32, conflicts: 16 }],
  // Set 12's first run (Dec 5, third session, on 1a04b25, before its errors were read): P 92.6 %, R 39.7 %, 10 of
  // 80 gold conflicts in 6 conflict facts, none invented. Most of its conflicts are a next-day report's updated
  // counts; reading them then ("The death toll from Thursday's flash flood at … has risen to seven", "revised the
  // number of stalls destroyed to 340", "Four (4) persons, two of them children, lost their lives", "UGX 180 million",
  // "people taken ill" as a toll) found 25.
  ['scripts/data/stories-blind-12', { precision: 0.92, recall: 0.43, conflicts: 13 }],
  // Set 13's first run (Dec 5, fourth session, on 983f068, before its errors were read): P 92.9 %, R 33.8 %, 13 of
  // 86 gold conflicts, 3 invented. Its live blog's entry stamps ("7.15am: And they're off") had been read as the
  // times of what the entries tell (attribution.ts `blankEntryStamp`); since then also "Eleven of the children",
  // swimmers and bathers as people, and a figure both sides tell plainly from 0.7 (facts.ts `PLAIN_DISPUTED_SHARE`).
  // Since "RM86,000" is read as a sum (text/currency-codes.ts), "seized RM86,000 in cash" / "seized RM86,400 in
  // cash" is a conflict its author counts as one figure rounded; a round figure allows a tenth of its last
  // zeros' place either way (quantities.ts `rangeOf`), as "$86,000" / "$86,400" always did: one invented.
  ['scripts/data/stories-blind-13', { precision: 0.92, recall: 0.38, conflicts: 15, invented: 1 }],
  // Set 14's first run (Dec 5, fourth session, on f02035f, already with set 13's rules, which moved none of its
  // figures): P 96.5 %, R 48.9 %, 30 of 84 gold conflicts, 3 invented. Since then: a clock beside "this
  // afternoon" or after "evening at" is after noon and one told without its half of the day meets either half;
  // a boy's age and a man's are two people's; "some one hundred and fifty", villages that are no villagers.
  ['scripts/data/stories-blind-14', { precision: 0.95, recall: 0.5, conflicts: 24, invented: 1 }],
  // Set 15's first run (Dec 5, fourth session, on dd794a3, with sets 13 and 14's rules, which moved none of its
  // figures: the start code scored the same): P 92.0 %, R 36.3 %, 10 of 63 gold conflicts, none invented.
  ['scripts/data/stories-blind-15', { precision: 0.91, recall: 0.36, conflicts: 13 }],
  // Set 16's first run (Dec 5, fourth session, on b0a8a4e, with sets 13–15's rules, which moved none of its figures):
  // P 100 %, R 24.2 %, 7 of 59 gold conflicts, none invented. Its eyewitness accounts and newsletter lines share
  // few words with a daily's; since then a Spanish name's short form ("Héctor Sandoval") is its long one's.
  // Since Dec 6 (second session) one invented: a plain count disputed from 0.6 of the threshold (facts.ts
  // `COUNT_DISPUTED_SHARE`) joins "an average of 2,800 pesos each" to "I paid 3,200 pesos for the two tickets".
  ['scripts/data/stories-blind-16', { precision: 0.97, recall: 0.25, conflicts: 9, invented: 1 }],
  // Set 17's first run (Dec 5, fifth session, on 81aec9f, before its errors were read; the session's start code
  // 18649bd scored the same but 16 conflicts): P 85.9 %, R 37.0 %, 18 of 64 gold conflicts, 2 invented. Its
  // weekend reconstructions open on a scene ("At 5.12pm on Tuesday, a duty forecaster …"), which the lead prior
  // (evidence.ts `leadEvidence`) links to the other reports' leads: 6 of its 11 wrong links, gone since such an opening
  // is weighed as no lead (features.ts `CLOCK_OPENING_POSITION`, seen again on set 18). Since then also the
  // Gulf's currency codes ("a credit of RO 5" / "RO 10 off"), a second kind of people joined to a count ("8,000
  // shoppers and staff were evacuated"), and sailors as a crew plucked from the sea as rescued.
  ['scripts/data/stories-blind-17', { precision: 0.92, recall: 0.39, conflicts: 20, invented: 2 }],
  // Set 18's first run (Dec 5, fifth session, on 1f3a2ea, with all of this session's rules; the session's start code
  // 18649bd scored the same): P 93.0 %, R 31.9 %, 6 of 64 gold conflicts, 1 invented. Its conflicts are mostly
  // designations and attributes ("Warehouse No 3" / "number four warehouse", "a blue paint mark" / "a red keel
  // mark", "the fourth stage" / "stage three"), which no slot reads. Its one invented conflict was "Co Tyrone", read as a
  // person, against a farmer's name; an Irish county written so is a place since (text/names.ts `PLACE_PREFIX`).
  ['scripts/data/stories-blind-18', { precision: 0.96, recall: 0.31, conflicts: 5 }],
  // Sets 19 and 20 (Dec 5, sixth session) are the mainstream styles of the news a reader brings: an agency wire, an
  // entertainment or sports site and a next-day feature about people in the news; a public broadcaster, a financial
  // wire and a political newsletter about policy and the economy. First runs, on the session's start code 9552371:
  // set 19 P 93.5 %, R 52.1 %, 10 of 26 gold conflicts in 7 conflict facts, none invented; set 20 P 98.7 %,
  // R 43.2 %, 8 of 32 in 8 facts, 2 invented: "rose to 7.1% in October from 6.8% in September, the highest since
  // October 2023" read October as 2023's against another report's October (features.ts: a month also told without a
  // year is the sentence's own), and "Chancellor" / "finance minister" (roles.ts: one office).
  ['scripts/data/stories-blind-19', { precision: 0.92, recall: 0.54, conflicts: 11 }],
  ['scripts/data/stories-blind-20', { precision: 0.97, recall: 0.43, conflicts: 7 }],
  // Sets 21 (science, health and technology: a wire's science desk, a trade site, a local TV station's web story) and
  // 22 (courts, crime and public services: a national wire's courts reporter, a tabloid, a community paper) were
  // written later in that session and first run on b6f7678, with its rules: set 21 P 98.6 %, R 32.9 %, 10 of 35 gold
  // conflicts in 8 conflict facts, 1 invented ("16 and a half minutes" / "more than a quarter of an hour", a floor);
  // the session's start code 9552371 scored the same. Set 22 P 90.2 %, R 33.3 %, 5 of 36 in 8 facts, 3 invented; on
  // 9552371 one right link fewer. Since then "avoid swimming alone" denies swimming (features.ts `negates`). Its other
  // two: "a $78,000 car" / "paid back about $40,000", and "acquitted of first-degree assault" / "guilty of
  // second-degree assault", two charges. All three are read right since (Dec 5, seventh session: a bound before a
  // span in words, a sum before a noun as its price, opposites of two degrees of a charge).
  ['scripts/data/stories-blind-21', { precision: 0.97, recall: 0.33, conflicts: 8, invented: 1 }],
  ['scripts/data/stories-blind-22', { precision: 0.9, recall: 0.33, conflicts: 8 }],
  // Sets 23 (formats: a live blog, a "what we know so far" explainer, a radio bulletin) and 24 (world Englishes: three
  // outlets each in India, Nigeria, Kenya, the Philippines, Singapore, South Africa, Pakistan and Ghana), written
  // blind in the seventh session of Dec 5 and first run on 4129afd: set 23 P 98.2 %, R 51.4 %, 17 of 28 gold
  // conflicts in 11 conflict facts, 1 invented; set 24 P 96.4 %, R 65.1 %, 9 of 26 in 8 facts, 2 invented. Set 24's
  // "stayed shut on Tuesday, a day after the demolition" against "demolished on Monday" is read right since, and
  // with it two of its gold conflicts that only that wrong date had found ("sealed 23 coaching centres" / "shut down 27
  // institutes" share no counted noun); "Dr. Ma. Teresa Villanueva" and "Engr. Babatunde Alao" had split sentences.
  ['scripts/data/stories-blind-23', { precision: 0.97, recall: 0.53, conflicts: 12, invented: 2 }],
  ['scripts/data/stories-blind-24', { precision: 0.96, recall: 0.65, conflicts: 5, invented: 1 }],
  // Sets 25 (English from newsrooms whose first language is not English: a state agency's wire, another agency or a
  // national daily, a Western rewrite, in China, Russia, Turkey, South Korea, Japan, Malaysia, Indonesia and Algeria)
  // and 26 (figures told in many forms: a business desk, a regional daily, a tabloid), first run on a1af2f2: set 25
  // P 92.9 %, R 46.4 %, 14 of 39 gold conflicts in 13 facts, 4 invented; set 26 P 97.3 %, R 64.7 %, 15 of 26 in 11,
  // 2 invented. Read since: "two in every five pounds" as a share, a figure set against "the national average of"
  // as a baseline, a rate "per hectare" apart from what it is about, and a figure's words ending at its clause.
  ['scripts/data/stories-blind-25', { precision: 0.91, recall: 0.47, conflicts: 10, invented: 2 }],
  ['scripts/data/stories-blind-26', { precision: 0.96, recall: 0.67, conflicts: 10, invented: 1 }],
  // Sets 27 (when, told in many forms and from reports of different days: a wire, a next-day local daily, a live
  // page), 28 (names told in many forms: transliterations, name orders, nicknames, acronyms, renamed places),
  // 29 (long articles of 23–26 sentences, with background, quotes, captions and corrections) and 30 (claims two
  // sides dispute: police and organisers, a union and a company, a ministry and a hospital), written blind in the
  // eighth session of Dec 5 and first run on its start code 84ee6cd: set 27 P 93.5 %, R 46.0 %, 9 of 32 gold
  // conflicts, 5 invented; set 28 P 99.1 %, R 40.0 %, 4 of 28, 1 invented; set 29 P 93.6 %, R 44.9 %, 8 of 32, 1
  // invented; set 30 P 92.7 %, R 53.8 %, 19 of 28, 2 invented. Read since: a weekday one outlet gives wrong for a
  // day both write out, "since Thursday" as a start, "the 17th" as a day of the month, "just over seven weeks", spans
  // in two units by what each allows, a lone vote tally on each side, "thousands of" reaching 30,000, and a sum to
  // each of a group apart from its total.
  ['scripts/data/stories-blind-27', { precision: 0.92, recall: 0.46, conflicts: 10, invented: 3 }],
  ['scripts/data/stories-blind-28', { precision: 0.98, recall: 0.4, conflicts: 3 }],
  ['scripts/data/stories-blind-29', { precision: 0.92, recall: 0.45, conflicts: 7, invented: 3 }],
  ['scripts/data/stories-blind-30', { precision: 0.92, recall: 0.55, conflicts: 11, invented: 1 }],
  // Sets 31 (a press release, a trade site's rewrite and a sceptical paper), 32 (machine-translated English beside
  // an English-language outlet of the country and an international wire), 33 (round-ups: the event is three
  // sentences of a digest of unrelated items, some of its kind) and 34 (plans, schedules and announcements, and
  // their later stages), written blind later that session and first run on 84ee6cd: set 31 P 96.9 %, R 61.4 %, 15
  // of 30 gold conflicts, 1 invented ("by 2029-30" / "by 2030"); set 32 P 99.0 %, R 44.7 %, 7 of 25, 3 invented
  // (decimal commas: "4,5 lira", "1,2 million"); set 33 P 83.8 %, R 41.6 %, 13 of 29, none invented, its wrong
  // links a digest's other items ("NARBERTH: … arrested a man aged 51"); set 34 P 91.3 %, R 49.7 %, 8 of 25, 2
  // invented ("a fee of 10 euros" / "8 euros", a plan and its later stage). Read since: a year that runs into
  // the next, a decimal comma, a round-up's item from a place the other report never names, a change a third
  // wording tells, and a reader's question with the verb alone.
  ['scripts/data/stories-blind-31', { precision: 0.96, recall: 0.61, conflicts: 9 }],
  ['scripts/data/stories-blind-32', { precision: 0.98, recall: 0.49, conflicts: 7 }],
  ['scripts/data/stories-blind-33', { precision: 0.95, recall: 0.4, conflicts: 9 }],
  ['scripts/data/stories-blind-34', { precision: 0.9, recall: 0.49, conflicts: 8, invented: 1 }],
  // Sets 35 (obituaries: a wire, a broadsheet's life story, a local or trade paper), 36 (several people, each with
  // their own ages, terms and sums), 37 (one event measured in many places) and 38 (fact-checks: a claim and its
  // correction), the session's last four, first run on 84ee6cd: set 35 P 96.6 %, R 59.4 %, 18 of 30 gold
  // conflicts, none invented; set 36 P 96.0 %, R 60.9 %, 8 of 25, 2 invented (one person's term against another's);
  // set 37 P 88.1 %, R 64.3 %, 12 of 26, 6 invented (one place's figure against another's); set 38 P 76.4 %, R 54.0 %,
  // 16 of 29, 2 invented (a claim's figure against the verified one). Read since: a list of places' figures
  // as each place's own, and a claim a report tells as false apart from the facts; then (Dec 5, ninth session) a
  // claim's figure and the one that answers it as two facts (set 38 P 76.4 → 83.3 %).
  ['scripts/data/stories-blind-35', { precision: 0.96, recall: 0.61, conflicts: 13 }],
  ['scripts/data/stories-blind-36', { precision: 0.95, recall: 0.6, conflicts: 6, invented: 2 }],
  // Set 37's fourth invented conflict came with "according (to)" read as a function word (Dec 5, ninth session):
  // a network's punctuality, now linked to a line's, disputes it ("88.4% of metropolitan train services" /
  // "Pakenham line passengers …, with just 79.1 per cent"), as one place's figure against another's.
  ['scripts/data/stories-blind-37', { precision: 0.91, recall: 0.67, conflicts: 12 }],
  ['scripts/data/stories-blind-38', { precision: 0.77, recall: 0.56, conflicts: 12, invented: 1 }],
  // Sets 39–46, written blind in the ninth session of Dec 5 and first run on its start code afe13da (figures and
  // what each tests in docs/blind-sets.md): 39 units and currencies, 40 shares, rates and changes, 41 registers
  // (learners' English, tabloid, officialese), 42 opinion and analysis, 43 fact boxes and explainers, 44 quotes
  // and transcripts, 45 research findings, 46 alerts beside a full report.
  ['scripts/data/stories-blind-39', { precision: 0.96, recall: 0.54, conflicts: 7 }],
  ['scripts/data/stories-blind-40', { precision: 0.86, recall: 0.47, conflicts: 5, invented: 2 }],
  ['scripts/data/stories-blind-41', { precision: 0.91, recall: 0.16, conflicts: 6, invented: 1 }],
  ['scripts/data/stories-blind-42', { precision: 0.93, recall: 0.61, conflicts: 11, invented: 1 }],
  ['scripts/data/stories-blind-43', { precision: 0.97, recall: 0.49, conflicts: 6, invented: 1 }],
  ['scripts/data/stories-blind-44', { precision: 0.97, recall: 0.64, conflicts: 8 }],
  ['scripts/data/stories-blind-45', { precision: 0.96, recall: 0.3, conflicts: 6 }],
  // Set 46's eighth was "Eleven treated at the scene" read against "Three taken to hospital", two counts since Dec 7 (fourth session).
  ['scripts/data/stories-blind-46', { precision: 0.93, recall: 0.39, conflicts: 7 }],
  // Sets 47–50, written later that session and first run on afe13da: 47 forecasts and outcomes, 48 quarterly
  // results, 49 identifiers and codes, 50 specifications and prices across markets.
  ['scripts/data/stories-blind-47', { precision: 0.64, recall: 0.74, conflicts: 7, invented: 5 }],
  ['scripts/data/stories-blind-48', { precision: 0.83, recall: 0.53, conflicts: 7, invented: 3 }],
  // Set 49 invents "about 140 metres beyond the signal" / "160 metres apart" since a rough figure allows
  // only its own rounding (conflicts.ts `roundedApart`: 15 conflicts found more across sets 2–118).
  ['scripts/data/stories-blind-49', { precision: 0.94, recall: 0.52, conflicts: 4, invented: 1 }],
  ['scripts/data/stories-blind-50', { precision: 0.91, recall: 0.58, conflicts: 3, invented: 1 }],
  // Sets 51–54, written blind in the first session of Dec 6 and first run on its start code 5370eab: 51 one fact
  // in different grammar, 52 police appeals and descriptions, 53 ranks, charts and box office, 54 travel
  // disruption (durations and timetables).
  // Set 51's invented conflict came with a floor read as the figure it rounds down (Dec 6): "More than 300
  // people … bought shares" now links to the residents' count, and the fact gathers a price and a sum raised.
  ['scripts/data/stories-blind-51', { precision: 0.96, recall: 0.57, conflicts: 10, invented: 1 }],
  ['scripts/data/stories-blind-52', { precision: 0.98, recall: 0.39, conflicts: 9 }],
  ['scripts/data/stories-blind-53', { precision: 0.91, recall: 0.6, conflicts: 7 }],
  ['scripts/data/stories-blind-54', { precision: 0.94, recall: 0.55, conflicts: 7, invented: 1 }],
  // Sets 55–58, written later that session and first run on 5370eab: 55 unconfirmed against confirmed, 56 votes
  // in parliaments and councils, 57 appeals and running totals, 58 records and superlatives.
  ['scripts/data/stories-blind-55', { precision: 0.96, recall: 0.55, conflicts: 9, invented: 1 }],
  ['scripts/data/stories-blind-56', { precision: 0.99, recall: 0.42, conflicts: 7 }],
  ['scripts/data/stories-blind-57', { precision: 0.93, recall: 0.64, conflicts: 9, invented: 1 }],
  ['scripts/data/stories-blind-58', { precision: 0.94, recall: 0.57, conflicts: 7, invented: 3 }],
  // Sets 59–62, written last that session and first run on 5370eab: 59 warning levels and categories, 60
  // sentencing in court, 61 accident investigation reports, 62 award ceremonies with many winners.
  ['scripts/data/stories-blind-59', { precision: 0.84, recall: 0.42, conflicts: 4, invented: 1 }],
  ['scripts/data/stories-blind-60', { precision: 0.95, recall: 0.34, conflicts: 8, invented: 2 }],
  ['scripts/data/stories-blind-61', { precision: 0.88, recall: 0.36, conflicts: 11, invented: 3 }],
  ['scripts/data/stories-blind-62', { precision: 0.96, recall: 0.47, conflicts: 5 }],
  // Sets 63–74, written on Dec 6 (second session) by helpers who never read the aligner, first run on 122eb43
  // before their errors were read (docs/blind-sets.md): 63 polls, 64 figures from two sources, 65 US and metric
  // units, 66 reports of different days, 67 direct and reported speech, 68 outlets abroad, 69 civil claims, 70
  // shareholder votes and pay, 71 science measurements, 72 sport deals, 73 audiences, 74 public contracts.
  ['scripts/data/stories-blind-63', { precision: 0.9, recall: 0.71, conflicts: 11, invented: 4 }],
  ['scripts/data/stories-blind-64', { precision: 0.89, recall: 0.58, conflicts: 9, invented: 3 }],
  ['scripts/data/stories-blind-65', { precision: 0.97, recall: 0.48, conflicts: 7, invented: 1 }],
  ['scripts/data/stories-blind-66', { precision: 0.85, recall: 0.37, conflicts: 7, invented: 1 }],
  ['scripts/data/stories-blind-67', { precision: 0.9, recall: 0.59, conflicts: 4, invented: 1 }],
  ['scripts/data/stories-blind-68', { precision: 0.96, recall: 0.41, conflicts: 7 }],
  ['scripts/data/stories-blind-69', { precision: 0.94, recall: 0.31, conflicts: 7 }],
  ['scripts/data/stories-blind-70', { precision: 0.87, recall: 0.51, conflicts: 5, invented: 4 }],
  ['scripts/data/stories-blind-71', { precision: 0.91, recall: 0.33, conflicts: 4 }],
  ['scripts/data/stories-blind-72', { precision: 0.92, recall: 0.47, conflicts: 6, invented: 1 }],
  ['scripts/data/stories-blind-73', { precision: 0.85, recall: 0.47, conflicts: 6, invented: 2 }],
  ['scripts/data/stories-blind-74', { precision: 0.95, recall: 0.5, conflicts: 6 }],
  // Sets 75–86, written on Dec 6 (third session) by helpers who never read the aligner, first run on 8ae572f
  // before their errors were read (docs/blind-sets.md): 75 obituaries, 76 job cuts, 77 election results, 78
  // aviation incidents, 79 exam results, 80 property figures, 81 trials in progress, 82 wildlife, 83 explainers,
  // 84 timetables and fares, 85 takeovers, 86 planning decisions.
  ['scripts/data/stories-blind-75', { precision: 0.98, recall: 0.49, conflicts: 6 }],
  ['scripts/data/stories-blind-76', { precision: 0.86, recall: 0.55, conflicts: 10, invented: 3 }],
  ['scripts/data/stories-blind-77', { precision: 0.89, recall: 0.42, conflicts: 8 }],
  ['scripts/data/stories-blind-78', { precision: 0.97, recall: 0.26, conflicts: 4, invented: 1 }],
  ['scripts/data/stories-blind-79', { precision: 0.79, recall: 0.48, conflicts: 6, invented: 3 }],
  ['scripts/data/stories-blind-80', { precision: 0.88, recall: 0.7, conflicts: 2, invented: 3 }],
  ['scripts/data/stories-blind-81', { precision: 0.94, recall: 0.45, conflicts: 5, invented: 2 }],
  ['scripts/data/stories-blind-82', { precision: 0.97, recall: 0.52, conflicts: 8, invented: 1 }],
  ['scripts/data/stories-blind-83', { precision: 0.94, recall: 0.47, conflicts: 7 }],
  ['scripts/data/stories-blind-84', { precision: 0.92, recall: 0.64, conflicts: 13 }],
  ['scripts/data/stories-blind-85', { precision: 0.89, recall: 0.56, conflicts: 6, invented: 4 }],
  ['scripts/data/stories-blind-86', { precision: 0.97, recall: 0.37, conflicts: 13 }],
  // Sets 87–94, written later that session, first run on 8ae572f and on the session's rules before their errors
  // were read (the same figures on both): 87 match reports, 88 health service figures, 89 crime figures, 90
  // appeal rulings, 91 energy prices, 92 strike ballots and pay offers, 93 council budgets, 94 harvests.
  ['scripts/data/stories-blind-87', { precision: 0.85, recall: 0.63, conflicts: 7, invented: 3 }],
  ['scripts/data/stories-blind-88', { precision: 0.71, recall: 0.77, conflicts: 8, invented: 8 }],
  ['scripts/data/stories-blind-89', { precision: 0.78, recall: 0.66, conflicts: 10, invented: 4 }],
  ['scripts/data/stories-blind-90', { precision: 0.92, recall: 0.34, conflicts: 9, invented: 3 }],
  ['scripts/data/stories-blind-91', { precision: 0.86, recall: 0.74, conflicts: 11, invented: 9 }],
  ['scripts/data/stories-blind-92', { precision: 0.92, recall: 0.52, conflicts: 6, invented: 2 }],
  ['scripts/data/stories-blind-93', { precision: 0.95, recall: 0.6, conflicts: 11, invented: 2 }],
  ['scripts/data/stories-blind-94', { precision: 0.9, recall: 0.71, conflicts: 13, invented: 2 }],
  // Sets 95–98, written blind in the fifth session of Dec 6 and first run on 762b305 before their errors were
  // read (docs/blind-sets.md): 95 live blogs against write-throughs, 96 broadcast transcripts against print,
  // 97 one story at its stages, 98 news in the English of outlets around the world.
  ['scripts/data/stories-blind-95', { precision: 0.92, recall: 0.39, conflicts: 7, invented: 2 }],
  ['scripts/data/stories-blind-96', { precision: 0.97, recall: 0.4, conflicts: 10 }],
  ['scripts/data/stories-blind-97', { precision: 0.84, recall: 0.35, conflicts: 4, invented: 5 }],
  ['scripts/data/stories-blind-98', { precision: 0.92, recall: 0.53, conflicts: 5, invented: 1 }],
  // Sets 99–102 were written on Dec 6 (sixth session) after `LONE_SHARE` and first measured with it; floors at that first run,
  // but for set 100's invented conflict, gone since ("of age, 11 of whom" is no age).
  ['scripts/data/stories-blind-99', { precision: 0.91, recall: 0.36, conflicts: 5, invented: 1 }],
  ['scripts/data/stories-blind-100', { precision: 0.92, recall: 0.46, conflicts: 7 }],
  ['scripts/data/stories-blind-101', { precision: 0.92, recall: 0.52, conflicts: 2, invented: 1 }],
  ['scripts/data/stories-blind-102', { precision: 0.94, recall: 0.61, conflicts: 6, invented: 2 }],
  // Sets 103–106 were written on Dec 6 (seventh session) and first measured on 9ab7e18; floors at the
  // session's end, after two of their invented conflicts were read as rules ("40 degrees below zero" is
  // minus 40; "between 17 and 19 June" agrees with "between June 17 and 19"), which also took set 54's.
  ['scripts/data/stories-blind-103', { precision: 0.89, recall: 0.38, conflicts: 2 }],
  ['scripts/data/stories-blind-104', { precision: 0.96, recall: 0.38, conflicts: 7, invented: 3 }],
  ['scripts/data/stories-blind-105', { precision: 0.87, recall: 0.49, conflicts: 7, invented: 5 }],
  ['scripts/data/stories-blind-106', { precision: 0.94, recall: 0.47, conflicts: 2, invented: 1 }],
  // Sets 107–110 were written on Dec 6 (eighth session) and first measured on 3be82cb (P 84.1 / 91.7 /
  // 97.8 / 94.3, 5 / 4 / 1 / 1 conflicts invented); floors after four of those invented conflicts were
  // read as rules (an "Updated 16:10 –" stamp, "11,000 or so", a count in words rounded to its scale
  // word, "rather than wait").
  ['scripts/data/stories-blind-107', { precision: 0.82, recall: 0.47, conflicts: 6, invented: 3 }],
  ['scripts/data/stories-blind-108', { precision: 0.9, recall: 0.5, conflicts: 6, invented: 3 }],
  ['scripts/data/stories-blind-109', { precision: 0.96, recall: 0.62, conflicts: 4, invented: 1 }],
  ['scripts/data/stories-blind-110', { precision: 0.93, recall: 0.58, conflicts: 5 }],
  // Sets 111–114 were written on Dec 6 (ninth session) and first measured on fb723ca; floors at that first run.
  ['scripts/data/stories-blind-111', { precision: 0.95, recall: 0.51, conflicts: 7 }],
  ['scripts/data/stories-blind-112', { precision: 0.91, recall: 0.58, conflicts: 11, invented: 2 }],
  ['scripts/data/stories-blind-113', { precision: 0.96, recall: 0.56, conflicts: 5, invented: 2 }],
  ['scripts/data/stories-blind-114', { precision: 0.86, recall: 0.65, conflicts: 8, invented: 3 }],
  // Sets 115–118 were written on Dec 7 and first measured on 97786df; floors at that first run.
  ['scripts/data/stories-blind-115', { precision: 0.93, recall: 0.43, conflicts: 4 }],
  ['scripts/data/stories-blind-116', { precision: 0.97, recall: 0.36, conflicts: 9, invented: 2 }],
  ['scripts/data/stories-blind-117', { precision: 0.97, recall: 0.49, conflicts: 7, invented: 3 }],
  ['scripts/data/stories-blind-118', { precision: 0.93, recall: 0.44, conflicts: 11, invented: 3 }],
  // Sets 119–122 were written on Dec 7 (second session) and first measured on 0ea966e; floors at that first
  // run, less the invented conflicts and plus the conflicts the session's rules then found (docs/blind-sets.md).
  ['scripts/data/stories-blind-119', { precision: 0.91, recall: 0.41, conflicts: 7 }],
  ['scripts/data/stories-blind-120', { precision: 0.9, recall: 0.41, conflicts: 12, invented: 2 }],
  // Set 121 at 0.92 since Dec 7 (fifth session): a police log's "1430hrs" is a clock time, no longer 1,430 hours, and
  // two short sentences that arrive "in Baltimore" now link; the same reading gave sets 133 and 137 six right links.
  ['scripts/data/stories-blind-121', { precision: 0.92, recall: 0.38, conflicts: 7, invented: 2 }],
  ['scripts/data/stories-blind-122', { precision: 0.9, recall: 0.58, conflicts: 7, invented: 4 }],
  // Sets 123–126 were written on Dec 7 (third session) and first measured on 758df08; floors at the session's end (docs/blind-sets.md).
  ['scripts/data/stories-blind-123', { precision: 0.91, recall: 0.71, conflicts: 11, invented: 2 }],
  // Set 124's ninth was a Tokyo time against a New York one, the same moment: "11pm Tokyo time" names its zone
  // since Dec 7 (fourth session).
  ['scripts/data/stories-blind-124', { precision: 0.89, recall: 0.57, conflicts: 8, invented: 3 }],
  ['scripts/data/stories-blind-125', { precision: 0.99, recall: 0.38, conflicts: 7 }],
  ['scripts/data/stories-blind-126', { precision: 0.94, recall: 0.38, conflicts: 5, invented: 1 }],
  // Sets 127–130 were written on Dec 7 (fourth session) and first measured on f11ef14; floors at the session's end (docs/blind-sets.md).
  ['scripts/data/stories-blind-127', { precision: 0.95, recall: 0.49, conflicts: 13 }],
  ['scripts/data/stories-blind-128', { precision: 0.89, recall: 0.33, conflicts: 9, invented: 1 }],
  ['scripts/data/stories-blind-129', { precision: 0.97, recall: 0.52, conflicts: 14, invented: 2 }],
  ['scripts/data/stories-blind-130', { precision: 0.96, recall: 0.66, conflicts: 11, invented: 3 }],
  // Sets 131–134 were written on Dec 7 (fourth session) and first measured on f11ef14; floors at the session's end (docs/blind-sets.md).
  ['scripts/data/stories-blind-131', { precision: 0.97, recall: 0.46, conflicts: 13, invented: 2 }],
  ['scripts/data/stories-blind-132', { precision: 0.99, recall: 0.41, conflicts: 8, invented: 1 }],
  ['scripts/data/stories-blind-133', { precision: 0.92, recall: 0.25, conflicts: 6, invented: 2 }],
  ['scripts/data/stories-blind-134', { precision: 0.89, recall: 0.38, conflicts: 7, invented: 1 }],
  // Sets 135–142 were written on Dec 7 (fifth session) and first measured on aabbf83; floors at the session's end (docs/blind-sets.md).
  // Most of set 138's eleven are tolls told at two times ("rose to 26" / "23 persons have died"), which its author
  // linked as facts of two moments and set 12's follow-ups call conflicts; the two sets' gold disagree.
  ['scripts/data/stories-blind-135', { precision: 0.94, recall: 0.38, conflicts: 5, invented: 5 }],
  ['scripts/data/stories-blind-136', { precision: 0.94, recall: 0.53, conflicts: 10, invented: 4 }],
  ['scripts/data/stories-blind-137', { precision: 0.98, recall: 0.36, conflicts: 7 }],
  ['scripts/data/stories-blind-138', { precision: 0.85, recall: 0.48, conflicts: 9, invented: 11 }],
  ['scripts/data/stories-blind-139', { precision: 0.95, recall: 0.57, conflicts: 10, invented: 2 }],
  ['scripts/data/stories-blind-140', { precision: 0.95, recall: 0.43, conflicts: 5, invented: 4 }],
  ['scripts/data/stories-blind-141', { precision: 0.97, recall: 0.56, conflicts: 6, invented: 2 }],
  ['scripts/data/stories-blind-142', { precision: 0.97, recall: 0.51, conflicts: 13, invented: 3 }],
  // Sets 143–150 were written on Dec 7 (fifth session) and first measured on aabbf83 (and on f9b9b99, before their errors
  // were read); floors at the session's end (docs/blind-sets.md).
  ['scripts/data/stories-blind-143', { precision: 0.98, recall: 0.51, conflicts: 6 }],
  ['scripts/data/stories-blind-144', { precision: 0.94, recall: 0.53, conflicts: 9, invented: 1 }],
  ['scripts/data/stories-blind-145', { precision: 0.97, recall: 0.33, conflicts: 7, invented: 1 }],
  ['scripts/data/stories-blind-146', { precision: 0.96, recall: 0.51, conflicts: 12, invented: 1 }],
  ['scripts/data/stories-blind-147', { precision: 0.94, recall: 0.54, conflicts: 4, invented: 2 }],
  ['scripts/data/stories-blind-148', { precision: 0.96, recall: 0.63, conflicts: 14 }],
  ['scripts/data/stories-blind-149', { precision: 0.94, recall: 0.47, conflicts: 8, invented: 2 }],
  ['scripts/data/stories-blind-150', { precision: 0.93, recall: 0.68, conflicts: 10, invented: 3 }],
  // Sets 151–158 were written on Dec 7 (sixth session) and first measured on 599c912 (and on the session's rules before
  // their errors were read); floors at the session's end (docs/blind-sets.md).
  ['scripts/data/stories-blind-151', { precision: 0.95, recall: 0.44, conflicts: 7, invented: 2 }],
  ['scripts/data/stories-blind-152', { precision: 0.96, recall: 0.39, conflicts: 13, invented: 3 }],
  ['scripts/data/stories-blind-153', { precision: 0.95, recall: 0.51, conflicts: 7, invented: 1 }],
  ['scripts/data/stories-blind-154', { precision: 0.93, recall: 0.55, conflicts: 8, invented: 5 }],
  ['scripts/data/stories-blind-155', { precision: 0.91, recall: 0.48, conflicts: 8, invented: 2 }],
  ['scripts/data/stories-blind-156', { precision: 0.96, recall: 0.51, conflicts: 11, invented: 4 }],
  ['scripts/data/stories-blind-157', { precision: 0.97, recall: 0.56, conflicts: 5, invented: 1 }],
  ['scripts/data/stories-blind-158', { precision: 0.95, recall: 0.5, conflicts: 5, invented: 2 }],
  // Sets 159–166 were written on Dec 7 (seventh session) and first measured on 8737abf; floors at the session's end.
  ['scripts/data/stories-blind-159', { precision: 0.95, recall: 0.42, conflicts: 4, invented: 1 }],
  ['scripts/data/stories-blind-160', { precision: 0.97, recall: 0.52, conflicts: 15, invented: 5 }],
  ['scripts/data/stories-blind-161', { precision: 0.93, recall: 0.23, conflicts: 7, invented: 1 }],
  ['scripts/data/stories-blind-162', { precision: 0.93, recall: 0.41, conflicts: 9, invented: 1 }],
  ['scripts/data/stories-blind-163', { precision: 0.94, recall: 0.33, conflicts: 4 }],
  ['scripts/data/stories-blind-164', { precision: 0.94, recall: 0.4, conflicts: 10, invented: 1 }],
  ['scripts/data/stories-blind-165', { precision: 0.94, recall: 0.52, conflicts: 14, invented: 3 }],
  ['scripts/data/stories-blind-166', { precision: 0.96, recall: 0.65, conflicts: 8, invented: 2 }],
  // Sets 167–174 were written on Dec 8 and first measured on 0098937; floors at the session's end.
  ['scripts/data/stories-blind-167', { precision: 0.91, recall: 0.41, conflicts: 8 }],
  ['scripts/data/stories-blind-168', { precision: 0.97, recall: 0.39, conflicts: 10 }],
  ['scripts/data/stories-blind-169', { precision: 0.94, recall: 0.52, conflicts: 11, invented: 2 }],
  ['scripts/data/stories-blind-170', { precision: 0.93, recall: 0.38, conflicts: 6, invented: 1 }],
  ['scripts/data/stories-blind-171', { precision: 0.91, recall: 0.24, conflicts: 6 }],
  ['scripts/data/stories-blind-172', { precision: 0.92, recall: 0.41, conflicts: 7 }],
  ['scripts/data/stories-blind-173', { precision: 0.92, recall: 0.54, conflicts: 9, invented: 2 }],
  ['scripts/data/stories-blind-174', { precision: 0.95, recall: 0.46, conflicts: 8 }],
])('blind multi-outlet stories in %s', (dir, floor) => {
  const s = score(dir);
  it('links shared facts at a precision a reader can trust, and as many as it did', () => {
    expect(s.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(s.recall).toBeGreaterThanOrEqual(floor.recall);
  });
  it('reports its conflicts, every one of them real', () => {
    expect(s.conflictsFound).toBeGreaterThanOrEqual(floor.conflicts);
    expect(s.conflictFacts - s.conflictsFound).toBeLessThanOrEqual(floor.invented ?? 0);
  });
});
