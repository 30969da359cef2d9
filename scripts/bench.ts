// `npm run bench`: compile time (per phase, in-process and as a cold CLI run), flash and RAM for the reference
// programs on arduino and cortex-m-qemu, next to the same program in C built with avr-gcc -Os (the size reference),
// and the simulated cycles of both AVR builds in avr8js (the whole program, and the hot loop between the programs'
// GPIOR0 markers: see scripts/avrcycles.ts), printed side by side from one run, with ratios. A program that does not
// build yet is skipped with a one-line note. Then TinyGo's example programs, which never end, on arduino and pico:
// flash and RAM next to their C equivalents, whose behaviour in avr8js is checked against tsgo's builds (benchBoards).
// Then the garbage collector's costs on arduino (benchGC; `-gc-only` runs that part alone). Program names as
// arguments (`npm run bench -- blinky echo`) measure only those programs, without the garbage collector's part.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from '../compiler/build/driver.ts';
import { measureSize } from '../compiler/build/size.ts';
import { boardDifference, buildAvrGcc, measureCycles, runBoard, type AvrGccSize, type BoardRun, type CycleReport } from './avrcycles.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH = path.join(ROOT, 'testdata/bench');
/** PROGRAMS maps each benchmark program to its Go source; the C equivalent is testdata/bench/NAME.c. */
const PROGRAMS: Record<string, string> = {
  hello: path.join(BENCH, 'hello.go'),
  allocs: path.join(ROOT, 'examples/allocs/main.go'),
  sieve: path.join(BENCH, 'sieve.go'),
  strbuild: path.join(BENCH, 'strbuild.go'),
  map50: path.join(BENCH, 'map50.go'),
  dispatch: path.join(BENCH, 'dispatch.go'),
  closures: path.join(BENCH, 'closures.go'),
  deferrecover: path.join(BENCH, 'deferrecover.go'),
  index: path.join(BENCH, 'index.go'),
  indexrecover: path.join(BENCH, 'indexrecover.go'),
  pingpong: path.join(BENCH, 'pingpong.go'),
};
const TARGETS = ['arduino', 'cortex-m-qemu'];

/**
 * BoardProgram is one of TinyGo's examples for the boards. It never ends, so it has no cycle count: both builds run for
 * simTimeNs of simulated time, their UART receiving input, and must do the same (boardDifference).
 */
interface BoardProgram {
  file: string;
  simTimeNs: number;
  input?: string;
}
/** BOARD_PROGRAMS maps each board program to its Go source; the C equivalent is testdata/bench/NAME.c. */
const BOARD_PROGRAMS: Record<string, BoardProgram> = {
  blinky: { file: path.join(ROOT, 'examples/blinky1/main.go'), simTimeNs: 1.1e9 },
  // The same program against C that also sleeps on a timer interrupt (blinky.c's _delay_ms is a busy loop).
  'blinky-sleep': { file: path.join(ROOT, 'examples/blinky1/main.go'), simTimeNs: 1.1e9 },
  echo: { file: path.join(ROOT, 'examples/echo/main.go'), simTimeNs: 50e6, input: 'hello\r' },
};
const BOARD_TARGETS = ['arduino', 'pico'];
const RUNS = 5;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-bench-'));

/** gcOnly (`npm run bench -- -gc-only`) runs the garbage collector's part alone. */
const gcOnly = process.argv.includes('-gc-only');
/** selected are the programs named on the command line (none: all). */
const selected = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = selected.filter((n) => !(n in PROGRAMS) && !(n in BOARD_PROGRAMS));
if (unknown.length > 0) {
  console.error(`bench: no program ${unknown.join(', ')}; the programs are ${[...Object.keys(PROGRAMS), ...Object.keys(BOARD_PROGRAMS)].join(', ')}`);
  process.exit(1);
}
/** chosen returns the entries of programs to measure. */
const chosen = <T>(programs: Record<string, T>): [string, T][] =>
  gcOnly ? [] : Object.entries(programs).filter(([n]) => selected.length === 0 || selected.includes(n));

/** Row is one program's line of the summary table. */
interface Row {
  name: string;
  /** skipped says why the program was not measured. */
  skipped?: string;
  size: Record<string, { flash: number; ram: number }>;
  tsgo?: CycleReport;
  ref?: AvrGccSize;
  c?: CycleReport;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => `${x.toFixed(0)}ms`;
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined ? '-' : `${(a / Math.max(1, b)).toFixed(2)}x`;
/** ramRatio is ratio for static RAM, which a C program may not have at all (C's blinky): '-' then. */
const ramRatio = (a: number | undefined, b: number | undefined): string => (b === 0 ? '-' : ratio(a, b));

/** elfOf is where measureBuild leaves the build of name for target. */
const elfOf = (name: string, target: string): string => path.join(work, `${name}-${target}.elf`);

/**
 * measureBuild builds file for target once to warm up, RUNS times in-process and once through the CLI, prints the
 * compile times and returns the program's size; a program that does not build returns why.
 */
async function measureBuild(name: string, file: string, target: string): Promise<{ flash: number; ram: number } | string> {
  const output = elfOf(name, target);
  const totals: number[] = [];
  const phases: Record<string, number[]> = {};
  let diagnostics = '';
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const t0 = performance.now();
      const stderr = (s: string): void => void (diagnostics += s);
      const res = await build({ inputs: [file], target, output, optLevel: 'z', size: 'none', tags: [], stderr });
      if (i === 0) continue; // warm-up
      totals.push(performance.now() - t0);
      for (const [k, v] of Object.entries(res.timings)) (phases[k] ??= []).push(v);
    }
  } catch (e) {
    const first = diagnostics.split('\n')[0] || (e as Error).message;
    return `does not build for ${target} yet: ${first.replace(ROOT + '/', '')}`;
  }
  const t0 = performance.now();
  const cli = spawnSync(process.execPath, [path.join(ROOT, 'cmd/tsgo.js'), 'build', `-target=${target}`, '-o', output, file]);
  const cold = performance.now() - t0;
  if (cli.status !== 0) throw new Error(`tsgo build failed: ${cli.stderr}`);
  const phaseText = Object.entries(phases).map(([k, v]) => `${k} ${ms(median(v))}`).join(', ');
  console.log(`${name} on ${target}`);
  console.log(`  compile: ${ms(median(totals))} in-process (median of ${RUNS}), ${ms(cold)} cold CLI`);
  console.log(`  phases:  ${phaseText}`);
  return measureSize(output);
}

const rows: Row[] = [];
for (const [name, file] of chosen(PROGRAMS)) {
  const row: Row = { name, size: {} };
  rows.push(row);
  const cSrc = path.join(BENCH, `${name}.c`);
  if (fs.existsSync(cSrc)) {
    const cElf = path.join(work, `${name}-c.elf`);
    row.ref = buildAvrGcc(cSrc, cElf);
    row.c = await measureCycles(cElf);
  }
  for (const target of TARGETS) {
    const output = elfOf(name, target);
    const size = await measureBuild(name, file, target);
    if (typeof size === 'string') {
      row.skipped = size;
      console.log(`${name}: skipped, ${row.skipped}`);
      break;
    }
    row.size[target] = size;
    const ref = row.ref;
    const refText =
      target === 'arduino' && ref
        ? `   | avr-gcc -Os: flash ${ref.flash} B, ram ${ref.ram} B   | ratio flash ${ratio(size.flash, ref.flash)}, ram ${ratio(size.ram, ref.ram)}`
        : '';
    console.log(`  size:    flash ${size.flash} B, ram ${size.ram} B${refText}`);
    if (target === 'arduino') {
      const go = (row.tsgo = await measureCycles(output));
      if (row.c && go.output !== row.c.output) {
        throw new Error(`${name}: the C program printed ${JSON.stringify(row.c.output)}, tsgo's ${JSON.stringify(go.output)}`);
      }
      if (row.c?.loopCycles !== undefined && go.loopCycles === undefined) {
        // The Go markers are plain stores (tsgo has no volatile yet), which LLVM may delete as dead.
        console.log(`  note:    tsgo's build of ${name} lost a GPIOR0 marker: no hot-loop count`);
      }
      const loop = go.loopCycles !== undefined ? `, hot loop ${go.loopCycles}` : '';
      const cLoop = row.c?.loopCycles !== undefined ? `, hot loop ${row.c.loopCycles}` : '';
      const cText = row.c ? `   | avr-gcc -Os: ${row.c.cycles}${cLoop}   | ratio ${ratio(go.cycles, row.c.cycles)}` : '';
      console.log(`  cycles:  ${go.cycles}${loop}${cText}`);
    }
  }
}

const boardRows = await benchBoards();
printRows(rows);
printBoardRows(boardRows);
if (selected.length === 0) await benchGC();
fs.rmSync(work, { recursive: true, force: true });

/** cell right-aligns a value in a column of width w; a missing one is '-'. */
function cell(v: number | string | undefined, w: number): string {
  return String(v ?? '-').padStart(w);
}

/** printRows prints the summary: one line per program, every measurement side by side. */
function printRows(rows: Row[]): void {
  if (rows.length === 0) return;
  console.log('');
  console.log('summary (flash and static RAM in bytes; heap: bytes tsgo allocated; cycles in avr8js at 16 MHz)');
  console.log(
    'program      |    arduino flash  ram heap | cortex-m flash  ram | avr-gcc flash  ram | flash ratio |' +
      '  cycles tsgo        C  ratio | hot loop tsgo        C  ratio',
  );
  for (const r of rows) {
    const a = r.size['arduino'];
    const m = r.size['cortex-m-qemu'];
    console.log(
      `${r.name.padEnd(12)} | ${cell(a?.flash, 16)} ${cell(a?.ram, 4)} ${cell(r.tsgo?.heapUsed, 4)} |` +
        ` ${cell(m?.flash, 14)} ${cell(m?.ram, 4)} | ${cell(r.ref?.flash, 13)} ${cell(r.ref?.ram, 4)} |` +
        ` ${cell(ratio(a?.flash, r.ref?.flash), 11)} |` +
        ` ${cell(r.tsgo?.cycles, 12)} ${cell(r.c?.cycles, 8)} ${cell(ratio(r.tsgo?.cycles, r.c?.cycles), 6)} |` +
        ` ${cell(r.tsgo?.loopCycles, 13)} ${cell(r.c?.loopCycles, 8)} ${cell(ratio(r.tsgo?.loopCycles, r.c?.loopCycles), 6)}`,
    );
    if (r.skipped) console.log(`${''.padEnd(12)} | skipped: ${r.skipped}`);
  }
  const without = rows.find((r) => r.name === 'index')?.size;
  const withRecover = rows.find((r) => r.name === 'indexrecover')?.size;
  for (const target of TARGETS) {
    const a = without?.[target];
    const b = withRecover?.[target];
    if (a && b) console.log(`recover on ${target}: +${b.flash - a.flash} B flash, +${b.ram - a.ram} B RAM (indexrecover against index)`);
  }
}

/**
 * benchBoards measures the board programs: compile time and size on arduino and pico, the C equivalent's size with
 * avr-gcc -Os, and both arduino builds run side by side in avr8js (the bench stops if they differ). The Pico has no C
 * reference: the bench has no C toolchain and SDK for the RP2040.
 */
async function benchBoards(): Promise<Row[]> {
  const out: Row[] = [];
  for (const [name, p] of chosen(BOARD_PROGRAMS)) {
    const row: Row = { name, size: {} };
    out.push(row);
    const cElf = path.join(work, `${name}-c.elf`);
    row.ref = buildAvrGcc(path.join(BENCH, `${name}.c`), cElf);
    for (const target of BOARD_TARGETS) {
      const size = await measureBuild(name, p.file, target);
      if (typeof size === 'string') {
        row.skipped = size;
        console.log(`${name}: skipped, ${row.skipped}`);
        break;
      }
      row.size[target] = size;
      const ref = target === 'arduino' ? row.ref : undefined;
      const refText = ref
        ? `   | avr-gcc -Os: flash ${ref.flash} B, ram ${ref.ram} B   | ratio flash ${ratio(size.flash, ref.flash)}, ram ${ramRatio(size.ram, ref.ram)}`
        : '   | no C reference';
      console.log(`  size:    flash ${size.flash} B, ram ${size.ram} B${refText}`);
      if (target !== 'arduino') continue;
      const go: BoardRun = await runBoard(elfOf(name, target), p.simTimeNs, p.input);
      const c = await runBoard(cElf, p.simTimeNs, p.input);
      const diff = boardDifference(go, c);
      if (diff) throw new Error(`${name}: tsgo's build and the C program differ in ${p.simTimeNs / 1e9} s: ${diff}`);
      console.log(`  checked: the same output and pin changes as the C program in ${p.simTimeNs / 1e9} s of simulated time`);
    }
  }
  return out;
}

/** printBoardRows prints the board programs' summary: sizes on arduino next to C's, and on pico. */
function printBoardRows(rows: Row[]): void {
  if (rows.length === 0) return;
  console.log('');
  console.log("TinyGo's examples (they never end: sizes only; the C program's behaviour checked against tsgo's in avr8js)");
  console.log('program      | arduino flash  ram | avr-gcc flash  ram | ratio flash   ram | pico flash  ram | pico C');
  for (const r of rows) {
    const a = r.size['arduino'];
    const p = r.size['pico'];
    console.log(
      `${r.name.padEnd(12)} | ${cell(a?.flash, 13)} ${cell(a?.ram, 4)} | ${cell(r.ref?.flash, 13)} ${cell(r.ref?.ram, 4)} |` +
        ` ${cell(ratio(a?.flash, r.ref?.flash), 11)} ${cell(ramRatio(a?.ram, r.ref?.ram), 5)} | ${cell(p?.flash, 10)} ${cell(p?.ram, 4)} | no C reference`,
    );
    if (r.skipped) console.log(`${''.padEnd(12)} | skipped: ${r.skipped}`);
  }
}

/**
 * benchGC measures the garbage collector on arduino against -gc=leaking: the flash and static RAM it adds to the
 * programs above that allocate, and in avr8js the cycles of a small allocation and of collecting a full heap
 * (testdata/bench/gcbench.go's markers).
 */
async function benchGC(): Promise<void> {
  console.log('');
  console.log('garbage collector on arduino (-gc=conservative against -gc=leaking)');
  const sizes: Record<string, Record<string, { flash: number; ram: number }>> = {};
  for (const name of ['allocs', 'strbuild', 'map50', 'gcbench']) {
    const file = name === 'gcbench' ? path.join(BENCH, 'gcbench.go') : PROGRAMS[name]!;
    for (const gc of ['conservative', 'leaking'] as const) {
      const output = path.join(work, `${name}-${gc}.elf`);
      await build({ inputs: [file], target: 'arduino', output, optLevel: 'z', size: 'none', tags: [], gc, stderr: () => {} });
      (sizes[name] ??= {})[gc] = await measureSize(output);
      if (name !== 'gcbench') continue;
      const r = await measureCycles(output);
      const at = (v: number): number | undefined => r.marks.find((m) => m.value === v)?.cycles;
      const span = (a: number, b: number): number => (at(b) ?? NaN) - (at(a) ?? NaN);
      const [objects, left] = r.output.trim().split(' ').map(Number);
      console.log(`  gcbench, -gc=${gc}: ${(span(1, 2) / 100).toFixed(0)} cycles per 4-byte allocation (100 in a row)`);
      if (gc === 'conservative') {
        console.log(`  gcbench: heap filled with a list of ${objects} 4-byte objects; a collection takes ${span(3, 4)} cycles ` +
          `(${(span(3, 4) / 16000).toFixed(1)} ms at 16 MHz) while the list is live, ${span(5, 6)} after the program ` +
          `dropped it, which left ${left} objects (conservatively retained)`);
      }
    }
    const c = sizes[name]!['conservative']!;
    const l = sizes[name]!['leaking']!;
    console.log(`  ${name.padEnd(9)} flash ${c.flash} B against ${l.flash} B (+${c.flash - l.flash}), ram ${c.ram} B against ${l.ram} B (+${c.ram - l.ram})`);
  }
}
