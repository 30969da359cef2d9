// Runners that execute a program as a child process: Cortex-M firmware in qemu-system-arm (the UART is qemu's stdio,
// the exit code comes from semihosting SYS_EXIT_EXTENDED) and host programs natively. Both are bounded by a wall-clock
// timeout; qemu's fixed `Timer with period zero, disabling` stderr line is dropped, other stderr text is kept in the
// result's message. A lockup (qemu aborts) and a native crash (a signal) are reported with FAULT_EXIT_CODE or 128+N.

import * as fs from 'node:fs';
import { constants as osConstants } from 'node:os';
import { UserError } from '../diag.ts';
import { findTool, runProcess, type ToolResult } from '../build/tools.ts';
import type { ResolvedTarget } from '../target/target.ts';
import { FAULT_EXIT_CODE, TIMEOUT_EXIT_CODE, type RunOptions, type RunResult } from './result.ts';

/** DEFAULT_TIMEOUT_MS bounds a run when the caller gives no timeout. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** QEMU_NOISE matches stderr lines qemu prints for every lm3s6965evb run. */
const QEMU_NOISE = /^Timer with period zero, disabling\s*$/;

/** runQemu runs a Cortex-M ELF with qemu-system-arm and the target's emulator arguments. */
export async function runQemu(target: ResolvedTarget, elfPath: string, opts: RunOptions): Promise<RunResult> {
  mustExist(elfPath);
  const qemu = findTool('qemu-system-arm');
  const args = target.emulatorArgs.length > 0 ? [...target.emulatorArgs] : ['-M', 'lm3s6965evb', '-nographic', '-semihosting'];
  args.push('-kernel', elfPath);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const r = await runProcess(qemu, args, { timeoutMs, ...streamTo(opts) });
  const stderr = r.stderr
    .split('\n')
    .filter((l) => l !== '' && !QEMU_NOISE.test(l))
    .join('\n');
  if (r.timedOut) return timeout(r, timeoutMs, stderr);
  if (r.code === 134 || r.signal === 'SIGABRT') {
    return finish(r, FAULT_EXIT_CODE, `tsgo: the CPU locked up (a fault inside a fault handler)${stderr ? `\n${stderr}` : ''}`);
  }
  return finish(r, r.code ?? FAULT_EXIT_CODE, stderr || undefined);
}

/** runNative runs a host ELF directly. */
export async function runNative(_target: ResolvedTarget, elfPath: string, opts: RunOptions): Promise<RunResult> {
  mustExist(elfPath);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const r = await runProcess(elfPath, [], { timeoutMs, ...streamTo(opts), ...(opts.cwd ? { cwd: opts.cwd } : {}) });
  if (r.timedOut) return timeout(r, timeoutMs, r.stderr);
  if (r.signal !== null) {
    const signo = (osConstants.signals as Record<string, number>)[r.signal] ?? 0;
    return finish(r, 128 + signo, `tsgo: program killed by ${r.signal}${r.stderr ? `\n${r.stderr}` : ''}`);
  }
  return finish(r, r.code ?? 0, r.stderr || undefined);
}

function mustExist(elfPath: string): void {
  if (!fs.existsSync(elfPath)) throw new UserError(`cannot run ${elfPath}: no such file`);
}

function streamTo(opts: RunOptions): { onStdout?: (chunk: Uint8Array) => void } {
  const sink = opts.stdout;
  return sink ? { onStdout: (chunk) => sink(chunk) } : {};
}

function timeout(r: ToolResult, timeoutMs: number, stderr: string): RunResult {
  const msg = `tsgo: program did not finish within ${timeoutMs} ms`;
  return { ...finish(r, TIMEOUT_EXIT_CODE, stderr ? `${msg}\n${stderr}` : msg), timedOut: true };
}

function finish(r: ToolResult, exitCode: number, message: string | undefined): RunResult {
  const res: RunResult = { exitCode, output: r.stdout.toString('utf8'), timedOut: false };
  if (message !== undefined && message !== '') res.message = message;
  return res;
}
