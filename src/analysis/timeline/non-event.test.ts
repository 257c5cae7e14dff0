import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../time/tag.ts';
import { foldRanges } from './fold-ranges.ts';
import { eventTimexes, whyNotAnEvent } from './non-event.ts';

// Thursday 13 March 2025.
const DCT = '2025-03-13';

/** What stays as an event: `text=value` per expression. */
const events = (sentence: string, dct: string | null = DCT) => eventTimexes(sentence, tagTimexes(sentence, dct)).map((t) => `${t.text}=${t.value}`);
/** Every expression the tagger finds, with the reason it is not an event (or `event`). */
const reasons = (sentence: string, dct: string | null = DCT) =>
  foldRanges(sentence, tagTimexes(sentence, dct)).map((t) => `${t.text}:${whyNotAnEvent(sentence, t) ?? 'event'}`);

describe('whyNotAnEvent: questions', () => {
  it('drops the dates of a question, which asks whether something happened; a quoted one ends on its speaker', () => {
    expect(reasons('Have you had any problems with your internet connection since Tuesday?!')).toEqual(['Tuesday:question']);
    expect(reasons('Did the council know about the cracks in 2019?')).toEqual(['2019:question']);
    expect(reasons('“Why did you leave on Tuesday?” the judge asked.')).toEqual(['Tuesday:event']);
  });
});

describe('whyNotAnEvent: a quotation of several sentences', () => {
  it('judges a date within the quoted sentence that holds it', () => {
    expect(reasons('“What happened to her on March 1? Nobody has told us,” her sister said.')).toEqual(['March 1:question']);
    expect(reasons('“On Monday the river burst its banks. Where were the pumps?”')).toEqual(['Monday:event']);
  });
});

describe('whyNotAnEvent: indirect questions', () => {
  it('drops the dates a "whether" clause weighs, and keeps a date before it', () => {
    expect(reasons('“Nobody can say whether we will fly tomorrow or on Sunday.”')).toEqual(['tomorrow:question', 'Sunday:question']);
    expect(reasons('It was unclear whether the ferry had sailed on Tuesday.')).toEqual(['Tuesday:question']);
    expect(reasons('The board will decide on Monday whether to sell the stadium.')).toEqual(['Monday:event']);
  });
});

describe('whyNotAnEvent: fiscal quarters', () => {
  it('drops a company’s fiscal quarter or half, whose months the text does not give, and keeps a calendar one', () => {
    expect(reasons('The firm will take a charge in its fiscal second quarter.')).toEqual(['fiscal second quarter:fiscal']);
    expect(reasons('The retailer booked a loss in the fiscal third quarter of 2024.')).toEqual(['the fiscal third quarter of 2024:fiscal']);
    expect(reasons('Output fell in the second quarter.')).toEqual(['the second quarter:event']);
  });
  it('drops the quarter or half a company reports for, told as its own ("in its fourth-quarter results")', () => {
    expect(reasons('Marlow will book the cost as a charge in its fourth-quarter results.')).toEqual(['fourth-quarter:fiscal']);
    expect(reasons("The brewer's third-quarter profit doubled.")).toEqual(['third-quarter:fiscal']);
    // The year's quarter is the calendar's.
    expect(reasons("Growth slowed in the year's second quarter.")).toEqual(['second quarter:event']);
  });
});

describe('whyNotAnEvent: a stay for a holiday', () => {
  it('drops the holiday someone is home or something is shut for, and keeps a holiday on which something happened', () => {
    expect(reasons('Just before 7pm on Friday, as commuters were heading home for the weekend, the lights went out.')).toEqual([
      '7pm on Friday:event',
      'the weekend:duration',
    ]);
    expect(reasons('The museum will stay shut for Christmas.')).toEqual(['Christmas:duration']);
    expect(reasons('The museum reopened for the weekend.')).toEqual(['the weekend:event']);
    expect(reasons('The strike was called off for the weekend.')).toEqual(['the weekend:duration']);
  });
});

describe('whyNotAnEvent: comparisons', () => {
  it('drops the date a comparison measures against, and keeps what happened', () => {
    expect(reasons('The tenets of the Carolina Way are different than they were in 1978.')).toEqual(['1978:comparison']);
    expect(reasons('Sales were higher than in 2019.')).toEqual(['2019:comparison']);
    expect(reasons('Revenue reached $3.1 billion, up 4 percent from a year earlier.')).toEqual(['a year earlier:comparison']);
    expect(reasons('Sales fell 3% compared with last year.')).toEqual(['last year:comparison']);
    expect(reasons('Shares fell 5% on Monday.')).toEqual(['Monday:event']);
    expect(reasons('Turnout was lower than last year.')).toEqual(['last year:comparison']);
    expect(reasons('The charity took 4,100 calls, nearly double the number the year before.')).toEqual(['the year before:comparison']);
    expect(reasons('The plant closed in 1978, earlier than planned.')).toEqual(['1978:event']);
  });
});

describe('whyNotAnEvent: a manner or an amount measured against a date', () => {
  it('drops the date a manner is compared with, its verb said again by "did" or "was", and keeps what happened then', () => {
    expect(reasons('“We still farm the way our grandparents did 60 years ago,” she said.')).toEqual(['60 years ago:comparison']);
    expect(reasons('The harbour looks much as it did in 1950.')).toEqual(['1950:comparison']);
    expect(reasons('The crowds were just like they were in 2019.')).toEqual(['2019:comparison']);
    expect(reasons('The harbour was rebuilt in 1950.')).toEqual(['1950:event']);
    expect(reasons('She farmed the land as a tenant in 1950.')).toEqual(['1950:event']);
  });
  it('drops the date an amount is a share or a multiple of what was paid then, and keeps a payment told for itself', () => {
    expect(reasons('The new stadium will cost $40 million, a fraction of what the old stadium cost a decade ago.')).toEqual(['a decade ago:comparison']);
    expect(reasons('The painting sold for twice what it was worth in 2019.')).toEqual(['2019:comparison']);
    expect(reasons('Fans pay half of what they paid last year.')).toEqual(['last year:comparison']);
    expect(reasons('The club paid what it owed in 2019.')).toEqual(['2019:event']);
    expect(reasons('The old stadium cost $9 million a decade ago.')).toEqual(['a decade ago:event']);
  });
  it('drops the baseline of a change by an amount, and keeps a change with no amount or a "when" clause', () => {
    expect(reasons('Sea levels in the bay have risen by about 20 centimetres since 1880.')).toEqual(['1880:comparison']);
    expect(reasons('Ticket prices are up 35% since 2021.')).toEqual(['2021:comparison']);
    expect(reasons('The number of dairy farms has halved since 1995.')).toEqual(['1995:comparison']);
    expect(reasons('Membership has grown by a third since March.')).toEqual(['March:comparison']);
    // How the change is measured may stand between it and "since".
    expect(reasons('Nurses say their wages have dropped by about 9 per cent in real terms since 2019.')).toEqual(['2019:comparison']);
    expect(reasons('House prices are up 6% on average since January.')).toEqual(['January:comparison']);
    expect(reasons('Rents have climbed since March.')).toEqual(['March:event']);
    expect(reasons('Sea levels have risen by 20 centimetres since 1880, when the first gauge was fitted.')).toEqual(['1880:event']);
  });
});

describe('whyNotAnEvent: bounds', () => {
  it('drops a year that only bounds when something happened, and keeps a day or a dated happening', () => {
    expect(reasons('Before 1997, he had served only one sentence.')).toEqual(['1997:bound']);
    expect(reasons('The plant had closed prior to 2010.')).toEqual(['2010:bound']);
    expect(reasons('He left before Friday.')).toEqual(['Friday:event']);
    expect(reasons('He quit in 1997, before the merger.')).toEqual(['1997:event']);
  });

  it('drops a bare year a first or a superlative is measured from, and keeps a state or a happening that began then', () => {
    expect(reasons('Harlow became the first coach since 2003 to win the cup.')).toEqual(['2003:comparison']);
    expect(reasons('The valley saw its worst floods since 1953.')).toEqual(['1953:comparison']);
    expect(reasons('It was the first meeting since the 1979 revolution.')).toEqual(['1979:event']);
    expect(reasons('The Greens had held the seat since 2005.')).toEqual(['2005:event']);
    expect(reasons('It is the largest blaze since 2018, when a fire burned the ridge.')).toEqual(['2018:event']);
    expect(reasons('The mill has flooded three times since 2010.')).toEqual(['2010:count']);
  });
  it('drops any date a ranked noun is counted from ("its fourth reduction since August"), and keeps a state or a happening', () => {
    expect(reasons('The Bank of England cut interest rates to 4.25% on Thursday, its fourth reduction since August.', '2025-05-08')).toEqual([
      'Thursday:event',
      'August:comparison',
    ]);
    expect(reasons('It was the first rise since March 2020.')).toEqual(['March 2020:comparison']);
    expect(reasons("It was Britain's sharpest drop since last September.")).toEqual(['last September:comparison']);
    expect(reasons('It was the first time since January that the index closed higher.')).toEqual(['January:comparison']);
    expect(reasons('The move, the fifth hike in a row since October, reflects alarm.')).toEqual(['October:comparison']);
    // What began then, a happening owned by the date, a "when" clause, an "-est" noun: still dated.
    expect(reasons('The largest hospital has been without power since Tuesday.')).toEqual(['Tuesday:event']);
    expect(reasons("Shares had their biggest fall since Tuesday's crash.")).toEqual(['Tuesday:event']);
    expect(reasons('It was the highest reading since June, when the heatwave began.')).toEqual(['June:event']);
    expect(reasons('The unrest across the capital since Monday has left 12 dead.')).toEqual(['Monday:event']);
    expect(reasons('Prices have risen since August.')).toEqual(['August:event']);
  });

  it('drops the year of a participle describing a verb’s object, and keeps a main clause that reads alike', () => {
    expect(reasons('Okafor drifted into the shipping firm founded in 1931.')).toEqual(['1931:modifier']);
    expect(reasons('Officers searched the home of a man arrested in 2019.')).toEqual(['2019:modifier']);
    expect(reasons('The roof of the chapel collapsed in 1962.')).toEqual(['1962:event']);
    expect(reasons('The ferry company expanded in 2019.')).toEqual(['2019:event']);
    expect(reasons('Cracks in the dam were first noted in 2019.')).toEqual(['2019:event']);
  });
});

describe('whyNotAnEvent: descriptions, not happenings', () => {
  it('drops years, decades and centuries that describe a thing', () => {
    expect(reasons('Investors sold the utility’s 2031 notes after the warning.')).toEqual(['2031:modifier']);
    expect(reasons('The 1962 suspension bridge was closed to lorries.')).toEqual(['1962:modifier']);
    expect(reasons('The recall covers 2019 model-year vans.')).toEqual(['2019:modifier']);
    expect(reasons('The recall covers vans from the 2019 to 2021 model years.')).toEqual(['2019 to 2021:modifier']);
    expect(reasons('Visitors climb to a 14th-century keep above the river.')).toEqual(['14th-century:modifier']);
    // A century hyphened to its noun is a kind, even of happenings: "21st-century fires" are modern fires.
    expect(reasons('“We are fighting 21st-century floods with 19th-century drains,” she said.')).toEqual(['21st-century:modifier', '19th-century:modifier']);
    expect(reasons('Engineers restored the mill’s 1880s water wheel.')).toEqual(['1880s:modifier']);
    // A decade describes a noun without a determiner too; after "in" it dates what follows.
    expect(reasons('Famous 1950s pin-up star Betty Page has died.')).toEqual(['1950s:modifier']);
    expect(reasons('Mara, one of the great stage stars of the 1940s and 1950s, has died.')).toEqual(['the 1940s:modifier', '1950s:modifier']);
    expect(reasons('Not to mention portability, 1980s style.')).toEqual(['1980s:modifier']);
    expect(reasons('Prices rose in 1980s Britain.')).toEqual(['1980s:event']);
    // What a decade or century owns says nothing happened then; its events are dated by it.
    expect(reasons('"She is the last great icon of the 1950s," he said.')).toEqual(['the 1950s:modifier']);
    expect(reasons('One of the most photographed women of the 20th century has died.')).toEqual(['the 20th century:modifier']);
    expect(reasons('He studied the riots of the 1960s.')).toEqual(['the 1960s:event']);
    expect(reasons('The 2019 to 2020 board met twice.')).toEqual(['2019 to 2020:modifier']);
    expect(reasons('He sat in the 1997 to 2001 cabinet.')).toEqual(['1997 to 2001:modifier']);
  });
  it('drops a year or decade hyphened to a word, one adjective with it ("the 1992-built vessel"), with or without a determiner', () => {
    expect(reasons('Divers reached the 1978-built dredger on Tuesday.')).toEqual(['1978:modifier', 'Tuesday:event']);
    expect(reasons('A 1930s-era lighthouse and two 2021-registered yachts were damaged.')).toEqual(['1930s:modifier', '2021:modifier']);
    expect(reasons('Its owners bought 2018-vintage buses.')).toEqual(['2018:modifier']);
    expect(reasons('The 2021-22 season ended early.')).toEqual(['2021-22:event']);
  });
  it('keeps a date that describes a happening, or stands on its own', () => {
    expect(events("It was the first visit since Egypt's 1952 military coup.")).toEqual(['1952=1952']);
    expect(events('Turnout in the 2019 general election was low.')).toEqual(['2019=2019']);
    expect(events('The bridge opened in 1962 and closed in the 1990s.')).toEqual(['1962=1962', 'the 1990s=199']);
    expect(events('The abbey was built in the 14th century.')).toEqual(['the 14th century=13']);
    expect(events('The 1990s saw the town shrink.')).toEqual(['The 1990s=199']);
    expect(events('Temperatures in the 20th century rose faster than before.')).toEqual(['the 20th century=19']);
    expect(events('Fees rose in the 2019 to 2020 academic year.')).toEqual(['2019 to 2020=2019/2020']);
    expect(events('Earnings fell from the 1988 period.')).toEqual(['1988=1988']);
  });
  it('drops the year a forecast, a target or a budget is for, and keeps an event or a happening it names', () => {
    expect(reasons('The BoE lowered its forecast for economic growth in 2026 to 1.25% from 1.5%.', '2025-05-08')).toEqual(['2026:modifier']);
    expect(reasons('The Bank raised its inflation forecast for 2026.', '2025-05-08')).toEqual(['2026:modifier']);
    expect(reasons('The IMF cut its 2026 growth forecast to 2.8%.', '2025-05-08')).toEqual(['2026:modifier']);
    expect(reasons('The council approved its budget for 2026 on Monday.', '2025-05-08')).toEqual(['2026:modifier', 'Monday:event']);
    expect(reasons('Officials set a target for the 2026 elections.', '2025-05-08')).toEqual(['2026:event']);
    expect(reasons('Estimates of how many people died in 2019 vary.', '2025-05-08')).toEqual(['2019:event']);
    expect(reasons('The Bank expects growth of 1.5% in 2026.', '2025-05-08')).toEqual(['2026:event']);
  });
  it('drops the year an amount is for, after the amount of an indefinite noun ("a pay rise of 3 % this year")', () => {
    expect(reasons('Workers were offered a pay rise of 3 % this year, but the union rejected it in May.', '2025-05-08')).toEqual([
      'this year:modifier',
      'May:event',
    ]);
    expect(reasons('Tenants face an increase of £200 in 2026.', '2025-05-08')).toEqual(['2026:modifier']);
    expect(reasons('Nurses were given a rise of 2 per cent last year.', '2025-05-08')).toEqual(['last year:modifier']);
    // A day is when the offer was made, and a year with no amount before it dates the happening.
    expect(reasons('Workers were offered a pay rise of 3 % on Monday.', '2025-05-08')).toEqual(['Monday:event']);
    expect(reasons('The union won a pay rise last year.', '2025-05-08')).toEqual(['last year:event']);
  });
  it("drops a plan's date told in an aside on a noun, and keeps the plan told as the claim", () => {
    expect(reasons('Building of the new ferry terminal, due for completion in 2029, has been halted since the floods.', '2025-05-08')).toEqual([
      '2029:modifier',
    ]);
    expect(reasons('The hospital wing, which was scheduled to open in May, was closed after the fire on Monday.', '2025-05-08')).toEqual([
      'May:modifier',
      'Monday:event',
    ]);
    expect(reasons('The ferry terminal is due for completion in 2029.', '2025-05-08')).toEqual(['2029:event']);
    expect(reasons('The terminal will open, as planned, in 2029, officials said.', '2025-05-08')).toEqual(['2029:event']);
  });
  it('drops a year inside a designation', () => {
    expect(reasons('The telescope tracked comet 2014 UN271 for a week.')).toEqual(['2014:designation', 'a week:duration']);
  });
});

describe('whyNotAnEvent: durations, ages and spans', () => {
  it('drops durations and ages, and a span’s far end', () => {
    expect(events('The meeting was the first in 35 years, and the summit lasted for three days.')).toEqual([]);
    expect(events('The driver, aged 35, had been on the road for ten hours.')).toEqual([]);
    expect(reasons('Clearing the debris will take until the autumn.')).toEqual(['the autumn:duration']);
  });
});

describe('whyNotAnEvent: the clock of a game or a bout', () => {
  it('drops minutes and seconds of play, keeps times of day', () => {
    expect(reasons('The referee stopped it at 2:56.')).toEqual(['2:56:game-clock']);
    expect(reasons('He hit the leaner with 7:42 left in the first half.')).toEqual(['7:42:game-clock']);
    expect(reasons('The fight ended at the 2:15 mark of the seventh.')).toEqual(['2:15:game-clock']);
    expect(events('Polls closed at 22:00.')).toEqual(['22:00=2025-03-13T22:00']);
    expect(events('The quake struck at 6:12 a.m.')).toEqual(['6:12 a.m.=2025-03-13T06:12']);
  });
});

describe('whyNotAnEvent: page furniture', () => {
  it('drops dates in lines a page puts around an article, removed or not', () => {
    expect(events('This page was published under the 2016 to 2019 May government.')).toEqual([]);
    expect(events('Read more about the 2021 floods in Ghent.')).toEqual([]);
    expect(events('Updated 4 March 2025, 09:12')).toEqual([]);
    expect(events('Published: Tue 4 Mar 2025 07.15 GMT')).toEqual([]);
    expect(events('04/03/2025 912 views 12 likes')).toEqual([]);
  });
  it('keeps a sentence that only starts like furniture', () => {
    expect(events('Published in 1851, the novel sold slowly.')).toEqual(['1851=1851']);
  });
  it("drops the dates of a photo's caption, as the facts leave it out: it describes a picture", () => {
    expect(events('Caption: Volunteers clear mud from the high street on Tuesday.')).toEqual([]);
    expect(events('Photo: A man wades through floodwater in Ghent on Tuesday.')).toEqual([]);
    expect(events('Volunteers cleared mud from the high street on Tuesday.')).toEqual(['Tuesday=2025-03-11']);
  });
});

describe('whyNotAnEvent: a clock time restated in another zone', () => {
  it('drops the bracketed conversion and keeps the time it restates, with its day', () => {
    expect(events('The quake hit at 4:17 a.m. (0117 GMT) at a depth of 18 km.')).toEqual(['4:17 a.m.=2025-03-13T04:17']);
    expect(events('A tremor was registered at 09:10 hours (0440 GMT) on Friday.')).toEqual(['09:10=2025-03-07T09:10', 'Friday=2025-03-07']);
    expect(events('The verdict came shortly after 4 p.m. local time (2100 GMT) in the courtroom.')).toEqual(['4 p.m. local time=2025-03-13T16:00']);
  });
});

describe('whyNotAnEvent: a wire dateline dates the report, not an event', () => {
  it('drops the dateline’s own date and keeps the lede’s', () => {
    expect(events('NAIROBI, Kenya, March 12, 2025 (AFP) — Floodwaters cut the main highway on Tuesday.')).toEqual(['Tuesday=2025-03-11']);
    expect(events('OSLO, March 12 (Reuters) - The central bank held rates on Wednesday.')).toEqual(['Wednesday=2025-03-12']);
    expect(events('OSLO/STOCKHOLM, March 12 (Reuters) - The central bank held rates on Wednesday.')).toEqual(['Wednesday=2025-03-12']);
  });
  it('keeps a date in an opening clause that is no dateline', () => {
    expect(events('On March 12, 2025, the bank held rates.')).toEqual(['March 12, 2025=2025-03-12']);
  });
});

describe('whyNotAnEvent: what did not happen, what keeps happening, what is only counted', () => {
  it('keeps a date told before an "if … had" condition: it dates what happened, not what might have', () => {
    expect(reasons('A woman killed by a motorist on Wednesday night might be alive if the driver had listened to bystanders.')).toEqual([
      'Wednesday night:event',
    ]);
    expect(reasons('She might be alive if the driver had stopped on Wednesday night.')).toEqual(['Wednesday night:counterfactual']);
  });
  it('drops counterfactuals', () => {
    expect(reasons('If the council had acted in October, the wall would have held.')).toEqual(['October:counterfactual']);
    expect(reasons('Had they called in June, nobody would have drowned.')).toEqual(['June:counterfactual']);
    expect(events('The club would have to wait until Saturday for the trophy.')).toEqual(['Saturday=2025-03-15']);
  });
  it('drops a plan told as overtaken: "were meant to", "was supposed to", "was planning", "had planned"', () => {
    expect(reasons('“We were supposed to fly home tonight.')).toEqual(['tonight:counterfactual']);
    expect(reasons('The couple were meant to be back at work on Monday, a friend said.')).toEqual(['Monday:counterfactual']);
    expect(reasons('He was planning a walking holiday in Peru next summer.')).toEqual(['next summer:counterfactual']);
    expect(reasons('She had planned to marry in June.')).toEqual(['June:counterfactual']);
    // A plan reported by its holder still stands, and a date before the plan dates what happened.
    expect(reasons('The firm said it was planning to open a second plant next year.')).toEqual(['next year:event']);
    expect(reasons('Work began in May 2022 and was meant to take a year.')).toEqual(['May 2022:event', 'a year:duration']);
  });
  it('drops habits', () => {
    expect(reasons('The bakery still shuts its doors on Boxing Day.')).toEqual(['Boxing Day:habit']);
    expect(reasons('The shrine always draws crowds at Easter.')).toEqual(['Easter:habit']);
    // A season with no "the", "last" or year is any year's, unless it lies ahead.
    expect(reasons('The quarry was flooded long ago, and boys swam there in summer.')).toEqual(['summer:habit']);
    expect(reasons('The new quay will open in summer.')).toEqual(['summer:event']);
    expect(events('The bakery shut its doors on Boxing Day 2019.')).toEqual(['Boxing Day 2019=2019-12-26']);
    expect(events('The bakery will shut its doors at Easter.')).toEqual(['Easter=2025-04-20']);
  });
  it('drops the months a yearly season runs between, told in the present, and keeps one show or one season', () => {
    expect(reasons('The cyclone season in Queensland runs from November to April.')).toEqual(['November to April:habit']);
    expect(reasons('The school year runs from September to July.')).toEqual(['September to July:habit']);
    expect(reasons('The exhibition runs from November to April.')).toEqual(['November to April:event']);
    expect(reasons('The consultation window runs from May to June.')).toEqual(['May to June:event']);
    expect(reasons('The 2026 season runs from March to October.')).toEqual(['2026:event', 'March to October:event']);
    expect(reasons('The wet season lasted from November to April.')).toEqual(['November to April:event']);
  });
  it('drops bare months in a sentence that tells a yearly rate in the present, and keeps one year or one happening', () => {
    expect(reasons('The island’s campsites take about 40,000 bookings a year, most of them families arriving in July and August.')).toEqual([
      'July:habit',
      'August:habit',
    ]);
    expect(reasons('The gorge draws 300,000 walkers a year in May and June.')).toEqual(['May:habit', 'June:habit']);
    expect(reasons('The campsites took 40,000 bookings a year, most of them in July.')).toEqual(['July:event']);
    expect(reasons('The gorge draws 300,000 walkers a year and reopens in May.')).toEqual(['May:event']);
    expect(reasons('The park costs £2m a year to run, and its lease ends in May.')).toEqual(['May:event']);
  });
  it('drops the hours a piece of advice is for, and keeps hours on a named day or a single deadline', () => {
    expect(reasons('Doctors urged parents to keep children indoors between noon and 4pm.')).toEqual(['noon:advice', '4pm:advice']);
    expect(reasons('Walkers should avoid the summit path from 10am to 5pm.')).toEqual(['10am:advice', '5pm:advice']);
    expect(reasons('Doctors urged parents to keep children indoors between noon and 4pm on Friday.').map((r) => r.split(':').at(-1))).toEqual([
      'event',
      'event',
    ]);
    expect(reasons('The bridge was shut between noon and 4pm.')).toEqual(['noon:event', '4pm:event']);
    expect(reasons('Police told campers to leave by 4pm.')).toEqual(['4pm:event']);
  });
  it('drops a date that only bounds a count', () => {
    expect(reasons('The ferry has broken down four times since New Year’s Day.')).toEqual(['New Year’s Day:count']);
    expect(reasons('The ferry sailed for the first time since 2019.')).toEqual(['2019:comparison']);
  });
  it('drops a verbless scrap of a quote, and keeps a quote that says something happened', () => {
    expect(reasons('“Maybe next spring,” the manager said.')).toEqual(['next spring:quoted-fragment']);
    expect(events('“We closed the gates last winter,” the manager said.')).toEqual(['last winter=2024-WI']);
  });
});

describe('eventTimexes: ranges as one expression', () => {
  it('folds the two ends of a range into one expression with an interval value', () => {
    expect(events('Hearings will run from April to June.')).toEqual(['April to June=2025-04/2025-06']);
    expect(events('About 9,000 kettles were sold between May 2022 and February 2024.')).toEqual(['May 2022 and February 2024=2022-05/2024-02']);
    expect(events('Inspectors will visit the site Apr. 2-3.')).toEqual(['Apr. 2-3=2025-04-02/2025-04-03']);
  });
  it('never throws on odd input', () => {
    expect(eventTimexes('text', null as never)).toEqual([]);
    expect(eventTimexes('short', [{ start: 2, end: 99, text: 'x', type: 'DATE', value: '2014', source: 'x' }])).toEqual([]);
  });
});

describe('eventTimexes properties', () => {
  // Fragments that make the rules fire, mixed with arbitrary text.
  const FRAGMENTS = [
    'the',
    'a 2025 bond',
    'from March to May',
    'Feb. 3-4',
    '“Not this year,”',
    'If they had',
    'still',
    'each',
    'three times since Christmas',
    'LONDON, March 3 (Reuters) -',
    'Read more',
    '19th-century',
    ',',
    ' ',
    '"',
  ];
  const textArb = fc.array(fc.oneof(fc.string(), fc.constantFrom(...FRAGMENTS)), { maxLength: 20 }).map((parts) => parts.join(' '));

  it('never throws, and keeps only expressions inside the sentence', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const t of eventTimexes(text, tagTimexes(text, DCT))) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end)).toBe(t.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
