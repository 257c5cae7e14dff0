/**
 * Line-level site furniture: rules that recognise a line as boilerplate on its own, wherever it
 * stands. Zone rules that need context (lines before the headline, link lists under an "Editor's
 * picks" heading, short lines after the last paragraph) live in `zones.ts`.
 *
 * Every rule is general: it describes a kind of line found on many sites, never a sentence from a
 * particular page. Rules that could also match real body text are limited to lines that are not
 * prose (see `isProse`), so a sentence that mentions "copyright" or starts with "By" survives.
 */
import { readByline, readContribution, readCopyrightHolder, readSignOff, readSourceLine } from './byline.ts';
import { readStamps, type Stamp } from './dateline.ts';
import { FUNCTION_WORDS, hasFunctionWord, isProse, wordCount } from './line-shape.ts';

/** Why a line was removed. Shown by debugging tools; `Report.removed` keeps only the text. */
export type RemovalReason =
  | 'legal'
  | 'cookie'
  | 'browser'
  | 'social'
  | 'interface'
  | 'related-heading'
  | 'related'
  | 'tags'
  | 'credit'
  | 'url'
  | 'navigation'
  | 'language'
  | 'byline'
  | 'stamp'
  | 'sign-off'
  | 'source'
  | 'separator'
  // zone rules (zones.ts)
  | 'menu'
  | 'header'
  | 'deck'
  | 'link-list'
  | 'trailer'
  | 'caption';

/** A hint about the publisher; lower rank wins (see parse-report.ts for the order and why). */
export interface SourceHint {
  name: string;
  rank: number;
}

export const SOURCE_RANK = {
  byline: 1,
  sourceLine: 1,
  wireDateline: 2,
  bylineAgency: 3,
  signOff: 4,
  copyright: 5,
  headerLine: 6,
  titleSuffix: 7,
  masthead: 8,
} as const;

export interface Verdict {
  reason: RemovalReason;
  stamps?: Stamp[];
  hints?: SourceHint[];
}

/**
 * A production credit's opening: "(Reporting by …", "Additional reporting by …", "With additional
 * reporting from …", "Contributing reporting by …", "Reporting and writing by …".
 */
const CREDIT_OPENING =
  /^\(?(?:with\s+)?(?:additional\s+|live\s+|contributing\s+|further\s+)?(?:reporting|writing|editing|compiled|produced|research|translated|translation|graphics?|written)\s+(?:(?:by|from)\b|and\s+\p{L}+\s+by\b)/iu;

/**
 * Whether what a credit's "by" gives is people or an outlet ("by Anna Bell", "by the Associated
 * Press"), not a sentence's agent: "Reporting by residents showed the water had risen" is news.
 */
function creditsPeople(line: string): boolean {
  const by = /\b(?:by|from)\s+(?:the\s+)?(.)/iu.exec(line);
  return by !== null && /\p{Lu}/u.test(by[1]!);
}

/**
 * Lines longer than this are never classified as furniture: boilerplate is short, and skipping very
 * long lines keeps the regexes linear on huge pasted input. (China Daily's legal footer is ~450.)
 */
const MAX_FURNITURE_LENGTH = 1200;

const LANGUAGE_NAMES =
  /Français|Español|Deutsch|Italiano|Português|Русский|العربية|中文|简体|繁體|繁体|双语|日本語|한국어|Türkçe|Polski|Nederlands|فارسی|हिन्दी|Tiếng Việt|Bahasa|Svenska|Ελληνικά|עברית|Українська/gu;

/**
 * One breadcrumb: a short section name ("China", "Middle East", "Science and tech"), capitalised,
 * not an author ("By …"), and not a phrase with several ordinary lowercase words, which marks a
 * headline ("Quake hits northern Japan | Asia | Daily Example" is a headline plus site name).
 */
function isCrumb(crumb: string): boolean {
  if (wordCount(crumb) > 4 || crumb.length > 30 || !/^[\p{Lu}\p{N}]/u.test(crumb) || /^by\s/i.test(crumb)) return false;
  const lowerWords = crumb.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !FUNCTION_WORDS.has(w));
  return lowerWords.length < 2;
}

/** "Updated at 19.50 GMT", "Last updated 10:32am": a stamp with a clock time and no day. */
const CLOCK_STAMP =
  /^(?:last\s+)?(?:updated|posted|published|edited|modified)\s*(?:at\s+|:\s*)?(?:\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?|\d{1,2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,5})?)$/i;
/**
 * "Posted 2h ago", "25m ago", "Updated just now": an age counted from when the page was viewed, with
 * or without its label, as live pages stamp their entries. It dates nothing once copied.
 */
const AGE_STAMP =
  /^(?:(?:last\s+)?(?:updated|posted|published|edited|modified)\s*:?\s*)?(?:(?:an?|\d+)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago|just now)$/i;

/** A picture's credit printed under its caption, its label run into the name: "Credit...Dutch National Police". */
export const PICTURE_CREDIT_BELOW = /^credit\s*(?:\.{2,}|…)\s*\S/i;

type Rule = (line: string, prose: boolean, words: number) => Verdict | null;

const RULES: Rule[] = [
  // Legal footers: copyright notices, "All rights reserved", licence and registration numbers
  // (Chinese sites must print their ICP licence). They are long and full of periods, so they pass as
  // prose; the opening word or "All rights reserved" is distinctive enough to remove them anyway.
  (line, _prose, words) => {
    const legal =
      /^(?:copyright\b|©|\(c\)\s*\d{4})/i.test(line) ||
      /\ball rights reserved\b/i.test(line) ||
      (words <= 12 && /\b(?:registration|licen[cs]e|permit|icp|reg\.?)\b[^\n]{0,40}?\d{5,}/i.test(line)) ||
      (words <= 8 && /^(?:terms (?:of|&) (?:use|service)|privacy (?:policy|notice)|terms and conditions|cookie policy|contact us|about us)\b/i.test(line));
    if (!legal) return null;
    const holder = readCopyrightHolder(line);
    return { reason: 'legal', hints: holder ? [{ name: holder, rank: SOURCE_RANK.copyright }] : [] };
  },
  // A funding disclosure under the story: "The Associated Press receives support from … foundations.
  // AP is solely responsible for all content." Two sentences of prose, so only its phrase tells it.
  (line, _prose, words) => (words <= 60 && /\bsolely responsible for (?:all|its) content\.?$/i.test(line) ? { reason: 'legal' } : null),
  // A rule drawn in characters ("___", "* * *", "—"): no letter or digit, so no words to keep.
  (line) => (/^[^\p{L}\p{N}]+$/u.test(line) ? { reason: 'separator' } : null),
  // Cookie banners are pasted along with the page and read like prose ("We use cookies to …"), so
  // they need their own rule: the word "cookie" together with consent vocabulary.
  (line, _prose, words) =>
    (words <= 60 && /\bcookies?\b/i.test(line) && /\b(?:we use|uses|use of|accept|consent|by continuing|manage|settings|preferences|privacy)\b/i.test(line)) ||
    // The IAB consent wording never says "cookie": "We value your privacy. We and our 212 partners store
    // and/or access information on a device …".
    (words <= 80 && /\b(?:we value your privacy|(?:store|stores) and(?:\/or)? access information on (?:a|your) device)\b/i.test(line))
      ? { reason: 'cookie' }
      : null,
  // "Browsers with 1024*768 or higher resolution are suggested", "Please enable JavaScript": notices
  // addressed to the reader's software, never part of a report.
  (line, _prose, words) =>
    words <= 40 &&
    /\bbrowsers?\b[^\n]{0,80}\bresolution\b|\bbest viewed\b|\bresolution\b[^\n]{0,40}\b(?:suggested|recommended)\b|\benable javascript\b|\bturn on javascript\b|\bjavascript (?:is )?(?:disabled|required|turned off)\b|\b(?:upgrade|update) your browser\b|\byour browser (?:does not|doesn't|is not|isn't)\b|\bmedia playback is unsupported\b/i.test(
      line,
    )
      ? { reason: 'browser' }
      : null,
  // "Read more: …", "Related: …", "See also: …": an inline link to another article.
  (line, _prose, words) =>
    words <= 30 && /^(?:read more|related|see also|also read|read also|more on this|recommended|watch|listen)\s*[:：|>»-]\s*\S/i.test(line)
      ? { reason: 'related' }
      : null,
  // A pointer to more coverage elsewhere, with its address: "Follow AP's coverage of the storm at
  // https://apnews.com/hub/storms.", "For more, visit www.example.com". An imperative and a URL.
  (line, _prose, words) =>
    words <= 30 &&
    /^(?:follow|read|see|find|get|visit|watch|listen|download|for (?:more|the latest|full coverage))\b[^\n]*\s(?:https?:\/\/|www\.)\S+$/i.test(line)
      ? { reason: 'related' }
      : null,
  // Headings of link lists ("Editor's picks", "Most read", "Related stories"). Flagged separately
  // because the short lines under them are links too (zones.ts removes those).
  (line, prose, words) =>
    !prose &&
    words <= 6 &&
    /^(?:editor'?s'?\s+picks?|editors'? choice|related(?:\s+(?:stories|articles|news|content|coverage|topics|links|posts|reading))?|most\s+(?:read|popular|viewed|shared|commented|emailed)|recommended(?:\s+(?:for you|stories|reading|articles))?|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be interested in|have missed)|more\s+(?:from|on|stories|news|in|top stories)\b.*|trending(?:\s+now)?|popular(?:\s+now)?|latest(?:\s+(?:news|stories|headlines))?|top\s+stories|in\s+other\s+news|in\s+pictures|also\s+read|what\s+to\s+read\s+next|don'?t\s+miss|further\s+reading|today'?s\s+top\s+news|hot\s+topics?)\s*[:：]?$/i.test(
      line,
    )
      ? { reason: 'related-heading' }
      : null,
  // "Follow us", share rows and bare lists of social networks: buttons whose labels were copied.
  (line, prose, words) =>
    !prose &&
    words <= 10 &&
    (/^(?:follow\s+(?:us|@)|share\s+(?:this|on|via|the|article|story|page|full)|gift (?:this|the) (?:article|story)|link copied|copy link|share$|like us on|join us on|connect with us|find us on|tweet this|email this|print this|send to a friend)/i.test(
      line,
    ) ||
      /^(?:(?:facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|e-?mail|print|messenger|telegram|weibo|wechat|instagram|youtube|tiktok|bluesky|threads|mastodon|copy ?link|copy|share|tweet|google\+?|flipboard|tumblr|save|bookmark)[\s,|·•/]*)+$/i.test(
        line,
      ))
      ? { reason: 'social' }
      : null,
  // A call for readers' comments: "Leave your thoughts, ideas and desires in the comments section
  // below.", "Let us know what you think in the comments." It states nothing the story holds.
  (line, _prose, words) =>
    words <= 25 &&
    /\b(?:in|into|to|on)\s+(?:the\s+|our\s+)?(?:comments|comment\s+(?:section|box|field|thread))\b|\bcomments?\s+(?:section\s+)?below\b/i.test(line) &&
    /\b(?:leave|let|tell|share|sound|post|add|drop|join|weigh)\b/i.test(line)
      ? { reason: 'social' }
      : null,
  // A newsletter box: "Sign up for our morning newsletter", "Get the day's top stories in your inbox",
  // "Enter your email address". It speaks to the reader; a report about a newsletter says who said so.
  (line, _prose, words) =>
    words <= 30 &&
    /\b(?:newsletters?|inbox(?:es)?|e-?mail address|briefing)\b/i.test(line) &&
    (/^(?:sign up|subscribe|get|enter|join|receive|don['’]t miss|never miss|want)\b/i.test(line) ||
      /\b(?:your inbox|you['’]ll|sign(?:ing)? up|subscrib(?:e|ing))\b/i.test(line)) &&
    !/\b(?:said|says|according to)\b/i.test(line)
      ? { reason: 'interface' }
      : null,
  // Interface labels copied with the page: "Skip to content", "Advertisement", "Sign in", "Menu".
  (line, prose, words) =>
    !prose &&
    words <= 5 &&
    /^(?:skip to (?:main )?content|skip to (?:site )?(?:index|navigation|search|footer)|skip (?:the )?advertisement|skip navigation|menu|main menu|search|sign (?:in|up|out)|log ?in|log ?out|register|subscribe(?: now| today)?|newsletters?|advertisement(?:\s*[-–—:]\s*(?:continue reading(?: below)?|story continues below|scroll to continue(?: with content)?))?|story continues below|continue reading below|advertising|sponsored(?: content)?|ad|close|back to top|top|print(?: this)?(?: page| article)?|read more|continue reading|show more|load more|loading\.*|more|next|previous|prev|home|accept(?: all)?|reject(?: all)?|got it|listen(?: to this article)?|video|photos?|gallery|play|pause|comments?|\d+\s+comments?|leave a comment|join the conversation|view comments|toggle navigation|expand|collapse|published|updated|last updated|posted|image caption|photo caption|caption|media caption)\s*[:.…»›>]*$/i.test(
      line,
    )
      ? { reason: 'interface' }
      : null,
  // A reading-time label and the marker an ad slot leaves mid-story: "5 min read", "Continue reading
  // the main story". Both speak to the reader about the page, never about the news.
  (line, prose, words) =>
    !prose && words <= 6 && /^(?:\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?|hours?)\s+read|continue reading the (?:main )?(?:story|article))\.?$/i.test(line)
      ? { reason: 'interface' }
      : null,
  // A live page's or a list's expander: "Show 12 more updates", "Load more", "See all comments".
  (line, prose, words) =>
    !prose &&
    words <= 5 &&
    /^(?:show|load|see|view)\s+(?:\d+\s+)?(?:more|all|older|newer|earlier|later|previous)(?:\s+(?:updates?|posts?|entries|comments?|replies|stories|articles|events|results))?\s*[.…»›>]*$/i.test(
      line,
    )
      ? { reason: 'interface' }
      : null,
  // "Tags: Iran, UK", "Topics: …", "Filed under: …": taxonomy rows.
  (line, _prose, words) =>
    words <= 30 && /^(?:tags?|topics?|keywords?|filed under|categor(?:y|ies)|posted in|more about)\s*[:：]/i.test(line) ? { reason: 'tags' } : null,
  // Credits: "(Reporting by …; Editing by …)", "Additional reporting by …", "Photo: Reuters",
  // "Contact the writer at …@…". Production notes, not report content.
  (line, prose, words) =>
    (words <= 40 && CREDIT_OPENING.test(line) && creditsPeople(line)) ||
    // "Contributors: Sam Fox, Lee Park", "Contributing: Jane Doe, USA TODAY": a list of names after a label.
    (words <= 30 && /^(?:contributors?|contributing(?:\s+(?:writers?|reporters?|editors?))?)\s*[:：]\s*\p{Lu}/iu.test(line)) ||
    // "Associated Press writers … contributed to this report." (a named agency alone is read below, as a source).
    (words <= 40 && /\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\.?$/i.test(line) && !readContribution(line)) ||
    // "Sam Fox and Lee Park contributed reporting.", "… contributed reporting from Auckland."
    (words <= 30 && /^\p{Lu}[^.!?]*\bcontributed\s+(?:additional\s+)?reporting\b[^.!?]{0,40}\.?$/u.test(line)) ||
    // An author box: "Maya Lindqvist covers transportation for The Ledger. Reach her at …@…".
    (words <= 40 && /@/.test(line) && /\b(?:covers|reporter|correspondent|writes about|reach (?:him|her|them|me)|follow (?:him|her|them|me))\b/i.test(line)) ||
    (!prose && words <= 15 && /^(?:photo|photograph|image|picture|pic|video|credit|illustration)s?(?:\s+credit)?\s*[:：]/i.test(line)) ||
    (words <= 20 && /^(?:contact|e-?mail|write to|reach (?:him|her|them|me))\b[^\n]*@/i.test(line)) ||
    (words <= 12 && /\[email\s*protected\]/i.test(line))
      ? { reason: 'credit' }
      : null,
  // The credit over a picture, as the BBC's pages read when copied: "Image source, Getty Images"; or
  // under its caption, as others print it: "Credit...Dutch National Police".
  (line, prose, words) =>
    !prose && words <= 12 && (/^(?:image|photo|video|media)\s+source\s*[,:]\s*\S/i.test(line) || PICTURE_CREDIT_BELOW.test(line)) ? { reason: 'credit' } : null,
  // A caption behind its label, as the BBC's pages read when copied: "Image caption, Stations were deserted".
  (line, _prose, words) => (words <= 60 && /^(?:image|photo|media|video)\s+caption\s*[,:]\s+\S/i.test(line) ? { reason: 'caption' } : null),
  // Photo captions carry a credit at the end: "Cameron and Rouhani at the UN. REUTERS/Lucas Jackson",
  // "… in New York (AFP Photo/Stan Honda)". The credit marks the line as a caption, not body text.
  (line, _prose, words) =>
    words <= 60 &&
    /(?:\(\s*(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Cc]redit)\s*:[^()]{2,60}\)|\(?\b(?:AFP|REUTERS|Reuters|AP|EPA|Getty Images|Xinhua|Bloomberg|Anadolu)(?:\s+(?:Photo|Images))?\s*\/\s*\p{Lu}[\p{L}.'’ -]{1,40}\)?)\s*$/u.test(
      line,
    )
      ? { reason: 'credit' }
      : null,
  // A caption copied under its picture, its credit after the last sentence: "Divers survey the reef.
  // Photograph: Coastwatch Research Trust". A body sentence never ends on such a label.
  (line, _prose, words) =>
    words <= 60 && /[.!?]["”’]?\s+(?:photo(?:graph)?|picture|image|illustration|video)s?(?:\s+credit)?\s*[:：]\s*\p{Lu}[^.!?:]{1,60}$/iu.test(line)
      ? { reason: 'caption' }
      : null,
  // "Xinhua contributed to this report.": a credit that also names the source.
  (line) => {
    const who = readContribution(line);
    if (who === null) return null;
    return { reason: 'credit', hints: who ? [{ name: who, rank: SOURCE_RANK.signOff }] : [] };
  },
  // A bare URL: a link target or "Source URL" pasted with the text.
  (line) => (/^(?:https?:\/\/|www\.)\S+$/i.test(line) ? { reason: 'url' } : null),
  // "Source: Xinhua": names the source outright.
  (line) => {
    const name = readSourceLine(line);
    return name ? { reason: 'source', hints: [{ name, rank: SOURCE_RANK.sourceLine }] } : null;
  },
  // Stamps and bylines come before the navigation rule: "24/09/2014" and "Sept 21, 2014 / 11:05 AM"
  // would otherwise read as breadcrumbs.
  // Bylines and metadata rows: "By Agencies in London | China Daily | Updated: 2014-09-24 07:11".
  (line) => {
    const byline = readByline(line);
    if (!byline) return null;
    const hints: SourceHint[] = [];
    if (byline.publisher) hints.push({ name: byline.publisher, rank: SOURCE_RANK.byline });
    if (byline.agency) hints.push({ name: byline.agency, rank: SOURCE_RANK.bylineAgency });
    return { reason: 'byline', stamps: byline.stamps, hints };
  },
  // A stamp with a clock time or an age and no day, as live pages print one under an entry ("Updated
  // at 19.50 GMT", "Posted 2h ago"): it dates nothing the reader can use, and is no sentence.
  (line) => (CLOCK_STAMP.test(line) || AGE_STAMP.test(line) ? { reason: 'stamp' } : null),
  // Date stamps: "Last updated: 24 September, 2014", "Wed 24 Sep 2014 12:00 BST".
  (line) => {
    const stamps = readStamps(line);
    return stamps ? { reason: 'stamp', stamps } : null;
  },
  // Language switchers: rows of language names in their own scripts ("中文 Français Español").
  (line, prose, words) => {
    if (prose || words > 8) return null;
    const names = line.match(LANGUAGE_NAMES) ?? [];
    const alone = names.length === 1 && names[0] === line;
    return names.length >= 2 || alone || (names.length === 1 && /^English$/i.test(line)) ? { reason: 'language' } : null;
  },
  // Navigation rows: breadcrumbs ("Home / China / World", "News › World › Asia") and rows of
  // section names, in capitals ("US EUROPE AFRICA ASIA", or glued together when copied:
  // "USEUROPEAFRICAASIA") or in Title Case without a single function word ("World UK Business Tech
  // Science Health"), which a real headline of six words or more practically always has.
  (line, prose, words) => {
    if (prose || line.length > 200 || /[.!?]$/.test(line)) return null;
    const crumbs = line.split(/\s*(?:\/|›|»|>|\||·|•|→|::)\s*/).filter(Boolean);
    const shortCrumbs = crumbs.every(isCrumb);
    if (crumbs.length >= 3 && shortCrumbs) return { reason: 'navigation' };
    // Two crumbs: only with an unambiguous separator ("World › Middle East") or a leading "Home";
    // "/" and "|" also join two words in ordinary headlines ("Iran / Iraq").
    if (crumbs.length === 2 && shortCrumbs && (/^home$/i.test(crumbs[0]!) || /[›»→>]/.test(line))) return { reason: 'navigation' };
    const tokens = line.split(/\s+/);
    const caps = tokens.every((t) => /^[\p{Lu}\p{N}&'’-]+$/u.test(t) && /\p{Lu}/u.test(t));
    if (caps && tokens.length >= 3 && !hasFunctionWord(line)) return { reason: 'navigation' };
    if (tokens.some((t) => /^\p{Lu}{14,}$/u.test(t)) && words <= 6) return { reason: 'navigation' };
    const titleCase = tokens.every((t) => /^[\p{Lu}&][\p{L}&-]*$/u.test(t));
    if (titleCase && tokens.length >= 6 && !hasFunctionWord(line)) return { reason: 'navigation' };
    return null;
  },
  // Agency sign-offs: "Reuters-AP", "(AFP)", "— Reuters". The agencies become a source hint.
  (line) => {
    const agencies = readSignOff(line);
    return agencies ? { reason: 'sign-off', hints: [{ name: agencies, rank: SOURCE_RANK.signOff }] } : null;
  },
];

/** Classifies one cleaned, non-empty line; null when it is not recognisable furniture on its own. */
export function classifyLine(line: string): Verdict | null {
  if (line.length > MAX_FURNITURE_LENGTH) return null;
  const prose = isProse(line);
  const words = wordCount(line);
  for (const rule of RULES) {
    const verdict = rule(line, prose, words);
    if (verdict) return verdict;
  }
  return null;
}
