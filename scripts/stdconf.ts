// The standard-library conformance figures (slow; not part of npm test). First, every program of testdata/std is
// built and run on each target and compared with gc's output (compiler/build/stdprograms.ts), which gives the same
// package × target table as compiler/build/std.test.ts, with the raw failure reasons, followed by each program's
// flash and static RAM per target. Then, for each package of issue 12, GOROOT's own tests (the package's _test.go
// files) are run on the host with `tsgo test`, under a time limit, and reported as passed, failed, build failure or
// timed out, with the first failing test or build error.
//
//   npm run stdconf -- [-targets=host,arduino] [-programs=REGEXP] [-packages=REGEXP] [-no-programs] [-no-tests]
//                      [-timeout=SECONDS]

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  cellText,
  formatStdTable,
  kb,
  listStdPrograms,
  PACKAGE_ORDER,
  resultKey,
  runStdProgram,
  shorten,
  STD_TARGETS,
  type StdSize,
} from '../compiler/build/stdprograms.ts';

const args = process.argv.slice(2);
const flag = (name: string, def: string): string =>
  args.find((a) => a.startsWith(`-${name}=`) || a.startsWith(`--${name}=`))?.split('=').slice(1).join('=') ?? def;
const targets = flag('targets', STD_TARGETS.join(',')).split(',');
const programFilter = new RegExp(flag('programs', '.'));
const packageFilter = new RegExp(`^(?:${flag('packages', '.*')})$`);
const testTimeoutSec = Number(flag('timeout', '300'));
const ROOT = path.resolve(import.meta.dirname, '..');

/** runPrograms prints the outcome table and the size table of the testdata/std programs. */
async function runPrograms(): Promise<void> {
  const programs = listStdPrograms().filter((p) => programFilter.test(p.name));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-stdconf-'));
  const cells = new Map<string, string>();
  const sizes = new Map<string, StdSize>();
  const counts = new Map<string, { pass: number; nofit: number; fail: number }>();
  try {
    for (const target of targets) {
      const c = { pass: 0, nofit: 0, fail: 0 };
      counts.set(target, c);
      for (const p of programs) {
        const t0 = performance.now();
        const { outcome, size } = await runStdProgram(p, target, work);
        c[outcome.kind]++;
        cells.set(resultKey(p.name, target), cellText(outcome));
        if (size) sizes.set(resultKey(p.name, target), size);
        const secs = ((performance.now() - t0) / 1000).toFixed(1);
        process.stderr.write(`${target} ${p.name}: ${cellText(outcome)} (${secs}s)\n`);
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log('## testdata/std: outcomes\n');
  console.log(formatStdTable(programs, cells, targets));
  for (const [t, c] of counts) console.log(`- ${t}: ${c.pass} passed, ${c.nofit} do not fit, ${c.fail} failed of ${programs.length}`);
  console.log('\n## testdata/std: flash / static RAM (data + bss; not on the host), bytes\n');
  console.log(`| program | ${targets.join(' | ')} |`);
  console.log(`|---|${targets.map(() => '---|').join('')}`);
  for (const p of programs) {
    const row = targets.map((t) => {
      const s = sizes.get(resultKey(p.name, t));
      if (!s) return '-';
      // The host's bss holds its whole heap region (64 MiB), so its static RAM says nothing.
      return t === 'host' ? `${s.flash} / - (${kb(s.flash)})` : `${s.flash} / ${s.ram} (${kb(s.flash)})`;
    });
    console.log(`| ${p.name}.go | ${row.join(' | ')} |`);
  }
  console.log('');
}

/** TestOutcome is how `tsgo test PKG` ended. */
interface TestOutcome {
  status: 'ok' | 'FAIL' | 'build failed' | 'no test files' | 'timed out';
  detail: string;
  secs: number;
}

/**
 * goTest runs `tsgo test PKG` on the host in its own process group, killed (that group only) after the time limit,
 * and sorts its output: go test's summary line says ok, FAIL or [build failed]; the detail is the first failing test
 * or the first build error.
 */
function goTest(pkg: string): Promise<TestOutcome> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(path.join(ROOT, 'cmd/tsgo.js'), ['test', '-target=host', pkg], { cwd: ROOT, detached: true });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, testTimeoutSec * 1000);
    child.on('close', () => {
      clearTimeout(timer);
      const secs = (performance.now() - t0) / 1000;
      const lines = out.split('\n');
      const firstFail = lines.find((l) => /^\s*--- FAIL: /.test(l)) ?? lines.find((l) => /^(panic|fatal error): /.test(l));
      const firstError =
        lines.find((l) => /:\d+:\d+: /.test(l)) ??
        lines.find((l) => /\berror: /.test(l)) ??
        lines.find((l) => l.trim() !== '' && !/^(FAIL|ok)\b/.test(l));
      // A link error ends tsgo test without go test's summary line.
      const linkFailed = /ld\.lld\S* failed/.test(out) && !/^(ok|FAIL)\s/m.test(out);
      let status: TestOutcome['status'];
      if (timedOut) status = 'timed out';
      else if (new RegExp(`^ok\\s+${pkg}\\b`, 'm').test(out)) status = 'ok';
      else if (/\[build failed\]/.test(out) || linkFailed) status = 'build failed';
      else if (/\[no test files\]/.test(out)) status = 'no test files';
      else status = 'FAIL';
      const detail = status === 'build failed' ? firstError : status === 'ok' ? undefined : firstFail ?? lines.filter((l) => l.trim()).slice(-3)[0];
      resolve({ status, detail: detail ? shorten(detail) : '', secs });
    });
  });
}

/** runGorootTests prints the outcome of `tsgo test` for each package of issue 12. */
async function runGorootTests(): Promise<void> {
  console.log(`## GOROOT's tests with tsgo test (host, ${testTimeoutSec} s limit)\n`);
  console.log('| package | result | time | first failure |');
  console.log('|---|---|---|---|');
  for (const pkg of PACKAGE_ORDER.filter((p) => packageFilter.test(p))) {
    const r = await goTest(pkg);
    process.stderr.write(`tsgo test ${pkg}: ${r.status} (${r.secs.toFixed(1)}s)\n`);
    console.log(`| ${pkg} | ${r.status} | ${r.secs.toFixed(0)} s | ${r.detail.replace(/\|/g, '\\|')} |`);
  }
}

if (!args.includes('-no-programs')) await runPrograms();
if (!args.includes('-no-tests')) await runGorootTests();
