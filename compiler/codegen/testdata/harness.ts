// Test harness for codegen: the three targets' CodegenTarget descriptions, verification of a generated module with
// `opt-14 -passes=verify`, compiling a module for AVR/ARM with llc-14 (to prove the backend accepts it), and running
// a host program natively: llc-14 → object, linked by ld.lld-14 with hostrt.c (a C stand-in for the runtime and the
// startup code, compiled once with gcc) into a static freestanding ELF.

import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenTarget, GeneratedModule } from '../codegen.ts';
import { Sizes } from '../../types/sizes.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** hostTarget is x86-64 Linux. */
export const hostTarget: CodegenTarget = {
  triple: 'x86_64-unknown-linux-gnu',
  cpu: 'x86-64',
  features: '',
  dataLayout: 'e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128',
  ptrSize: 8,
  intSize: 8,
  addrSpaceFunctions: 0,
  maxAlign: 8,
  defaultStackSize: 1024,
};

/** avrTarget is the atmega328p. */
export const avrTarget: CodegenTarget = {
  triple: 'avr',
  cpu: 'atmega328p',
  features: '',
  dataLayout: 'e-P1-p:16:8-i8:8-i16:8-i32:8-i64:8-f32:8-f64:8-n8-a:8',
  ptrSize: 2,
  intSize: 4,
  addrSpaceFunctions: 1,
  maxAlign: 1,
  defaultStackSize: 1024,
};

/** armTarget is a Cortex-M3. */
export const armTarget: CodegenTarget = {
  triple: 'thumbv7m-none-eabi',
  cpu: 'cortex-m3',
  features: '',
  dataLayout: 'e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64',
  ptrSize: 4,
  intSize: 4,
  addrSpaceFunctions: 0,
  maxAlign: 8,
  defaultStackSize: 1024,
};

/** sizesFor returns the Sizes matching a target. */
export function sizesFor(t: CodegenTarget): Sizes {
  return new Sizes(t.ptrSize, t.intSize, t.ptrSize === 2 ? 1 : 8);
}

/** tmpDir returns a fresh temporary directory. */
export function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-codegen-'));
}

/** verify writes the module's text and runs opt-14's verifier; it returns '' when valid, else the error text. */
export function verify(mod: GeneratedModule): string {
  const dir = tmpDir();
  const ll = path.join(dir, 'x.ll');
  fs.writeFileSync(ll, mod.print());
  const r = spawnSync('opt-14', ['-passes=verify', '-disable-output', ll], { encoding: 'utf8' });
  return r.status === 0 ? '' : r.stderr || `opt-14 exited ${r.status}`;
}

/** llcObject compiles a module to an object file for a target (after opt -Oz when optimize) and returns its path. */
export function llcObject(mod: GeneratedModule, t: CodegenTarget, optimize = true): string {
  const dir = tmpDir();
  const bc = path.join(dir, 'x.bc');
  mod.writeBitcode(bc);
  let input = bc;
  if (optimize) {
    input = path.join(dir, 'x.opt.bc');
    execFileSync('opt-14', ['-Oz', bc, '-o', input]);
  }
  const obj = path.join(dir, 'x.o');
  const args = [`-mtriple=${t.triple}`, `-mcpu=${t.cpu}`, '-filetype=obj', '-relocation-model=static', input, '-o', obj];
  if (t.triple === 'avr') args.splice(3, 1);
  execFileSync('llc-14', ['-O2', ...args]);
  return obj;
}

let hostRuntime: string | undefined;

/** RunResult is what a native run produced. */
export interface RunResult {
  stdout: string;
  status: number | null;
}

/** runHost compiles, links and runs a host module; stdout and the exit status are returned. */
export function runHost(mod: GeneratedModule, optimize = true, extraObjects: string[] = []): RunResult {
  const obj = llcObject(mod, hostTarget, optimize);
  if (!hostRuntime) {
    hostRuntime = path.join(tmpDir(), 'hostrt.o');
    execFileSync('gcc', ['-O1', '-ffreestanding', '-fno-stack-protector', '-fno-pic', '-nostdlib', '-c', path.join(here, 'hostrt.c'), '-o', hostRuntime]);
  }
  const exe = path.join(path.dirname(obj), 'x.elf');
  const rt = extraObjects.length > 0 ? extraObjects : [hostRuntime];
  execFileSync('ld.lld-14', ['-static', '-e', '_start', obj, ...rt, '-o', exe]);
  const r = spawnSync(exe, [], { encoding: 'utf8', timeout: 10_000 });
  return { stdout: r.stdout, status: r.status };
}

/**
 * runHostWithStartup links a host module with the project's real startup code and linker script (targets/host.s,
 * targets/host.ld) and the C runtime stand-in without its own hooks, then runs it.
 */
export function runHostWithStartup(mod: GeneratedModule): RunResult {
  const obj = llcObject(mod, hostTarget, true);
  const dir = path.dirname(obj);
  const targets = path.join(here, '../../../targets');
  const rt = path.join(dir, 'hostrt.o');
  execFileSync('gcc', ['-DTARGET_STARTUP', '-O1', '-ffreestanding', '-fno-stack-protector', '-fno-pic', '-nostdlib', '-c', path.join(here, 'hostrt.c'), '-o', rt]);
  const start = path.join(dir, 'start.o');
  execFileSync('llvm-mc-14', ['-triple=x86_64-unknown-linux-gnu', '-filetype=obj', path.join(targets, 'host.s'), '-o', start]);
  const exe = path.join(dir, 'x.elf');
  execFileSync('ld.lld-14', ['-static', '--gc-sections', '--defsym=_heap_size=65536', '--defsym=_stack_size=0', '-T', path.join(targets, 'host.ld'), start, obj, rt, '-o', exe]);
  const r = spawnSync(exe, [], { encoding: 'utf8', timeout: 10_000 });
  return { stdout: r.stdout, status: r.status };
}
