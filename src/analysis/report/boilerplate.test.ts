import { describe, expect, it } from 'vitest';
import { classifyLine } from './boilerplate.ts';

const reason = (line: string): string | null => classifyLine(line)?.reason ?? null;

describe('classifyLine: sentences about reporting or newsletters are news', () => {
  it.each([
    'Reporting by residents showed the water had risen two metres in an hour.',
    'Additional reporting by local journalists revealed the council had been warned.',
    'The council said residents could sign up for flood alerts by email.',
    'The newsletter, which reaches 40,000 inboxes, was suspended on Monday.',
  ])('%s', (line) => expect(reason(line)).toBeNull());
});

describe('classifyLine', () => {
  it.each([
    ['Home / News / Europe', 'navigation'],
    ['Image caption, Stations were deserted on Tuesday morning', 'caption'],
    ['Advertisement - Continue Reading Below', 'interface'],
    ['ABC North Coast / By Bronwyn Herbert and Hannah Ross', 'byline'],
    ['Associated Press writers Ana Ruiz in Hilo and Ben Cole in Kona contributed to this report.', 'credit'],
    ['Maya Lind covers transport for The Harbour Ledger. Reach her at mlind@ledger.example.', 'credit'],
    ['We value your privacy. We and our 212 partners store and/or access information on a device.', 'cookie'],
    ['Live reporting by Hannah Price and Oliver Grant', 'credit'],
    ['With additional reporting by Tom Hale in Carrow', 'credit'],
    ['(Reporting by Anna Bell in Carrow; Writing by Tom Hale; Editing by Mark Heinrich)', 'credit'],
    ['Contributors: Sam Fox, Lee Park', 'credit'],
    ['Contributing: Sam Fox, USA TODAY', 'credit'],
    ['Sam Fox and Lee Park contributed reporting.', 'credit'],
    ['Reporting by the Associated Press.', 'credit'],
    ['Sign up for our morning newsletter', 'interface'],
    ["Get the day's top stories in your inbox every morning.", 'interface'],
    ['Enter your email address', 'interface'],
    ['News › World › Middle East', 'navigation'],
    ['Home | Opinion', 'navigation'],
    ['WORLD UK BUSINESS SPORT', 'navigation'],
    ['NEWSSPORTCULTUREOPINION', 'navigation'],
    ['World UK Politics Business Technology Science', 'navigation'],
    ['English 中文 Español', 'language'],
    ['Français', 'language'],
    ['Skip to main content', 'interface'],
    ['Advertisement', 'interface'],
    ['Sign in', 'interface'],
    ["Editor's picks", 'related-heading'],
    ['Most read', 'related-heading'],
    ['Related stories', 'related-heading'],
    ['You might also like:', 'related-heading'],
    ['Read more: Iran nuclear talks resume in Vienna', 'related'],
    ['© 2015 Example Media Ltd', 'legal'],
    ['Copyright 2015 Example Group. All rights reserved. Reproduction without permission is prohibited.', 'legal'],
    ['Internet publishing licence 01234567', 'legal'],
    ['Registration No: 987654', 'legal'],
    ['Privacy policy', 'legal'],
    ['We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.', 'cookie'],
    ['This site is best viewed with a screen resolution of 1280 x 800 or higher.', 'browser'],
    ['Please enable JavaScript to view the comments.', 'browser'],
    ['Please turn on JavaScript to use this feature', 'browser'],
    ['Updated at 19.50 GMT', 'stamp'],
    ['Last updated 10:32am', 'stamp'],
    ['Posted 2h ago', 'stamp'],
    ['Follow us on Twitter', 'social'],
    ['Share this article', 'social'],
    ['Facebook Twitter WhatsApp Email', 'social'],
    ['Leave your thoughts, ideas and desires in the comments section below.', 'social'],
    ['Let us know what you think in the comments.', 'social'],
    ['Tags: Iran, United Kingdom, diplomacy', 'tags'],
    ['(Reporting by Jane Doe; Editing by John Roe)', 'credit'],
    ['Additional reporting by Sam Lee in Tehran', 'credit'],
    ['Photo: AFP', 'credit'],
    ['Chauvin showed no emotion as the verdicts were read (Image: Court TV/AP)', 'credit'],
    ['Contact the writer at someone@example.com', 'credit'],
    ['Xinhua contributed to this story.', 'credit'],
    ['https://www.example.com/world/2015/03/02/story.html', 'url'],
    ['Source: Xinhua', 'source'],
    ['By Jane Doe | Asia Herald | Updated: 2015-03-02 10:40', 'byline'],
    ['By John Smith, Reuters', 'byline'],
    ['Last updated: 2 March, 2015', 'stamp'],
    ['Mon 2 Mar 2015 10.40 GMT', 'stamp'],
    ['Reuters-AP', 'sign-off'],
    ['(AFP)', 'sign-off'],
  ])('%s → %s', (line, expected) => {
    expect(reason(line)).toBe(expected);
  });

  it.each([
    'The band sued over copyright of the song, a court in London heard on Tuesday.',
    'By Monday the talks had collapsed, officials in both capitals said.',
    'Britain said it would reopen its embassy in Tehran.',
    'No relaxed stance',
    '– Britain presses Iran –',
    'Cameron seeks Iran help against Islamic State',
    'Obama Rallies World Against Islamic State',
    'Reuters reported that the talks lasted an hour.',
    'English lessons for refugees',
    'Home secretary defends plan',
    'Cameron Rouhani Hold Historic Talks',
    'Police said the suspect contributed to the report of the fire.',
    'Texas Lifer Escapes Prison Van Near Houston',
    'Ferry Runs Aground During Storm Off Harburn',
    'CAMERON MEETS ROUHANI IN NEW YORK',
    'The senator declined to comment on the report, but aides let it be known he was angry.',
    'Fans left angry messages in the comments below the video.',
    'Updated at 7pm, the forecast showed the storm turning north.',
    'Posted 2,000 miles away, the soldiers wrote home every week.',
  ])('keeps body text: %s', (line) => {
    expect(reason(line)).toBeNull();
  });
});
