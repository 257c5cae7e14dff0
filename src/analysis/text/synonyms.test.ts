import { describe, expect, it } from 'vitest';
import { canonicalStem, canonicalWord, oppositesOf, phrasalAt } from './synonyms.ts';
import { stem, tokenize } from './tokenize.ts';

const canon = (w: string) => canonicalStem(stem(w));
/** The phrasal verb a text opens with, as its one-word meaning. */
const phrasal = (text: string) => phrasalAt(tokenize(text), 0)?.term;

describe('synonyms', () => {
  it('reads plain, tabloid and official words for one thing alike: "on display" / "exhibited", "mum" / "mother", "slammed" / "criticised"', () => {
    expect(canon('displayed')).toBe(canon('exhibited'));
    expect(canon('erected')).toBe(canon('installed'));
    expect(canon('razed')).toBe(canon('demolition'));
    expect(canon('mortified')).toBe(canon('embarrassed'));
    expect(canon('located')).toBe(canon('discovered'));
    expect(canon('slammed')).toBe(canon('criticised'));
    expect(canon('mum')).toBe(canon('mother'));
    expect(canon('gran')).toBe(canon('grandmother'));
    expect(canon('loo')).toBe(canon('toilet'));
  });
  it('reads the words of prison, fire and sea news alike: "inmates" / "prisoners", "warders" / "guards", "capsized" / "overturned"', () => {
    expect(canon('inmates')).toBe(canon('prisoners'));
    expect(canon('detainees')).toBe(canon('prisoners'));
    expect(canon('warders')).toBe(canon('guards'));
    expect(canon('rioted')).toBe(canon('uprising'));
    expect(canon('captives')).toBe(canon('hostages'));
    expect(canon('capsized')).toBe(canon('overturned'));
    expect(canonicalWord(tokenize('flames')[0]!)).toBe(canonicalWord(tokenize('blaze')[0]!));
    expect(canonicalWord(tokenize('firemen')[0]!)).toBe(canonicalWord(tokenize('firefighters')[0]!));
    // An escape is no flight from danger: on ECB+ train, "escaped" with "fled" joined two jailbreaks.
    expect(canon('escaped')).not.toBe(canon('fled'));
  });
  it('keeps apart words whose stem a group word shares: "quite" / "quit", "critical" / "criticised", "operator" / "operation"', () => {
    expect(canonicalWord(tokenize('quite')[0]!)).not.toBe(canon('quit'));
    expect(canonicalWord(tokenize('critical')[0]!)).not.toBe(canon('criticised'));
    expect(canonicalWord(tokenize('operator')[0]!)).not.toBe(canon('operation'));
    expect(canonicalWord(tokenize('managed')[0]!)).not.toBe(canon('management'));
    expect(canonicalWord(tokenize('firefighters')[0]!)).not.toBe(canon('gunfight'));
    expect(canonicalWord(tokenize('aide')[0]!)).not.toBe(canon('aid'));
    expect(canonicalWord(tokenize('range')[0]!)).not.toBe(canon('rung'));
    expect(canonicalWord(tokenize('bit')[0]!)).not.toBe(canon('bite'));
    expect(canonicalWord(tokenize('step')[0]!)).not.toBe(canon('resign'));
    // The forms of one such word still meet, and "fire fighters" is "firefighters".
    expect(canonicalWord(tokenize('managing')[0]!)).toBe(canonicalWord(tokenize('managed')[0]!));
    expect(phrasal('fire fighters')).toBe(canonicalWord(tokenize('firefighters')[0]!));
    // …and one who is stepping down resigns, as one who stepped down did.
    expect(phrasal('stepping down after 18 years')).toBe(canon('resigned'));
    expect(phrasal('stepped down in May')).toBe(canon('resigned'));
    // "burnt to death" is a death, "sentenced to death" none.
    expect(phrasal('burnt to death in the blaze')).toBe(canon('killed'));
    expect(phrasal('sentenced to death')).toBeUndefined();
  });
  it('reads a death and a shooting told in a phrasal verb as the one-word report of them', () => {
    expect(phrasal('passed away peacefully at home')).toBe(canon('died'));
    expect(phrasal('passed away')).toBe(canon('death'));
    expect(phrasal('gunned down outside his shop')).toBe(canon('shot'));
    // Passing something else is no death.
    expect(phrasal('passed the bill')).toBeUndefined();
  });
  it('reads "according to" as attribution, not as a peace accord', () => {
    expect(tokenize('According to police, the accord was signed').map((t) => t.stop)).toEqual([true, true, false, true, false, true, false]);
  });
  it('maps news synonyms to one stem: killed / died / dead / murdered', () => {
    expect(canon('killed')).toBe(canon('died'));
    expect(canon('dead')).toBe(canon('killed'));
    expect(canon('murdered')).toBe(canon('killed'));
  });
  it('reads the biggest as the largest, and a gift as a donation', () => {
    expect(canon('biggest')).toBe(canon('largest'));
    expect(canon('donation')).toBe(canon('gift'));
    expect(canon('donated')).toBe(canon('gifts'));
    expect(canon('big')).not.toBe(canon('largest'));
  });
  it('reads what was found as what was discovered or located, in any tense', () => {
    expect(canon('found')).toBe(canon('discovered'));
    expect(canon('finds')).toBe(canon('located'));
  });
  it('reads a rule that comes into force as one that comes into effect, but not one who comes into office', () => {
    expect(phrasal('comes into force at midnight')).toBe(canon('effect'));
    expect(phrasal('went into effect on Monday')).toBe(canon('effect'));
    expect(phrasal('came into office in May')).toBeUndefined();
  });
  it('reads the jobless as the unemployed, a caretaker manager as the interim one, a match as a game', () => {
    expect(canon('jobless')).toBe(canon('unemployment'));
    expect(canon('unemployed')).toBe(canon('unemployment'));
    expect(canon('caretaker')).toBe(canon('interim'));
    expect(canon('matches')).toBe(canon('game'));
  });
  it('reads a currency or a share that slid, tumbled or dipped as one that fell: "fell 1.8%" / "slid nearly 2 per cent"', () => {
    for (const w of ['slid', 'tumbled', 'dipped']) expect(canon(w)).toBe(canon('fell'));
    expect(oppositesOf(canon('rose'))).toContain(canon('slid'));
  });
  it('reads blame as cause, a dodgy part as a faulty one, "said sorry" as apologised, "closed lower" as fell', () => {
    expect(canon('blamed')).toBe(canon('caused'));
    expect(canon('dodgy')).toBe(canon('faulty'));
    expect(phrasal('said sorry to customers')).toBe(canon('apologized'));
    expect(canon('apologised')).toBe(canon('apologized'));
    expect(canon('lower')).toBe(canon('fell'));
    expect(canon('higher')).toBe(canon('rose'));
  });
  it('reads "climbed down" as a descent, no opposite of "lowered themselves"', () => {
    expect(phrasal('climbing down a wall')).toBe(canon('lowered'));
    expect(oppositesOf(canon('lowered'))).not.toContain(phrasal('climbed down the cliff'));
  });
  it('reads a temblor and a tremor as the quake: "The temblor was felt across the gulf" / "The quake … was felt in Oman"', () => {
    expect(canon('temblor')).toBe(canon('quake'));
    expect(canon('tremor')).toBe(canon('earthquake'));
  });
  it('reads "closed" and "shut" as one word: "will be closed indefinitely" / "will stay shut"', () => {
    expect(canon('closed')).toBe(canon('shut'));
    expect(canon('closure')).toBe(canon('shut'));
  });
  it('knows profit and loss as opposites, so "a profit of $1bn" / "a loss of $1bn" is a conflict', () => {
    expect(oppositesOf(canon('profit'))).toContain(canon('loss'));
    expect(oppositesOf(canon('losses'))).toContain(canon('profit'));
  });
  it('reads headline short forms as the word they shorten: "ops" / "operations", "docs" / "doctors", "cops" / "police"', () => {
    const word = (w: string) => canonicalWord(tokenize(w)[0]!);
    expect(word('ops')).toBe(word('operations'));
    expect(word('docs')).toBe(word('doctors'));
    expect(word('cops')).toBe(word('police'));
    expect(word('axed')).toBe(word('scrapped'));
    // "opt" and "document" are other words, though Porter gives them the short forms' stems.
    expect(word('opted')).not.toBe(word('operations'));
    expect(word('documents')).not.toBe(word('doctors'));
  });
  it('reads a fire or fighting that erupted as one that broke out: "erupted on Saturday" / "broke out on Sunday"', () => {
    expect(canon('erupted')).toBe(canon('began'));
    expect(phrasal('broke out')).toBe(canon('erupted'));
  });
  it('reads departing as leaving, but not a department', () => {
    const word = (w: string) => canonicalWord(tokenize(w)[0]!);
    expect(word('departed')).toBe(word('left'));
    expect(word('departure')).toBe(word('leaving'));
    expect(word('departments')).not.toBe(word('left'));
  });
  it('reads an injury told two ways as one: "suffered a broken leg" / "sustained a fractured leg"', () => {
    expect(canon('fractured')).toBe(canon('broken'));
    expect(canon('sustained')).toBe(canon('suffered'));
  });
  it('reads people plucked from the sea as rescued, and sailors as a crew: "Fourteen crew members were rescued" / "Twelve sailors were plucked from the sea"', () => {
    expect(canon('plucked')).toBe(canon('rescued'));
    expect(canon('sailors')).toBe(canon('crew'));
    expect(canon('seamen')).toBe(canon('crew'));
  });
  it('reads patients moved as patients transferred: "nine were moved to other hospitals" / "eleven patients were transferred"', () => {
    expect(canon('moved')).toBe(canon('transferred'));
  });
  it('reads a blast as the explosion, a chopper as the helicopter, a vow as a pledge', () => {
    expect(canon('blast')).toBe(canon('explosion'));
    expect(canon('exploded')).toBe(canon('explosion'));
    expect(canon('chopper')).toBe(canon('helicopter'));
    expect(canon('vowed')).toBe(canon('pledged'));
  });
  it('reads a collision as a crash, a blackout as an outage, a penalty as a fine', () => {
    expect(canon('collided')).toBe(canon('crash'));
    expect(canon('blackout')).toBe(canon('outage'));
    expect(canon('penalty')).toBe(canon('fined'));
    expect(canon('sickened')).toBe(canon('ill'));
  });
  it('reads a settlement as a deal, shares as stock, first light and daybreak as dawn', () => {
    expect(canon('settlement')).toBe(canon('deal'));
    const word = (w: string) => canonicalWord(tokenize(w)[0]!);
    expect(word('shares')).toBe(word('stock'));
    expect(word('share')).not.toBe(word('stock'));
    expect(canon('daybreak')).toBe(canon('dawn'));
    expect(phrasal('first light')).toBe(canon('dawn'));
  });
  it('reads the American and British words for one thing as one: truck / lorry, highway / motorway, attorney / solicitor', () => {
    expect(canon('lorry')).toBe(canon('trucks'));
    expect(canon('motorway')).toBe(canon('highway'));
    expect(canon('attorney')).toBe(canon('solicitors'));
    expect(canon('flats')).toBe(canon('apartment'));
    expect(canon('railway')).toBe(canon('railroad'));
  });
  it('keeps unrelated words apart', () => {
    expect(canon('killed')).not.toBe(canon('injured'));
    expect(canon('bank')).toBe(stem('bank'));
  });
  it('reads phrasal verbs as their one-word meaning: called off = cancelled, broke down = collapsed', () => {
    expect(phrasal('called off')).toBe(canon('cancelled'));
    expect(phrasal('broke down')).toBe(canon('collapsed'));
    expect(phrasal('touched down')).toBe(canon('landed'));
    expect(phrasal('called on')).toBeUndefined();
  });
  it('reads being sworn in and taking office as the inauguration', () => {
    expect(phrasal('sworn in')).toBe(canon('inaugurated'));
    expect(phrasal('takes office')).toBe(canon('inauguration'));
  });
  it('reads checking in as entering and checking out as leaving, which are not one event', () => {
    expect(phrasal('checked into')).toBe(canon('entered'));
    expect(phrasal('checks in')).toBe(canon('enter'));
    expect(phrasal('checked out')).toBe(canon('left'));
    expect(phrasal('checked into')).not.toBe(phrasal('checked out'));
  });
  it('reads a phrasal verb around a reflexive pronoun: "checked herself into", "checked himself in"', () => {
    expect(phrasal('checked herself into rehab')).toBe(canon('entered'));
    expect(phrasal('checked himself in on Tuesday')).toBe(canon('entered'));
    expect(phrasal('checked her bags')).toBeUndefined();
  });
  it('reads a compound written as two words as the one word: Web site = website', () => {
    expect(phrasal('Web site')).toBe(canon('website'));
    expect(phrasal('web sites')).toBe(canon('websites'));
    expect(phrasal('cyber-attack')).toBe(canon('cyberattack'));
    expect(phrasal('cyber attacks')).toBe(canon('cyberattacks'));
    expect(phrasal('fire fighters')).toBe(canon('firefighters'));
    expect(phrasal('cease-fire')).toBe(canon('ceasefire'));
    expect(phrasal('gun men')).toBe(canon('gunman'));
    expect(phrasal('locked down')).toBe(canon('lockdown'));
    expect(phrasal('fire crews')).toBeUndefined();
  });
  it('knows opposites: rose / fell, open / close', () => {
    expect(oppositesOf(canon('rose'))).toContain(canon('fell'));
    expect(oppositesOf(canon('increased'))).toContain(canon('dropped'));
    expect(oppositesOf(canon('open'))).toContain(canon('close'));
  });
  it('reads irregular past forms as their verb: shot / shooting, stole / steal, struck / attacked', () => {
    expect(canon('shot')).toBe(canon('shooting'));
    expect(canon('stole')).toBe(canon('steals'));
    // "struck" is a blow, a quake or a car far more often than a walkout: the attack's, not the strike's.
    expect(canon('struck')).toBe(canon('attacked'));
    expect(canon('fled')).toBe(canon('flee'));
  });
  it('reads a walkout, walking out and downing tools as a strike, and a strike as no attack', () => {
    expect(canon('walkout')).toBe(canon('strike'));
    expect(canon('walkouts')).toBe(canon('strikes'));
    expect(phrasal('walked out over pay')).toBe(canon('strike'));
    expect(phrasal('downed tools')).toBe(canon('strike'));
    // A hyphen splits a word in two: "walk-out" is read as the phrasal verb.
    expect(phrasal('walk-out began')).toBe(canon('strike'));
    expect(phrasal('walked free')).toBe(canon('released'));
    // A labour strike and an assault on a picket line are two happenings of one story.
    expect(canon('strike')).not.toBe(canon('assaulted'));
    expect(phrasal('walked out')).not.toBe(canon('attacked'));
    expect(canon('airstrike')).toBe(canon('attack'));
  });
  it('knows hiring and firing as opposite events', () => {
    expect(oppositesOf(canon('hired'))).toContain(canon('sacked'));
    expect(oppositesOf(canon('fired'))).toContain(canon('appointed'));
  });
  it('knows the words of crashes, attacks and escapes that outlets trade: "rammed" / "collided", "mauled" / "attacked"', () => {
    expect(canon('rammed')).toBe(canon('collided'));
    expect(canon('ploughed')).toBe(canon('crashed'));
    expect(canon('mauled')).toBe(canon('attacked'));
    expect(canon('flipped')).toBe(canon('overturned'));
    expect(canon('tranquillised')).toBe(canon('sedated'));
    expect(phrasal('jacked up')).toBe(canon('raised'));
    expect(canon('abducted')).toBe(canon('kidnapped'));
    expect(canon('freed')).toBe(canon('released'));
    expect(canon('gunfight')).toBe(canon('shootout'));
    expect(canon('telephone')).toBe(canon('phone'));
    expect(canon('spade')).toBe(canon('shovel'));
    expect(canon('spilled')).toBe(canon('leaked'));
    expect(canon('stoppage')).toBe(canon('strike'));
    expect(canon('CEO'.toLowerCase())).toBe(canon('boss'));
    expect(canon('unaccounted')).toBe(canon('missing'));
  });
  it('reads "lost their lives" as dying, and not "lost his life savings"', () => {
    expect(phrasal('lost their lives in the fire')).toBe(canon('killed'));
    expect(phrasal('lost his life.')).toBe(canon('killed'));
    expect(phrasal('lost his life savings')).toBeUndefined();
  });
  it('reads "sorry" as the apology: "said she was sorry" / "apologised"', () => {
    const word = (w: string) => canonicalWord({ norm: w, stem: stem(w) });
    expect(word('sorry')).toBe(word('apologised'));
    expect(word('apologized')).toBe(word('apology'));
  });
  it('tells the fire (flames) from being fired: one stem, two groups', () => {
    const word = (w: string) => canonicalWord({ norm: w, stem: stem(w) });
    expect(word('fire')).toBe(word('blaze'));
    expect(word('fires')).toBe(word('flames'));
    expect(word('fired')).toBe(word('sacked'));
    expect(word('fire')).not.toBe(word('fired'));
    expect(phrasal('opened fire')).toBe(canon('shooting'));
  });
});
