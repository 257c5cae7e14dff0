/** One sentence of a report body. Offsets are UTF-16 indices into `report.paragraphs[paragraph]`. */
export interface Sentence {
  /** `s1`, `s2`, … in reading order, unique within the report. */
  id: string;
  text: string;
  paragraph: number;
  start: number;
  end: number;
}

/** A report's body split into sentences: the unit everything downstream works on. */
export interface SegmentedReport {
  id: string;
  published: string | null;
  sentences: Sentence[];
  /** The headline, which is no sentence of the text but may name what the text does not ("Live: Boracay Open Water Classic"). */
  title?: string;
}
