// `npm run bench`: compile time (per phase, in-process and as a cold CLI run), flash and RAM for the reference
// programs on arduino and cortex-m-qemu, next to the same program in C built with avr-gcc -Os (the size reference),
// printed side by side from one run, with ratios.

import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from '../compiler/build/driver.ts';
import { measureSize } from '../compiler/build/size.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH = path.join(ROOT, 'testdata/bench');
/** PROGRAMS maps each benchmark program to its Go source; the C equivalent is testdata/bench/NAME.c. */
const PROGRAMS: Record<string, string> = {
  hello: path.join(BENCH, 'hello.go'),
  allocs: path.join(ROOT, 'examples/allocs/main.go'),
};
const TARGETS = ['arduino', 'cortex-m-qemu'];
const RUNS = 5;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-bench-'));

/** avrGccSize builds the C equivalent with avr-gcc -Os and returns its flash (text + data) and RAM (data + bss). */
function avrGccSize(name: string): { flash: number; ram: number } | undefined {
  const src = path.join(BENCH, `${name}.c`);
  if (!fs.existsSync(src)) return undefined;
  const elf = path.join(work, `${name}-c.elf`);
  execFileSync('avr-gcc', ['-Os', '-mmcu=atmega328p', '-o', elf, src]);
  const out = execFileSync('avr-size', [elf], { encoding: 'utf8' }).split('\n')[1]!.trim().split(/\s+/).map(Number);
  const [text, data, bss] = out as [number, number, number];
  return { flash: text + data, ram: data + bss };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => `${x.toFixed(0)}ms`;

for (const [name, file] of Object.entries(PROGRAMS)) {
  const ref = avrGccSize(name);
  for (const target of TARGETS) {
    const output = path.join(work, `${name}-${target}.elf`);
    const totals: number[] = [];
    const phases: Record<string, number[]> = {};
    for (let i = 0; i < RUNS + 1; i++) {
      const t0 = performance.now();
      const res = await build({ inputs: [file], target, output, optLevel: 'z', size: 'none', tags: [], stderr: () => {} });
      if (i === 0) continue; // warm-up
      totals.push(performance.now() - t0);
      for (const [k, v] of Object.entries(res.timings)) (phases[k] ??= []).push(v);
    }
    const t0 = performance.now();
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'cmd/tsgo.js'), 'build', `-target=${target}`, '-o', output, file]);
    const cold = performance.now() - t0;
    if (cli.status !== 0) throw new Error(`tsgo build failed: ${cli.stderr}`);
    const size = await measureSize(output);
    const phaseText = Object.entries(phases).map(([k, v]) => `${k} ${ms(median(v))}`).join(', ');
    console.log(`${name} on ${target}`);
    console.log(`  compile: ${ms(median(totals))} in-process (median of ${RUNS}), ${ms(cold)} cold CLI`);
    console.log(`  phases:  ${phaseText}`);
    const refText =
      target === 'arduino' && ref
        ? `   | avr-gcc -Os: flash ${ref.flash} B, ram ${ref.ram} B   | ratio flash ${(size.flash / ref.flash).toFixed(2)}x, ram ${(size.ram / Math.max(1, ref.ram)).toFixed(2)}x`
        : '';
    console.log(`  size:    flash ${size.flash} B, ram ${size.ram} B${refText}`);
  }
}
fs.rmSync(work, { recursive: true, force: true });
