import { useId, type Ref } from 'react';
import { dateSpan } from '../../analysis/timeline/date-span.ts';
import { datesReversed } from './date-range.ts';
import type { ReportInfo } from '../../shared/report-name.ts';
import type { TimelineFilter } from './use-timeline-filter.ts';

interface TimelineFiltersProps {
  filter: TimelineFilter;
  onChange: (patch: Partial<TimelineFilter>) => void;
  onClear: () => void;
  filtering: boolean;
  reports: ReportInfo[];
  badges: Map<string, { badge: string; full: string }>;
  actors: { key: string; name: string; count: number }[];
  /** Whether sources, people and dates are shown; the search field always is. */
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The comparison's earliest and latest event dates, for the date fields' placeholders; null without events. */
  range: { from: string; to: string } | null;
  /** The form, so the panel can measure how tall the filters are when everything is open. */
  formRef?: Ref<HTMLFormElement>;
}

const INPUT =
  'w-full min-w-0 rounded border border-stone-400 bg-white px-2 py-1 text-stone-900 aria-[invalid=true]:border-rose-700 aria-[invalid=true]:border-2 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:aria-[invalid=true]:border-rose-400 focus-visible:outline-3 focus-visible:outline-amber-600';
const LABEL = 'mb-1 block font-sans text-xs font-semibold text-stone-700 dark:text-stone-300';

/** A year, month or day the range fields accept; empty is fine (no bound). */
const validBound = (value: string) => value.trim() === '' || dateSpan(value.trim()) !== null;

/** How many of the collapsible filters are set, so a closed disclosure still says that something hides events. */
function hiddenFilterCount(filter: TimelineFilter): number {
  return [filter.reports !== undefined, filter.actors.length > 0, filter.sharedOnly, !!filter.from, !!filter.to].filter(Boolean).length;
}

/**
 * The timeline's filters. The search field stays in view; sources, people and dates fold away
 * behind a disclosure button, because in a side panel they can take half the height the events need.
 */
export function TimelineFilters({ filter, onChange, onClear, filtering, reports, badges, actors, open, onToggle, range, formRef }: TimelineFiltersProps) {
  const id = useId();
  const selected = (reportId: string) => !filter.reports || filter.reports.includes(reportId);
  const toggleReport = (reportId: string, on: boolean) => {
    const current = reports.map((r) => r.id).filter(selected);
    const next = on ? [...current, reportId] : current.filter((r) => r !== reportId);
    const all = reports.every((r) => next.includes(r.id));
    onChange({ reports: all ? undefined : reports.map((r) => r.id).filter((r) => next.includes(r)) });
  };
  const fromValid = validBound(filter.from);
  const toValid = validBound(filter.to);
  const reversed = datesReversed(filter.from, filter.to);
  const hidden = hiddenFilterCount(filter);

  return (
    <form ref={formRef} role="search" aria-label="Filter the timeline" className="space-y-3" onSubmit={(e) => e.preventDefault()}>
      <div>
        <label htmlFor={`${id}-q`} className={LABEL}>
          Search events
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={filter.text}
          onChange={(e) => onChange({ text: e.target.value })}
          placeholder="Words in the event, a name or a date"
          className={INPUT}
        />
      </div>

      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-more`}
          onClick={() => onToggle(!open)}
          className={`${SMALL_BUTTON} inline-flex items-center gap-1.5 aria-expanded:bg-stone-200 dark:aria-expanded:bg-stone-800`}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          {hidden > 0 ? `Sources, people and dates (${hidden} set)` : 'Sources, people and dates'}
        </button>
        {filtering && (
          <button type="button" onClick={onClear} className={SMALL_BUTTON}>
            Clear filters
          </button>
        )}
      </div>

      <div id={`${id}-more`} hidden={!open} className="space-y-3">
        <fieldset className="min-w-0">
          <legend className={LABEL}>Sources</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {reports.map((r) => (
              <label key={r.id} className="inline-flex min-w-0 items-center gap-2" title={badges.get(r.id)?.full}>
                <input
                  type="checkbox"
                  checked={selected(r.id)}
                  onChange={(e) => toggleReport(r.id, e.target.checked)}
                  className="h-4 w-4 shrink-0 accent-amber-700"
                />
                <span className="break-words">{badges.get(r.id)?.badge ?? r.id}</span>
              </label>
            ))}
          </div>
          <label className="mt-2 inline-flex items-center gap-2">
            <input
              type="checkbox"
              checked={filter.sharedOnly}
              onChange={(e) => onChange({ sharedOnly: e.target.checked })}
              className="h-4 w-4 shrink-0 accent-amber-700"
            />
            <span>Only events every selected source mentions</span>
          </label>
        </fieldset>

        <div>
          <label htmlFor={`${id}-actor`} className={LABEL}>
            Person, organisation or place
          </label>
          <select
            id={`${id}-actor`}
            value={filter.actors[0] ?? ''}
            onChange={(e) => onChange({ actors: e.target.value ? [e.target.value] : [] })}
            className={INPUT}
          >
            <option value="">Anyone</option>
            {actors.map((a) => (
              <option key={a.key} value={a.key}>
                {a.name} ({a.count})
              </option>
            ))}
          </select>
        </div>

        <fieldset className="min-w-0">
          <legend className={LABEL}>Dates</legend>
          <div className="grid grid-cols-2 gap-2">
            {(['from', 'to'] as const).map((bound) => {
              const valid = bound === 'from' ? fromValid : toValid;
              return (
                <div key={bound} className="min-w-0">
                  <label htmlFor={`${id}-${bound}`} className="mb-1 block text-xs text-stone-700 dark:text-stone-300">
                    {bound === 'from' ? 'From' : 'To'}
                  </label>
                  <input
                    id={`${id}-${bound}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    placeholder={range ? range[bound] : bound === 'from' ? 'YYYY' : 'YYYY-MM-DD'}
                    value={filter[bound]}
                    onChange={(e) => onChange({ [bound]: e.target.value })}
                    aria-invalid={!valid || reversed}
                    aria-describedby={reversed ? `${id}-dates-order ${id}-dates-help` : `${id}-dates-help`}
                    className={INPUT}
                  />
                </div>
              );
            })}
          </div>
          {reversed && (
            <p id={`${id}-dates-order`} className="mt-1 text-xs font-semibold text-rose-800 dark:text-rose-300">
              From ({filter.from.trim()}) is after To ({filter.to.trim()}), so no event can match: swap them or change one.
            </p>
          )}
          <p id={`${id}-dates-help`} className="mt-1 text-xs text-stone-600 dark:text-stone-400">
            {dateHelp(range, !(fromValid && toValid))}
          </p>
        </fieldset>
      </div>
    </form>
  );
}

const SMALL_BUTTON =
  'rounded border border-stone-400 px-2 py-1 font-sans text-xs font-semibold hover:bg-stone-200 focus-visible:outline-3 focus-visible:outline-amber-600 dark:border-stone-600 dark:hover:bg-stone-800';

/** The forms the date fields read, with the comparison's own dates as the examples when there are events. */
function dateHelp(range: { from: string; to: string } | null, invalid: boolean): string {
  const forms = `${invalid ? 'Not a date: use' : 'Use'} a year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD)`;
  if (!range) return `${forms}.`;
  const span = range.from === range.to ? `are all on ${range.from}` : `run from ${range.from} to ${range.to}`;
  return `${forms}; the events ${span}.`;
}
