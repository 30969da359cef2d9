// PWM on the arduino target (testdata/boards/pwm.go): machine.Timer0/1/2 drive their compare outputs, which avr8js
// models on the OCnx pins of all three timers; the test measures each waveform's period and duty cycle from the pin
// changes, checks that time.Sleep keeps the simulator's time while Timer0 runs as PWM, and reads the errors the
// program prints.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PinChange } from '../run/boardio.ts';
import { runFirmware } from '../run/run.ts';
import type { RunResult } from '../run/result.ts';
import { build } from './driver.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-pwm-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** HZ is the arduino's clock. */
const HZ = 16_000_000;

/** Edge is a level change of one pin, at a cycle count. */
interface Edge {
  cycle: number;
  high: boolean;
}

/** edgesByPin groups the changes by pin, dropping reports that repeat the pin's level. */
function edgesByPin(changes: PinChange[]): Map<string, Edge[]> {
  const pins = new Map<string, Edge[]>();
  for (const c of changes) {
    const edges = pins.get(c.pin) ?? [];
    if (edges.at(-1)?.high !== c.high) edges.push({ cycle: Math.round(c.seconds * HZ), high: c.high });
    pins.set(c.pin, edges);
  }
  return pins;
}

/**
 * waveform measures a pin's PWM between two cycle counts: the mean period (in cycles) between its first and last
 * rising edges in the window, and the fraction of that time it was high.
 */
function waveform(edges: Edge[], from: number, to: number): { periods: number; period: number; duty: number } {
  const inside = edges.filter((e) => e.cycle >= from && e.cycle <= to);
  const rises = inside.filter((e) => e.high);
  const first = rises[0]!.cycle;
  const last = rises.at(-1)!.cycle;
  let high = 0;
  for (let i = 0; i < inside.length - 1; i++) {
    const e = inside[i]!;
    if (e.high && e.cycle >= first && e.cycle < last) high += inside[i + 1]!.cycle - e.cycle;
  }
  return { periods: rises.length - 1, period: (last - first) / (rises.length - 1), duty: high / (last - first) };
}

describe('PWM on arduino', () => {
  let run: RunResult;
  let pins: Map<string, Edge[]>;

  beforeAll(async () => {
    const output = path.join(work, 'pwm.elf');
    let err = '';
    const r = await build({
      inputs: [path.join(ROOT, 'testdata/boards/pwm.go')], target: 'arduino', output, optLevel: 'z', size: 'none',
      tags: [], cwd: ROOT, stderr: (s) => void (err += s), stdout: () => {},
    });
    expect(err).toBe('');
    const changes: PinChange[] = [];
    run = await runFirmware(r.target, r.outputPath, { maxCycles: 5_000_000, timeoutMs: 60_000, onPinChange: (c) => changes.push(c) });
    pins = edgesByPin(changes);
  }, 120_000);

  it('prints the errors, the tops and the periods', () => {
    expect(run.exitCode).toBe(0);
    expect(run.output).toMatch(
      new RegExp(
        '^Timer1.Channel\\(D6\\): true invalid output pin\n' +
          'Timer0.Channel\\(D9\\): true\n' +
          'Timer1 5 s: true pwm: period too long\n' +
          'Timer1 100 ns: true\n' +
          'Timer0 2 ms: true\n' +
          'Timer2 20 ms: true\n' +
          'Timer1 top: 16000 period: 1000000 channels: 0 1\n' +
          'Timer2 top: 256 period: 128000\n' +
          'Timer0 top: 256 period: 1024000\n' +
          'slept µs: \\d+\n' +
          'Timer1 top: 8000 period: 500000 counter below top: true\n' +
          'Timer1.SetPeriod 300 ms: true\n' +
          'Timer2 period: 16000\n$',
      ),
    );
  });

  // The first window: from D2's first rise (every channel set, at least one period ago) to D4's fall, 120 ms later.
  const window = (): [number, number] => [pins.get('D2')![0]!.cycle, pins.get('D4')!.at(-1)!.cycle];
  // The second: D2's second pulse, 10 ms after SetPeriod, Enable and the new values.
  const window2 = (): [number, number] => [pins.get('D2')![2]!.cycle, pins.get('D2')![3]!.cycle];

  it.each([
    ['D9', 'Timer1 A', 16_000, 0.25],
    ['D10', 'Timer1 B', 16_000, 0.75],
    ['D11', 'Timer2 A', 2_048, 0.5],
    ['D3', 'Timer2 B inverted', 2_048, 0.9],
    ['D6', 'Timer0 A', 16_384, 0.2],
    ['D5', 'Timer0 B', 16_384, 0.6],
  ])('drives %s (%s) with a period of %i cycles and a duty cycle of %f', (pin, _what, period, duty) => {
    const [from, to] = window();
    const w = waveform(pins.get(pin)!, from, to);
    expect(w.periods).toBeGreaterThan(100);
    expect(Math.abs(w.period - period) / period).toBeLessThan(0.01);
    expect(Math.abs(w.duty - duty)).toBeLessThan(0.01);
  });

  it.each([
    ['D9', 'Timer1 A after SetPeriod(500 µs)', 8_000, 0.5],
    ['D11', 'Timer2 A after SetPeriod(16 µs), inverted', 256, 0.75],
    ['D6', 'Timer0 A at Top()', 16_384, 1],
    ['D5', 'Timer0 B inverted', 16_384, 0.4],
  ])('then drives %s (%s) with a period of %i cycles and a duty cycle of %f', (pin, _what, period, duty) => {
    const [from, to] = window2();
    const w = waveform(pins.get(pin)!, from, to);
    expect(w.periods).toBeGreaterThanOrEqual(8);
    expect(Math.abs(w.period - period) / period).toBeLessThan(0.01);
    expect(Math.abs(w.duty - duty)).toBeLessThan(0.01);
  });

  it.each([
    ['D10', 'Timer1 B at 0', false],
    ['D3', 'Timer2 B at 0, inverted', true],
  ])('then holds %s (%s) %s', (pin, _what, high) => {
    const [from, to] = window2();
    const edges = pins.get(pin)!;
    expect(edges.filter((e) => e.cycle > from && e.cycle <= to)).toEqual([]);
    expect(edges.filter((e) => e.cycle <= from).at(-1)!.high).toBe(high);
  });

  it('keeps time.Sleep on time with Timer0 as PWM', () => {
    const d2 = pins.get('D2')!;
    const d4 = pins.get('D4')!;
    const sleep20 = (d2[1]!.cycle - d2[0]!.cycle) / HZ;
    const sleep100 = (d4[1]!.cycle - d4[0]!.cycle) / HZ;
    // A sleep ends at the first Timer0 overflow interrupt after its time: up to 1.024 ms late, never early.
    expect(sleep20).toBeGreaterThanOrEqual(0.02);
    expect(sleep20).toBeLessThan(0.02 + 0.00103);
    expect(sleep100).toBeGreaterThanOrEqual(0.1);
    expect(sleep100).toBeLessThan(0.1 + 0.00103);
    // The program's clock agrees with the simulator's cycles over both sleeps, to a few microseconds of code.
    const measured = Number(/slept µs: (\d+)/.exec(run.output)![1]) / 1e6;
    expect(Math.abs(measured - (d4[1]!.cycle - d2[0]!.cycle) / HZ)).toBeLessThan(20e-6);
  });
});
