// Pin interrupts (machine's Pin.SetInterrupt) on arduino (avr8js: the pin change interrupts PCINT0-2) and pico
// (rp2040js: IO_BANK0's edge events, IO_IRQ_BANK0): testdata/boards/pinirq.go waits for rising edges of the button,
// then falling ones, then both, then none (a nil callback), the test pressing and releasing the button twice in each
// phase; -print-allocs finds nothing in the interrupt path; and a program that never calls SetInterrupt carries none
// of it (no vectors, no callback table).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { PinChange } from '../run/boardio.ts';
import { elfSections, elfSymbols, parseElf } from '../run/elf.ts';
import { runFirmware, type AvrMachine, type RP2040 } from '../run/run.ts';
import { build, type BuildResult } from './driver.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BOARDS = path.join(ROOT, 'testdata/boards');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-pinirq-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** compile builds a program for target; it returns the build result and what the build printed (-print-allocs). */
async function compile(file: string, target: string, printAllocs?: string): Promise<{ r: BuildResult; err: string }> {
  let err = '';
  const output = path.join(work, `${path.basename(file, '.go')}-${target}.elf`);
  const r = await build({
    inputs: [file], target, output, optLevel: 'z', size: 'none', tags: [], cwd: ROOT,
    stderr: (s) => void (err += s), stdout: () => {}, ...(printAllocs ? { printAllocs } : {}),
  });
  return { r, err };
}

/**
 * ownSymbols lists the symbols of the ELF file at file that the program defines, leaving out the vectors that are
 * the startup code's weak aliases of its default handler (fallback: `__bad_interrupt` on AVR, `Default_Handler` on
 * Cortex-M).
 */
function ownSymbols(file: string, fallback: string): string[] {
  const elf = parseElf(fs.readFileSync(file), file);
  const symbols = elfSymbols(elf, elfSections(elf));
  const unhandled = symbols.find((s) => s.name === fallback)!.value;
  return symbols.filter((s) => s.name === fallback || s.value !== unhandled).map((s) => s.name);
}

/**
 * PRESSES are the button's changes in each phase, in milliseconds after the LED's cue: pressed (the pin pulled low: a
 * falling edge), released (rising), pressed, released. The program's phase lasts 8 ms.
 */
const PRESSES = [1, 2, 3, 4];

/** The program's output when every phase saw what it waited for: each phase's calls, how many found the pin high. */
const EXPECTED = 'rising 2 2\nfalling 2 0\ntoggle 4 2\noff 0 0\nwrong 0\ntrue machine: invalid input pin\n';

/** onCue returns an onPinChange hook that calls drive(level, ms) for each of PRESSES whenever the LED goes high. */
function onCue(led: string, drive: (high: boolean, ms: number) => void, changes: PinChange[]): (c: PinChange) => void {
  return (c) => {
    changes.push(c);
    if (c.pin === led && c.high) PRESSES.forEach((ms, i) => drive(i % 2 === 1, ms));
  };
}

describe('Pin.SetInterrupt on arduino (pin change interrupts)', () => {
  it('calls the callback for the edges asked for, in an interrupt, while main sleeps; allocating nothing', async () => {
    const { r, err } = await compile(path.join(BOARDS, 'pinirq.go'), 'arduino', '.');
    expect(err).toBe(''); // -print-allocs: SetInterrupt, the PCINT handler and the callback allocate nothing
    let m: AvrMachine | undefined;
    const button = (high: boolean, ms: number): void =>
      void m!.cpu.addClockEvent(() => m!.ports.D.setPin(2, high), ms * 16_000);
    const changes: PinChange[] = [];
    const run = await runFirmware(r.target, r.outputPath, {
      maxCycles: 5_000_000,
      timeoutMs: 60_000,
      onAvrMachine: (machine) => void (m = machine), // the runner's pull-up model holds the button high
      onPinChange: onCue('D13', button, changes),
    });
    expect(run.output).toBe(EXPECTED);
    expect(run.exitCode).toBe(0);
    expect(changes.map((c) => `${c.pin} ${c.high ? 'high' : 'low'}`)).toEqual(Array(4).fill(['D13 high', 'D13 low']).flat());
  });

  it('links the PCINT vectors and the callback table only into a program that calls SetInterrupt', async () => {
    const own = async (file: string): Promise<string[]> =>
      ownSymbols((await compile(path.join(BOARDS, file), 'arduino')).r.outputPath, '__bad_interrupt').filter((s) =>
        /^__vector_[345]$|^machine\.pin(Callbacks|Levels|Rising|Falling|sChanged)$/.test(s),
      );
    expect((await own('pinirq.go')).sort()).toEqual([
      '__vector_3', '__vector_4', '__vector_5',
      'machine.pinCallbacks', 'machine.pinFalling', 'machine.pinLevels', 'machine.pinRising', 'machine.pinsChanged',
    ]);
    expect(await own('button.go')).toEqual([]);
  });
});

describe('Pin.SetInterrupt on pico (IO_BANK0 edge events)', () => {
  it('calls the callback for the edges asked for, in an interrupt, while main sleeps; allocating nothing', async () => {
    const { r, err } = await compile(path.join(BOARDS, 'pinirq.go'), 'pico', '.');
    expect(err).toBe(''); // -print-allocs: SetInterrupt, the IO_IRQ_BANK0 handler and the callback allocate nothing
    let chip: RP2040 | undefined;
    const button = (high: boolean, ms: number): void =>
      chip!.clock.createAlarm(() => chip!.gpio[15]!.setInputValue(high)).schedule(ms * 1e6);
    const changes: PinChange[] = [];
    const run = await runFirmware(r.target, r.outputPath, {
      timeoutMs: 60_000,
      onRp2040: (c) => void (chip = c), // the runner's pad model holds the button high through its pull-up
      onPinChange: onCue('GP25', button, changes),
    });
    expect(run.output).toBe(EXPECTED);
    expect(run.exitCode).toBe(0);
    expect(changes.map((c) => `${c.pin} ${c.high ? 'high' : 'low'}`)).toEqual(Array(4).fill(['GP25 high', 'GP25 low']).flat());
  });

  it('puts IRQ13_Handler in the vector table only for a program that calls SetInterrupt', async () => {
    const own = async (file: string): Promise<string[]> =>
      ownSymbols((await compile(path.join(BOARDS, file), 'pico')).r.outputPath, 'Default_Handler').filter((s) =>
        /^IRQ13_Handler$|^machine\.(pinCallbacks|handlePinInterrupt)$/.test(s),
      );
    expect(await own('pinirq.go')).toEqual(expect.arrayContaining(['IRQ13_Handler', 'machine.pinCallbacks']));
    expect(await own('button.go')).toEqual([]);
  });
});
