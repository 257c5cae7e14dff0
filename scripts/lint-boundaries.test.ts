import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// Proves the import boundaries in .oxlintrc.json bite: a scratch tree with the repo's config, one
// file per kind of violation and one allowed import, linted by the same oxlint `npm run lint` runs.

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'parallax-lint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const files: Record<string, string> = {
  'src/analysis/text/uses-react.ts': "import { useState } from 'react';\nexport const a = useState;\n",
  'src/analysis/align/uses-feature.ts': "import { b } from '../../features/reader/marks.ts';\nexport const a = b;\n",
  'src/features/facts/uses-reader.ts': "import { b } from '../reader/marks.ts';\nexport const a = b;\n",
  'src/features/library/__tests__/uses-timeline.ts': "import { b } from '../../timeline/sources.ts';\nexport const a = b;\n",
  'src/features/overview/uses-app.ts': "import { b } from '../../app/settings.ts';\nexport const a = b;\n",
  'src/features/reader/allowed.ts':
    "import { b } from '../../analysis/timeline/types.ts';\nimport { c } from '../../shared/url-search.ts';\nimport { d } from './marks.ts';\nexport const a = [b, c, d];\n",
};

async function lint(): Promise<string> {
  copyFileSync(join(root, '.oxlintrc.json'), join(scratch, '.oxlintrc.json'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  }
  const bin = join(root, 'node_modules/.bin/oxlint');
  try {
    const { stdout } = await run(bin, ['-c', '.oxlintrc.json', '-A', 'all', '-D', 'no-restricted-imports', 'src'], { cwd: scratch });
    return stdout;
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}

describe('import boundaries', () => {
  it('refuse React or a feature in analysis, one feature in another, app in a feature; allow analysis, shared and own files', async () => {
    const out = await lint();
    for (const path of Object.keys(files).filter((p) => !p.endsWith('allowed.ts'))) expect(out, path).toContain(path);
    expect(out).not.toContain('allowed.ts');
  }, 20_000);
});
