// The garbage collector choices end to end (the programs of testdata/run already run under -gc=conservative, the
// default): the stress program of testdata/gcstress on every target against gc's output, -gc=leaking still running
// programs, -gc=none reporting the allocations left in the final code at their positions, and the collector costing
// no flash in a program that never allocates.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFirmware } from '../run/run.ts';
import { compileProgram } from './buildrun.ts';
import type { BuildOptions } from './driver.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const STRESS = path.join(ROOT, 'testdata/gcstress');
const RUN = path.join(ROOT, 'testdata/run');
const TARGETS = ['host', 'arduino', 'cortex-m-qemu'];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-gc-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** run builds input (a file or a package directory) for target with extra options and runs it. */
async function run(input: string, target: string, extra: Partial<BuildOptions> = {}): Promise<string> {
  const out = path.join(work, `${path.basename(input, '.go')}-${target}-${extra.gc ?? 'default'}.elf`);
  const { result, diagnostics, error } = await compileProgram(input, target, out, extra);
  if (!result) throw new Error(`${diagnostics}${error instanceof Error ? error.message : String(error)}`);
  const r = await runFirmware(result.target, result.outputPath, { timeoutMs: 60_000 });
  return r.exitCode === 0 ? r.output : `${r.output}[exit ${r.exitCode}]\n`;
}

describe('testdata/gcstress: random graphs rewired across collections, checked against a shadow model', () => {
  it.each(TARGETS)('on %s', async (target) => {
    expect(await run(STRESS, target)).toBe(fs.readFileSync(path.join(STRESS, 'stress.golden'), 'utf8'));
  });
});

describe('-gc=leaking', () => {
  it.each(TARGETS)('runs programs that allocate on %s', async (target) => {
    for (const name of ['closures', 'maps']) {
      const file = path.join(RUN, `${name}.go`);
      expect(await run(file, target, { gc: 'leaking' })).toBe(fs.readFileSync(file.replace(/\.go$/, '.golden'), 'utf8'));
    }
  });
});

describe('-gc=none', () => {
  const src = `package main

type T struct{ a, b int }

var g *T

//go:noinline
func keep(p *T) { g = p }

func main() {
	n := 3
	keep(&T{1, 2})
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	if false {
		keep(&T{3, 4}) // removed by the optimizer: not an error
	}
	println(len(s), g.a)
}
`;
  const file = path.join(work, 'none.go');
  fs.writeFileSync(file, src);

  it.each(TARGETS)('names each heap allocation left in the final code on %s', async (target) => {
    const { result, diagnostics } = await compileProgram(file, target, path.join(work, `none-${target}.elf`), { gc: 'none' });
    expect(result).toBeUndefined();
    expect(diagnostics).toBe(
      `${file}:12:7: heap allocation with -gc=none: escapes at line 12\n` +
        `${file}:15:13: heap allocation with -gc=none: size is not constant\n`,
    );
  });

  it('builds and runs a program that does not allocate', async () => {
    expect(await run(path.join(RUN, 'hello.go'), 'arduino', { gc: 'none' })).toBe(
      fs.readFileSync(path.join(RUN, 'hello.golden'), 'utf8'),
    );
  });
});
