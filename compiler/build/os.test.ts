// Packages os, syscall and runtime/debug, and the runtime's call-stack API (testdata/os), on the host and the boards.
// A program's output (standard output, then standard error, as gc's golden files hold them) and exit code must equal
// its golden file: NAME.golden is gc's output for the same program (UPDATE_GOLDEN=1 regenerates it by running gc
// with the same arguments and environment), except for the programs whose first comment says "Written by hand",
// whose answers are tsgo's by design (caller.go: no unwind tables; board.go: no kernel). NAME.board.golden holds what
// a board answers where that differs from the host (no files, no environment), checked by hand. On the host the
// test runs the executable itself, so that it can pass arguments and an environment and read standard error apart;
// on the boards standard output and error are the one console. The sizes check that an unused os costs nothing of
// its own and that writing to os.Stdout links no file system code.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileAndRun, compileProgram } from './buildrun.ts';
import { measureSize } from './size.ts';
import { formatGolden, normalizePanicTrace, type RunResult } from '../oracle/gcref.ts';
import { elfSections, elfSymbols, parseElf, STT_FUNC } from '../run/elf.ts';

const DIR = path.resolve(import.meta.dirname, '../../testdata/os');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-os-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Run is how the host runs a program: its arguments and its whole environment. */
interface Run {
  args: string[];
  env: Record<string, string>;
}

/** HOST_RUN is the default host run: no arguments, and an environment with only TMPDIR (the work directory). */
const HOST_RUN: Run = { args: [], env: { TMPDIR: work } };

/** PROGRAMS lists each program's targets; `board` names the targets whose golden is NAME.board.golden. */
const PROGRAMS: { name: string; targets: string[]; board?: string[]; run?: Run }[] = [
  { name: 'stdio.go', targets: ['host', 'cortex-m-qemu', 'arduino', 'pico'] },
  { name: 'exit.go', targets: ['host', 'cortex-m-qemu', 'arduino', 'pico'] },
  { name: 'goexit.go', targets: ['host', 'cortex-m-qemu', 'arduino', 'pico'] },
  // runtime/debug's ParseBuildInfo brings strconv's quoting: more than arduino's 2 KiB of RAM.
  { name: 'debug.go', targets: ['host', 'cortex-m-qemu', 'pico'] },
  // package strings and errors.As take more RAM than arduino has; board.go shows arduino's file errors.
  { name: 'files.go', targets: ['host', 'cortex-m-qemu', 'pico'], board: ['cortex-m-qemu', 'pico'] },
  {
    name: 'args_env.go',
    targets: ['host', 'cortex-m-qemu', 'pico'],
    board: ['cortex-m-qemu', 'pico'],
    run: {
      args: ['one', 'two words', 'three'],
      env: { TSGO_A: 'alpha', TSGO_EMPTY: '', TSGO_DUP: 'second', HOME: '/home/gopher', TMPDIR: '/tmp' },
    },
  },
  { name: 'caller.go', targets: ['host', 'cortex-m-qemu', 'pico'] },
  { name: 'board.go', targets: ['arduino', 'cortex-m-qemu', 'pico'] },
];

/** runGc builds file with gc and runs it as the host run says; the result is in the golden files' form. */
function runGc(file: string, run: Run): RunResult {
  const exe = path.join(work, `gc-${path.basename(file, '.go')}`);
  const b = spawnSync('go', ['build', '-o', exe, file], {
    cwd: work,
    env: { ...process.env, GO111MODULE: 'off', GOCACHE: path.join(os.tmpdir(), 'tsgo-gocache'), GOFLAGS: '' },
    encoding: 'utf8',
  });
  if (b.status !== 0) throw new Error(`go build ${file}: ${b.stderr}`);
  const r = spawnSync(exe, run.args, { cwd: work, env: run.env, encoding: 'utf8', timeout: 20_000 });
  return { output: normalizePanicTrace(r.stdout + r.stderr), exitCode: r.status ?? -1 };
}

/** runHost builds file with tsgo for the host and runs the executable as the host run says. */
async function runHost(file: string, run: Run): Promise<RunResult> {
  const exe = path.join(work, `${path.basename(file, '.go')}-host.elf`);
  const { result, diagnostics, error } = await compileProgram(file, 'host', exe);
  if (!result) throw new Error(`${diagnostics}${String(error)}`);
  const r = spawnSync(result.outputPath, run.args, { cwd: work, env: run.env, encoding: 'utf8', timeout: 20_000 });
  return { output: r.stdout + r.stderr, exitCode: r.status ?? 128 };
}

/** handWritten reports whether a program's golden file is tsgo's own answer, not gc's. */
function handWritten(file: string): boolean {
  return /^\/\/.*Written by hand/im.test(fs.readFileSync(file, 'utf8').split('\npackage ')[0]!);
}

describe.each(PROGRAMS)('testdata/os/$name', ({ name, targets, board, run }) => {
  it.each(targets)('on %s', async (target) => {
    const file = path.join(DIR, name);
    const onBoard = board?.includes(target) ?? false;
    const golden = file.replace(/\.go$/, onBoard ? '.board.golden' : '.golden');
    if (process.env.UPDATE_GOLDEN && !onBoard && !handWritten(file) && target === targets[0]) {
      fs.writeFileSync(golden, formatGolden(runGc(file, run ?? HOST_RUN)));
    }
    const want = fs.readFileSync(golden, 'utf8');
    const r = target === 'host' ? await runHost(file, run ?? HOST_RUN) : await compileAndRun(file, target, work);
    expect(formatGolden({ output: r.output, exitCode: r.exitCode })).toBe(want);
  });
});

describe('runtime.Breakpoint', () => {
  const program = 'package main\n\nimport "runtime"\n\nfunc main() {\n\tprintln("before")\n\truntime.Breakpoint()\n\tprintln("after")\n}\n';
  it('traps on the host: without a debugger, Linux ends the process with SIGTRAP', async () => {
    const exe = path.join(work, 'breakpoint-host.elf');
    const { result, diagnostics, error } = await compileProgram(source('breakpoint.go', program), 'host', exe);
    if (!result) throw new Error(`${diagnostics}${String(error)}`);
    const r = spawnSync(result.outputPath, [], { encoding: 'utf8' });
    expect(r.stdout).toBe('before\n');
    expect(r.signal).toBe('SIGTRAP');
  });
  it.each(['cortex-m-qemu', 'arduino'])('ends the program as a fatal error on %s', async (target) => {
    const r = await compileAndRun(source('breakpoint.go', program), target, work);
    expect(formatGolden({ output: r.output, exitCode: r.exitCode })).toBe('before\nfatal error: breakpoint\n[exit 2]\n');
  });
});

/** source writes a program into the work directory and returns its path. */
function source(name: string, text: string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, text);
  return file;
}

/** linked builds file for target and returns its flash size and function symbols. */
async function linked(file: string, target: string): Promise<{ flash: number; symbols: Set<string> }> {
  const out = path.join(work, `${path.basename(file, '.go')}-${target}.elf`);
  const { result, diagnostics, error } = await compileProgram(file, target, out);
  if (!result) throw new Error(`${diagnostics}${String(error)}`);
  const elf = parseElf(fs.readFileSync(result.outputPath));
  const symbols = new Set(elfSymbols(elf, elfSections(elf)).filter((s) => s.type === STT_FUNC).map((s) => s.name));
  return { flash: (await measureSize(result.outputPath)).flash, symbols };
}

const importing = (pkg: string) => `package main\n\nimport _ "${pkg}"\n\nfunc main() {\n\tprintln("hi")\n}\n`;

describe('what os costs', () => {
  it.each(['arduino', 'cortex-m-qemu', 'pico'])('nothing of its own when imported and unused, on %s', async (target) => {
    const withOs = await linked(source('import_os.go', importing('os')), target);
    const withErrors = await linked(source('import_errors.go', importing('errors')), target);
    expect(withOs.flash).toBe(withErrors.flash);
  });

  it.each(['arduino', 'cortex-m-qemu', 'pico'])('os.Stdout.WriteString links no file system code on %s', async (target) => {
    const file = source('stdout.go', 'package main\n\nimport "os"\n\nfunc main() {\n\tos.Stdout.WriteString("hi\\n")\n}\n');
    const { flash, symbols } = await linked(file, target);
    for (const s of ['os.OpenFile', 'syscall.Open', 'os.Stat', '(*os.File).readdir']) expect(symbols.has(s), s).toBe(false);
    // The bound is today's size with room to spare: most of it is the collector, which the three error values
    // io and internal/oserror allocate at start-up bring in (see ARCHITECTURE.md, "Packages os and syscall").
    expect(flash).toBeLessThan(4096);
  });
});
