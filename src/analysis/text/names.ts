/** A person, place or organisation named in a text. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** Canonical key shared by all variants of the same name ("US", "U.S.", "United States" → `united states`). */
  key: string;
  kind: 'person' | 'place' | 'organisation' | 'other';
}

/** STUB — replaced by the names work. */
export function findNames(_text: string): NameMention[] {
  return [];
}
