// The allocation report on common standard-library calls (issue 12, allocs.md): testdata/allocs/std.go's `// OUT:`
// comments are exactly what `-print-allocs` prints for the user's lines (buf passed to strconv.AppendInt stays in the
// frame, strings.Index, bytes.Equal, utf8.DecodeRuneInString and sort.Ints on a local slice report nothing), a
// library site is reported only when the call's constant arguments reach it (AppendInt never converts formatBits'
// digits to a string), and `-print-allocs=strconv` lists strconv's own sites. The program also runs as with gc.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runWithGc } from '../oracle/gcref.ts';
import { runFirmware } from '../run/run.ts';
import { compileProgram } from './buildrun.ts';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../testdata/allocs/std.go');
const src = fs.readFileSync(file, 'utf8').split('\n');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-stdallocs-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** report builds std.go for cortex-m-qemu with -print-allocs=filter and returns its lines as `line: message`. */
async function report(filter: string): Promise<string[]> {
  const { result, diagnostics, error } = await compileProgram(file, 'cortex-m-qemu', path.join(work, 'std.elf'), { printAllocs: filter });
  expect(error).toBeUndefined();
  expect(result).toBeDefined();
  return diagnostics
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const m = /^[^:]+:(\d+):\d+: (.*)$/.exec(l);
      expect(m, l).not.toBeNull();
      return `${m![1]}: ${m![2]}`;
    });
}

describe('-print-allocs on standard-library calls (testdata/allocs/std.go)', () => {
  it("prints exactly the OUT lines for the user's code", async () => {
    const fmtLine = src.findIndex((l) => l.includes('fmt.Fprint(')) + 1;
    const want = src.flatMap((l, i) => [...l.matchAll(/\/\/ OUT: (.*)$/g)].map((m) => `${i + 1}: ${m[1]}`)).sort();
    const got = await report('^main\\.');
    // fmt's own allocations (its pooled printer, buffer growth) are attributed to the Fprint line, as they should be.
    expect(got.some((l) => l.startsWith(`${fmtLine}: `) && /\(in \(?\*?fmt\./.test(l))).toBe(true);
    expect(got.filter((l) => !(l.startsWith(`${fmtLine}: `) && l.includes(' (in '))).sort()).toEqual(want);
  }, 120_000);

  it('matches the library function that holds a site', async () => {
    const got = await report('strconv');
    // Only the append: the string conversion formatBits makes when append_ is false is never reached from AppendInt.
    expect(got.filter((l) => /^2[45]: .*\(in strconv\.formatBits\)/.test(l))).toEqual([
      '24: object allocated on the heap: escapes at line 197 (in strconv.formatBits)',
    ]);
    expect(got.some((l) => /\(in \(?\*?fmt\./.test(l))).toBe(false);
  }, 120_000);

  it('runs as with gc', async () => {
    const { result } = await compileProgram(file, 'cortex-m-qemu', path.join(work, 'run.elf'));
    const run = await runFirmware(result!.target, result!.outputPath, { timeoutMs: 30_000 });
    const gc = runWithGc(file);
    expect({ out: run.output, code: run.exitCode }).toEqual({ out: gc.output, code: gc.exitCode });
  }, 120_000);
});
