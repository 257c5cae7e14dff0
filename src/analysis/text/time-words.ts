import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words.ts';

/**
 * Words that say when, not what: a sentence pair sharing only these (and names) shares no claim, and
 * timeline cards are not merged on them. "may" is left out (the modal verb). A module of its own:
 * the first screen imports calendar-words.ts, and the bundler keeps this list's expression there.
 */
export const TIME_WORDS: readonly string[] = [
  ...`today tonight yesterday tomorrow morning afternoon evening night overnight day days week weeks weekend
  month months year years hour hours minute minutes time times ago earlier later early late last next
  dawn dusk daybreak nightfall sunrise sunset midnight noon midday
  am pm gmt bst cest cet utc edt est pdt`.split(/\s+/),
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES.filter((m) => m !== 'may'),
].filter(Boolean);
