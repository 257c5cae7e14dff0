import { useId, useState } from 'react';
import { reportLetter } from '../../analysis/report/letter.ts';
import type { UnplacedMention } from '../../analysis/timeline/types.ts';
import type { UndatedClaim } from '../../analysis/timeline/undated-claims.ts';
import { PublicationDateForm } from '../../shared/publication-date-form.tsx';
import { reportName, type ReportInfo } from '../../shared/report-name.ts';

interface UndatedLaneProps {
  /** `Comparison.undated`. */
  undated: readonly UndatedClaim[];
  reports: ReportInfo[];
  /** Opens the mention's sentence in the reader, as choosing an event does. */
  onSelectMention?: (mention: UnplacedMention) => void;
  /** Sets reports' publication date; without it the lane points to the library instead of offering a field. */
  onSetPublished?: (reports: readonly ReportInfo[], date: string) => void;
}

/**
 * Entries listed before "Show all": enough to recognise the report's story, few enough to leave room
 * for the timeline. One each when several reports wait for a date: three boxes of three had pushed
 * the timeline itself below the fold.
 */
const FIRST_SHOWN = 3;
const FIRST_SHOWN_OF_SEVERAL = 1;

/**
 * What the timeline cannot place: per report without a publication date, the claims its relative
 * time expressions date ("on Monday", "last week"), and a field to give the date they count from.
 * Shown rather than dropped, so a report without a date never just has an emptier timeline. One
 * entry per claim, its expressions together ("“8.49pm”, “Friday night”"), and counted so: listing
 * and counting each expression made one fire two events.
 */
export function UndatedLane({ undated, reports, onSelectMention, onSetPublished }: UndatedLaneProps) {
  const groups = reports
    .map((report, index) => ({ report, letter: reportLetter(index), claims: undated.filter((c) => c.report === report.id) }))
    .filter((g) => g.claims.length > 0);
  if (groups.length === 0) return null;
  return (
    <div className="space-y-3" data-testid="undated-lane">
      {groups.map(({ report, letter, claims }) => (
        <UndatedReport
          key={report.id}
          report={report}
          letter={letter}
          claims={claims}
          otherUndated={groups.filter((g) => g.report !== report).map((g) => g.report)}
          firstShown={groups.length > 1 ? FIRST_SHOWN_OF_SEVERAL : FIRST_SHOWN}
          onSelectMention={onSelectMention}
          onSetPublished={onSetPublished}
        />
      ))}
    </div>
  );
}

interface UndatedReportProps {
  report: ReportInfo;
  /** The report's letter (A, B, …), as its pane and the source chips name it. */
  letter: string;
  claims: UndatedClaim[];
  /** The comparison's other reports without a date: pasted reports of one story often share their day. */
  otherUndated: readonly ReportInfo[];
  onSelectMention?: (mention: UnplacedMention) => void;
  onSetPublished?: (reports: readonly ReportInfo[], date: string) => void;
  /** Entries listed before "Show all". */
  firstShown: number;
}

function UndatedReport({ report, letter, claims, otherUndated, onSelectMention, onSetPublished, firstShown }: UndatedReportProps) {
  const id = useId();
  const [all, setAll] = useState(false);
  // Off by default: outlets often publish a day apart, and a wrong date moves every "on Monday".
  const [alsoOthers, setAlsoOthers] = useState(false);
  const title = reportName(report);
  const shown = all ? claims : claims.slice(0, firstShown);
  const count = `${claims.length} ${claims.length === 1 ? 'event' : 'events'}`;
  return (
    <section aria-labelledby={`${id}-h ${id}-t`} className="min-w-0 rounded border-2 border-dashed border-amber-700 p-3 dark:border-amber-400">
      <h3 id={`${id}-h`} className="font-sans text-sm font-bold text-stone-900 dark:text-stone-50">
        {count} can’t be placed
      </h3>
      <p className="mt-1 break-words text-stone-800 dark:text-stone-200">
        {onSetPublished ? 'Set' : 'In Library & import, set'} the publication date of{' '}
        <cite id={`${id}-t`} className="font-semibold not-italic">
          {title}
        </cite>{' '}
        ({letter}): its relative dates ({examples(claims)}) have no day to count from without it.
      </p>
      {onSetPublished && (
        <div className="mt-2">
          <PublicationDateForm
            label={
              <>
                Publication date<span className="sr-only"> of {title}</span>
              </>
            }
            initial={null}
            submitLabel="Set date"
            onSubmit={(date) => onSetPublished(alsoOthers ? [report, ...otherUndated] : [report], date)}
          />
          {otherUndated.length > 0 && (
            <label className="mt-2 flex items-start gap-2 font-sans text-sm">
              <input type="checkbox" checked={alsoOthers} onChange={(e) => setAlsoOthers(e.target.checked)} className="mt-1 size-4 accent-amber-700" />
              <span className="min-w-0 break-words">
                Set it for the other {otherUndated.length === 1 ? 'undated report' : `${otherUndated.length} undated reports`} too (
                {otherUndated.map((r) => reportName(r)).join(', ')})
              </span>
            </label>
          )}
        </div>
      )}
      <ul aria-label={`Undated in ${title}`} className="mt-3 space-y-1.5">
        {shown.map((claim) => (
          <li key={`${claim.sentence}:${claim.mentions[0]!.start}`} className="min-w-0">
            <ClaimLine claim={claim} onSelect={onSelectMention} />
          </li>
        ))}
      </ul>
      {claims.length > firstShown && (
        <button
          type="button"
          aria-expanded={all}
          onClick={() => setAll(!all)}
          className="mt-2 rounded border border-stone-400 px-2 py-0.5 font-sans text-xs font-semibold hover:bg-stone-200 focus-visible:outline-3 focus-visible:outline-amber-600 dark:border-stone-600 dark:hover:bg-stone-800"
        >
          {all ? 'Show fewer' : `Show all ${claims.length}`}
        </button>
      )}
    </section>
  );
}

/** The first two distinct expressions as written, “Monday”, “last week”…, so the prompt speaks of this report. */
function examples(claims: UndatedClaim[]): string {
  const texts = [...new Set(claims.flatMap((c) => c.mentions.map((m) => m.text)))];
  return `${texts
    .slice(0, 2)
    .map((t) => `“${t}”`)
    .join(', ')}${texts.length > 2 ? '…' : ''}`;
}

/** A claim's expressions, then what happened; opening it shows its sentence with the first expression marked. */
function ClaimLine({ claim, onSelect }: { claim: UndatedClaim; onSelect?: (mention: UnplacedMention) => void }) {
  const content = (
    <>
      <span className="font-sans font-bold text-stone-900 dark:text-stone-50">{claim.mentions.map((m) => `“${m.text}”`).join(', ')}</span>{' '}
      <span className="break-words text-stone-800 dark:text-stone-200">{claim.label}</span>
    </>
  );
  if (!onSelect) return <p className="text-left">{content}</p>;
  return (
    <button
      type="button"
      data-unplaced={claim.sentence}
      onClick={() => onSelect(claim.mentions[0]!)}
      className="block w-full min-w-0 rounded border border-dashed border-stone-400 px-2 py-1 text-left hover:bg-stone-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-600 dark:border-stone-600 dark:hover:bg-stone-800"
    >
      {content}
    </button>
  );
}
