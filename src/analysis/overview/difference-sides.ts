import { escapeRegExp } from '../text/escape-reg-exp.ts';

/**
 * Which wordings of a conflict state each side of one of its differences ("number: 212 vs 214"):
 * what differs (`what`: number, date, role…) and, per side as the difference writes it, the
 * indexes of the wordings that hold it. The facts list says from this which report gives which value
 * ("Coastal Tribune (A): 212 · Harbour Gazette (B): 214"), and shows the two sides first.
 */
export interface DifferenceSides {
  what: string;
  sides: { value: string; wordings: number[] }[];
  /**
   * The value each report's wordings hold, by report id (the first side, for a report whose wordings
   * hold both); a report absent holds neither. The reader's note on a sentence names each report's.
   */
  byReport: Record<string, string>;
}

/**
 * The sides of `difference` in `wordings`, or undefined when a side is stated by no wording (the
 * difference is then shown as written, never half attributed). A side is found by its figure when it
 * has one ("200 ft" is in "about 200ft"), else by its words ("Tuesday"). A wording holding both sides
 * goes to the longer side that contains the other ("not guilty" / "guilty"), else to the side it
 * writes out in full, else to neither. A wording the analysis found agreeing with the others
 * (`undisputed`) holds no side, whatever its words: "four years" is not "FOUR days".
 */
export function differenceSides(difference: string, wordings: readonly { text?: string; undisputed?: true; report?: string }[]): DifferenceSides | undefined {
  const parts = DIFFERENCE.exec(difference);
  if (!parts) return undefined;
  const values = [parts[2]!, parts[3]!];
  const patterns = values.map(sidePattern);
  const sides = values.map((value) => ({ value, wordings: [] as number[] }));
  wordings.forEach((w, index) => {
    if (w.undisputed || !w.text) return;
    const text = w.text;
    let held = [0, 1].filter((i) => patterns[i]!.test(text));
    if (held.length === 2) {
      const [a, b] = values.map((v) => v.toLowerCase()) as [string, string];
      held = a.includes(b) && a !== b ? [0] : b.includes(a) && a !== b ? [1] : held.filter((i) => literal(values[i]!).test(text));
    }
    if (held.length === 1) sides[held[0]!]!.wordings.push(index);
  });
  if (!sides.every((s) => s.wordings.length > 0)) return undefined;
  const byReport: Record<string, string> = {};
  for (const side of sides) for (const at of side.wordings) if (wordings[at]!.report !== undefined) byReport[wordings[at]!.report!] ??= side.value;
  return { what: parts[1]!, sides, byReport };
}

/** "number: 212 vs 214": what differs, then the two sides. */
const DIFFERENCE = /^([^:]+):\s*(.+?)\s+vs\s+(.+)$/;

function sidePattern(side: string): RegExp {
  const figure = /\d[\d,.]*/.exec(side)?.[0].replace(/[.,]$/, '');
  return figure ? new RegExp(`(?<![\\d.,])${escapeRegExp(figure)}(?!\\d)`) : literal(side);
}

/** The side's words, whole, in any case. */
const literal = (side: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(side)}(?![\\p{L}])`, 'iu');
