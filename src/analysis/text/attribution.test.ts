import { describe, expect, it } from 'vitest';
import { blankEntryStamp, stripAttribution, wireDatelineLength } from './attribution.ts';

const claim = (s: string) => stripAttribution(s).replace(/\s+/g, ' ').trim();

describe('stripAttribution', () => {
  it('removes a trailing speaker: ", police said", ", the ministry said in a statement on Thursday"', () => {
    expect(claim('A fire at a warehouse killed 12 people, police said.')).toBe('A fire at a warehouse killed 12 people .');
    expect(claim('The bank raised its main rate to 4.5%, the central bank said in a statement on Thursday.')).toBe('The bank raised its main rate to 4.5% .');
    expect(claim('"We are all very worried," said Mayor Anne Dubois.')).toBe('"We are all very worried');
    expect(claim("The two will meet on the sidelines of the General Assembly, a source in the leader's office told Reuters.")).toBe(
      'The two will meet on the sidelines of the General Assembly',
    );
  });
  it('keeps, for the aligner, the name whose lawyer, spokesman or family speaks: the claim is about them', () => {
    const claim = (s: string) => stripAttribution(s, 'keep whose').replace(/\s+/g, ' ').trim();
    expect(claim("Lindsay Lohan's attorney said Thursday the actress checked into a rehab clinic in California.")).toBe(
      "Lindsay Lohan's the actress checked into a rehab clinic in California.",
    );
    expect(claim('The actor will contest the charge in court next month, Callum Brierley’s agent told reporters.')).toBe(
      "The actor will contest the charge in court next month Callum Brierley's .",
    );
    // A timeline card's title is the claim alone.
    expect(stripAttribution("Lindsay Lohan's attorney said Thursday the actress checked into a clinic.").trim()).toBe('the actress checked into a clinic.');
    // A speaker of its own, or a possessive in lower case, is the frame alone.
    expect(claim("The company's spokesman said the plant would reopen on Monday.")).toBe('the plant would reopen on Monday.');
  });
  it('removes a trailing speaker with an appositive after the name, before or after "said"', () => {
    // Two quotes of one officer had linked on "the district's health officer" alone (user test W).
    expect(claim('"Nine of the cases were never vaccinated," said Dr Ines Kolar, the county\'s health officer.')).toBe(
      '"Nine of the cases were never vaccinated',
    );
    expect(claim('"Nine of the cases were never vaccinated," Dr Ines Kolar, the county\'s health officer, said.')).toBe(
      '"Nine of the cases were never vaccinated .',
    );
    expect(claim('The bridge will stay shut until Friday, said Tom Reyes, a spokesman for the roads agency.')).toBe('The bridge will stay shut until Friday');
    // What a clause says after the name is no appositive: the sentence keeps it.
    expect(claim('The bridge will stay shut until Friday, said Tom Reyes, who resigned on Monday after the collapse.')).toBe(
      'The bridge will stay shut until Friday, said Tom Reyes, who resigned on Monday after the collapse.',
    );
  });
  it('keeps a passive verb of saying after an aside: the claim is the sentence, with its date', () => {
    expect(claim('The first case, a teenager back from Thailand, was confirmed on March 17.')).toBe(
      'The first case, a teenager back from Thailand, was confirmed on March 17.',
    );
    expect(claim('The death of the singer, 52, was reported on Tuesday.')).toBe('The death of the singer, 52, was reported on Tuesday.');
    expect(claim('The toll rose to 12, officials have said.')).toBe('The toll rose to 12 .');
  });
  it('removes a trailing speaker with a bare time of saying: ", coach Dana Ruiz said Friday night"', () => {
    expect(claim('The club has offered a five-year contract to the striker, head coach Dana Ruiz said Friday night.')).toBe(
      'The club has offered a five-year contract to the striker .',
    );
    expect(claim('Two suspects were released, police said yesterday.')).toBe('Two suspects were released .');
  });
  it('removes a trailing speaker who told a named outlet or "the magazine"', () => {
    expect(claim('"We ask that her privacy be respected," the singer\'s publicist tells People magazine.')).toBe('"We ask that her privacy be respected .');
    expect(claim('"She has checked herself into a clinic," her agent told the magazine.')).toBe('"She has checked herself into a clinic .');
    expect(claim('The plant will close in June, a spokesman told the Associated Press on Tuesday.')).toBe('The plant will close in June .');
  });
  it('removes a leading speaker before a bare "say" whose clause opens on an indefinite pronoun', () => {
    expect(claim('Park rangers say anyone who camped near the ridge must register.')).toBe('anyone who camped near the ridge must register.');
  });
  it('keeps a reported clause after "said": the speaker is before it', () => {
    expect(claim('His lawyer, Ruth Alvarado, said he would appeal.')).toBe('His lawyer, Ruth Alvarado, said he would appeal.');
    expect(claim('The bridge will reopen in May, said police spokesman Jean Martin.')).toBe('The bridge will reopen in May');
  });
  it('removes a speaker named with an appositive before "said": "Ida Brandt, the fire chief, said …"', () => {
    // The inverted frame had taken the claim after "said" for the speaker and left only "Ida Brandt, the fire chief".
    expect(claim('Ida Brandt, the fire chief, said the blaze destroyed 40 homes.')).toBe('the blaze destroyed 40 homes.');
    expect(claim('The county coroner, Paul Ames, said three bodies were recovered from the river.')).toBe('three bodies were recovered from the river.');
    // …with the speaker's age and where they are from after the name.
    expect(claim("The ship's master, Captain Lars Berg, 52, from Bergen, said a crewman on watch saw a fisherman waving a life jacket.")).toBe(
      'a crewman on watch saw a fisherman waving a life jacket.',
    );
    // What the speaker did is no name: "speaking on Monday", "who resigned in March" stay.
    expect(claim('The mayor, speaking on Monday, said the bridge would reopen.')).toBe('The mayor, speaking on Monday, said the bridge would reopen.');
    expect(claim('The minister, who resigned in March, said the inquiry was a whitewash.')).toBe(
      'The minister, who resigned in March, said the inquiry was a whitewash.',
    );
    expect(claim('The home secretary, Rhona Tait, announced a public inquiry into the fire.')).toBe(
      'The home secretary, Rhona Tait, announced a public inquiry into the fire.',
    );
  });
  it('keeps the speaker when a pronoun for it opens the clause: "The board said it was sending a team"', () => {
    expect(claim('The Marine Accident Investigation Branch said it had sent inspectors to the harbour.')).toBe(
      'The Marine Accident Investigation Branch it had sent inspectors to the harbour.',
    );
    expect(claim('The mayor, Anne Dubois, said they would rebuild the bridge.')).toBe('The mayor, Anne Dubois, they would rebuild the bridge.');
    expect(claim('Rescuers said they had found 13 survivors in the rubble.')).toBe('Rescuers they had found 13 survivors in the rubble.');
  });
  it('removes a frame whose audience is a paper of two words: "told the Daily News Tuesday that"', () => {
    expect(claim('A witness told the Daily News Tuesday that the youth was unarmed.')).toBe('the youth was unarmed.');
  });
  it('removes a frame whose audience is a paper named with a capital "The": "told The Courier that"', () => {
    expect(claim('Shopkeepers told The Courier that the road had been shut for a week.')).toBe('the road had been shut for a week.');
  });
  it('removes an official notice\'s frame before "that": "The board advises that", "The trust can confirm that"', () => {
    expect(claim('The water board advises that a main burst under the high street overnight.')).toBe('a main burst under the high street overnight.');
    expect(claim('Northvale Rail can confirm that a signal failed near the depot this morning.')).toBe('a signal failed near the depot this morning.');
  });
  it('removes "according to …" at either end', () => {
    expect(claim('Twelve people were killed, according to a statement from the regional government.')).toBe('Twelve people were killed');
    expect(claim('According to police, the suspect fled on foot after the shooting.')).toBe('the suspect fled on foot after the shooting.');
    expect(claim('According to a report in the Herald published Monday (May 4), the mayor will resign.')).toBe('the mayor will resign.');
  });
  it('removes "according to …" between commas', () => {
    expect(claim('Then, on September 10, according to a surviving victim, the woman returned with a gun.')).toBe(
      'Then, on September 10 , the woman returned with a gun.',
    );
  });
  it('keeps a leading subject whose verb takes an object: declaring or announcing something is the claim', () => {
    expect(claim('Governor Linda Okafor declared a state of emergency for the whole county.')).toBe(
      'Governor Linda Okafor declared a state of emergency for the whole county.',
    );
    expect(claim('The company announced a recall of 40,000 pressure cookers on Monday.')).toBe(
      'The company announced a recall of 40,000 pressure cookers on Monday.',
    );
    expect(claim('Officials confirmed on Monday that nine people died in the collapse.')).toBe('nine people died in the collapse.');
    expect(claim('The singer checked into a clinic on Thursday night, her rep confirms to PEOPLE.')).toBe(
      'The singer checked into a clinic on Thursday night .',
    );
  });
  it('removes a leading "X said (that)" frame', () => {
    expect(claim('Police said that the suspect fled on foot after the shooting.')).toBe('the suspect fled on foot after the shooting.');
    expect(claim('The minister told reporters on Monday that the bridge would reopen next week.')).toBe('the bridge would reopen next week.');
    // A long speaker, and whom it was said to, before "that".
    expect(claim('A spokesperson for the Los Angeles Superior Court confirmed to Access that a judge signed the transfer order.')).toBe(
      'a judge signed the transfer order.',
    );
  });
  it('removes a leading "X said" frame before a named subject', () => {
    expect(claim('Constable Tim Fanning said Eric Kirkpatrick, 61, is accused of the shooting.')).toBe('Eric Kirkpatrick, 61, is accused of the shooting.');
    expect(claim('The company announced Apple would buy it.')).toBe('The company announced Apple would buy it.');
  });
  it('removes wire datelines', () => {
    expect(claim('LYON, France (Reuters) - A fire at a warehouse killed 12 people.')).toBe('A fire at a warehouse killed 12 people.');
    expect(claim('PORT LOUIS, Mauritius, March 3, 2019 (AFP) — The ferry sank near the coast.')).toBe('The ferry sank near the coast.');
    expect(claim('WASHINGTON — Congress passed the budget bill late on Friday.')).toBe('Congress passed the budget bill late on Friday.');
    // Reuters and Xinhua leave the year out, and the day is when the copy was filed, not when the claim happened.
    expect(claim('HARBURN, July 5 (Nordic Wire) - The ferry sank near the coast on Thursday.')).toBe('The ferry sank near the coast on Thursday.');
    expect(claim('HARBURN, Norway, 5 July (Nordic Wire) - The ferry sank near the coast on Thursday.')).toBe('The ferry sank near the coast on Thursday.');
  });
  it('removes a page stamp run into the first sentence, and keeps a date that opens the claim', () => {
    expect(claim('POSTED: 0915 GMT (1715 HKT), March 2, 2016 A ferry ran aground off the coast with 80 people on board.')).toBe(
      'A ferry ran aground off the coast with 80 people on board.',
    );
    expect(claim('Updated 3/2/2016 5:15 PM A ferry ran aground off the coast on Tuesday.')).toBe('A ferry ran aground off the coast on Tuesday.');
    expect(claim('Published 9:10 AM EST, Wed March 2, 2016 "A ferry ran aground off the coast on Tuesday.')).toBe(
      '"A ferry ran aground off the coast on Tuesday.',
    );
    expect(claim('March 2, 2016 was the day the ferry ran aground off the coast.')).toBe('March 2, 2016 was the day the ferry ran aground off the coast.');
    expect(claim('On March 2, 2016 the ferry ran aground off the coast.')).toBe('On March 2, 2016 the ferry ran aground off the coast.');
    // A run of digits is read one way (the stamp's parts are spaced): this returns at once, where a
    // pattern that let digits split anywhere would try some 2^40 ways.
    const digits = `${'1052'.repeat(40)} tonnes were shipped.`;
    expect(claim(digits)).toBe(digits);
  });
  it('removes a closing frame said "here"', () => {
    expect(claim('A pirate attack on three ships was foiled by a warship, a naval officer said here Friday.')).toBe(
      'A pirate attack on three ships was foiled by a warship',
    );
  });
  it('keeps offsets: the result is as long as the input', () => {
    const s = 'LYON, France (Reuters) - A fire killed 12 people, police said.';
    expect(stripAttribution(s)).toHaveLength(s.length);
  });
  it('leaves a sentence alone when too little would remain', () => {
    expect(claim('Police said.')).toBe('Police said.');
    expect(claim('The fire was reported on Monday.')).toBe('The fire was reported on Monday.');
    expect(claim('A fire that killed 12 people was reported on Monday.')).toBe('A fire that killed 12 people was reported on Monday.');
  });
});

describe('blankEntryStamp', () => {
  it.each([
    ["7.15am: And they're off, with 312 swimmers in the water.", 8],
    ['Update, 2.55pm — The Coast Guard says all seven men are alive.', 17],
    ['09:42 PST Police have closed the road to all traffic.', 10],
    ['UPDATED 14:32 GMT: Polls have closed across the country.', 19],
    // A stamp its word names, then a dash, stamps a lower-case entry too.
    ['Updated 16:10 – a second man has died in hospital.', 16],
    // A blog that runs over days names the day first.
    ['Sun 9.35am An exclusion zone is in place around the farm.', 11],
    ['Tuesday, 14:05 — Police have reopened the bridge.', 16],
  ])('blanks the stamp opening a live entry: %s', (text, length) => {
    const out = blankEntryStamp(text);
    expect(out).toHaveLength(text.length);
    expect(out.slice(0, length).trim()).toBe('');
    expect(out.slice(length)).toBe(text.slice(length));
  });
  it.each([
    '1.50 Million people live in the city.',
    'At 7.15am the race started with 312 swimmers.',
    '7.15am: Go now.',
    'Around 2:18 p.m., police closed the road.',
    '16:10 – a second man has died in hospital.',
  ])('keeps a sentence that opens on no stamp, or on one before too little: %s', (text) => {
    expect(blankEntryStamp(text)).toBe(text);
  });
});

describe('wireDatelineLength', () => {
  it('measures a leading wire dateline, and nothing in a sentence without one', () => {
    const text = 'HARBURN, Norway (Nordic Wire) — A ferry ran aground on Tuesday.';
    expect(text.slice(0, wireDatelineLength(text))).toBe('HARBURN, Norway (Nordic Wire) — ');
    expect(wireDatelineLength('A ferry ran aground on Tuesday, Nordic Wire said.')).toBe(0);
  });
});
