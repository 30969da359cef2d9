// `tsgo run`: builds the program into a temporary ELF and runs it for its target (avr8js, qemu or natively),
// streaming its output to stdout and feeding stdin to a simulated board's UART. The program's exit code becomes
// tsgo's; a program stopped by its time or cycle budget gets a message on stderr and the timeout exit code, one that
// reaches -sim-time ends normally. -trace-pins and -vcd show the board's output pins.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stdinQueue, traceLine, VcdWriter } from '../run/boardio.ts';
import { runFirmware, type FirmwareRunOptions } from '../run/run.ts';
import { build, type BuildOptions } from './driver.ts';

/** RunSettings are how `tsgo run` runs the program. */
export interface RunSettings {
  /** timeoutMs bounds the run in wall-clock time (undefined: no bound). */
  timeoutMs?: number;
  /** simTimeNs ends a simulated board's run after this much simulated time, as a normal end. */
  simTimeNs?: number;
  /** tracePins prints every output pin change to stderr. */
  tracePins: boolean;
  /** vcd is a file to write the pin changes to as a Value Change Dump. */
  vcd?: string;
}

/** runProgram builds and runs; it resolves with the exit code tsgo should exit with. */
export async function runProgram(opts: BuildOptions, settings: RunSettings): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-run-'));
  let stdin: ReturnType<typeof stdinQueue> | undefined;
  const vcd = settings.vcd !== undefined ? new VcdWriter() : undefined;
  try {
    const res = await build({ ...opts, output: path.join(dir, 'program.elf') });
    const runOpts: FirmwareRunOptions = { stdout: (chunk) => process.stdout.write(chunk) };
    // A simulated board's UART receives stdin; a host or qemu program gets the terminal's stdin itself.
    if (res.target.emulator === 'avr8js' || res.target.emulator === 'rp2040js') {
      stdin = stdinQueue();
      runOpts.uartInput = stdin.queue;
    }
    if (settings.timeoutMs !== undefined) runOpts.timeoutMs = settings.timeoutMs;
    if (settings.simTimeNs !== undefined) runOpts.simTimeNs = settings.simTimeNs;
    if (settings.tracePins || vcd) {
      runOpts.onPinChange = (c) => {
        if (settings.tracePins) process.stderr.write(traceLine(c) + '\n');
        vcd?.add(c);
      };
    }
    const r = await runFirmware(res.target, res.outputPath, runOpts);
    if (vcd) vcd.write(path.resolve(opts.cwd ?? process.cwd(), settings.vcd!));
    if (r.message) process.stderr.write(r.message + '\n');
    return r.exitCode;
  } finally {
    stdin?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
