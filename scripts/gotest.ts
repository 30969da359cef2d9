// Runs Go's own `// run` programs from $GOROOT/test (those that import nothing; with -all every one, imports
// included) through tsgo on one target and prints passed/failed/unsupported counts. A program passes when it builds, exits 0 and prints exactly its `.out`
// file (or nothing when there is none), as Go's test driver requires. "unsupported" means tsgo reported
// "not yet supported" while compiling; "unsupported on target" means the program is valid Go that this board cannot
// hold: a constant that overflows its 32-bit int, or more flash or RAM than it has (a build-time size error, or
// `out of memory` or `stack overflow` at run time); every other build failure counts as failed. Failures and target limits are listed by reason at the end.
//
//   npm run gotest -- -target=arduino [-all] [-v] [-filter=REGEXP]

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileProgram } from '../compiler/build/buildrun.ts';
import { goroot } from '../compiler/build/version.ts';
import { runFirmware } from '../compiler/run/run.ts';

const args = process.argv.slice(2);
const flag = (name: string, def: string): string =>
  args.find((a) => a.startsWith(`-${name}=`) || a.startsWith(`--${name}=`))?.split('=').slice(1).join('=') ?? def;
const target = flag('target', 'host');
const verbose = args.includes('-v');
const all = args.includes('-all');
const filter = new RegExp(flag('filter', '.'));

/** runTests lists the `// run` test files of GOROOT/test (top level and one level down); without -all, only those without imports. */
function runTests(): string[] {
  const root = path.join(goroot(), 'test');
  const files: string[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.go')) files.push(path.join(root, entry.name));
    else if (entry.isDirectory() && !entry.name.endsWith('.dir')) {
      for (const n of fs.readdirSync(path.join(root, entry.name))) {
        if (n.endsWith('.go')) files.push(path.join(root, entry.name, n));
      }
    }
  }
  return files
    .filter((f) => filter.test(f))
    .filter((f) => {
      const text = fs.readFileSync(f, 'utf8');
      const header = text.split('\n').find((l) => l.startsWith('// ') && !l.startsWith('// +build'));
      return header?.trim() === '// run' && (all || !/^import\b/m.test(text));
    })
    .sort();
}

// Go's test driver runs each program with GOOS and GOARCH in its environment (env.go checks them); on the host so does
// this script. The boards have no environment.
process.env.GOOS = 'linux';
process.env.GOARCH = 'amd64';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-gotest-'));
const counts = { passed: 0, failed: 0, unsupported: 0, 'unsupported on target': 0 };
const unsupportedWhat = new Map<string, number>();
const reasons = new Map<string, string[]>();
/** why returns the reason class of a failed or target-limited program from its first diagnostic line. */
const why = (d: string): string =>
  d
    .split('\n')[0]!
    .replace(/^\S+:\d+:\d+: /, '')
    .replace(/\(untyped int constant -?\d+\)/, '(constant)')
    .replace(/ \d+ (ms|cycles)/, ' N $1')
    .slice(0, 100);
const t0 = performance.now();
const tests = runTests();
for (const file of tests) {
  const name = path.relative(path.join(goroot(), 'test'), file);
  let verdict: keyof typeof counts;
  const { result, diagnostics, error } = await compileProgram(file, target, path.join(work, 'prog.elf'));
  let diag = diagnostics || (error instanceof Error ? error.message : error ? String(error) : '');
  if (result) {
    const r = await runFirmware(result.target, result.outputPath, { timeoutMs: 20_000, maxCycles: 500_000_000 });
    const outFile = file.replace(/\.go$/, '.out');
    const want = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
    verdict = r.exitCode === 0 && r.output === want ? 'passed' : 'failed';
    if (verdict === 'failed') {
      // Running out of heap or of stack (detected, fatal error, exit 2) is the board's limit, not a wrong result.
      const limit = r.output.split('\n').find((l) => l === 'fatal error: out of memory' || l === 'fatal error: stack overflow');
      diag = limit ?? `exit ${r.exitCode}${r.message ? ' ' + r.message : ''}`;
      if (limit && result.target.name !== 'host') verdict = 'unsupported on target';
    }
  } else if (/\(overflows\)|program too large for/.test(diag) && result === undefined && target !== 'host') {
    verdict = 'unsupported on target';
  } else {
    const m = /not yet supported: ([^\n]*)/.exec(diag);
    if (m) {
      verdict = 'unsupported';
      const what = m[1]!.replace(/".*"/, '"…"');
      unsupportedWhat.set(what, (unsupportedWhat.get(what) ?? 0) + 1);
    } else {
      verdict = 'failed';
    }
  }
  counts[verdict]++;
  if (verdict === 'failed' || verdict === 'unsupported on target') {
    const k = `${verdict}: ${why(diag)}`;
    reasons.set(k, [...(reasons.get(k) ?? []), name]);
  }
  if (verbose) process.stdout.write(`${verdict.padEnd(21)} ${name}${verdict === 'passed' ? '' : '  ' + diag.split('\n')[0]}\n`);
}
fs.rmSync(work, { recursive: true, force: true });

const top = [...unsupportedWhat.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
if (top.length) {
  process.stdout.write('most common unsupported constructs:\n');
  for (const [what, n] of top) process.stdout.write(`  ${String(n).padStart(4)}  ${what}\n`);
}
if (reasons.size) {
  process.stdout.write('failures and target limits by reason:\n');
  for (const [k, names] of [...reasons.entries()].sort()) process.stdout.write(`  ${k}\n      ${names.join(' ')}\n`);
}
const secs = ((performance.now() - t0) / 1000).toFixed(1);
const share = tests.length ? ((100 * counts.passed) / tests.length).toFixed(1) : '0';
process.stdout.write(
  `GOROOT/test on ${target}${all ? ' (all)' : ''}: ${counts.passed} of ${tests.length} passed (${share}%), ${counts.failed} failed, ` +
    `${counts.unsupported} unsupported, ${counts['unsupported on target']} unsupported on target (${secs}s)\n`,
);
