import { describe, expect, it } from 'vitest';
import { backgroundIdf } from './idf.ts';
import { PAIR_MODEL } from './pair-model.ts';
import { findFacts } from './facts.ts';
import { explainPair, scorePair } from './pair.ts';
import { segmentedReport } from './__fixtures__/segmented-report.ts';

describe('scorePair', () => {
  it('links a paraphrase that shares names and numbers', () => {
    const r = scorePair(
      'British Prime Minister David Cameron met Iranian President Hassan Rouhani, the first meeting since 1979.',
      'Cameron held talks with Rouhani, the first such meeting between the leaders since 1979.',
    );
    expect(r.same).toBe(true);
    expect(r.reasons).toContain('names=cameron,rouhani');
    expect(r.reasons).toContain('numbers=1979');
    expect(r.reasons.some((x) => /^tfidf=0\.\d\d$/.test(x))).toBe(true);
  });
  it("scores a sentence by its main clause too when a long aside on its subject buries it, at a claim's discount", () => {
    const r = explainPair(
      'The vaccine, which was developed by a small biotech firm in Leipzig with funding from the European Union, was approved by regulators.',
      'Regulators approved the vaccine.',
    );
    expect(r.same).toBe(true);
    expect(r.score).toBeLessThan(1);
    // No aside, no second look: the two facts stay apart.
    expect(explainPair('The vaccine was developed by a small biotech firm in Leipzig.', 'Regulators approved the vaccine.').same).toBe(false);
  });
  it('does not count one number measuring two kinds of thing as shared: "a 40-metre stretch" / "for forty years"', () => {
    const r = explainPair('A 40-metre stretch of the sea wall collapsed on Monday.', 'For forty years the sea wall protected the harbour.');
    expect(r.reasons.some((x) => x.startsWith('numbers='))).toBe(false);
    // One kind on both sides still is: "40 metres" / "131 feet" aside, "40 metres" / "40m".
    expect(explainPair('A 40-metre stretch of the sea wall collapsed.', 'Some 40m of the sea wall collapsed.').reasons).toContain('numbers=40');
  });
  it('counts two groups of people joined by "and" as their sum too: "212 passengers and nine crew" are "221 people"', () => {
    const r = explainPair('The ferry was carrying 212 passengers and nine crew.', 'The ferry had 221 people on board.');
    expect(r.reasons).toContain('numbers=221');
    expect(r.same).toBe(true);
  });
  it('reads "no one", "every one" as pronouns, no figure 1 to share', () => {
    const r = explainPair('No one was hurt in the blast at the depot.', 'One worker was hurt in the blast at the depot.');
    expect(r.reasons.some((x) => x.startsWith('numbers='))).toBe(false);
  });
  it('reads a name with and without its accents as one name', () => {
    const r = scorePair('The epicentre was near Pazarcık in Kahramanmaraş province.', 'The epicentre was near the town of Pazarcik in Kahramanmaras province.');
    expect(r.same).toBe(true);
    expect(r.reasons.find((x) => x.startsWith('names='))).toContain('kahramanmaras');
  });
  it('does not link two sentences that share only names: same people, different facts', () => {
    const r = scorePair('Chancellor Anna Berg and President Tomas Horvat will meet in Vienna on Friday.', 'Berg is the leader of the Austrian government.');
    expect(r.same).toBe(false);
    expect(r.reasons).toContain('only names shared');
  });
  it('counts an amount both state, however converted, as a shared claim beside the names: "6 kilometres" / "four miles"', () => {
    const a = 'Oil is being cleaned from approximately 6 kilometres of coast between Kilbrannan and Portnacroish.';
    const b = 'Almost four miles of shore from Kilbrannan to Portnacroish is affected.';
    expect(explainPair(a, b, { context: 'story' }).reasons).not.toContain('only names shared');
    expect(explainPair(a, b.replace('Almost four miles', 'Almost nine miles'), { context: 'story' }).reasons).toContain('only names shared');
  });
  it('counts when and the verb of saying as framing, not a shared claim', () => {
    const council = 'The Dunmore council said last year it would rebuild the old harbour wall.';
    const police = 'Dunmore police last year arrested two men after a break-in at the bank.';
    expect(explainPair(council, police, { context: 'story' }).reasons).toContain('only names shared');
    // The app weighs words over whole reports, where the story's own name is cheap: not one fact.
    const a = segmentedReport('a', ['Storms battered the coast of Dunmore on Sunday night.', council, 'The mayor said repairs would cost millions.']);
    const b = segmentedReport('b', ['Waves flooded homes in Dunmore on Sunday.', police]);
    const linked = (f: { mentions: { report: string; sentence: string }[] }) =>
      f.mentions.some((m) => m.report === 'a' && m.sentence === 's2') && f.mentions.some((m) => m.report === 'b' && m.sentence === 's2');
    expect(findFacts([a, b]).filter(linked)).toEqual([]);
  });
  it('reads a phrasal verb as its one-word meaning: "gave way" / "collapsed", "walked free" / "was released"', () => {
    const cosine = (a: string, b: string) => explainPair(a, b, { context: 'story' }).evidence.cosine;
    expect(cosine('The old pier gave way on Sunday.', 'The old pier collapsed on Sunday.')).toBeGreaterThan(0.99);
    expect(cosine('The aid worker walked free on Friday.', 'The aid worker was released on Friday.')).toBeGreaterThan(0.99);
    expect(cosine('The council turned down the plan.', 'The council rejected the plan.')).toBeGreaterThan(0.99);
    expect(cosine('Residents were ordered out of their homes.', 'Residents were evacuated from their homes.')).toBeGreaterThan(0.8);
    expect(cosine('The prisoner swap took place on the bridge.', 'The prisoner exchange took place on the bridge.')).toBeGreaterThan(0.99);
    expect(cosine('Dock workers kicked off a three-day stoppage.', 'Dock workers began a three-day stoppage.')).toBeGreaterThan(0.99);
  });
  it('reads a clock time as a time of day, not as figures', () => {
    // "3 p.m." is no 3 of "3%", and "10:30 p.m." no 30 of "30 people".
    const turnout = explainPair('Turnout was down 3% on the last election, with 30 people queueing.', 'Counting began at 3 p.m. and ended at 10:30 p.m.');
    expect(turnout.evidence).toMatchObject({ numbersShared: 0, numbersClose: 0 });
    // One moment rounded two ways, on a day one text names and the other does not.
    const fire = explainPair(
      'The fire broke out shortly before 11 p.m. on Tuesday in the warehouse.',
      'The blaze started in the storage hall at around 10.50pm, when 40 staff were at work.',
    );
    expect(fire.evidence).toMatchObject({ timeShared: 1, timeClash: 0, numbersClose: 1 });
    expect(explainPair('The alarm sounded at 9.30pm.', 'The alarm sounded at 9:30 p.m.').evidence.numbersShared).toBeGreaterThan(0.5);
    // A word that names an object's own property is a word: "constructor" had scored the pair 0 (NaN).
    const constructor = 'Twelve people were hurt when the constructor crane fell at 6pm.';
    expect(explainPair(constructor, constructor, { context: 'story' }).score).toBeGreaterThan(0.9);
    // A clock of four digits is no year: "1800 GMT" is 6pm.
    expect(explainPair('The new duty applies from 6pm.', 'The new duty applies from 1800 GMT.').evidence.numbersShared).toBeGreaterThan(0.5);
    expect(explainPair('The town was founded in 1800.', 'The town was founded at 6pm.').evidence.numbersShared).toBe(0);
    expect(explainPair('The fire broke out at 11 p.m.', 'The fire broke out at 1 a.m.').evidence).toMatchObject({ timeShared: 0, timeClash: 1 });
  });
  it('counts a bracketed conversion as its figure restated, not as a figure the other side lacks', () => {
    const shared = (a: string, b: string) => explainPair(a, b, { context: 'story' }).evidence.numbersShared;
    const plain = 'The brewery will set aside 80 million euros to cover the closure.';
    const converted = 'The brewery will set aside 80 million euros ($94 million) to cover the closure.';
    expect(shared(converted, plain)).toBeCloseTo(shared(plain, plain), 5);
    // Both state the conversion: shared in full, as before.
    expect(shared(converted, converted)).toBeCloseTo(1, 5);
    // A second figure of its own, not in brackets, still counts against the pair.
    expect(shared('The brewery will set aside 80 million euros, and 94 million more next year.', plain)).toBeLessThan(shared(plain, plain));
  });
  it('reads two figures written with decimals as precise: "14.4" / "14.37" metres agree, "12.27" / "14.37" do not', () => {
    const close = (a: string, b: string) => explainPair(a, b).evidence.numbersClose;
    expect(close('The river peaked at 14.4 metres.', 'The river peaked at 14.37 metres on Monday.')).toBe(1);
    expect(close('The previous record of 12.27 metres was set in 1974.', 'The river peaked at 14.37 metres on Monday.')).toBe(0);
  });
  it('reads a rank in words as no figure: "the fifth straight season" shares nothing with "five seasons"', () => {
    const close = (a: string, b: string) => explainPair(a, b).evidence.numbersClose;
    const a = 'Ruiz has scored at least 20 goals in each of the past five seasons.';
    expect(close(a, 'It was the fifth straight 20-goal season for Ruiz.')).toBe(close(a, 'It was another straight 20-goal season for Ruiz.'));
  });
  it('reads a small share, sum or measure as a figure: "fell 1.8%" is close to "slid nearly 2 per cent"', () => {
    const close = (a: string, b: string) => explainPair(a, b).evidence.numbersClose;
    expect(close('The rand fell 1.8% against the dollar.', 'The rand slid nearly 2 per cent against the dollar.')).toBe(1);
    expect(close('Shares rose $1.50 in early trading.', 'Shares gained about $1.5 in early trading.')).toBe(1);
    // "two" alone stays a word: "the two leaders" counts nothing a reader compares.
    expect(close('The two leaders met in Geneva.', 'Both leaders met in Geneva for two hours.')).toBe(0);
  });
  it('reads a figure told as a range as close to one inside it: "several hundred metres" / "500 metres"', () => {
    const close = (a: string, b: string) => explainPair(a, b).evidence.numbersClose;
    expect(close('Ash rose several hundred metres above the crater.', 'Ash rose 500 metres above the crater.')).toBe(1);
    expect(close('Hundreds of homes lost power.', 'About 400 homes lost power.')).toBe(1);
    expect(close('Ash rose several hundred metres above the crater.', 'Ash rose 2,000 metres above the crater.')).toBe(0);
  });
  it('reads figures of two kinds as never close: "at 30 kilometres" / "by 35 seconds"', () => {
    const close = (a: string, b: string) => explainPair(a, b).evidence.numbersClose;
    expect(close('At 30 kilometres she knew the record was hers.', 'She broke the record by 35 seconds.')).toBe(0);
    expect(close('She led by 30 seconds at halfway.', 'She broke the record by 35 seconds.')).toBe(1);
  });
  it('reads a rank as no count: "the 18th storm" is not close to "about 20 typhoons"', () => {
    const close = (a: string, b: string) => explainPair(a, b).evidence.numbersClose;
    expect(close('Kalmari is the 18th storm to hit the islands this year.', 'The islands are hit by about 20 typhoons a year.')).toBe(0);
    expect(close('Kalmari is the 18th storm to hit the islands this year.', 'Kalmari was the 18th tropical storm of the year.')).toBe(1);
    // A span and the rank of its unit tell one moment.
    expect(close("Di Maria's goal came on 36 minutes.", 'Di Maria doubled the lead in the 36th minute.')).toBe(1);
  });
  it('compares spans of time across their units', () => {
    const close = (a: string, b: string) => explainPair(a, b).evidence.numbersClose;
    expect(close('He was sentenced to 25 years in prison.', 'The judge gave him a 300-month sentence.')).toBe(1);
    expect(close('The strike lasted 72 hours.', 'The walkout went on for three days.')).toBe(1);
    expect(close('The strike lasted 72 hours.', 'The walkout went on for five days.')).toBe(0);
    expect(close('The engine shut down about eight minutes into the flight.', 'About 480 seconds after lift-off the engine cut out.')).toBe(1);
    expect(close('The outage lasted 90 mins.', 'The outage lasted an hour and a half.')).toBe(1);
    expect(close('The engine shut down about eight minutes into the flight.', 'About 48 seconds after lift-off the engine cut out.')).toBe(0);
  });
  it('still links a paraphrase whose only overlap is a telling number', () => {
    expect(
      scorePair('The smartphone maker sold 78 million handsets in the last three months.', 'Sales of the phone reached 78 million units in the quarter.')
        .reasons,
    ).not.toContain('only names shared');
  });
  it('links paraphrases through synonyms: killed / died, quake / earthquake', () => {
    expect(scorePair('An earthquake killed 40 people in the north.', 'Forty people died when a quake hit the north.').same).toBe(true);
  });
  it('treats name variants as one name: U.S. / United States, Kiev / Kyiv', () => {
    const r = scorePair('The U.S. embassy in Kiev reopened.', 'The United States embassy in Kyiv reopened.');
    expect(r.same).toBe(true);
    // Nearer the same sentence twice than a sentence with other names in those places.
    const identical = scorePair('The United States embassy in Kyiv reopened.', 'The United States embassy in Kyiv reopened.').score;
    const otherNames = scorePair('The U.S. embassy in Kiev reopened.', 'The French embassy in Minsk reopened.').score;
    expect(identical - r.score).toBeLessThan(r.score - otherNames);
  });
  it('shares a name two outlets spell two ways: Salahuddin / Salahaddin', () => {
    const spelled = explainPair('The larger boat, a dhow, was identified as the Salahuddin.', 'The larger boat, a 10-metre dhow, is named the Salahaddin.');
    expect(spelled.evidence.namesShared).toBeGreaterThan(0);
    expect(spelled.score).toBeGreaterThan(
      explainPair('The larger boat, a dhow, was identified as the Salahuddin.', 'The larger boat, a 10-metre dhow, is named the Marwan.').score + 0.1,
    );
  });
  it("reads a title-case headline's names through the other sentence", () => {
    const r = explainPair('Veteran Actor John Marlowe Dies at 88', 'Stage and screen star John Marlowe has died, his family said.');
    expect(r.evidence.namesShared).toBeGreaterThan(0);
    expect(r.evidence.personClash).toBe(0);
  });
  it('knows one person by a middle name, and tells two people apart', () => {
    const same = explainPair('Mavis Hale was born in 1931 in Dayton.', 'Born in Dayton in 1931, Mavis Ann Hale was one of six children.');
    expect(same.evidence.personClash).toBe(0);
    expect(explainPair('Mavis Hale was born in Dayton.', 'Doris Kemp was born in Dayton.').evidence.personClash).toBe(1);
  });
  it('does not link unrelated sentences', () => {
    const r = scorePair('The central bank raised interest rates.', 'The striker scored twice on his debut.');
    expect(r.same).toBe(false);
    expect(r.score).toBeLessThan(0.2);
  });
  it('measures how much of what each sentence says, its cast aside, the other states', () => {
    const opened = 'Voters in Norland began casting ballots on Sunday in the parliamentary election.';
    const sameFact = explainPair(opened, 'Polls opened on Sunday and voters in Norland cast ballots in the parliamentary election.').evidence;
    const otherFact = explainPair(opened, 'The parliamentary election in Norland ended on Sunday evening, officials said.').evidence;
    expect(sameFact.contentCoverage).toBeGreaterThan(otherFact.contentCoverage);
    expect(sameFact.eventCoverage).toBeGreaterThan(otherFact.eventCoverage);
    // Names are the cast, not the claim: a pair sharing only them covers nothing.
    expect(explainPair('Norland voted.', 'Norland mourned.').evidence.contentCoverage).toBe(0);
  });
  it('lowers the score when only one sentence is negated', () => {
    const plain = explainPair('The senator said she would vote for the bill.', 'The senator said she would vote for the bill on Monday.');
    const negated = explainPair('The senator said she would vote for the bill.', 'The senator said she would not vote for the bill on Monday.');
    expect(negated.score).toBeLessThan(plain.score);
    expect(negated.reasons).toContain('negation differs');
    // A refusal in any tense denies the verb after it.
    const refuses = explainPair('The minister signs the treaty.', 'The minister refuses to sign the treaty.');
    expect(refuses.evidence.polarity).toBe(1);
  });
  it('reads no denial in "No 9" (a number) or in a supply an outage cut ("without power")', () => {
    const polarity = (a: string, b: string) => explainPair(a, b).evidence.polarity;
    expect(polarity('Ruiz will wear the No 9 shirt at his new club.', 'Ruiz will wear the number nine shirt at his new club.')).toBe(0);
    expect(polarity('About 120,000 homes were left without power.', 'About 120,000 homes lost power.')).toBe(0);
    expect(polarity('He was released without charge.', 'He was charged and released.')).toBe(1);
    expect(polarity('No one was hurt in the blaze.', 'Two firefighters were hurt in the blaze.')).toBe(1);
  });
  it('reads no denial in what would not have happened "if": it says nothing of what did', () => {
    const polarity = (a: string, b: string) => explainPair(a, b).evidence.polarity;
    const placed = 'The club placed its striker on the injured list.';
    expect(polarity('The coach said the club would not have placed its striker on the injured list if it were still in the title race.', placed)).toBe(0);
    expect(polarity('The club would not have placed its striker on the injured list.', placed)).toBe(1);
  });
  it('reads no denial in "not … until Monday": it says when, as "by Monday" does', () => {
    const polarity = (a: string, b: string) => explainPair(a, b).evidence.polarity;
    const by = 'The airline expects to clear the backlog of flights by Thursday.';
    expect(polarity('The airline warned that the backlog of flights would not be cleared before Thursday.', by)).toBe(0);
    expect(polarity('The coast road will not reopen until the weekend.', 'The coast road will reopen at the weekend.')).toBe(0);
    // Before an event, not a time, the denial stands; so does one whose clause ends first.
    expect(polarity('The driver did not brake before the crash.', 'The driver braked before the crash.')).toBe(1);
    expect(polarity('The airline did not clear the backlog, and waited until Thursday.', by)).toBe(1);
    expect(polarity('The airline did not clear the backlog; it waited until Thursday.', by)).toBe(1);
  });
  it('reads no negation of the claim in a clause that opens the sentence: "After saying she did not …, she checked in"', () => {
    const polarity = (a: string, b: string) => explainPair(a, b).evidence.polarity;
    expect(
      polarity('The singer checked into a clinic on Friday.', "After telling fans she didn't need help, the singer checked into a clinic on Friday."),
    ).toBe(0);
    expect(polarity('The singer checked into a clinic on Friday.', 'After a long tour, the singer did not check into a clinic.')).toBe(1);
  });
  it('lowers the score for opposite words: rose / fell', () => {
    const r = explainPair("China's exports rose 8 percent in May.", "China's exports fell 8 percent in May.");
    expect(r.evidence.opposite).toBe(1);
    expect(r.reasons).toContain('opposite words');
  });
  it('calls a link between opposite directions a difference: rose / fell', () => {
    const r = explainPair(
      'Exports fell 4.5 percent in June compared with a year earlier, customs data showed.',
      'Exports rose 4.5 percent in June compared with a year earlier, customs data showed.',
      { threshold: 0 },
    );
    expect(r.differences).toContain('direction: fell vs rose');
  });
  it('calls a denial of what the other states a difference: "not guilty" / "guilty", "rejected" / "passed"', () => {
    const verdict = explainPair('Jurors found Reeves not guilty of attempted murder.', 'Jurors found Reeves guilty of attempted murder.', { threshold: 0 });
    expect(verdict.differences).toEqual(['negation: not guilty vs guilty']);
    const bill = explainPair('The Senate rejected the infrastructure bill on Tuesday.', 'The Senate passed the infrastructure bill on Tuesday.', {
      threshold: 0,
    });
    expect(bill.differences).toEqual(['direction: rejected vs passed']);
    const doping = explainPair('Adeyemi denied taking any banned substance.', 'Adeyemi admitted taking a banned substance.', { threshold: 0 });
    expect(doping.differences).toEqual(['direction: denied vs admitted']);
    const verdict2 = explainPair('Ashby was acquitted of witness intimidation.', 'Ashby was found guilty of witness intimidation.', { threshold: 0 });
    expect(verdict2.differences).toEqual(['direction: acquitted vs guilty']);
    // The party cleared comes after the verb, the party found guilty before the verdict.
    const cleared = explainPair('A jury cleared Ashby of witness intimidation on Friday.', 'A jury found Ashby guilty of witness intimidation on Friday.', {
      threshold: 0,
    });
    expect(cleared.differences).toEqual(['direction: cleared vs guilty']);
    // A split verdict: opposites told of two degrees of a charge are about two charges.
    const split = explainPair(
      'Derek Vandermolen, 41, was acquitted of the more serious charge of first-degree assault.',
      'A jury found former officer Derek Vandermolen guilty of second-degree assault.',
      { threshold: 0 },
    );
    expect(split.differences).toEqual([]);
    // A verdict and the retrial's are two moments of one case.
    const retried = explainPair(
      'The district court today acquitted Ines Albrecht at her retrial for the 1998 arson at a sawmill in Furth.',
      'Ines Albrecht was convicted in 1999 of setting fire to the sawmill in Furth.',
      { threshold: 0 },
    );
    expect(retried.differences).toEqual([]);
    const once = explainPair(
      'The district court today acquitted Ines Albrecht of the 1998 arson at a sawmill in Furth.',
      'Ines Albrecht was convicted of setting fire to the sawmill in Furth.',
      { threshold: 0 },
    );
    expect(once.differences).toEqual(['direction: acquitted vs convicted']);
    // Both deny, in other words: no difference.
    const comment = explainPair('The company declined to comment.', 'The company did not immediately respond to a request for comment.', { threshold: 0 });
    expect(comment.differences).toEqual([]);
  });
  it('does not call two sides of one event a disagreement: beat / lost, bought / sold', () => {
    const game = explainPair('The Colts beat the Chiefs 20-13 on Sunday.', 'The Chiefs lost to the Colts 20-13 on Sunday.', { threshold: 0 });
    expect(game.evidence.opposite).toBe(1);
    expect(game.differences).toEqual([]);
    const sale = explainPair('Safeway bought the chain from Yucaipa in 1998.', 'Yucaipa sold the chain to Safeway in 1998.', { threshold: 0 });
    expect(sale.differences).toEqual([]);
    const prices = explainPair('Oil prices rose 3 percent on Monday.', 'Oil prices fell 3 percent on Monday.', { threshold: 0 });
    expect(prices.differences).toContain('direction: rose vs fell');
  });
  it('calls opposite words a disagreement only when what rose and what fell is one thing: not "inflation fell" / "prices rose"', () => {
    const rates = explainPair('Annual consumer price inflation fell to 2.8% in March.', 'Prices rose by 2.4% in the year to March.', { threshold: 0 });
    expect(rates.differences.filter((d) => d.startsWith('direction'))).toEqual([]);
    const turnout = explainPair('Turnout in the capital sharply fell to 58%.', 'Turnout in the capital rose to 62%.', { threshold: 0 });
    expect(turnout.differences).toContain('direction: fell vs rose');
  });
  it('calls opposite words a disagreement only about one thing: "a drop in points" / "a rising star"', () => {
    const r = explainPair('Miller is averaging 15 points, a drop of five points per game.', 'Miller won more games behind a rising star, Iguodala.', {
      threshold: 0,
    });
    expect(r.evidence.opposite).toBe(1);
    expect(r.differences).toEqual([]);
  });
  it("reads a tabloid's capitals as the figure they shout: a SIX-YEAR deal is a six-year contract", () => {
    const r = explainPair('The 19-year-old has agreed a four-and-a-half-year contract.', 'The 20-year-old forward has penned a FIVE-YEAR deal.', {
      threshold: 0,
    });
    expect(r.differences).toEqual(['number: 19 vs 20', 'number: four-and-a-half vs FIVE']);
  });
  it('still links a conflicting report of the same fact, and says what differs', () => {
    const r = scorePair('The blast killed 12 people on Monday.', 'The blast killed 15 people on Monday.');
    expect(r.same).toBe(true);
    expect(r.reasons).toContain('differs number: 12 vs 15');
  });
  it('is symmetric', () => {
    const a = 'Police arrested two men after the robbery in Lyon.';
    const b = 'Two suspects were detained by police following the Lyon robbery.';
    expect(scorePair(a, b).score).toBe(scorePair(b, a).score);
  });
  it("uses the fitted model's threshold unless the caller sets one", () => {
    const r = explainPair('The minister quit on Sunday.', 'On Sunday the minister resigned.');
    expect(r.same).toBe(r.score >= PAIR_MODEL.threshold);
    expect(explainPair('The minister quit on Sunday.', 'On Sunday the minister resigned.', { threshold: 0 }).same).toBe(true);
  });
});

describe('background IDF', () => {
  it('weighs common words below rare ones and names above both', () => {
    expect(backgroundIdf('said')).toBeLessThan(backgroundIdf('uranium'));
    expect(backgroundIdf('uranium')).toBeLessThanOrEqual(backgroundIdf('@rouhani'));
  });
  it('weighs small numbers below specific ones', () => {
    expect(backgroundIdf('#2')).toBeLessThan(backgroundIdf('#1979'));
  });
});
