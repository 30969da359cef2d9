// The standard library end to end: every program of testdata/std (one or more per package of issue 12, see
// compiler/build/stdprograms.ts) is built and run on the host, cortex-m-qemu, pico and arduino, and must print gc's
// output (the golden file) with gc's exit code. On arduino, a program that does not fit 32 KiB of flash and 2 KiB
// of RAM is an expected outcome, "does not fit", as long as the build says so. A program that fails because of a
// known compiler or runtime bug is listed in KNOWN_FAILURES with the reason, and must still fail, so that a fix
// shows up here. The outcomes make the package × target table, written to testdata/std/TABLE.md and kept in
// README.md between `<!-- std-table -->` and `<!-- /std-table -->`; UPDATE_GOLDEN=1 regenerates the golden files
// with gc and rewrites both tables.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatGolden, runWithGc } from '../oracle/gcref.ts';
import {
  cellText,
  formatStdTable,
  listStdPrograms,
  readmeTable,
  replaceReadmeTable,
  resultKey,
  runStdProgram,
  STD_DIR,
  STD_TARGETS,
} from './stdprograms.ts';

/**
 * KNOWN_FAILURES maps `program@target` (or `program@*` for every target) to the bug that makes it fail, as the
 * table shows it. testdata/std/README.md has a minimal reproducer for each bug.
 */
const KNOWN_FAILURES: Record<string, string> = {
  'crc32@arduino': 'out of memory at run time: 1 KB tables on the heap (8 KB for ChecksumIEEE)',
};

/** knownFailure returns the documented reason a program fails on a target, if it is a known failure. */
function knownFailure(program: string, target: string): string | undefined {
  return KNOWN_FAILURES[resultKey(program, target)] ?? KNOWN_FAILURES[resultKey(program, '*')];
}

const programs = listStdPrograms();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-std-'));
const cells = new Map<string, string>();
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('golden files', () => {
  it.runIf(process.env.UPDATE_GOLDEN)('are regenerated with gc', () => {
    for (const p of programs) fs.writeFileSync(p.file.replace(/\.go$/, '.golden'), formatGolden(runWithGc(p.file)));
  });
});

describe.each(STD_TARGETS)('testdata/std on %s', (target) => {
  it.each(programs.map((p) => [p.name, p] as const))('%s', async (_, p) => {
    const { outcome } = await runStdProgram(p, target, work);
    const known = knownFailure(p.name, target);
    if (known !== undefined) {
      cells.set(resultKey(p.name, target), `✗ ${known}`);
      expect(outcome.kind, `${p.name} on ${target} is listed as failing (${known}) but now ${cellText(outcome)}`).toBe('fail');
      return;
    }
    cells.set(resultKey(p.name, target), cellText(outcome));
    if (outcome.kind === 'nofit') expect(target, 'only arduino may be too small').toBe('arduino');
    else expect(cellText(outcome)).toBe('✓');
  });
});

describe('the table', () => {
  it('is written to testdata/std/TABLE.md and matches README.md', () => {
    const complete = programs.every((p) => STD_TARGETS.every((t) => cells.has(resultKey(p.name, t))));
    if (!complete) return; // a filtered run (-t) has not run every program
    const table = formatStdTable(programs, cells);
    fs.writeFileSync(path.join(STD_DIR, 'TABLE.md'), table);
    const readmePath = path.resolve(STD_DIR, '../../README.md');
    let readme = fs.readFileSync(readmePath, 'utf8');
    if (process.env.UPDATE_GOLDEN) {
      readme = replaceReadmeTable(readme, table);
      fs.writeFileSync(readmePath, readme);
    }
    // The outcomes must agree; the sizes of programs that do not fit arduino move with every compiler change, so the
    // README keeps those of its last regeneration.
    const outcomes = (t: string | undefined): string | undefined => t?.replace(/does not fit \([^)]*\)/g, 'does not fit');
    expect(outcomes(readmeTable(readme)), 'README.md: the standard-library table (UPDATE_GOLDEN=1 rewrites it)').toBe(outcomes(table));
  });

  it('lists only programs and targets that exist', () => {
    const names = new Set(programs.map((p) => p.name));
    for (const key of Object.keys(KNOWN_FAILURES)) {
      const [name, target] = key.split('@') as [string, string];
      expect(names.has(name), key).toBe(true);
      expect(target === '*' || (STD_TARGETS as readonly string[]).includes(target), key).toBe(true);
    }
  });
});
