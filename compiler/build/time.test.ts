// Package time (src/time, runtime/timer.go): the programs of testdata/time, compared with gc's output, on the host
// (clock_gettime), Cortex-M (SysTick), the pico (the RP2040's TIMER and its alarm, in rp2040js) and arduino (Timer0's
// overflow interrupt; only the programs whose comment says they are small enough for its 2 KiB of RAM). Their output
// does not depend on timing. On the pico, where the simulated clock is exact, the timing itself is checked too: how
// long sleeps take, and a blinky's LED edges every 500 ms. On arduino, what a sleep links into a program.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileAndRun, compileProgram } from './buildrun.ts';
import { measureSize } from './size.ts';
import { elfSections, elfSymbols, parseElf, STT_FUNC } from '../run/elf.ts';
import { formatGolden } from '../oracle/gcref.ts';
import { runFirmware } from '../run/run.ts';

const DIR = path.resolve(import.meta.dirname, '../../testdata/time');
const programs = fs.readdirSync(DIR).filter((n) => n.endsWith('.go')).sort();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-time-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const small = programs.filter((n) => /small enough for arduino/.test(fs.readFileSync(path.join(DIR, n), 'utf8')));

describe.each([
  ['host', programs],
  ['cortex-m-qemu', programs],
  ['pico', programs],
  ['arduino', small],
])('testdata/time on %s', (target, names) => {
  it.each(names)('%s', async (name) => {
    const file = path.join(DIR, name);
    const want = fs.readFileSync(file.replace(/\.go$/, '.golden'), 'utf8');
    const r = await compileAndRun(file, target, work);
    expect(formatGolden({ output: r.output, exitCode: r.exitCode })).toBe(want);
  });
});

const SIM = path.resolve(import.meta.dirname, '../../testdata/sim');

/** buildPico compiles testdata/sim/NAME for pico and returns the ELF's path and the resolved target. */
async function buildPico(name: string) {
  const out = path.join(work, name.replace(/\.go$/, '.elf'));
  const { result, diagnostics, error } = await compileProgram(path.join(SIM, name), 'pico', out);
  if (!result) throw new Error(`${diagnostics}${String(error)}`);
  return result;
}

describe('the pico clock', () => {
  it('sleeps at least as long as asked, and at most 50 µs longer', async () => {
    const b = await buildPico('rp_sleeptiming.go');
    const r = await runFirmware(b.target, b.outputPath, { timeoutMs: 30_000, maxCycles: 2_000_000_000 });
    expect(r.exitCode).toBe(0);
    const lines = r.output.trim().split('\n');
    expect(lines).toHaveLength(8);
    for (const line of lines) {
      const [asked, took] = line.split(' ').map(Number) as [number, number];
      expect(took, line).toBeGreaterThanOrEqual(asked);
      expect(took - asked, line).toBeLessThanOrEqual(50_000);
    }
  });

  it("toggles a blinky's LED (GP25) every 500 ms of simulated time, ±1%", async () => {
    const b = await buildPico('rp_blinky.go');
    const edges: number[] = [];
    const r = await runFirmware(b.target, b.outputPath, {
      timeoutMs: 30_000,
      simTimeNs: 3_100_000_000,
      onRp2040: (chip) => {
        let last = chip.gpio[25]!.outputValue;
        chip.gpio[25]!.addListener(() => {
          const v = chip.gpio[25]!.outputValue;
          if (chip.gpio[25]!.outputEnable && v !== last) edges.push(chip.clock.nanos);
          last = v;
        });
      },
    });
    expect(r).toMatchObject({ exitCode: 0, timedOut: false });
    expect(edges).toHaveLength(7); // at start-up, then every 500 ms until 3.1 s
    for (let i = 1; i < edges.length; i++) {
      const period = edges[i]! - edges[i - 1]!;
      expect(Math.abs(period - 500e6), `edge ${i}: ${period} ns`).toBeLessThanOrEqual(5e6);
    }
  });
});

/** source writes a program's source into the work directory and returns its path. */
function source(name: string, text: string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, text);
  return file;
}

/**
 * linked builds the program in file for arduino and returns its function symbols (from the ELF: nm leaves out the
 * assembly's, which have no size) and its flash size (size.ts).
 */
async function linked(file: string): Promise<{ symbols: Set<string>; flash: number }> {
  const out = path.join(work, `${path.basename(path.dirname(file))}-${path.basename(file, '.go')}.elf`);
  const { result, diagnostics, error } = await compileProgram(file, 'arduino', out);
  if (!result) throw new Error(`${diagnostics}${String(error)}`);
  const elf = parseElf(fs.readFileSync(result.outputPath));
  const symbols = new Set(elfSymbols(elf, elfSections(elf)).filter((s) => s.type === STT_FUNC).map((s) => s.name));
  return { symbols, flash: (await measureSize(result.outputPath)).flash };
}

// What time.Sleep links depends on the whole program (passes/intrinsics.ts): with no go statement and no timer but
// Sleep's, it is the clock's wait alone; a goroutine brings the scheduler's switch, a time.After the timer list.
describe('what time.Sleep costs on arduino', () => {
  const SCHEDULER = ['tsgo_swapTask', 'runtime.addTimer'];
  it('is the clock alone in a blinky: no scheduler, no timer list, under 450 bytes in all', async () => {
    const { symbols, flash } = await linked(path.resolve(import.meta.dirname, '../../examples/blinky1/main.go'));
    for (const s of SCHEDULER) expect(symbols.has(s), s).toBe(false);
    expect(symbols.has('runtime.waitTicks')).toBe(true);
    expect(flash).toBeLessThanOrEqual(450);
  });
  it('brings the scheduler with a goroutine, and the timer list with time.After', async () => {
    const withGo = await linked(
      source('sleep_go.go', 'package main\n\nimport "time"\n\nfunc main() {\n\tgo println("go")\n\ttime.Sleep(time.Millisecond)\n}\n'),
    );
    for (const s of SCHEDULER) expect(withGo.symbols.has(s), s).toBe(true);
    const withAfter = await linked(
      source('sleep_after.go', 'package main\n\nimport "time"\n\nfunc main() {\n\t<-time.After(time.Millisecond)\n}\n'),
    );
    expect(withAfter.symbols.has('runtime.addTimer')).toBe(true);
    expect(withAfter.symbols.has('tsgo_swapTask')).toBe(false);
  });
});
