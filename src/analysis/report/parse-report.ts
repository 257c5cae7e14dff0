import type { Report } from './types.ts';

/** STUB — replaced by the report-parser work. Plain text in, a Report out. */
export function parseReport(text: string, meta: { id: string; file?: string }): Report {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return { id: meta.id, file: meta.file, title: paragraphs.shift() ?? '', source: null, published: null, paragraphs, removed: [] };
}
