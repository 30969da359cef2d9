// `tsgo run`: builds the program into a temporary ELF and runs it for its target (avr8js, qemu or natively),
// streaming its output to stdout. The program's exit code becomes tsgo's; a program stopped by its time or cycle
// budget gets a message on stderr and the timeout exit code.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runFirmware } from '../run/run.ts';
import { build, type BuildOptions } from './driver.ts';

/** runProgram builds and runs; it resolves with the exit code tsgo should exit with. */
export async function runProgram(opts: BuildOptions, timeoutMs: number): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-run-'));
  try {
    const res = await build({ ...opts, output: path.join(dir, 'program.elf') });
    const r = await runFirmware(res.target, res.outputPath, {
      timeoutMs,
      stdout: (chunk) => process.stdout.write(chunk),
    });
    if (r.message) process.stderr.write(r.message + '\n');
    return r.exitCode;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
