import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

// DCT: Wednesday 2014-09-24.
describe('parser/weekday', () => {
  it('resolves by tense: past → previous, future → next', () => {
    tags('The United States said on Monday it would not.').are(['Monday=DATE:2014-09-22']);
    tags('The minister will visit on Monday.').are(['Monday=DATE:2014-09-29']);
  });
  it('gives the DCT itself for its own weekday', () => {
    tags('Officials said on Wednesday.').are(['Wednesday=DATE:2014-09-24']);
  });
  it('judges tense per clause in a multi-sentence text', () => {
    tags('Rebels attacked on Friday. Talks will resume on Friday.').are(['Friday=DATE:2014-09-19', 'Friday=DATE:2014-09-26']);
  });
  it('keeps last/next/early/late in the span', () => {
    tags('He left last Tuesday and will return next Tuesday or late Friday.').are([
      'last Tuesday=DATE:2014-09-23',
      'next Tuesday=DATE:2014-09-30',
      'late Friday=DATE:2014-09-26',
    ]);
  });
  it('keeps capitalised modifiers at the start of a sentence', () => {
    tags('Last Tuesday, rebels attacked. Next Friday talks resume.').are(['Last Tuesday=DATE:2014-09-23', 'Next Friday=DATE:2014-09-26']);
  });
  it('writes XXXX-WXX-d without a DCT', () => {
    tags('It happened on Monday.', { dct: null }).are(['Monday=DATE:XXXX-WXX-1']);
  });
  it('skips Good Friday and the Good Friday Agreement, and days named for what happens on them', () => {
    tags('The Good Friday Agreement held.').are([]);
    tags('The fix ships with the Patch Tuesday updates, not on Super Bowl Sunday.').are([]);
  });
});

describe('parser/weekday after "until"', () => {
  it('looks back in a past clause and ahead otherwise', () => {
    // DCT Thursday 13 March 2025.
    tags('It was not until Monday evening that divers reached them.', { dct: '2025-03-13' }).are(['Monday evening=TIME:2025-03-10TEV']);
    tags('The road was closed until Tuesday.', { dct: '2025-03-13' }).are(['Tuesday=DATE:2025-03-11']);
    tags('The road is closed until Tuesday.', { dct: '2025-03-13' }).are(['Tuesday=DATE:2025-03-18']);
    // Done until a day in the present perfect: it holds until then.
    tags('Forecasters have issued a red flag warning until Tuesday evening.', { dct: '2025-03-13' }).are(['Tuesday evening=TIME:2025-03-18TEV']);
    tags('He has worked there since Tuesday.', { dct: '2025-03-13' }).are(['Tuesday=DATE:2025-03-11']);
    // A day named for what was called or announced lies ahead; a day it was done on does not.
    tags("A seamen's union called a 24-hour strike for Tuesday.", { dct: '2025-03-13' }).are(['24-hour=DURATION:PT24H', 'Tuesday=DATE:2025-03-18']);
    tags('Police called for calm on Tuesday.', { dct: '2025-03-13' }).are(['Tuesday=DATE:2025-03-11']);
  });
});

describe('parser/weekday after an arrangement', () => {
  it('looks ahead after "set to", "scheduled to", "is to", and back when the arrangement is past', () => {
    tags('Hearings are set to resume Monday.').are(['Monday=DATE:2014-09-29']);
    tags('The merger is to close Friday.').are(['Friday=DATE:2014-09-26']);
    tags('The offer had been due to expire Tuesday.').are(['Tuesday=DATE:2014-09-23']);
    // A plan told in the past tense still lies ahead of the report.
    tags('Fire crews were due to remain at the scene until at least Monday.').are(['Monday=DATE:2014-09-29']);
    // …and so does one set or scheduled for a day, unless it changed.
    tags('A bail hearing was scheduled for Tuesday.').are(['Tuesday=DATE:2014-09-30']);
    tags('The launch, originally scheduled for Tuesday, was delayed.').are(['Tuesday=DATE:2014-09-23']);
    // A fixture, a sitting or a court date in the present tense is on the calendar: ahead.
    tags('New Orleans plays at Seattle on Saturday.').are(['Saturday=DATE:2014-09-27']);
    tags('Kessler appears in court on Monday.').are(['Monday=DATE:2014-09-29']);
    tags('The Senate votes on the bill on Tuesday.').are(['Tuesday=DATE:2014-09-30']);
    // …in the plural too, after its subject ("City face", "MPs vote"), not as a noun or an infinitive.
    tags('City face Ashby Town in the final at Wembley on Saturday.').are(['Saturday=DATE:2014-09-27']);
    tags('MPs vote on the bill on Tuesday.').are(['Tuesday=DATE:2014-09-30']);
    tags('They travel to Leeds on Monday.').are(['Monday=DATE:2014-09-29']);
    tags('The vote on Tuesday was close.').are(['Tuesday=DATE:2014-09-23']);
    tags("Saturday's vote was close.").are(['Saturday=DATE:2014-09-20']);
    tags('City beat Ashby on Saturday.').are(['Saturday=DATE:2014-09-20']);
  });
  it('looks ahead to the day something is put off to, and back for a plan told in the past perfect', () => {
    tags('The judge spoke before postponing the witness’s evidence until Monday.').are(['Monday=DATE:2014-09-29']);
    tags('The council delayed the vote to Friday.').are(['Friday=DATE:2014-09-26']);
    tags('A nurse who had expected to give evidence on Tuesday was not called.').are(['Tuesday=DATE:2014-09-23']);
    tags('The nurse expected to give evidence on Tuesday.').are(['Tuesday=DATE:2014-09-30']);
  });
});

describe('parser/weekday after "must"', () => {
  it('looks ahead for an obligation, back for a guess about the past', () => {
    tags('Residents must leave by Friday.').are(['Friday=DATE:2014-09-26']);
    tags('He must have left on Monday.').are(['Monday=DATE:2014-09-22']);
    tags('The mayor ordered residents to leave by Friday.').are(['Friday=DATE:2014-09-26']);
    tags('Police told residents on Monday to stay indoors.').are(['Monday=DATE:2014-09-22']);
    tags('The mayor ordered residents of the lower town to leave by Friday.').are(['Friday=DATE:2014-09-26']);
    // "To" and a place is where they went, not what they meant to do.
    tags('Fire crews were called to the scene on Friday.').are(['Friday=DATE:2014-09-19']);
    tags('The prisoner was moved to a hospital on Monday.').are(['Monday=DATE:2014-09-22']);
  });
});

describe('parser/weekday after a directive told in the past passive', () => {
  it('dates when it was directed, before or after what was directed; a deadline or a present passive looks ahead', () => {
    tags('The plant was ordered to shut its doors on Monday.').are(['Monday=DATE:2014-09-22']);
    tags('The plant was ordered on Monday to shut its doors.').are(['Monday=DATE:2014-09-22']);
    tags('Residents were told to leave by Friday.').are(['Friday=DATE:2014-09-26']);
    tags('Voters are urged to turn out on Thursday.').are(['Thursday=DATE:2014-09-25']);
    tags('Police ordered residents to leave on Friday.').are(['Friday=DATE:2014-09-26']);
  });
});

describe('parser/weekday after "has until"', () => {
  it('looks ahead for the time left, back for the time that was left', () => {
    tags('The firm has until Friday to lodge an appeal.').are(['Friday=DATE:2014-09-26']);
    tags('Bidders have until Monday to submit offers.').are(['Monday=DATE:2014-09-29']);
    tags('The firm had until Monday to lodge an appeal.').are(['Monday=DATE:2014-09-22']);
  });
});

describe('parser/weekday a week on', () => {
  it('reads the British "Tuesday week" and "a week on Tuesday" as a week after the coming one', () => {
    tags('Talks resume on Thursday week.').are(['Thursday week=DATE:2014-10-02']);
    tags('A strike will follow a week on Wednesday.').are(['a week on Wednesday=DATE:2014-10-01']);
    tags('They met on Thursday, week after week.').are(['Thursday=DATE:2014-09-18']);
  });
});

describe('parser/weekday in a plan, a present perfect passive or before a condition', () => {
  it('looks ahead: "strikes planned for Thursday", "have been ordered to leave by Friday", "could reach it by the weekend if …"', () => {
    tags('The union has further strikes planned for Thursday and Saturday.').are(['Thursday=DATE:2014-09-25', 'Saturday=DATE:2014-09-27']);
    tags('Residents have been ordered to leave the city by Friday.').are(['Friday=DATE:2014-09-26']);
    // The pluperfect still tells a plan for the past.
    tags('Residents had been ordered to leave the city by Friday.').are(['Friday=DATE:2014-09-19']);
    tags('He said the fire could reach the town by Friday if the wind did not change.').are(['Friday=DATE:2014-09-26']);
  });
});

describe('parser/weekday after a call to act or a passive infinitive', () => {
  it('looks ahead: "urging them to pass it by Friday", "the measures to be voted on Thursday"', () => {
    tags('The chancellor told lawmakers in Berlin, urging them to pass the bill by Friday.').are(['Friday=DATE:2014-09-26']);
    tags('The government was preparing for the measures to be voted on Thursday.').are(['Thursday=DATE:2014-09-25']);
  });
  it('still reads a report about the past as past: "who is said to be hidden … fled on Monday"', () => {
    tags('The man, who is said to be hidden in the hills, fled on Monday.').are(['Monday=DATE:2014-09-22']);
  });
});

describe('parser/weekday in a clause that only looks ahead in part', () => {
  it('reads a day after what "has … until" a date holds as the past it tells: "has signed until 2030 after a medical on Monday"', () => {
    // DCT Wednesday 2014-09-24. The "until" date holds ahead; the medical before the signing does not.
    tags('The striker has agreed terms until 2029 after completing tests in Lyon on Monday.').are(['2029=DATE:2029', 'Monday=DATE:2014-09-22']);
    tags('The bridge has been shut until Monday.').are(['Monday=DATE:2014-09-29']);
  });
  it('reads "shut" after a verb of moving as no past: "before the gates swing shut on Friday" after a modal', () => {
    tags('The club may yet have to release a player before the gates swing shut on Friday.').are(['Friday=DATE:2014-09-26']);
    tags('Buyers could still have to wait before the market slams shut on Monday.').are(['Monday=DATE:2014-09-29']);
    tags('The gates slammed shut on Monday.').are(['Monday=DATE:2014-09-22']);
  });
  it('reads a present verb in a clause of "before", "until" or "when" after a future as ahead: "will vote before the session ends on Friday"', () => {
    // DCT Saturday 2014-09-27: the Friday just gone is the nearer, but the vote lies ahead.
    tags('Senators will vote before the session ends on Friday.', { dct: '2014-09-27' }).are(['Friday=DATE:2014-10-03']);
    tags('The session ends on Friday.', { dct: '2014-09-27' }).are(['Friday=DATE:2014-09-26']);
  });
});

describe('parser/weekday before the noun it modifies', () => {
  it('is no date in "Saturday deliveries" or "Sunday opening"', () => {
    tags('Saturday deliveries, once a perk, are ending for rural customers.').are([]);
    tags('Councillors rejected the plan, and Sunday opening stays banned.').are([]);
    tags('The union fought a long battle over Friday rostering.').are([]);
    tags('Saturday service will be cut in half from next month.').are(['next month=DATE:2014-10']);
  });
  it('stays a date after a preposition or a verb, before a part of the day, or as a subject', () => {
    tags('The depot opened on Saturday, officials said.').are(['Saturday=DATE:2014-09-20']);
    tags('Sunday morning was quiet.').are(['Sunday morning=TIME:2014-09-21TMO']);
    tags('Monday marks the anniversary of the crash.').are(['Monday=DATE:2014-09-22']);
    tags('The Tuesday vote will be close.').are(['Tuesday=DATE:2014-09-30']);
  });
});
