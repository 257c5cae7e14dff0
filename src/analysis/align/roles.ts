import type { NameMention } from '../text/names.ts';

/**
 * The office or job a sentence gives a named person: "Prime Minister Taro Kono", "the company's
 * chief executive, Mark Ellis", "Mark Ellis, the chief financial officer,", "Prosecutor Sarah Jones".
 * Two reports that give one person two offices disagree on a fact a reader checks ("Judge" /
 * "Prosecutor" Sarah Jones); read from the whole sentence, attribution included, since an office is
 * most often written in the frame ("Health Secretary Wes Streeting told MPs …").
 */
export function personRoles(text: string, names: readonly NameMention[]): [string, string][] {
  const out: [string, string][] = [];
  for (const m of names) {
    if (m.kind !== 'person') continue;
    const role =
      OFFICE_BEFORE.exec(text.slice(Math.max(0, m.start - 48), m.start))?.[1] ??
      OFFICE_OPENING.exec(m.text)?.[1] ??
      ROLE_BEFORE.exec(text.slice(Math.max(0, m.start - 48), m.start))?.[1] ??
      ROLE_AFTER.exec(text.slice(m.end, m.end + 60))?.[1];
    if (role && !out.some(([key]) => key === m.key)) out.push([m.key, role]);
  }
  return out;
}

/** A role as compared: lower case, abbreviations spelled out, American "defense" as "defence". */
export function normalRole(role: string): string {
  const lower = role.toLowerCase().replace(/\s+/g, ' ').replace('defense', 'defence');
  // "Minister of Health" is the "Health Minister", "Commissioner of Police" the "Police Commissioner".
  const swapped = lower.replace(/^(.+?) of (?:the )?(.+)$/, '$2 $1');
  return spelledOut(lower) ?? spelledOut(swapped) ?? swapped;
}

/** The job's last words, whatever body comes before it: "board chairman" is a "board chair". */
function spelledOut(lower: string): string | undefined {
  const words = lower.split(' ');
  for (let k = 0; k < words.length; k++) {
    const spelled = ABBREVIATED[words.slice(k).join(' ')];
    if (spelled) return [...words.slice(0, k), spelled].join(' ');
  }
  return undefined;
}

/**
 * Whether two roles can be one office: the same, or one inside the other ("Minister" / "Foreign
 * Minister", "Secretary" / "Home Secretary", "president" / "President").
 */
export function sameRole(a: string, b: string): boolean {
  // One person may hold two jobs at once: "founder and chief executive" is the "chief executive".
  const jobs = (r: string) => r.split(/\s+(?:and|&)\s+/i).map(normalRole);
  return jobs(a).some((x) => jobs(b).some((y) => oneOffice(x, y)));
}

/** Whether two single jobs, each as `normalRole` writes it, can be one office. */
function oneOffice(x: string, y: string): boolean {
  // A deputy is not the office itself: "Deputy Commissioner" / "Commissioner".
  if (SECOND.test(x) !== SECOND.test(y)) return false;
  // A chief of a rank is another rank: "Chief Superintendent" / "Superintendent", "Chief Inspector" / "Inspector".
  if (x === `chief ${y}` || y === `chief ${x}`) return false;
  // "police chief" is how a wire names whoever heads the force, whose rank the force's own statement gives.
  if ((POLICE_HEAD.test(x) && POLICE_RANK.test(y)) || (POLICE_HEAD.test(y) && POLICE_RANK.test(x))) return true;
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`) || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

const SECOND = /^(?:deputy|vice|assistant)\b/;
const POLICE_HEAD = /^(?:[\w-]+ )?police (?:chief|boss|head|commander)$/;
/** A police rank, bare or of the police: not another body's ("health commissioner", "fire chief"). */
const POLICE_RANK =
  /^(?:(?:[\w-]+ )?police )?(?:chief |assistant )?(?:commissioner|superintendent|inspector|constable|commander|director|captain|colonel|major|general|major general|lieutenant)$/;

const ABBREVIATED: Record<string, string> = {
  ceo: 'chief executive',
  'chief executive officer': 'chief executive',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  pm: 'prime minister',
  cio: 'chief information officer',
  cto: 'chief technology officer',
  // One job, named by sport or by house style.
  'head coach': 'manager',
  coach: 'manager',
  chairman: 'chair',
  chairwoman: 'chair',
  chairperson: 'chair',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  // The finance minister by the office's British, Australian or American name; a German chancellor
  // heads the government, but a report calling one person both is far likelier a British budget.
  chancellor: 'finance minister',
  'chancellor of the exchequer': 'finance minister',
  treasurer: 'finance minister',
  'treasury secretary': 'finance minister',
};

/**
 * The body an office presides over, kept with it: "City Council President Maria Lopez" is not the
 * President, and "Council Speaker" is another office than "City Council President".
 */
const BODY = String.raw`(?:(?:City|County|Town|Borough|District|State|Regional|Parish)\s+)?(?:Council|Assembly|Board|Committee|Senate|Commission)`;

/** Offices written with capitals before the name: "Prime Minister", "Health Secretary", "Judge", "CFO". */
const OFFICE = String.raw`(?:(?:Deputy|Vice|Acting|Former|Interim)\s+)?(?:${BODY}\s+(?:President|Speaker|Chair(?:man|woman|person)?|Leader)|Prime Minister|(?:[A-Z][a-z]+\s+)?Minister|(?:[A-Z][a-z]+\s+)?Secretary|Secretary of State|Attorney General|Chancellor|Treasurer|President|Judge|Justice|Prosecutor|District Attorney|Senator|Governor|Mayor|Chief Executive(?: Officer)?|Chief (?:Financial|Operating|Information|Technology) Officer|CEO|CFO|COO|CIO|CTO|(?:Fire|Police|Army|Defence|Defense) Chief|Chairman|Chairwoman|Coach|Captain|Speaker|Ambassador|(?:[A-Z][a-z]+\s+)?Commissioner|(?:Detective\s+)?(?:Chief\s+)?(?:Inspector|Superintendent|Constable)|Inspector[- ]General|Chief of (?:Police|Staff)|Sheriff|Warden|Principal|Head ?[Tt]eacher|Headmaster|Headmistress)`;
/** …and the body it serves, after "of": "Minister of Health", "Commissioner of Police", "Inspector-General of Police". */
const OFFICE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])((?:${OFFICE}\s+(?:and|&)\s+)?${OFFICE}(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+)?)\s+$`, 'u');
/** An office the name finder kept inside the name ("Prosecutor Sarah Jones"). */
const OFFICE_OPENING = new RegExp(String.raw`^(${OFFICE})\s+\p{Lu}`, 'u');

/** Jobs written in lower case beside the name: "Halden chairman Mark Ellis", "chief executive, Mark Ellis" / "Mark Ellis, the chief executive". */
const ROLE = String.raw`(?:head of security|security chief|security guard|night watchman|chief executive(?: officer)?|chief (?:financial|operating|information|technology) officer|head coach|fire chief|police chief|sheriff|finance director|managing director|chairman|chairwoman|chair|president|vice president|spokesman|spokeswoman|spokesperson|prosecutor|judge|defence lawyer|defense attorney|lawyer|coach|manager|captain|founder|prime minister|foreign minister|finance minister|health secretary|home secretary|foreign secretary|minister|director)`;
/** …or two of them joined: "founder and chief executive", "chairman and CEO". */
const ROLES = String.raw`${ROLE}(?:\s+(?:and|&)\s+(?:${ROLE}|CEO))?`;
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${ROLES}),?\s+$`, 'iu');
// "Dana Whitlock, the county sheriff,": a word or two before the job may say where or of what; a
// deputy's rank stays with the job ("Tomasz Wrzos, a deputy agriculture minister").
const ROLE_AFTER = new RegExp(
  String.raw`^,\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\p{L}]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}?((?:(?:deputy|vice|assistant)\s+(?:[\p{L}-]+\s+)?)?${ROLES})\b`,
  'iu',
);
