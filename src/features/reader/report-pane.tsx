import { Fragment, lazy, memo, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Report } from '../../analysis/report/types.ts';
import type { Sentence } from '../../analysis/text/types.ts';
import { publishedNote } from '../../shared/published-note.ts';
import { formatIsoDay } from '../../analysis/timeline/format-day.ts';
import { blockOf, blockRuns, cutBlocks, estimateHeightEm, isEager, NEED_SENTENCE, type Block } from './report-blocks.ts';
import { claimRange, markKey, splitSentence, type FactMark, type SentenceMark } from './sentence-marks.ts';
import type { WordDifference } from './word-differences.ts';
import { reportName } from '../../shared/report-name.ts';

export interface TextHighlight {
  report: string;
  sentence: string;
  start: number;
  end: number;
}

export interface ReportPaneProps {
  report: Report;
  /** "A", "B", …: the pane's letter, shown next to fact markers so they never rely on colour. */
  letter: string;
  sentences: Sentence[] | undefined;
  marks: Map<string, SentenceMark>;
  describeReport: (id: string) => string;
  /** A compared report's letter, for the marker of a fact whose partners are all in reports not shown ("1·B"). */
  letterOf: (id: string) => string;
  /**
   * The words of the active fact's sentences in this report that differ from their partner wording, by `markKey`;
   * empty while no fact is active, so the page stays quiet at rest. Which facts are lit (hovered or
   * active) is not a prop: the reader marks their elements itself (lit-facts.ts).
   */
  differences: ReadonlyMap<string, WordDifference[]>;
  textHighlight: TextHighlight | null;
  onHoverFacts: (factIds: string[]) => void;
  onActivateSentence: (report: string, sentence: string) => void;
  /** Shows an event in the timeline, from the ◷ button of the sentence `from`, whose time expression is then marked. */
  onShowEvent: (eventId: string, from: { report: string; sentence: string }) => void;
  /** Shows a sentence's closest wording in another report (`SentenceMark.related`). */
  onShowRelated: (report: string, sentence: string, partner: { report: string; sentence: string }) => void;
  /** Sets this report's publication date; without it the header only shows the date. */
  onSetPublished?: (reportId: string, date: string) => void;
  /** Position of the pane, for the two callbacks below (stable, so the memo holds). */
  paneIndex: number;
  registerPane: (index: number, element: HTMLDivElement | null) => void;
  onPaneScroll: (index: number) => void;
  /** After blocks of a long report change between plain text and sentences: new sentence elements to light. */
  onBlocksShown?: () => void;
}

const NO_BLOCKS: ReadonlySet<number> = new Set();

export const ReportPane = memo(function ReportPane(props: ReportPaneProps) {
  const { report, letter, paneIndex, registerPane, onPaneScroll, onBlocksShown } = props;
  const headingId = `title-${letter}`;
  // Sentences per paragraph, grouped once rather than filtered for every paragraph on every render.
  const byParagraph = useMemo(() => {
    const groups = new Map<number, Sentence[]>();
    for (const s of props.sentences ?? []) {
      const group = groups.get(s.paragraph);
      if (group) group.push(s);
      else groups.set(s.paragraph, [s]);
    }
    return groups;
  }, [props.sentences]);

  // A long report (a 5 MB import: 10,000 paragraphs, or 100,000 lines) renders in blocks of about
  // 16,000 characters. A block near the screen (a screen above and below) renders its sentences as
  // usual; every other block is its text as one text node. Rendering every sentence took seconds
  // in one task and kept hundreds of thousands of elements for the browser to style and lay out.
  // Trade-offs, against a windowed list that renders nothing off screen: the text stays in the
  // page, so find-in-page finds it, it can be selected and the scroll height is nearly right at once
  // (`contain-intrinsic-size` guesses a block's height until it is seen, then keeps the real one);
  // but a block far from the screen has no sentence elements: a jump there asks for its block
  // (NEED_SENTENCE) and waits a frame for it, and a selection inside a block that changes form is lost.
  const blocks = useMemo(() => (isEager(report.paragraphs) ? null : cutBlocks(report.paragraphs)), [report.paragraphs]);
  const [near, setNear] = useState(NO_BLOCKS);
  // The block of the last sentence a jump asked for: shown with its sentences wherever it is.
  const [wanted, setWanted] = useState<number | null>(null);
  const root = useRef<HTMLDivElement | null>(null);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const pane = root.current;
    if (!blocks || !pane || !body.current || typeof IntersectionObserver === 'undefined') return;
    setNear(NO_BLOCKS);
    // The pane scrolls from 1024 px; on a phone the page does, and the viewport is the root.
    const scrolls = /auto|scroll/.test(getComputedStyle(pane).overflowY);
    const observer = new IntersectionObserver(
      (entries) =>
        setNear((previous) => {
          const next = new Set(previous);
          for (const entry of entries) {
            const index = Number((entry.target as HTMLElement).dataset.block);
            if (entry.isIntersecting) next.add(index);
            else next.delete(index);
          }
          return next;
        }),
      { root: scrolls ? pane : null, rootMargin: '100% 0px' },
    );
    body.current.querySelectorAll('[data-block]').forEach((element) => observer.observe(element));
    return () => observer.disconnect();
  }, [blocks]);
  useEffect(() => {
    const pane = root.current;
    if (!blocks || !pane) return;
    const onNeed = (event: Event) => {
      const sentence = props.sentences?.find((s) => s.id === (event as CustomEvent<string>).detail);
      if (sentence) setWanted(blockOf(blocks, sentence.paragraph));
    };
    pane.addEventListener(NEED_SENTENCE, onNeed);
    return () => pane.removeEventListener(NEED_SENTENCE, onNeed);
  }, [blocks, props.sentences]);
  useLayoutEffect(() => {
    if (blocks) onBlocksShown?.();
  }, [blocks, near, wanted, onBlocksShown]);
  // Each plain block's sentences as kinds and lengths, for the change map (there are no sentence elements to read).
  const runs = useMemo(() => {
    if (!blocks || !props.sentences) return null;
    const kindOf = (s: Sentence) => {
      const facts = props.marks.get(markKey(report.id, s.id))?.facts ?? [];
      return facts.length === 0 ? 'unique' : sentenceKind(facts);
    };
    return blocks.map((block) => {
      const sentences: Sentence[] = [];
      for (let i = block.start; i < block.end; i++) sentences.push(...(byParagraph.get(i) ?? []));
      return blockRuns(sentences, kindOf);
    });
  }, [blocks, props.sentences, props.marks, byParagraph, report.id]);

  const paragraph = (text: string, index: number) => (
    // Laid out and styled only near the screen: with many reports, marking every sentence when the
    // analysis arrives would otherwise restyle and lay out whole reports in one frame. `auto`
    // keeps each paragraph's last size, so jumps and the change map see the real heights. Its paint
    // containment clips at the paragraph's edge: the clip margin leaves room for a focused sentence's
    // outline (index.css), drawn 7 px out, whose left and top sides were cut off.
    <p key={index} className="mb-4 break-words [contain-intrinsic-size:auto_8rem] [content-visibility:auto] [overflow-clip-margin:0.5rem]">
      {props.sentences ? renderSentences(text, byParagraph.get(index) ?? [], props) : text}
    </p>
  );
  return (
    <div
      ref={(element) => {
        root.current = element;
        registerPane(paneIndex, element);
      }}
      onScroll={() => onPaneScroll(paneIndex)}
      data-pane={report.id}
      // Focusable so keyboard users can scroll the pane with the arrow keys.
      tabIndex={0}
      // `relative`: the containing block of the sentences' absolutely positioned sr-only notes, so they
      // stay inside the scrolling pane instead of making the whole window scroll.
      className="relative min-w-0 lg:min-h-0 lg:flex-1 lg:overflow-y-auto lg:overscroll-contain"
    >
      {/* Room below the text: the last lines need not end against the edge of the pane (below lg, the reader's note after a jump lies over the page, which index.css gives room at its end). */}
      <article aria-labelledby={headingId} className="mx-auto max-w-[68ch] px-4 pt-6 pb-16 sm:px-6">
        <header className="mb-5 border-b border-stone-300 pb-4 dark:border-stone-700">
          <p className="mb-1 font-sans text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
            Report {letter}
            {report.source ? (
              <>
                {' '}
                · <span data-testid="report-source">{report.source}</span>
              </>
            ) : null}
          </p>
          <h2
            id={headingId}
            className="font-serif text-2xl leading-tight font-bold [overflow-wrap:anywhere] text-stone-900 sm:text-[1.7rem] dark:text-stone-50"
          >
            {report.title || <span className="italic text-stone-600 dark:text-stone-400">{reportName(report)}</span>}
          </h2>
          <PublishedLine report={report} onSetPublished={props.onSetPublished} />
        </header>
        <div ref={body} className="reader-body font-serif leading-relaxed text-stone-900 dark:text-stone-100" style={{ fontSize: 'var(--reader-font-size)' }}>
          {blocks
            ? blocks.map((block, index) => {
                const rich = near.has(index) || wanted === index;
                return (
                  // One element per block whichever form it takes, so the observer keeps watching it.
                  <div
                    key={index}
                    data-block={index}
                    data-runs={rich ? undefined : runs?.[index]}
                    className={rich ? undefined : 'mb-4 break-words whitespace-pre-line [content-visibility:auto]'}
                    style={rich ? undefined : { containIntrinsicSize: `auto ${estimateHeightEm(report.paragraphs, block).toFixed(1)}em` }}
                  >
                    {rich ? (
                      report.paragraphs.slice(block.start, block.end).map((text, i) => paragraph(text, block.start + i))
                    ) : (
                      <PlainText paragraphs={report.paragraphs} block={block} />
                    )}
                  </div>
                );
              })
            : report.paragraphs.map(paragraph)}
        </div>
        <RemovedLines lines={report.removed} />
      </article>
    </div>
  );
});

/**
 * A block of a long report away from the screen: its paragraphs as one text node, a blank line
 * between them (`pre-line` on the block), so it costs no element and stays findable and selectable.
 */
const PlainText = memo(function PlainText({ paragraphs, block }: { paragraphs: readonly string[]; block: Block }) {
  return useMemo(() => paragraphs.slice(block.start, block.end).join('\n\n'), [paragraphs, block]);
});

// Opened only when a reader corrects a date: its code stays off the first screen (bench:size).
const PublicationDateForm = lazy(() => import('../../shared/publication-date-form.tsx').then((m) => ({ default: m.PublicationDateForm })));

/**
 * "Published 24 Sep 2014", marked "(inferred from the text)" when the date is only the latest day the
 * body names, with a button to correct it (or to set it, when there is none) right where it shows.
 */
function PublishedLine({ report, onSetPublished }: { report: Report; onSetPublished?: (reportId: string, date: string) => void }) {
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const note = report.published ? publishedNote(report.publishedFrom, report.filed) : null;
  const title = reportName(report);
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  if (editing && onSetPublished) {
    return (
      <div className="mt-2">
        <Suspense fallback={<p className="font-sans text-sm text-stone-600 dark:text-stone-400">Loading…</p>}>
          <PublicationDateForm
            label={
              <>
                Publication date<span className="sr-only"> of {title}</span>
              </>
            }
            initial={report.published}
            submitLabel="Set date"
            autoFocus
            onSubmit={(date) => {
              onSetPublished(report.id, date);
              close();
            }}
            onCancel={close}
          />
        </Suspense>
      </div>
    );
  }
  return (
    <p className="mt-2 flex flex-wrap items-baseline gap-x-2 font-sans text-sm text-stone-600 dark:text-stone-400">
      <span>
        {report.published ? (
          <>
            Published{' '}
            <time dateTime={report.published} data-testid="report-date">
              {formatIsoDay(report.published.slice(0, 10))}
            </time>
            {note && <span data-testid="report-date-note"> ({note})</span>}
          </>
        ) : (
          'Publication date unknown'
        )}
      </span>
      {onSetPublished && (note || !report.published) && (
        <button
          ref={button}
          type="button"
          onClick={() => setEditing(true)}
          // The visible words open the name (label in name): a voice user says "Set date".
          aria-label={report.published ? `Correct the publication date of ${title}` : `Set date: the publication date of ${title}`}
          className="rounded border border-stone-400 px-2 py-0.5 text-xs font-semibold text-stone-800 hover:bg-stone-200 focus-visible:outline-3 focus-visible:outline-amber-600 dark:border-stone-500 dark:text-stone-200 dark:hover:bg-stone-800"
        >
          {report.published ? 'Correct' : 'Set date'}
        </button>
      )}
    </p>
  );
}

function renderSentences(paragraph: string, sentences: Sentence[], props: ReportPaneProps): ReactNode[] {
  const nodes: ReactNode[] = [];
  let cursor = 0;
  const { report, textHighlight } = props;
  for (const sentence of sentences) {
    if (sentence.start > cursor) nodes.push(paragraph.slice(cursor, sentence.start));
    const key = markKey(report.id, sentence.id);
    nodes.push(
      // Each sentence gets only what is its own, so a change elsewhere (the active fact's word
      // differences, a time highlight) re-renders the few sentences it concerns, not the pane.
      <SentenceView
        key={sentence.id}
        sentence={sentence}
        reportId={report.id}
        mark={props.marks.get(key)}
        differences={props.differences.get(key) ?? NO_DIFFERENCES}
        highlight={textHighlight && textHighlight.report === report.id && textHighlight.sentence === sentence.id ? textHighlight : null}
        describeReport={props.describeReport}
        letterOf={props.letterOf}
        onHoverFacts={props.onHoverFacts}
        onActivateSentence={props.onActivateSentence}
        onShowEvent={props.onShowEvent}
        onShowRelated={props.onShowRelated}
      />,
    );
    cursor = sentence.end;
  }
  if (cursor < paragraph.length) nodes.push(paragraph.slice(cursor));
  return nodes;
}

interface SentenceViewProps extends Pick<
  ReportPaneProps,
  'describeReport' | 'letterOf' | 'onHoverFacts' | 'onActivateSentence' | 'onShowEvent' | 'onShowRelated'
> {
  sentence: Sentence;
  reportId: string;
  mark: SentenceMark | undefined;
  differences: WordDifference[];
  highlight: TextHighlight | null;
}

/**
 * What an event's button calls it: its day as the timeline writes it ("24 Jun 2005"), else its words
 * as written ("June", "last week"). A month or year is not formatted: format-date.ts would bring the
 * timeline's date parsing onto the first screen (format-day.ts says why).
 */
function eventName(date: string, written: string): string {
  const day = formatIsoDay(date);
  return day === date ? written : day;
}

const SentenceView = memo(function SentenceView({ sentence, reportId, mark, differences, highlight, ...props }: SentenceViewProps) {
  const facts = mark?.facts ?? [];
  // The sentence's text cut at every claim, highlight and word-difference boundary: text nodes
  // only, nothing added or lost.
  const text = splitSentence(sentence.text, facts, highlight, differences).map((run) => {
    const pieces = run.pieces.map((piece) => {
      const part = sentence.text.slice(piece.start, piece.end);
      // A word the partner wording does not have (only while its fact is active). Not colour
      // alone: a strong one (number or name) is bold in a 2px dotted box, a weak one a thin dashed box.
      const word = piece.diff ? (
        <span
          data-diff={piece.diff}
          className={
            piece.diff === 'strong'
              ? 'rounded-sm box-decoration-clone font-bold outline-2 outline-offset-1 outline-current outline-dotted'
              : 'rounded-sm box-decoration-clone outline-1 outline-offset-1 outline-stone-600 outline-dashed dark:outline-stone-400'
          }
        >
          {part}
        </span>
      ) : (
        part
      );
      return piece.highlight ? (
        <mark key={piece.start} className="rounded-sm bg-sky-200 px-0.5 text-inherit ring-2 ring-sky-600 dark:bg-sky-800">
          {word}
        </mark>
      ) : (
        <Fragment key={piece.start}>{word}</Fragment>
      );
    });
    if (run.claims.length === 0) return <Fragment key={run.start}>{pieces}</Fragment>;
    const conflict = facts.some((f) => f.kind === 'conflict' && run.claims.includes(f.id));
    return (
      // The part of a compound sentence that states the fact: a solid underline (not colour alone)
      // over the fact's tint, and the strongest tint when the fact is lit (index.css, `data-lit`).
      <span
        key={run.start}
        data-claim={run.claims.join(' ')}
        data-claim-kind={conflict ? 'conflict' : 'shared'}
        className={[
          'rounded-sm box-decoration-clone underline decoration-solid decoration-2 transition-colors',
          // Above the sentence's ring when lit, and above a conflict's wavy underline.
          conflict
            ? 'underline-offset-[2px] decoration-rose-700 dark:decoration-rose-300'
            : 'underline-offset-[3px] decoration-amber-700/70 dark:decoration-amber-400/80',
        ].join(' ')}
      >
        {pieces}
      </span>
    );
  });
  // With two events in a sentence, each button also shows its date: a tooltip alone is no help on
  // a touch screen or to keyboard focus. One button stays a bare ◷, the sentence's one date being plain.
  const several = (mark?.events.length ?? 0) > 1;
  const eventButtons = mark?.events.map(({ id, date, written }) => {
    const when = eventName(date, written);
    return (
      <button
        key={id}
        type="button"
        onClick={() => props.onShowEvent(id, { report: reportId, sentence: sentence.id })}
        className={SMALL_BUTTON}
        aria-label={`Show ${when} in the timeline`}
        title={`Show ${when} in the timeline`}
      >
        <span aria-hidden="true">◷{several && <span className="ml-0.5">{when}</span>}</span>
      </button>
    );
  });
  if (facts.length === 0) {
    // No fact links it, but another report may word it closely (below the link threshold): a
    // "≈ similar in B" button shows that wording, so a reader can check whether B really leaves this
    // out. In words, not "≈B" alone: the symbol meant nothing to a reader who had not read the legend,
    // and a touch screen shows no tooltip.
    const related = mark?.related ?? [];
    const relatedButtons = related.map((partner) => {
      const letter = props.letterOf(partner.report);
      const name = `Similar in ${letter}: show the closest wording in ${props.describeReport(partner.report)}, not linked as the same fact`;
      return (
        <button
          key={`${partner.report}\u0000${partner.sentence}`}
          type="button"
          data-related-to={partner.report}
          onClick={() => props.onShowRelated(reportId, sentence.id, partner)}
          className={`${SMALL_BUTTON} italic`}
          aria-label={name}
          title={name}
        >
          <span aria-hidden="true">≈ similar in {letter}</span>
        </button>
      );
    });
    const buttons = [...relatedButtons, ...(eventButtons ?? [])];
    return (
      // Said by this report alone: a quiet dotted underline, so what the other reports leave out is
      // visible without competing with the shared facts.
      <span
        data-sentence={sentence.id}
        data-chars={sentence.text.length}
        data-kind="unique"
        title={related.length ? 'No other report states this as a shared fact; “similar in” shows the closest wording' : 'Only this report says this'}
        className="underline decoration-stone-400/80 decoration-dotted decoration-1 underline-offset-[5px] dark:decoration-stone-500"
      >
        {text}
        {buttons.length ? <span className="whitespace-nowrap">{buttons}</span> : null}{' '}
      </span>
    );
  }
  const ids = facts.map((f) => f.id);
  const kind = sentenceKind(facts);
  const isConflict = kind === 'conflict' || (kind === 'elsewhere' && facts.some((f) => f.kind === 'conflict'));
  const describe = (fact: FactMark) => {
    const partners = [...new Set(fact.partners.map((p) => props.describeReport(p.report)))].join(', ');
    const range = claimRange(fact, sentence.text);
    const part = range ? ` Matching part: “${shorten(sentence.text.slice(...range))}”.` : '';
    const hidden = fact.elsewhere ? ', shared with a report not shown' : '';
    // A conflict's values by report when the worker could tell them apart (`FactItem.said`): with three
    // reports, "12 vs 15; compare report B, report C" left the reader to find who said which.
    return fact.kind === 'conflict' || fact.undisputed
      ? `Conflict ${fact.label}${hidden}: ${(fact.said ?? fact.differences).join('; ')}${fact.undisputed ? ', not here' : ''}; compare ${partners}.${part}`
      : `Shared fact ${fact.label}${hidden || ', also in'}${hidden && ':'} ${partners}.${part}`;
  };
  // The active sentence names its strongest differing words (numbers and names), briefly.
  const strong = differences.filter((d) => d.strong).map((d) => sentence.text.slice(d.start, d.end));
  const differsNote = strong.length > 0 ? ` Differs here: ${strong.slice(0, 4).join(', ')}${strong.length > 4 ? '…' : ''}.` : '';
  return (
    <>
      <span
        data-sentence={sentence.id}
        data-chars={sentence.text.length}
        data-facts={ids.join(' ')}
        data-kind={kind}
        tabIndex={0}
        title={facts.map(describe).join(' ')}
        onMouseEnter={() => props.onHoverFacts(ids)}
        onMouseLeave={() => props.onHoverFacts([])}
        onFocus={() => props.onHoverFacts(ids)}
        onBlur={() => props.onHoverFacts([])}
        onClick={(event) => {
          // The event buttons inside the sentence have their own action.
          if (!isFromButton(event.target)) props.onActivateSentence(reportId, sentence.id);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !isFromButton(event.target)) {
            event.preventDefault();
            props.onActivateSentence(reportId, sentence.id);
          }
        }}
        className={[
          // Padded at the start only: when a line ended at the marker, Chromium wrapped the box's end
          // padding onto a line of its own, a tinted sliver under the sentence. The space after the
          // sentence is outside its box, and a margin widens it: two marked sentences side by side had
          // one tint (and, lit, rings touching), so nothing showed where one ended and the next began.
          'mr-1 cursor-pointer rounded-sm box-decoration-clone pl-0.5 transition-colors',
          // Partners only in reports not shown: a lighter tint and a dashed underline, and the marker says where ("1·B").
          kind === 'elsewhere'
            ? 'underline decoration-dashed decoration-1 underline-offset-4'
            : isConflict
              ? 'underline decoration-rose-700 decoration-wavy decoration-1 underline-offset-4 dark:decoration-rose-400'
              : '',
          // The tint at rest; lit tints and the ring come from index.css (`data-lit`).
          kind === 'elsewhere'
            ? isConflict
              ? 'bg-rose-50 decoration-rose-700 dark:bg-rose-950/40 dark:decoration-rose-400'
              : 'bg-amber-50 decoration-amber-700 dark:bg-amber-950/40 dark:decoration-amber-400'
            : isConflict
              ? 'bg-rose-100 dark:bg-rose-950'
              : 'bg-amber-100 dark:bg-amber-900/50',
        ].join(' ')}
      >
        {text}
        {/* The markers and the ◷ buttons wrap as one: the button had been left alone on a line. */}
        <span className="whitespace-nowrap">
          {facts.map((fact) => (
            <sup
              key={fact.id}
              aria-hidden="true"
              className={[
                'ml-0.5 rounded px-1 font-sans text-[0.65em] font-bold',
                // Partners only in reports not shown: outlined, not filled, and "·B" names where they are
                // (inline-block: the sentence's dashed underline would run through it).
                fact.elsewhere
                  ? 'inline-block leading-none ' +
                    (fact.kind === 'conflict'
                      ? 'text-rose-800 ring-1 ring-rose-700 ring-inset dark:text-rose-200 dark:ring-rose-300'
                      : 'text-amber-900 ring-1 ring-amber-800 ring-inset dark:text-amber-200 dark:ring-amber-300')
                  : fact.kind === 'conflict'
                    ? 'bg-rose-700 text-white dark:bg-rose-300 dark:text-rose-950'
                    : 'bg-amber-800 text-white dark:bg-amber-300 dark:text-amber-950',
              ].join(' ')}
            >
              {fact.kind === 'conflict' ? '≠' : ''}
              {fact.label}
              {fact.elsewhere && `·${fact.elsewhere.map(props.letterOf).join(',')}`}
            </sup>
          ))}
          <span className="sr-only">
            ({facts.map(describe).join(' ')}
            {differsNote} Press Enter to {kind === 'elsewhere' ? 'show it in the other pane' : 'jump there'}.)
          </span>
          {eventButtons}
        </span>
      </span>{' '}
    </>
  );
});

const NO_DIFFERENCES: WordDifference[] = [];

/**
 * A sentence's small inline buttons (◷, ≈B). The drawn button stays small so the line does not grow;
 * a transparent pseudo-element centred on it is the hit area, without moving any text: 24×24 px with a
 * mouse (WCAG 2.5.8 target size), 36×36 px with a finger, the buttons then 8 px apart so each keeps
 * most of its own (a user test found 28×21 px buttons 4 px apart fiddly). Its own background keeps
 * its text readable on any highlight behind it (on the dark theme's active fact it had 3.4:1).
 */
const SMALL_BUTTON =
  "relative mx-0.5 inline-flex items-center rounded border border-stone-400 bg-white px-1 align-baseline font-sans text-[0.7em] text-stone-700 before:absolute before:top-1/2 before:left-1/2 before:size-6 before:-translate-x-1/2 before:-translate-y-1/2 before:content-[''] hover:bg-stone-200 pointer-coarse:mx-1 pointer-coarse:py-0.5 pointer-coarse:before:size-9 dark:border-stone-500 dark:bg-stone-900 dark:text-stone-300 dark:hover:bg-stone-800";

/** A marked sentence's kind: `elsewhere` when none of its facts has a partner on screen; else a conflict's or a shared fact's. */
function sentenceKind(facts: readonly FactMark[]): 'shared' | 'conflict' | 'elsewhere' {
  const near = facts.filter((f) => !f.elsewhere);
  return near.length === 0 ? 'elsewhere' : near.some((f) => f.kind === 'conflict') ? 'conflict' : 'shared';
}

/** A claim quoted to screen readers and in the tooltip: at most about 60 characters, cut at a word. */
function shorten(text: string, max = 60): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

function isFromButton(target: EventTarget): boolean {
  return target instanceof Element && target.closest('button') !== null;
}

function RemovedLines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <p className="mt-8 font-sans text-sm text-stone-600 dark:text-stone-400">No text was removed from this report.</p>;
  return (
    <details className="mt-8 rounded border border-stone-300 p-3 font-sans text-sm dark:border-stone-700">
      <summary className="cursor-pointer font-semibold text-stone-700 dark:text-stone-300">
        Show removed text ({lines.length} {lines.length === 1 ? 'line' : 'lines'})
      </summary>
      <p className="mt-2 text-stone-600 dark:text-stone-400">Site furniture dropped from the reading view: menus, bylines, stamps, legal lines.</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-700 dark:text-stone-300" data-testid="removed-lines">
        {lines.map((line, index) => (
          <li key={index} className="break-words">
            {line}
          </li>
        ))}
      </ul>
    </details>
  );
}
