/**
 * Re-joins lines that are pieces of one paragraph: hard-wrapped text (e-mail, plain-text archives,
 * copy from PDF) and headlines broken over two lines. Everything after this works on logical lines,
 * where one line = one paragraph, so texts without blank lines between paragraphs need no special case.
 */
import { classifyLine, type Verdict } from './boilerplate.ts';
import type { Line } from './lines.ts';
import { endsSentence } from './line-shape.ts';

export interface LogicalLine {
  text: string;
  breakBefore: boolean;
  /** Furniture verdict for the line (re-checked after joining: a cookie banner may be wrapped too). */
  verdict: Verdict | null;
}

/**
 * The wrap column of a hard-wrapped text, or null when the text is not hard-wrapped.
 * Hard-wrapped text has no line longer than ~110 characters, most lines that continue onto another
 * line are close to that width, and most of them stop mid-sentence. The last condition separates it
 * from texts with one short paragraph per line (which also have similar widths, but end each line
 * with a full stop) and from lists of headlines (which never continue onto a next line in a block).
 */
function wrapWidth(lines: Line[], verdicts: (Verdict | null)[]): number | null {
  const kept = lines.filter((_, i) => !verdicts[i]);
  if (kept.length < 3) return null;
  let max = 0; // a loop, not Math.max(...): spreading 500k lengths overflows the argument limit
  for (const l of kept) max = Math.max(max, l.text.length);
  if (max < 40 || max > 110) return null;
  // Lines followed by another kept line of the same block: the ones that may have been wrapped.
  const continued = lines.filter((_, i) => !verdicts[i] && i + 1 < lines.length && !verdicts[i + 1] && !lines[i + 1]!.breakBefore).map((l) => l.text);
  if (continued.length < 2) return null;
  const wide = continued.filter((t) => t.length >= 0.75 * max).length;
  const open = continued.filter((t) => !endsSentence(t)).length;
  return wide * 2 >= continued.length && open * 2 > continued.length ? max : null;
}

/**
 * Joins wrapped lines. A line with a verdict is furniture: it is never joined to its neighbours.
 * In a hard-wrapped text a line joins the next one of its block when it reaches near the wrap
 * column (a short line ended its paragraph). In any text, a lowercase line continues a previous
 * line that did not end its sentence ("Cameron seeks Iran's help" / "against IS").
 */
export function joinWrapped(lines: Line[], verdicts: (Verdict | null)[]): LogicalLine[] {
  const width = wrapWidth(lines, verdicts);
  const out: LogicalLine[] = [];
  let open = false; // whether the last output line may take a continuation
  let joined = false;
  const close = (): void => {
    const last = out[out.length - 1];
    if (joined && last) last.verdict = classifyLine(last.text);
    joined = false;
  };
  lines.forEach((line, i) => {
    const verdict = verdicts[i] ?? null;
    const prev = out[out.length - 1];
    const prevRaw = lines[i - 1];
    const continues =
      open &&
      !verdict &&
      !line.breakBefore &&
      prev !== undefined &&
      prevRaw !== undefined &&
      ((width !== null && prevRaw.text.length >= 0.6 * width) ||
        (!endsSentence(prev.text) && !/[:;]$/.test(prev.text) && /^\p{Ll}[\p{Ll}'’-]*(?=[\s,;:.]|$)/u.test(line.text)));
    if (continues && prev) {
      prev.text += ' ' + line.text;
      joined = true;
    } else {
      close();
      out.push({ text: line.text, breakBefore: line.breakBefore, verdict });
    }
    open = !verdict;
  });
  close();
  return out;
}
