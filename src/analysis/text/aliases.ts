import { foldDiacritics } from './fold-diacritics.ts';

/**
 * General world knowledge for name matching: countries with their short forms, demonyms and
 * older spellings, common international organisations, and place names with well-known variant
 * spellings, and the US states with their AP abbreviations ("Nashville, Tenn." is Tennessee; "Ill.",
 * "Miss.", "Mass.", "Ind.", "Del.", "La." and "Wash." are left out: each is as often a word, a title
 * or another place). Nothing here exists for one particular report; acronyms a text defines itself
 * ("Islamic State (IS)") are added per text by `names.ts`.
 *
 * Format, one entry a line: `key | kind | variant; variant… | demonym; demonym…`.
 * Variants are matched case-insensitively after dots are dropped ("U.S." → "us"), except
 * that all-caps variants of two or three letters ("US", "UN", "IS") only match in capitals,
 * so the pronoun "us" and the verb "is" never become countries.
 */
const TABLE = `
united states|place|United States;United States of America;USA;US;America;the States|American;Americans
united kingdom|place|United Kingdom;UK;Britain;Great Britain|British;Briton;Britons
iran|place|Iran;Islamic Republic of Iran;Persia|Iranian;Iranians;Persian
iraq|place|Iraq|Iraqi;Iraqis
syria|place|Syria|Syrian;Syrians
russia|place|Russia;Russian Federation|Russian;Russians
china|place|China;People's Republic of China;PRC|Chinese
france|place|France|French
germany|place|Germany|German;Germans
italy|place|Italy|Italian;Italians
spain|place|Spain|Spanish;Spaniard;Spaniards
japan|place|Japan|Japanese
india|place|India|Indian;Indians
pakistan|place|Pakistan|Pakistani;Pakistanis
afghanistan|place|Afghanistan|Afghan;Afghans
israel|place|Israel|Israeli;Israelis
palestine|place|Palestine;Palestinian territories|Palestinian;Palestinians
egypt|place|Egypt|Egyptian;Egyptians
saudi arabia|place|Saudi Arabia;Saudi|Saudi;Saudis
turkey|place|Turkey;Türkiye;Turkiye|Turkish;Turk;Turks
ukraine|place|Ukraine;the Ukraine|Ukrainian;Ukrainians
poland|place|Poland|Polish;Pole;Poles
canada|place|Canada|Canadian;Canadians
mexico|place|Mexico|Mexican;Mexicans
brazil|place|Brazil|Brazilian;Brazilians
argentina|place|Argentina|Argentine;Argentinian;Argentines
australia|place|Australia|Australian;Australians
new zealand|place|New Zealand|New Zealander;New Zealanders
south africa|place|South Africa|South African;South Africans
nigeria|place|Nigeria|Nigerian;Nigerians
kenya|place|Kenya|Kenyan;Kenyans
ethiopia|place|Ethiopia|Ethiopian;Ethiopians
somalia|place|Somalia|Somali;Somalis
sudan|place|Sudan|Sudanese
libya|place|Libya|Libyan;Libyans
tunisia|place|Tunisia|Tunisian;Tunisians
algeria|place|Algeria|Algerian;Algerians
morocco|place|Morocco|Moroccan;Moroccans
lebanon|place|Lebanon|Lebanese
jordan|place|Jordan|Jordanian;Jordanians
yemen|place|Yemen|Yemeni;Yemenis
qatar|place|Qatar|Qatari;Qataris
united arab emirates|place|United Arab Emirates;UAE|Emirati;Emiratis
kuwait|place|Kuwait|Kuwaiti;Kuwaitis
north korea|place|North Korea;DPRK;Democratic People's Republic of Korea|North Korean;North Koreans
south korea|place|South Korea;Republic of Korea;ROK|South Korean;South Koreans
vietnam|place|Vietnam;Viet Nam|Vietnamese
thailand|place|Thailand;Siam|Thai;Thais
indonesia|place|Indonesia|Indonesian;Indonesians
philippines|place|Philippines|Filipino;Filipinos;Philippine
malaysia|place|Malaysia|Malaysian;Malaysians
myanmar|place|Myanmar;Burma|Burmese
bangladesh|place|Bangladesh|Bangladeshi;Bangladeshis
sri lanka|place|Sri Lanka;Ceylon|Sri Lankan;Sri Lankans
nepal|place|Nepal|Nepali;Nepalese
taiwan|place|Taiwan|Taiwanese
netherlands|place|Netherlands;Holland;The Netherlands|Dutch
belgium|place|Belgium|Belgian;Belgians
switzerland|place|Switzerland|Swiss
austria|place|Austria|Austrian;Austrians
sweden|place|Sweden|Swedish;Swede;Swedes
norway|place|Norway|Norwegian;Norwegians
denmark|place|Denmark|Danish;Dane;Danes
finland|place|Finland|Finnish;Finn;Finns
ireland|place|Ireland;Republic of Ireland;Eire|Irish
portugal|place|Portugal|Portuguese
greece|place|Greece|Greek;Greeks
czech republic|place|Czech Republic;Czechia|Czech;Czechs
hungary|place|Hungary|Hungarian;Hungarians
romania|place|Romania|Romanian;Romanians
serbia|place|Serbia|Serbian;Serbs
belarus|place|Belarus;Byelorussia|Belarusian;Belarusians
georgia|place|Georgia|Georgian;Georgians
armenia|place|Armenia|Armenian;Armenians
azerbaijan|place|Azerbaijan|Azerbaijani;Azerbaijanis;Azeri
kazakhstan|place|Kazakhstan|Kazakh;Kazakhs
venezuela|place|Venezuela|Venezuelan;Venezuelans
colombia|place|Colombia|Colombian;Colombians
chile|place|Chile|Chilean;Chileans
peru|place|Peru|Peruvian;Peruvians
cuba|place|Cuba|Cuban;Cubans
ivory coast|place|Ivory Coast;Côte d'Ivoire;Cote d'Ivoire|Ivorian;Ivorians
democratic republic of congo|place|Democratic Republic of Congo;Democratic Republic of the Congo;DRC;DR Congo|Congolese
eswatini|place|Eswatini;Swaziland|Swazi
north macedonia|place|North Macedonia;Macedonia|Macedonian
europe|place|Europe|European;Europeans
africa|place|Africa|African;Africans
asia|place|Asia|Asian;Asians
middle east|place|Middle East;Mideast|Middle Eastern
scotland|place|Scotland|Scottish;Scot;Scots
wales|place|Wales|Welsh
england|place|England|English
tehran|place|Tehran;Teheran|
kyiv|place|Kyiv;Kiev|
kharkiv|place|Kharkiv;Kharkov|
odesa|place|Odesa;Odessa|
beijing|place|Beijing;Peking|
mumbai|place|Mumbai;Bombay|
kolkata|place|Kolkata;Calcutta|
chennai|place|Chennai;Madras|
yangon|place|Yangon;Rangoon|
ho chi minh city|place|Ho Chi Minh City;Saigon|
guangzhou|place|Guangzhou;Canton|
almaty|place|Almaty;Alma-Ata|
gdansk|place|Gdansk;Danzig|
new york|place|New York;New York City;NYC|New Yorker
alabama|place|Alabama;Ala.|
alaska|place|Alaska|
arizona|place|Arizona;Ariz.|
arkansas|place|Arkansas|
california|place|California;Calif.|
colorado|place|Colorado;Colo.|
connecticut|place|Connecticut;Conn.|
delaware|place|Delaware|
florida|place|Florida;Fla.|
hawaii|place|Hawaii|
idaho|place|Idaho|
illinois|place|Illinois|
indiana|place|Indiana|
iowa|place|Iowa|
kansas|place|Kansas;Kan.;Kans.|
kentucky|place|Kentucky;Ky.|
louisiana|place|Louisiana|
maine|place|Maine|
maryland|place|Maryland;Md.|
massachusetts|place|Massachusetts|
michigan|place|Michigan;Mich.|
minnesota|place|Minnesota;Minn.|
mississippi|place|Mississippi|
missouri|place|Missouri|
montana|place|Montana;Mont.|
nebraska|place|Nebraska;Neb.;Nebr.|
nevada|place|Nevada;Nev.|
new hampshire|place|New Hampshire;N.H.|
new jersey|place|New Jersey;N.J.|
new mexico|place|New Mexico;N.M.|
north carolina|place|North Carolina;N.C.|
north dakota|place|North Dakota;N.D.|
ohio|place|Ohio|
oklahoma|place|Oklahoma;Okla.|
oregon|place|Oregon;Ore.|
pennsylvania|place|Pennsylvania;Pa.|
rhode island|place|Rhode Island;R.I.|
south carolina|place|South Carolina;S.C.|
south dakota|place|South Dakota;S.D.|
tennessee|place|Tennessee;Tenn.|
texas|place|Texas|
utah|place|Utah|
vermont|place|Vermont;Vt.|
virginia|place|Virginia;Va.|
west virginia|place|West Virginia;W.Va.;W. Va.|
wisconsin|place|Wisconsin;Wis.;Wisc.|
wyoming|place|Wyoming;Wyo.|
united nations|organisation|United Nations;UN;U.N.;UNO|
united nations general assembly|organisation|United Nations General Assembly;UN General Assembly;General Assembly;UNGA|
united nations security council|organisation|United Nations Security Council;UN Security Council;Security Council;UNSC|
european union|organisation|European Union;EU|
nato|organisation|NATO;North Atlantic Treaty Organization;North Atlantic Treaty Organisation;Nato|
world health organization|organisation|World Health Organization;World Health Organisation;WHO|
international monetary fund|organisation|International Monetary Fund;IMF|
world bank|organisation|World Bank|
world trade organization|organisation|World Trade Organization;World Trade Organisation;WTO|
opec|organisation|OPEC;Organization of the Petroleum Exporting Countries;Opec|
international atomic energy agency|organisation|International Atomic Energy Agency;IAEA|
red cross|organisation|Red Cross;International Committee of the Red Cross;ICRC|
african union|organisation|African Union;AU|
islamic state|organisation|Islamic State;Islamic State of Iraq and the Levant;Islamic State of Iraq and Syria;ISIS;ISIL;IS;Daesh|
al-qaeda|organisation|al-Qaeda;al Qaeda;Al-Qaida;al-Qaida;Al Qaeda|
federal bureau of investigation|organisation|Federal Bureau of Investigation;FBI|
central intelligence agency|organisation|Central Intelligence Agency;CIA|
bank of england|organisation|Bank of England|
european central bank|organisation|European Central Bank;ECB|
federal reserve|organisation|Federal Reserve;Fed;US Federal Reserve|
white house|organisation|White House|
downing street|organisation|Downing Street;Number 10;No 10|
kremlin|organisation|Kremlin|
pentagon|organisation|Pentagon|
house of commons|organisation|House of Commons;Commons|
reuters|organisation|Reuters|
associated press|organisation|Associated Press;AP|
agence france-presse|organisation|Agence France-Presse;AFP|
bbc|organisation|BBC;British Broadcasting Corporation|
muammar gaddafi|person|Muammar Gaddafi;Muammar Qaddafi;Moammar Gadhafi;Muammar al-Gaddafi;Gaddafi;Qaddafi;Gadhafi|
`;

export interface AliasEntry {
  key: string;
  kind: 'person' | 'place' | 'organisation' | 'other';
  /** Demonym use ("Iranian") rather than the name itself. */
  demonym: boolean;
}

/** Initials set apart, as text rebuilt from tokens writes them ("U. S.", "L. A."), joined as usual ("U.S."). */
const joinInitials = (name: string) => name.replace(/\b(\p{Lu})\.\s+(?=\p{Lu}\b)/gu, '$1.');

/** Lookup form of a name: lower-case, dots and possessive dropped, spaces and hyphens collapsed. */
export function aliasForm(name: string): string {
  return joinInitials(foldDiacritics(name))
    .replace(/[\u2019']s$/i, '')
    .replace(/\./g, '')
    .replace(/[\u2019']/g, "'")
    .replace(/^the\s+/i, '')
    .replace(/[\s-]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(LEGAL_FORM, '');
}
/** "Microsoft Corp.", "Interoute Plc", "Acme Ltd": a company is one name with or without its legal form. */
const LEGAL_FORM = /(?<=\S) ?,? (?:corp|corporation|inc|incorporated|ltd|limited|plc|llc)$/;

const CASE_SENSITIVE = new Map<string, AliasEntry>();
const DISPLAY = new Map<string, string>();
const BY_FORM = new Map<string, AliasEntry>();
const COUNTRIES = new Set<string>();

for (const line of TABLE.split('\n')) {
  if (!line.trim()) continue;
  const [key = '', kind = 'other', variants = '', demonyms = ''] = line.split('|');
  const k = kind as AliasEntry['kind'];
  const first = variants.split(';')[0];
  if (first) DISPLAY.set(key, first);
  for (const v of variants.split(';').filter(Boolean)) {
    const bare = v.replace(/\./g, '');
    // Short all-caps acronyms collide with English words ("US", "IS", "AU"): match them in capitals only.
    if (/^[A-Z]{2,3}$/.test(bare)) CASE_SENSITIVE.set(bare, { key, kind: k, demonym: false });
    else BY_FORM.set(aliasForm(v), { key, kind: k, demonym: false });
  }
  for (const d of demonyms.split(';').filter(Boolean)) BY_FORM.set(aliasForm(d), { key, kind: 'place', demonym: true });
  // Countries and regions carry a demonym; so does New York, which a variant names a city.
  if (k === 'place' && demonyms && !/\bCity\b/.test(variants)) COUNTRIES.add(key);
}

/**
 * The world's other countries, by name only: enough to tell a country from a city ("Oman" / "Dubai")
 * where two reports name different places (conflicts.ts), without the variants and demonyms the table
 * gives the countries news names most. Kept out of the table, so names are found and matched as
 * before ("Chad" stays a first name to the name finder).
 */
const OTHER_COUNTRIES = `
albania;andorra;angola;antigua and barbuda;bahamas;bahrain;barbados;belize;benin;bhutan;bolivia;
bosnia and herzegovina;botswana;brunei;bulgaria;burkina faso;burundi;cambodia;cameroon;
cape verde;central african republic;chad;comoros;costa rica;croatia;cyprus;djibouti;
dominican republic;ecuador;el salvador;equatorial guinea;eritrea;estonia;fiji;gabon;gambia;
ghana;grenada;guatemala;guinea;guinea-bissau;guyana;haiti;honduras;iceland;jamaica;kiribati;
kosovo;kyrgyzstan;laos;latvia;lesotho;liberia;liechtenstein;lithuania;luxembourg;madagascar;
malawi;maldives;mali;malta;marshall islands;mauritania;mauritius;micronesia;moldova;monaco;
mongolia;montenegro;mozambique;namibia;nauru;nicaragua;niger;oman;palau;panama;papua new guinea;
paraguay;rwanda;saint lucia;samoa;san marino;senegal;seychelles;sierra leone;singapore;slovakia;
slovenia;solomon islands;south sudan;suriname;tajikistan;tanzania;timor-leste;togo;tonga;
trinidad and tobago;turkmenistan;tuvalu;uganda;uruguay;uzbekistan;vanuatu;zambia;zimbabwe`;
for (const name of OTHER_COUNTRIES.split(/[;\n]/)) if (name.trim()) COUNTRIES.add(aliasForm(name));

/** The table entry for a name as written ("U.S.", "Teheran", "Iranian"), or undefined. */
export function lookupAlias(name: string): AliasEntry | undefined {
  const bare = joinInitials(name)
    .replace(/\./g, '')
    .replace(/[\u2019']s$/, '');
  return CASE_SENSITIVE.get(bare) ?? (/^[A-Z]{2,3}$/.test(bare) ? undefined : BY_FORM.get(aliasForm(name)));
}

/** A country or wider region ("Canada", "Iran", "Middle East"), as against a city or a place inside one. */
export function isCountry(key: string): boolean {
  return COUNTRIES.has(key);
}

/** How to show a known entity: its first variant in the table ("Iran" for `iran`, even when the text said "Iranian"). */
export function aliasDisplayName(key: string): string | undefined {
  return DISPLAY.get(key);
}
