import { useState } from 'react';
import { formatIsoDay } from '../../analysis/timeline/format-day.ts';
import { PublicationDateForm } from '../../shared/publication-date-form.tsx';
import { publishedNote } from '../../shared/published-note.ts';
import { reportName, type ReportInfo } from '../../shared/report-name.ts';

interface InferredDatesProps {
  reports: ReportInfo[];
  badges: Map<string, { badge: string; full: string }>;
  /** Sets (or, given the same date, confirms) a report's publication date. */
  onSetPublished: (report: ReportInfo, date: string) => void;
}

/**
 * Reports whose publication date was inferred from their text (the latest day they name): every
 * "on Monday" of theirs counts from a guess, so the timeline says so and offers to correct it.
 */
export function InferredDates({ reports, badges, onSetPublished }: InferredDatesProps) {
  const inferred = reports.filter((r) => r.published && publishedNote(r.publishedFrom));
  if (inferred.length === 0) return null;
  return (
    <ul aria-label="Publication dates inferred from the text" className="space-y-2">
      {inferred.map((report) => (
        <InferredDate key={report.id} report={report} badge={badges.get(report.id)?.badge ?? report.id} onSetPublished={onSetPublished} />
      ))}
    </ul>
  );
}

function InferredDate({ report, badge, onSetPublished }: { report: ReportInfo; badge: string; onSetPublished: InferredDatesProps['onSetPublished'] }) {
  const [editing, setEditing] = useState(false);
  const title = reportName(report);
  return (
    <li className="min-w-0 rounded border border-dashed border-stone-400 p-2 font-sans text-xs dark:border-stone-600">
      {editing ? (
        <PublicationDateForm
          label={`Publication date of ${badge}`}
          initial={report.published}
          submitLabel="Set date"
          autoFocus
          onSubmit={(date) => {
            setEditing(false);
            onSetPublished(report, date);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <span className="min-w-0 break-words">
            <span className="font-semibold">{badge}</span> published <time dateTime={report.published!}>{formatIsoDay(report.published!)}</time> (
            {publishedNote(report.publishedFrom, report.filed)}): its relative dates count from this guess.
          </span>
          <button
            type="button"
            onClick={() => setEditing(true)}
            aria-label={`Correct the publication date of ${title}`}
            className="rounded border border-stone-400 px-2 py-0.5 font-semibold hover:bg-stone-200 focus-visible:outline-3 focus-visible:outline-amber-600 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            Correct
          </button>
        </p>
      )}
    </li>
  );
}
