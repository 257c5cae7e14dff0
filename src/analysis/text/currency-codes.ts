/**
 * Currencies by the code or abbreviation news writes before a sum ("UGX 180 million", "RWF 5
 * million", "KSh 50,000", "Rs 2,500 crore", "Dh2.5 million", "RO 40,000"), each with the sign or the
 * word another report writes the same money with ("five million Rwandan francs", "₹2,500 crore").
 * Australian, Hong Kong and Singapore dollars are "$" as their own press writes them. Left out:
 * codes that are as often an airline's before a flight number ("SR 111", "QR 8").
 */
export const CURRENCY_CODES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    USD: '$',
    AUD: '$',
    CAD: '$',
    NZD: '$',
    EUR: '€',
    GBP: '£',
    JPY: '¥',
    INR: '₹',
    Rs: '₹',
    PKR: '₹',
    KES: 'shillings',
    KSh: 'shillings',
    Ksh: 'shillings',
    Sh: 'shillings',
    UGX: 'shillings',
    TZS: 'shillings',
    RWF: 'francs',
    XOF: 'francs',
    XAF: 'francs',
    CHF: 'francs',
    NGN: 'naira',
    GHS: 'cedis',
    ZAR: 'rand',
    ETB: 'birr',
    ZMW: 'kwacha',
    MWK: 'kwacha',
    SEK: 'kronor',
    NOK: 'kroner',
    DKK: 'kroner',
    // The Gulf's, as its own press writes them before a sum ("Dh2.5 million", "RO 40,000", "KD 500").
    AED: 'dirhams',
    Dh: 'dirhams',
    Dhs: 'dirhams',
    MAD: 'dirhams',
    OMR: 'rials',
    RO: 'rials',
    QAR: 'riyals',
    SAR: 'riyals',
    BHD: 'dinars',
    BD: 'dinars',
    KWD: 'dinars',
    KD: 'dinars',
    JOD: 'dinars',
    EGP: 'pounds',
    LKR: '₹',
    NPR: '₹',
    BDT: 'taka',
    Tk: 'taka',
    MYR: 'ringgit',
    RM: 'ringgit',
    PHP: 'pesos',
    MXN: 'pesos',
    ARS: 'pesos',
    COP: 'pesos',
    CLP: 'pesos',
    PEN: 'soles',
    IDR: 'rupiah',
    Rp: 'rupiah',
    THB: 'baht',
    CNY: 'yuan',
    RMB: 'yuan',
    HKD: '$',
    SGD: '$',
    TWD: '$',
    KRW: 'won',
    BRL: 'reais',
    TRY: 'lira',
    ILS: 'shekels',
    NIS: 'shekels',
    RUB: 'roubles',
    PLN: 'zloty',
    // Signs and codes written before a sum in West Africa and the Philippines ("GH¢2.4 million", "₦450m", "₱50 million").
    'GH¢': 'cedis',
    'GH₵': 'cedis',
    '₵': 'cedis',
    '₦': 'naira',
    '₱': 'pesos',
  }),
);

/**
 * One letter glued before a sum and its scale, as Nigerian, Philippine, South African and Zambian
 * papers write their currencies ("N450 million", "P50M", "R15-million", "K2bn"). Without a scale the
 * letter and figure are as often a name ("N4", "P38", "K9"), so only a scale makes them money.
 */
export const LETTER_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['N', 'naira'],
  ['P', 'pesos'],
  ['R', 'rand'],
  ['K', 'kwacha'],
]);
/** Such a letter before a figure (`text` ending where the figure starts). */
export const LETTER_BEFORE = /(?<!\p{L})([NPRK])$/u;
/** The scales that make such a letter and figure a sum: "450 million", "50M", "2.5bn". */
const SCALE = 'm|mn|bn|million|billion|trillion';
/** A scale right after a figure: "450 million", "50M", "15-million", "2.5bn". */
export const SCALE_AFTER = new RegExp(`^[\\s-]?(?:${SCALE})\\b`, 'i');
/** A price to the cent, which a letter before it makes a sum ("R18.67 to the dollar") as no road or code ("the R62") is. */
export const TO_THE_CENT = /^\d{1,3}(?:,\d{3})*\.\d{2}$/;
/** A figure's text ending in such a scale, as the number reader took it with the figure ("50M", "450 million"). */
export const ENDS_IN_SCALE = new RegExp(`(?:${SCALE})$`, 'i');
const LETTER_SUM_WORD = new RegExp(`^[NPRK]\\d[\\d.,]*(?:-?(${SCALE}))?$`, 'i');
/**
 * A word that is such a letter and its figure, with its scale glued or hyphened ("P50M", "R15-million")
 * or just after it (`after`: "N450 million"): a sum, which no name holds.
 */
export function isLetterSum(word: string, after: string): boolean {
  const m = LETTER_SUM_WORD.exec(word);
  return !!m && (!!m[1] || SCALE_AFTER.test(after) || TO_THE_CENT.test(word.slice(1)));
}

/**
 * The codes written glued to their figure ("Rs2,500", "KSh50,000", "Dh2.5 million", "RM5 million",
 * "EUR30m", "euro110 billion"): a letter before a figure otherwise makes it part of a word ("A380",
 * "MH370"), so only these, which name no aircraft or flight, are read as money there.
 */
const GLUED = 'euro|EUR|Rs|KSh|Ksh|Sh|Dhs?|RM|Rp|Tk';
export const GLUED_CURRENCY = new RegExp(`(?<!\\p{L})(?:${GLUED})$`, 'u');
/** A word that is such a code and its figure ("Rs2"): a sum, which no name holds. */
export const GLUED_SUM = new RegExp(`^(?:${GLUED})\\d`, 'u');

/**
 * The euro written as a word glued before the figure, as wire copy writes it ("euro110 billion",
 * "EUR30m"): a currency, like "€110 billion". "Euro2012" names a tournament.
 */
export const EURO_PREFIX = /(?<!\p{L})(?:euro|EUR)$/u;
