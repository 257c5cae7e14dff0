// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../analysis/report/types.ts';
import { ImportPanel } from '../import-panel.tsx';
import { importInThread, utf8Length } from '../read-import-file.ts';

afterEach(cleanup);

const ARTICLE = [
  "Cameron seeks Iran's help against IS",
  '',
  'British Prime Minister David Cameron and Iranian President Hassan Rouhani will meet within the next two days in New York, where Cameron is expected to ask for help in the fight against Islamic State.',
  '',
  "It will be the first meeting between leaders of the two nations since Iran's 1979 Islamic revolution. The two will meet on the sidelines of the United Nations General Assembly, a source in the British leader's office told Reuters.",
].join('\n');

/** No stamp or dateline: the only day it names (4 March 2019) becomes an inferred reference date. */
const INFERRED_ARTICLE = [
  'Harbour ferry crews end strike',
  '',
  'Ferry crews on the harbour line ended their strike on 4 March 2019 after talks with the operator, the union said.',
  '',
  'Services will return to the normal timetable on Wednesday, the operator said.',
].join('\n');

const TRAM_ARTICLE = [
  'City trams return after strike',
  '',
  'Trams ran again across the city on Monday after drivers ended a three-day strike over pay, the transport authority said.',
  '',
  'The union said its members had accepted a rise of four per cent over two years.',
].join('\n');

/** A wire story whose only date is its dateline's day, without a year. */
const YEARLESS_WIRE_ARTICLE = [
  'Bridge collapse kills seven in Lisbon',
  '',
  'LISBON, Sept 17 (Reuters) - A road bridge collapsed in Lisbon on Tuesday, killing seven people and injuring a dozen more, officials said.',
  '',
  'Rescue teams worked through the night to reach cars trapped in the river below, the fire service said.',
].join('\n');

/** A wire story with a yearless dateline over a body that names an earlier dated day: the year comes from that day. */
const DATELINE_DAY_ARTICLE = [
  'Ferry operator fined over harbour collision',
  '',
  'OSLO, Feb 6 (Reuters) - A ferry operator was fined on Thursday over a collision in the harbour on October 2, 2023, that injured nine passengers.',
  '',
  'The court said the captain had ignored a warning from the harbour master.',
].join('\n');

function setup(existing: Report[] = []) {
  const onImported = vi.fn<(reports: Report[]) => void>();
  render(<ImportPanel onImported={onImported} existing={existing} />);
  return { onImported, alert: screen.getByRole('alert') };
}

function chooseFiles(...files: File[]) {
  fireEvent.change(screen.getByLabelText('Choose report files'), { target: { files } });
}

function utf16le(text: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe('ImportPanel', () => {
  it('has a labelled text box, file chooser and drop zone', () => {
    setup();
    expect(screen.getByLabelText(/Paste a report/)).toBeInstanceOf(HTMLTextAreaElement);
    const input = screen.getByLabelText('Choose report files');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.txt,.html,.htm,.md,text/plain,text/html,text/markdown');
    expect(input).toHaveAccessibleDescription(/Up to 5 MB per file/);
    expect(screen.getByTestId('drop-zone')).toHaveTextContent(/Drop .txt, .html or .md files here/);
  });

  it('imports pasted text after the fields are checked and edited', async () => {
    const { onImported, alert } = setup();
    fireEvent.change(screen.getByLabelText(/Paste a report/), { target: { value: ARTICLE } });
    fireEvent.click(screen.getByRole('button', { name: 'Add report' }));
    expect(screen.getByLabelText('Title')).toHaveValue("Cameron seeks Iran's help against IS");
    expect(screen.getByLabelText('Publication date')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Publication date')).toHaveAccessibleDescription(/Not found in the text/);
    expect(alert).toBeEmptyDOMElement();
    fireEvent.change(screen.getByLabelText('Source'), { target: { value: 'China Daily' } });
    fireEvent.change(screen.getByLabelText('Publication date'), { target: { value: '2014-09-24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to library' }));
    expect(onImported).toHaveBeenCalledTimes(1);
    expect(onImported.mock.calls[0]![0][0]!).toMatchObject({
      title: "Cameron seeks Iran's help against IS",
      source: 'China Daily',
      published: '2014-09-24',
      publishedFrom: 'user',
    });
    expect(onImported.mock.calls[0]![0][0]!.id).toMatch(/^import-/);
    // Back to the empty form.
    expect(screen.getByLabelText(/Paste a report/)).toHaveValue('');
  });

  it('names a report without a headline in its status as the library lists it, by its opening words', () => {
    setup();
    const text =
      'Well, it is better late than never for the singer.\n\nHer publicist confirmed on Friday that she had checked into a treatment centre in Malibu.';
    fireEvent.change(screen.getByLabelText(/Paste a report/), { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: 'Add report' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add to library' }));
    expect(screen.getByRole('status')).toHaveTextContent('Added “Well, it is better late than never for…” to the library.');
  });

  it('moves focus to the draft it opens, and back to the paste box with a word of what was done', () => {
    setup();
    fireEvent.change(screen.getByLabelText(/Paste a report/), { target: { value: ARTICLE } });
    fireEvent.click(screen.getByRole('button', { name: 'Add report' }));
    expect(screen.getByRole('heading', { name: 'Check the report from pasted text' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Add to library' }));
    expect(screen.getByLabelText(/Paste a report/)).toHaveFocus();
    expect(screen.getByText("Added “Cameron seeks Iran's help against IS” to the library.")).toHaveAttribute('role', 'status');
    fireEvent.change(screen.getByLabelText(/Paste a report/), { target: { value: ARTICLE } });
    fireEvent.click(screen.getByRole('button', { name: 'Add report' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.getByLabelText(/Paste a report/)).toHaveFocus();
    expect(screen.getByText('Discarded the report.')).toBeInTheDocument();
  });

  it('names the day of a yearless dateline and where its year comes from, not "not found"', () => {
    const { onImported } = setup();
    fireEvent.change(screen.getByLabelText(/Paste a report/), { target: { value: YEARLESS_WIRE_ARTICLE } });
    fireEvent.click(screen.getByRole('button', { name: 'Add report' }));
    expect(screen.getByLabelText('Publication date')).toHaveValue('');
    expect(screen.getByLabelText('Publication date')).toHaveAccessibleDescription(
      /^The dateline gives 17 Sep \(no year given: taken from the reports it is compared with\)/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add to library' }));
    expect(onImported.mock.calls[0]![0][0]!).toMatchObject({ published: null, filed: { month: 9, day: 17 } });
  });

  it('says a date was inferred from the text, keeps it so unless the user changes it', () => {
    const { onImported } = setup();
    const paste = () => {
      fireEvent.change(screen.getByLabelText(/Paste a report/), { target: { value: INFERRED_ARTICLE } });
      fireEvent.click(screen.getByRole('button', { name: 'Add report' }));
    };
    paste();
    expect(screen.getByLabelText('Publication date')).toHaveValue('2019-03-04');
    expect(screen.getByLabelText('Publication date')).toHaveAccessibleDescription(/^Inferred from the text: the latest day the report names/);
    fireEvent.click(screen.getByRole('button', { name: 'Add to library' }));
    expect(onImported.mock.calls[0]![0][0]!).toMatchObject({ published: '2019-03-04', publishedFrom: 'inferred' });

    paste();
    fireEvent.change(screen.getByLabelText('Publication date'), { target: { value: '2019-03-05' } });
    expect(screen.getByLabelText('Publication date')).not.toHaveAccessibleDescription();
    fireEvent.click(screen.getByRole('button', { name: 'Add to library' }));
    expect(onImported.mock.calls[1]![0][0]!).toMatchObject({ published: '2019-03-05', publishedFrom: 'user' });
  });

  it("says a date whose day is the dateline's came from the dateline, not from the latest day the report names", () => {
    setup();
    fireEvent.change(screen.getByLabelText(/Paste a report/), { target: { value: DATELINE_DAY_ARTICLE } });
    fireEvent.click(screen.getByRole('button', { name: 'Add report' }));
    expect(screen.getByLabelText('Publication date')).toHaveValue('2024-02-06');
    expect(screen.getByLabelText('Publication date')).toHaveAccessibleDescription(
      /^Inferred from the text: the day is its dateline's \(6 Feb\), which gives no year; the year puts it after the days the report names\./,
    );
  });

  it('counts the removed site furniture as one line or several', () => {
    setup();
    fireEvent.change(screen.getByLabelText(/Paste a report/), { target: { value: `${ARTICLE}\n\nCopyright 2014 Reuters. All rights reserved.` } });
    fireEvent.click(screen.getByRole('button', { name: 'Add report' }));
    expect(screen.getByText(/of site furniture removed/)).toHaveTextContent(/; 1 line of site furniture removed$/);
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    fireEvent.change(screen.getByLabelText(/Paste a report/), {
      target: { value: `${ARTICLE}\n\nShare this article\n\nCopyright 2014 Reuters. All rights reserved.` },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add report' }));
    expect(screen.getByText(/of site furniture removed/)).toHaveTextContent(/; 2 lines of site furniture removed$/);
  });

  it('asks for text when nothing or only whitespace is pasted', () => {
    const { alert } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add report' }));
    expect(alert).toHaveTextContent('Paste the text (or HTML) of a report first.');
    fireEvent.change(screen.getByLabelText(/Paste a report/), { target: { value: '   \n\t ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add report' }));
    expect(alert).toHaveTextContent('The pasted text holds only whitespace.');
  });

  it('refuses pasted text over the limit', () => {
    const { alert } = setup();
    fireEvent.change(screen.getByLabelText(/Paste a report/), { target: { value: 'x'.repeat(6 * 1024 * 1024) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add report' }));
    expect(alert).toHaveTextContent('The pasted text is too large (6 MB; the limit is 5 MB).');
  });

  it('refuses a paste over the limit before it reaches the text box', () => {
    const { alert } = setup();
    const box = screen.getByLabelText(/Paste a report/);
    const notPrevented = fireEvent.paste(box, { clipboardData: { getData: () => 'é'.repeat(3 * 1024 * 1024) } });
    expect(notPrevented).toBe(false);
    expect(alert).toHaveTextContent('The pasted text is too large (6 MB; the limit is 5 MB).');
    expect(box).toHaveValue('');
    fireEvent.click(screen.getByRole('button', { name: 'Add report' }));
    expect(alert).toHaveTextContent('The pasted text is too large (6 MB; the limit is 5 MB).');
  });

  it('imports a long paste at once instead of filling the text box, through the importer it is given', async () => {
    const importer = vi.fn(importInThread);
    render(<ImportPanel onImported={vi.fn()} importer={importer} />);
    const long = `${ARTICLE}\n\n${'The talks went on for hours, officials said. '.repeat(3000)}`;
    const notPrevented = fireEvent.paste(screen.getByLabelText(/Paste a report/), { clipboardData: { getData: () => long } });
    expect(notPrevented).toBe(false);
    expect(await screen.findByLabelText('Title')).toHaveValue("Cameron seeks Iran's help against IS");
    expect(importer).toHaveBeenCalledWith({ text: long }, expect.objectContaining({ id: expect.any(String) }), []);
    expect(screen.getByText(/Body: \d+ paragraphs, 24,?\d{3} words/)).toBeInTheDocument();
  });

  it('adds the report checked and the files waiting at once, holding back one the check found a problem with', async () => {
    const existing = [
      {
        id: 'lib-1',
        title: 'Harbour ferry crews end strike',
        source: null,
        published: null,
        publishedFrom: null,
        paragraphs: INFERRED_ARTICLE.split('\n\n').slice(1),
        removed: [],
      } as Report,
    ];
    const { onImported } = setup(existing);
    const file = (name: string, text: string) => new File([text], name, { type: 'text/plain' });
    chooseFiles(file('a.txt', ARTICLE), file('b.txt', TRAM_ARTICLE), file('c.txt', INFERRED_ARTICLE));
    await screen.findByRole('heading', { name: 'Check the report from a.txt (2 more waiting)' });
    fireEvent.change(screen.getByLabelText('Source'), { target: { value: 'China Daily' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add all 3' }));
    expect(onImported).toHaveBeenCalledTimes(1);
    expect(onImported.mock.calls[0]![0].map((r) => r.source)).toEqual(['China Daily', null]);
    // c.txt is a copy of a report in the library: it waits to be checked.
    expect(screen.getByRole('heading', { name: /^Check the report from c\.txt/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Add all/ })).toBeNull();
  });

  it('says an empty file is empty', async () => {
    const { alert } = setup();
    chooseFiles(new File([], 'empty.txt', { type: 'text/plain' }));
    await waitFor(() => expect(alert).toHaveTextContent('“empty.txt”: the file is empty.'));
  });

  it('says a whitespace-only file holds only whitespace', async () => {
    const { alert } = setup();
    chooseFiles(new File(['  \r\n \n'], 'blank.txt', { type: 'text/plain' }));
    await waitFor(() => expect(alert).toHaveTextContent('“blank.txt”: the file holds only whitespace.'));
  });

  it('refuses a file over the limit without reading it, stating the limit', async () => {
    const { alert } = setup();
    const big = new File(['x'], 'huge.html', { type: 'text/html' });
    Object.defineProperty(big, 'size', { value: 7 * 1024 * 1024 });
    const read = vi.spyOn(big, 'arrayBuffer');
    chooseFiles(big);
    await waitFor(() => expect(alert).toHaveTextContent('“huge.html” is too large (7 MB; the limit is 5 MB).'));
    expect(read).not.toHaveBeenCalled();
  });

  it('names the kind of a binary file', async () => {
    const { alert } = setup();
    chooseFiles(new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37])], 'report.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(alert).toHaveTextContent('“report.pdf”: this is a PDF document, not text.'));
  });

  it('reads UTF-16 and Latin-1 files correctly and says how they were read', async () => {
    setup();
    chooseFiles(new File([utf16le(ARTICLE.replace(/^.*/, 'Téhéran talks'))], 'utf16.txt', { type: 'text/plain' }));
    expect(await screen.findByLabelText('Title')).toHaveValue('Téhéran talks');
    expect(screen.getByText('Read as UTF-16 (little-endian) text.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));

    const latin1 = Uint8Array.from(ARTICLE.replace(/^.*/, 'Caf\u00e9 talks in T\u00e9h\u00e9ran'), (c) => c.charCodeAt(0));
    chooseFiles(new File([latin1], 'latin1.txt', { type: 'text/plain' }));
    expect(await screen.findByLabelText('Title')).toHaveValue('Café talks in Téhéran');
    expect(screen.getByText('Read as Windows-1252 / Latin-1 text.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));

    // UTF-8 with curly quotes and one stray Latin-1 byte (0xE9) on line 3: UTF-8 with a hole, not mojibake.
    const utf8 = new TextEncoder().encode(ARTICLE.replace(/^.*/, 'The Minister’s “talks”'));
    const at = utf8.indexOf(0x0a, utf8.indexOf(0x0a) + 1) + 1;
    const damaged = Uint8Array.from([...utf8.subarray(0, at), 0xe9, ...utf8.subarray(at)]);
    chooseFiles(new File([damaged], 'damaged.txt', { type: 'text/plain' }));
    expect(await screen.findByLabelText('Title')).toHaveValue('The Minister’s “talks”');
    expect(screen.getByText(`Read as UTF-8 text, but 1 byte that is not valid UTF-8 was replaced with “\uFFFD”: line 3 (offset ${at}).`)).toBeInTheDocument();
  });

  it('lists what the import read past before the report is added: an invalid front matter date', async () => {
    setup();
    const text = `---\ntitle: Harbour talks\npublished: sometime in May\n---\n${ARTICLE}`;
    chooseFiles(new File([text], 'front.md', { type: 'text/markdown' }));
    expect(await screen.findByLabelText('Title')).toHaveValue('Harbour talks');
    const warnings = screen.getByTestId('import-warnings');
    expect(warnings).toHaveTextContent('Check before adding:');
    expect(warnings).toHaveTextContent(/sometime in May/);
  });

  it('warns about a single sentence but still lets it be added', async () => {
    const { alert, onImported } = setup();
    fireEvent.change(screen.getByLabelText(/Paste a report/), { target: { value: 'Brief\n\nCameron met Rouhani in New York on Wednesday.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add report' }));
    expect(alert).toHaveTextContent('This report is a single sentence: it will be compared, but it can share at most one fact.');
    fireEvent.click(screen.getByRole('button', { name: 'Add to library' }));
    expect(onImported).toHaveBeenCalled();
  });

  it('says when an HTML page has no article', async () => {
    const { alert } = setup();
    chooseFiles(new File(['<html><body><nav><a href="/">Home</a> <a href="/w">World</a></nav></body></html>'], 'index.html', { type: 'text/html' }));
    await waitFor(() => expect(alert).toHaveTextContent(/“index\.html”: no article text found on this page/));
  });

  it('imports an HTML file as text only, running none of its scripts', async () => {
    setup();
    const html = `<html><head><title>Talks - Daily</title><meta property="og:site_name" content="Daily"></head><body>
      <img src="x" onerror="window.__pwned = true"><script>window.__pwned = true</script>
      <article><h1>Talks</h1><p>${ARTICLE.split('\n\n')[1]}</p><p>${ARTICLE.split('\n\n')[2]}</p><p><b>Bold</b> &lt;b&gt;escaped&lt;/b&gt; text that is long enough to count.</p></article></body></html>`;
    chooseFiles(new File([html], 'page.html', { type: 'text/html' }));
    expect(await screen.findByLabelText('Title')).toHaveValue('Talks');
    expect(screen.getByLabelText('Source')).toHaveValue('Daily');
    expect(screen.getByText('Bold <b>escaped</b> text that is long enough to count.')).toBeInTheDocument();
    expect(document.querySelector('b, img, script:not([src])')).toBeNull();
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('warns that a report is not English', async () => {
    const { alert } = setup();
    const fr =
      'Rencontre à New York\n\nLe Premier ministre britannique a rencontré le président iranien à New York, une première depuis la révolution islamique de 1979. Les deux dirigeants ont parlé de la guerre contre le groupe État islamique.';
    chooseFiles(new File([fr], 'fr.txt', { type: 'text/plain' }));
    await waitFor(() => expect(alert).toHaveTextContent('This report looks like French, not English: facts and timeline may be unreliable.'));
    expect(screen.getByText(/Le Premier ministre britannique/)).toBeInTheDocument();
  });

  it('warns that a report is identical to one already in the library', async () => {
    const existing: Report = {
      id: 'seed',
      title: 'Seed',
      source: null,
      published: null,
      publishedFrom: null,
      paragraphs: ARTICLE.split('\n\n').slice(1),
      removed: [],
    };
    const { alert } = setup([existing]);
    chooseFiles(new File([ARTICLE], 'copy.txt', { type: 'text/plain' }));
    await waitFor(() => expect(alert).toHaveTextContent(/These two reports are identical: this one and “Seed” have the same text/));
  });

  it('queues several files and reports failures next to them', async () => {
    const { alert, onImported } = setup();
    chooseFiles(new File([ARTICLE], 'a.txt', { type: 'text/plain' }), new File([], 'b.txt'), new File([`Other title\n\n${ARTICLE}`], 'c.md'));
    expect(await screen.findByText(/Check the report from a\.txt \(1 more waiting\)/)).toBeInTheDocument();
    expect(alert).toHaveTextContent('“b.txt”: the file is empty.');
    fireEvent.click(screen.getByRole('button', { name: 'Add to library' }));
    expect(await screen.findByText('Check the report from c.md')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Add to library' }));
    expect(onImported).toHaveBeenCalledTimes(2);
  });

  it('accepts dropped files', async () => {
    setup();
    fireEvent.drop(screen.getByTestId('drop-zone'), {
      dataTransfer: { files: [new File([ARTICLE], 'dropped.txt', { type: 'text/plain' })], getData: () => '' },
    });
    expect(await screen.findByText('Check the report from dropped.txt')).toBeInTheDocument();
  });
});

describe('utf8Length', () => {
  it('counts bytes as TextEncoder writes them, lone surrogates included', () => {
    for (const text of ['', 'abc', 'é', '€uro', '😀 ok', 'a\uD800b', '\uDC00', 'x\uD83D']) expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});
