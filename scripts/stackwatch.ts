// `npm run stackwatch [-- FILE.go...]`: checks the stack sizes computed from the call graph (compiler/build/stacks.ts)
// against the stack the programs really use. Each program (default: every testdata/run program) is built for arduino
// and run in avr8js, one instruction at a time, watching the stack pointer: the deepest point of the main goroutine
// and of every goroutine (by its start function, read from the running task's record) must lie within what the
// build computed (-print-stacks). Prints one line per stack with the measured and computed bytes, and fails on any excess.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from '../compiler/build/driver.ts';
import type { StackReport } from '../compiler/build/stacks.ts';
import { watchAvrStacks } from '../compiler/run/avrstack.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUN_DIR = path.join(ROOT, 'testdata/run');
const MAX_CYCLES = 200_000_000;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-stackwatch-'));
const files = process.argv.length > 2 ? process.argv.slice(2) : fs.readdirSync(RUN_DIR).filter((f) => f.endsWith('.go')).map((f) => path.join(RUN_DIR, f));

let failed = 0;
let checked = 0;
const ratios: number[] = [];
for (const file of files.sort()) {
  const output = path.join(work, 'watch.elf');
  let stacks;
  try {
    stacks = (await build({ inputs: [file], target: 'arduino', output, optLevel: 'z', size: 'none', tags: [], stderr: () => {} })).stacks;
  } catch {
    continue; // not buildable for arduino: gotest and the e2e tests say why
  }
  // Stacks by the function a task runs: the go statement's start function (its stack-size global's suffix).
  const plan = new Map<string, StackReport>();
  if (stacks?.main.computed) plan.set('main.main', stacks.main);
  for (const g of stacks?.goroutines ?? []) if (g.computed && g.global) plan.set(g.global.replace(/^tsgo\.stacksize\./, ''), g);
  const used = watchAvrStacks(output, MAX_CYCLES);
  for (const [name, bytes] of used) {
    const want = plan.get(name);
    if (!want) continue;
    checked++;
    ratios.push(bytes / want.size);
    const over = bytes > want.size;
    if (over) failed++;
    if (over || process.env['VERBOSE']) console.log(`${over ? 'OVER' : 'ok  '}  ${path.basename(file)}  ${name}  used ${bytes}  computed ${want.size}  (${want.name})`);
  }
}
ratios.sort((a, b) => a - b);
const median = ratios[Math.floor(ratios.length / 2)] ?? 0;
console.log(`${checked} stacks checked, ${failed} over their computed size; used/computed median ${median.toFixed(2)}, max ${(ratios.at(-1) ?? 0).toFixed(2)}`);
fs.rmSync(work, { recursive: true, force: true });
process.exit(failed > 0 ? 1 : 0);

