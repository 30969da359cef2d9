// Package time, GOROOT's own (the runtime provides its hooks: runtime/timer.go, runtime/time_*.go): the programs of
// testdata/time compared with gc's output (UPDATE_GOLDEN=1 regenerates the golden files by running gc with TZ=UTC) on
// the host (clock_gettime, zones from $TZ or /etc/localtime), Cortex-M (SysTick), the pico (the RP2040's TIMER and
// its alarm, in rp2040js) and arduino (Timer0's overflow interrupt; only the programs whose comment says they are
// small enough for it, the others are skipped with the reason their comment gives). Their output does not depend on
// timing, and on the boards, which have no zone files, Local is UTC, as on the host with TZ=UTC (and loading it
// there costs two small allocations). On the host a program with a golden file NAME.tz-ZONE.golden is also run with
// TZ=ZONE (ZONE's "/" written "_"). The host's wall clock is checked against this process's. On the pico, where the
// simulated clock is exact, the timing itself is checked too: how long sleeps take, and a blinky's LED edges every
// 500 ms. On arduino, what a sleep links into a program.

import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { compileAndRun, compileProgram } from './buildrun.ts';
import { measureSize } from './size.ts';
import { elfSections, elfSymbols, parseElf, STT_FUNC } from '../run/elf.ts';
import { formatGolden, runWithGc } from '../oracle/gcref.ts';
import { runFirmware } from '../run/run.ts';

// Every host run here, gc's included, sees the golden files' zone unless a test sets another.
process.env.TZ = 'UTC';

const DIR = path.resolve(import.meta.dirname, '../../testdata/time');
const programs = fs.readdirSync(DIR).filter((n) => n.endsWith('.go')).sort();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-time-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** comment returns the comment that opens a testdata/time program, on one line. */
function comment(name: string): string {
  const head = fs.readFileSync(path.join(DIR, name), 'utf8').split('\npackage ')[0]!;
  return head.replace(/\n\/\/ ?/g, ' ').replace(/^\/\/ ?/, '');
}

/** skipReason says why a program does not run on target (from its comment), or is undefined when it runs there. */
function skipReason(name: string, target: string): string | undefined {
  const text = comment(name);
  if (target !== 'host' && /on the host only/.test(text)) return 'it runs on the host only: the boards have no zone files';
  if (target === 'arduino' && !/small enough for arduino/.test(text)) {
    return /[Tt]oo big for arduino[^.]*\./.exec(text)?.[0] ?? 'its comment does not say it is small enough for arduino';
  }
  return undefined;
}

/** golden returns the expected output of a program in the golden file goldenPath, regenerated first under UPDATE_GOLDEN. */
function golden(file: string, goldenPath: string, tz: string): string {
  if (process.env.UPDATE_GOLDEN) {
    process.env.TZ = tz;
    try {
      fs.writeFileSync(goldenPath, formatGolden(runWithGc(file)));
    } finally {
      process.env.TZ = 'UTC';
    }
  }
  return fs.readFileSync(goldenPath, 'utf8');
}

describe.each(['host', 'cortex-m-qemu', 'pico', 'arduino'])('testdata/time on %s', (target) => {
  for (const name of programs) {
    const reason = skipReason(name, target);
    if (reason !== undefined) {
      it.skip(`${name}: ${reason}`, () => {});
      continue;
    }
    it(name, async () => {
      const file = path.join(DIR, name);
      const want = target === 'host' ? golden(file, file.replace(/\.go$/, '.golden'), 'UTC') : fs.readFileSync(file.replace(/\.go$/, '.golden'), 'utf8');
      const r = await compileAndRun(file, target, work);
      expect(formatGolden({ output: r.output, exitCode: r.exitCode })).toBe(want);
    });
  }
});

/** zoneRuns lists the extra host runs: each program with a golden file NAME.tz-ZONE.golden, and ZONE. */
const zoneRuns = fs
  .readdirSync(DIR)
  .map((n) => /^(\w+)\.tz-(.+)\.golden$/.exec(n))
  .filter((m) => m !== null)
  .map((m) => ({ name: `${m[1]}.go`, tz: m[2]!.replace(/_/g, '/'), goldenFile: m[0] }));

const execFileP = promisify(execFile);

/** runHost runs a host program with the environment variable TZ set to tz, and returns its output and exit code. */
async function runHost(elf: string, tz: string): Promise<{ output: string; exitCode: number }> {
  try {
    const r = await execFileP(elf, [], { env: { ...process.env, TZ: tz }, timeout: 30_000 });
    return { output: r.stdout + r.stderr, exitCode: 0 };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; code?: number };
    return { output: (err.stdout ?? '') + (err.stderr ?? ''), exitCode: typeof err.code === 'number' ? err.code : -1 };
  }
}

/** buildHost compiles a program for the host into the work directory and returns the executable's path. */
async function buildHost(file: string): Promise<string> {
  const out = path.join(work, `${path.basename(file, '.go')}-zone.elf`);
  const { result, diagnostics, error } = await compileProgram(file, 'host', out);
  if (!result) throw new Error(`${diagnostics}${String(error)}`);
  return result.outputPath;
}

describe('the local zone on the host', () => {
  it.each(zoneRuns)('$name with TZ=$tz', async ({ name, tz, goldenFile }) => {
    const file = path.join(DIR, name);
    const want = golden(file, path.join(DIR, goldenFile), tz);
    expect(formatGolden(await runHost(await buildHost(file), tz))).toBe(want);
  });

  it("reads TZ as gc does: a path, a name with ':', an unknown name and an empty one (UTC)", async () => {
    const file = path.join(DIR, 'local.go');
    const elf = await buildHost(file);
    const zones: [string, string][] = [
      ['/usr/share/zoneinfo/Europe/Berlin', '/usr/share/zoneinfo/Europe/Berlin'],
      [':Europe/Berlin', 'Europe/Berlin'],
      ['Nowhere/Nothing', 'UTC'],
      ['', 'UTC'],
    ];
    const berlin = fs.readFileSync(path.join(DIR, 'local.tz-Europe_Berlin.golden'), 'utf8');
    const utc = fs.readFileSync(path.join(DIR, 'local.golden'), 'utf8');
    for (const [tz, name] of zones) {
      const r = await runHost(elf, tz);
      const body = name === 'UTC' ? utc : berlin;
      expect(r.output, `TZ=${tz}`).toBe(`${name}\n${body.slice(body.indexOf('\n') + 1)}`);
    }
  });
});

/** source writes a program's source into the work directory and returns its path. */
function source(name: string, text: string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('the local zone on the boards', () => {
  // GOROOT's initLocal tries /etc/localtime, which package syscall cannot open there (ENOSYS), and falls back to UTC.
  it('is UTC on arduino, loaded with two small allocations (the path and its NUL-terminated copy)', async () => {
    const file = source(
      'localboard.go',
      'package main\n\nimport (\n\t"runtime"\n\t"time"\n)\n\nfunc main() {\n\tvar a, b runtime.MemStats\n' +
        '\truntime.ReadMemStats(&a)\n\ts := time.Local.String()\n\truntime.ReadMemStats(&b)\n' +
        '\tprintln(s, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)\n}\n',
    );
    const r = await compileAndRun(file, 'arduino', work);
    expect(r.exitCode).toBe(0);
    const [name, mallocs, bytes] = r.output.trim().split(' ');
    expect(name).toBe('UTC');
    expect(Number(mallocs)).toBeLessThanOrEqual(2);
    expect(Number(bytes)).toBeLessThanOrEqual(32);
  });
});

describe('the wall clock', () => {
  it('is the real time on the host, with a monotonic reading', async () => {
    const file = source(
      'wallclock.go',
      'package main\n\nimport "time"\n\nfunc main() {\n\tt := time.Now()\n\tprintln(t.UnixMilli())\n\tprintln(t.String())\n}\n',
    );
    const before = Date.now();
    const r = await compileAndRun(file, 'host', work);
    const after = Date.now();
    expect(r.exitCode).toBe(0);
    const [ms, text] = r.output.trim().split('\n') as [string, string];
    expect(Number(ms)).toBeGreaterThanOrEqual(before - 1000);
    expect(Number(ms)).toBeLessThanOrEqual(after + 1000);
    expect(text).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC m=\+\d+\.\d{9}$/);
    expect(text.slice(0, 19)).toBe(new Date(Number(ms)).toISOString().slice(0, 19).replace('T', ' '));
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
  it('is the clock alone in a blinky: no scheduler, no timer list, no function of package time', async () => {
    const { symbols, flash } = await linked(path.resolve(import.meta.dirname, '../../examples/blinky1/main.go'));
    for (const s of SCHEDULER) expect(symbols.has(s), s).toBe(false);
    expect(symbols.has('runtime.waitTicks')).toBe(true);
    expect([...symbols].filter((s) => s.startsWith('time.'))).toEqual([]);
    // Package time imports errors, whose initializer (errors.errorType, through internal/reflectlite) runs in every
    // program that imports it; the blinky may cost what that costs over a hello world, plus 450 bytes.
    const hello = 'package main\n\nfunc main() {\n\tprintln("hi")\n}\n';
    const errorsCost = (await linked(source('errors.go', hello.replace('func', 'import _ "errors"\n\nfunc')))).flash -
      (await linked(source('hello.go', hello))).flash;
    expect(flash).toBeLessThanOrEqual(450 + errorsCost);
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
