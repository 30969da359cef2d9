// Tests of the bench's cycle measurements: the marker hook's count is exact on a C program with a known instruction
// sequence between its markers, and on a tsgo program it sees both markers, the output and the heap used. Also checks
// that every C equivalent in testdata/bench prints what gc prints for its Go program and writes both markers, and that
// the C equivalents of TinyGo's examples do in avr8js what tsgo's builds of them do.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../compiler/build/driver.ts';
import { runWithGc } from '../compiler/oracle/gcref.ts';
import { boardDifference, buildAvrGcc, measureCycles, runBoard, type BoardRun } from './avrcycles.ts';

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-avrcycles-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const ROOT = path.resolve(import.meta.dirname, '..');

describe('measureCycles', () => {
  it('counts the cycles between the markers exactly', async () => {
    const src = path.join(dir, 'nops.c');
    fs.writeFileSync(
      src,
      `#include <avr/io.h>
#include <avr/sleep.h>
#include <avr/interrupt.h>
int main(void) {
	GPIOR0 = 1;
	__asm__ volatile("nop\\n\\tnop\\n\\tnop\\n\\tnop\\n\\tnop\\n\\tnop\\n\\tnop\\n\\tnop\\n\\tnop\\n\\tnop");
	GPIOR0 = 2;
	cli();
	sleep_cpu();
	return 0;
}
`,
    );
    const elf = path.join(dir, 'nops.elf');
    const size = buildAvrGcc(src, elf);
    expect(size.flash).toBeGreaterThan(100);
    expect(size.ram).toBe(0);
    const r = await measureCycles(elf);
    // out 0x1e (1 cycle), ten nops, ldi r24, 2 (1 cycle): the count is taken as each `out` starts.
    expect(r.loopCycles).toBe(12);
    expect(r.cycles).toBeGreaterThan(12);
    expect(r.heapUsed).toBeUndefined(); // not a tsgo program
  });

  it('measures a tsgo program: output, both markers, heap used', async () => {
    const output = path.join(dir, 'sieve.elf');
    const inputs = [path.join(ROOT, 'testdata/bench/sieve.go')];
    await build({ inputs, target: 'arduino', output, optLevel: 'z', size: 'none', tags: [], stderr: () => {} });
    const r = await measureCycles(output);
    expect(r.output).toBe('168 997 76127\n');
    expect(r.exitCode).toBe(0);
    expect(r.loopCycles).toBeGreaterThan(10_000);
    expect(r.loopCycles).toBeLessThan(r.cycles);
    expect(r.heapUsed).toBe(1000); // make([]bool, 1000), the only allocation
  });

  it('reports no hot loop without markers and no heap for a program that never allocates', async () => {
    const output = path.join(dir, 'hello.elf');
    const inputs = [path.join(ROOT, 'testdata/bench/hello.go')];
    await build({ inputs, target: 'arduino', output, optLevel: 'z', size: 'none', tags: [], stderr: () => {} });
    const r = await measureCycles(output);
    expect(r.output).toBe('hello\n');
    expect(r.loopCycles).toBeUndefined();
    expect(r.heapUsed).toBe(0);
  });
});

describe('the C equivalents', () => {
  const bench = path.join(ROOT, 'testdata/bench');
  const pairs = fs
    .readdirSync(bench)
    .filter((f) => f.endsWith('.c') && fs.existsSync(path.join(bench, f.replace(/\.c$/, '.go'))))
    .map((f) => f.replace(/\.c$/, ''));

  it.each(pairs)('%s.c prints what gc prints for %s.go', async (name) => {
    const elf = path.join(dir, `${name}-c.elf`);
    buildAvrGcc(path.join(bench, `${name}.c`), elf);
    const r = await measureCycles(elf);
    expect(r.output).toBe(runWithGc(path.join(bench, `${name}.go`)).output);
    if (name !== 'hello') expect(r.loopCycles).toBeGreaterThan(0);
  });
});

describe("the C equivalents of TinyGo's examples (testdata/bench/blinky.c, echo.c)", () => {
  it.each([
    ['blinky', 'blinky1', 1.1e9, '', 2],
    ['echo', 'echo', 50e6, 'hello\r', 0],
  ])('%s.c does what examples/%s does in avr8js', async (name, example, simTimeNs, input, edges) => {
    const cElf = path.join(dir, `${name}-c.elf`);
    buildAvrGcc(path.join(ROOT, 'testdata/bench', `${name}.c`), cElf);
    const goElf = path.join(dir, `${name}-go.elf`);
    const inputs = [path.join(ROOT, 'examples', example)];
    await build({ inputs, target: 'arduino', output: goElf, optLevel: 'z', size: 'none', tags: [], stderr: () => {} });
    const c = await runBoard(cElf, simTimeNs, input);
    const go = await runBoard(goElf, simTimeNs, input);
    expect(boardDifference(go, c)).toBeUndefined();
    expect(c.edges).toHaveLength(edges);
    expect(c.output).toBe(input ? 'Echo console enabled. Type something then press enter:\r\nhello\r\nYou typed: hello\r\n' : '');
  });

  it('tells runs apart by output, by pin order and by a pin change more than 1% late', () => {
    const run = (output: string, ...edges: [number, boolean][]): BoardRun => ({ output, edges: edges.map(([seconds, high]) => ({ seconds, pin: 'D13', high })) });
    expect(boardDifference(run('a', [0.5, true]), run('a', [0.504, true]))).toBeUndefined();
    expect(boardDifference(run('a'), run('b'))).toBe('output "a" against "b"');
    expect(boardDifference(run('', [0.5, true]), run('', [0.5, false]))).toBe('pins 0.500000 D13 high against 0.500000 D13 low');
    expect(boardDifference(run('', [0.5, true]), run('', [0.506, true]))).toMatch(/^pins /);
    expect(boardDifference(run('', [0.5, true]), run(''))).toMatch(/^pins /);
  });
});
