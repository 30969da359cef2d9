// TinyGo's example programs (examples/blinky1, button, echo, serial), unchanged TinyGo user code, built for arduino and
// pico and run in the simulators, each checked exactly: blinky1's LED edges every 500 ms of simulated time (±1%),
// read from `tsgo run -trace-pins`'s lines in their documented format; button's LED following the pin the test drives,
// within one 10 ms poll; echo answering what is piped into `tsgo run`'s stdin; serial's line once a simulated second,
// timed by when the UART sends its last byte. echo allocates nothing (-print-allocs). blinky2 needs two LEDs, which
// neither board has.

import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PinChange } from '../run/boardio.ts';
import { runFirmware, type FirmwareRunOptions } from '../run/run.ts';
import { compileProgram } from './buildrun.ts';
import type { BuildResult } from './driver.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSGO = path.join(ROOT, 'cmd/tsgo.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-examples-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Board is what a test needs to know about a target: its LED, how to drive its button, how to time its console. */
interface Board {
  led: string;
  /** button returns run options that set the button pin's level (true: released) at each of the given times. */
  button: (levels: { ms: number; high: boolean }[]) => FirmwareRunOptions;
  /** console returns run options that call sent with the simulated seconds of each byte the UART sends. */
  console: (sent: (byte: number, seconds: number) => void) => FirmwareRunOptions;
}

const BOARDS: Record<string, Board> = {
  arduino: {
    led: 'D13',
    // The button's pull-up holds its pin high until the first level the test drives (compiler/run/avr.ts).
    button: (levels) => ({
      onAvrMachine: (m) => {
        levels.forEach((l) => m.cpu.addClockEvent(() => m.ports.D.setPin(2, l.high), l.ms * 16_000));
      },
    }),
    console: (sent) => ({
      onAvrMachine: (m) => {
        const runner = m.usart.onByteTransmit!;
        m.usart.onByteTransmit = (b) => {
          sent(b, m.cpu.cycles / 16e6);
          runner(b);
        };
      },
    }),
  },
  pico: {
    led: 'GP25',
    button: (levels) => ({
      onRp2040: (chip) => levels.forEach((l) => chip.clock.createAlarm(() => chip.gpio[15]!.setInputValue(l.high)).schedule(l.ms * 1e6)),
    }),
    console: (sent) => ({
      onRp2040: (chip) => {
        const runner = chip.uart[0]!.onByte!;
        chip.uart[0]!.onByte = (b) => {
          sent(b, chip.core.cycles / chip.clkSys);
          runner(b);
        };
      },
    }),
  },
};
const TARGETS = Object.keys(BOARDS);

/** compile builds examples/NAME for target in this process. */
async function compile(name: string, target: string): Promise<BuildResult> {
  const { result, diagnostics, error } = await compileProgram(path.join(ROOT, 'examples', name), target, path.join(work, `${name}-${target}.elf`));
  expect(diagnostics).toBe('');
  if (!result) throw error;
  return result;
}

/**
 * tsgo runs the CLI in the repository root, as a user types it, with input on its stdin. Asynchronously: a worker
 * whose event loop is blocked misses vitest's calls.
 */
function tsgo(args: string[], input = ''): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [TSGO, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error); // not an exit status: the run could not start, or timed out
      else resolve({ status: error ? (error.code as number) : 0, stdout, stderr });
    });
    child.stdin!.end(input);
  });
}

describe.each(TARGETS)("TinyGo's examples on %s", (target) => {
  const board = BOARDS[target]!;

  it('blinky1: tsgo run -trace-pins shows the LED toggling every 500 ms of simulated time, ±1%', async () => {
    const r = await tsgo(['run', `-target=${target}`, '-trace-pins', '-sim-time=3.2s', './examples/blinky1']);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n');
    expect(lines.pop()).toBe('');
    const edges = lines.map((l) => {
      const m = /^(\d+\.\d{6}) (\S+) (high|low)$/.exec(l);
      expect(m, `not a -trace-pins line: ${JSON.stringify(l)}`).not.toBeNull();
      return { seconds: Number(m![1]), change: `${m![2]} ${m![3]}` };
    });
    // Low (as the pin starts) for 500 ms, then high for 500 ms, and so on: six edges in 3.2 s.
    expect(edges.map((e) => e.change)).toEqual([1, 2, 3, 4, 5, 6].map((i) => `${board.led} ${i % 2 ? 'high' : 'low'}`));
    edges.forEach((e, i) => {
      const since = e.seconds - (i === 0 ? 0 : edges[i - 1]!.seconds);
      expect(Math.abs(since - 0.5), `edge ${i} after ${since} s`).toBeLessThanOrEqual(0.005);
    });
  });

  it("button: the LED lights while the test holds the button's pin low, within one 10 ms poll", async () => {
    const r = await compile('button', target);
    const levels = [
      { ms: 50, high: false },
      { ms: 120, high: true },
      { ms: 200, high: false },
      { ms: 213, high: true },
    ];
    const changes: PinChange[] = [];
    const run = await runFirmware(r.target, r.outputPath, {
      ...board.button(levels),
      simTimeNs: 300e6,
      timeoutMs: 60_000,
      onPinChange: (c) => changes.push(c),
    });
    expect(run).toMatchObject({ exitCode: 0, timedOut: false, output: '' });
    expect(changes.map((c) => `${c.pin} ${c.high ? 'high' : 'low'}`)).toEqual(levels.map((l) => `${board.led} ${l.high ? 'low' : 'high'}`));
    changes.forEach((c, i) => {
      const late = c.seconds * 1e3 - levels[i]!.ms;
      expect(late, `change ${i}`).toBeGreaterThan(0);
      expect(late, `change ${i}`).toBeLessThanOrEqual(10.1);
    });
  });

  it('echo: what is piped into tsgo run comes back after the banner, each line repeated on enter', async () => {
    const r = await tsgo(['run', `-target=${target}`, '-print-allocs=.', '-sim-time=300ms', './examples/echo'], 'hello\rtsgo\r!');
    expect(r.stderr).toBe(''); // -print-allocs: no heap allocation (the line buffer is on the stack)
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      'Echo console enabled. Type something then press enter:\r\n' +
        'hello\r\nYou typed: hello\r\n' +
        'tsgo\r\nYou typed: tsgo\r\n' +
        '!',
    );
  });

  it('serial: "hello world!" once a simulated second', async () => {
    const r = await compile('serial', target);
    const lineEnds: number[] = [];
    const run = await runFirmware(r.target, r.outputPath, {
      ...board.console((b, seconds) => void (b === 10 && lineEnds.push(seconds))),
      simTimeNs: 3.5e9,
      timeoutMs: 60_000,
    });
    expect(run).toMatchObject({ exitCode: 0, timedOut: false, output: 'hello world!\n'.repeat(4) });
    // The first line right after start-up (the pico's clocks take about 3 ms), then one every second plus the time
    // println takes (13 bytes at 115200 baud: 1.1 ms on arduino; rp2040js sends at once): within 2 ms.
    expect(lineEnds[0]).toBeLessThan(0.005);
    for (let i = 1; i < lineEnds.length; i++) {
      const gap = lineEnds[i]! - lineEnds[i - 1]!;
      expect(gap, `line ${i}`).toBeGreaterThanOrEqual(1);
      expect(gap, `line ${i}`).toBeLessThanOrEqual(1.002);
    }
  });
});
