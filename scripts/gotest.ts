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
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
type Verdict = 'passed' | 'failed' | 'unsupported' | 'unsupported on target';
/** Judged is the outcome of one program: its verdict, the first diagnostic, and the unsupported construct. */
interface Judged {
  name: string;
  verdict: Verdict;
  diag: string;
  what?: string;
}

/** judge builds and runs one program in work and classifies the outcome. */
async function judge(file: string, work: string): Promise<Judged> {
  const name = path.relative(path.join(goroot(), 'test'), file);
  const { result, diagnostics, error } = await compileProgram(file, target, path.join(work, 'prog.elf'));
  let diag = diagnostics || (error instanceof Error ? error.message : error ? String(error) : '');
  if (result) {
    const r = await runFirmware(result.target, result.outputPath, { timeoutMs: 20_000, maxCycles: 500_000_000 });
    const outFile = file.replace(/\.go$/, '.out');
    const want = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
    if (r.exitCode === 0 && r.output === want) return { name, verdict: 'passed', diag };
    // Running out of heap or of stack (detected, fatal error, exit 2) is the board's limit, not a wrong result.
    const limit = r.output.split('\n').find((l) => l === 'fatal error: out of memory' || l === 'fatal error: stack overflow');
    diag = limit ?? `exit ${r.exitCode}${r.message ? ' ' + r.message : ''}`;
    return { name, verdict: limit && result.target.name !== 'host' ? 'unsupported on target' : 'failed', diag };
  }
  if (/\(overflows\)|program too large for/.test(diag) && target !== 'host') return { name, verdict: 'unsupported on target', diag };
  const m = /not yet supported: ([^\n]*)/.exec(diag);
  if (m) return { name, verdict: 'unsupported', diag, what: m[1]!.replace(/".*"/, '"…"') };
  return { name, verdict: 'failed', diag };
}

// A worker (`--worker LISTFILE`) judges the programs listed in LISTFILE and prints one JSON line per program. The
// parent runs the programs in batches of BATCH, each in a fresh worker process: LLVM's contexts are never freed by
// llvm-bindings, so one process building hundreds of programs grows by gigabytes.
const BATCH = 100;
const workerAt = args.indexOf('--worker');
if (workerAt >= 0) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-gotest-'));
  for (const file of fs.readFileSync(args[workerAt + 1]!, 'utf8').split('\n').filter(Boolean))
    process.stdout.write(JSON.stringify(await judge(file, work)) + '\n');
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

/** runBatch judges files in a worker process, calling onResult as each program is judged. */
function runBatch(files: string[], onResult: (j: Judged) => void): Promise<void> {
  const list = path.join(os.tmpdir(), `tsgo-gotest-${process.pid}.list`);
  fs.writeFileSync(list, files.join('\n'));
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args, '--worker', list], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let pending = '';
  const seen = new Set<string>();
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
      const j = JSON.parse(pending.slice(0, nl)) as Judged;
      pending = pending.slice(nl + 1);
      seen.add(j.name);
      onResult(j);
    }
  });
  return new Promise((resolve) =>
    child.on('close', (code) => {
      fs.rmSync(list, { force: true });
      // A worker that died (out of memory, a crash in the compiler) fails the programs it did not report.
      for (const f of files) {
        const name = path.relative(path.join(goroot(), 'test'), f);
        if (!seen.has(name)) onResult({ name, verdict: 'failed', diag: `tsgo crashed (worker exit ${code})` });
      }
      resolve();
    }),
  );
}

const counts: Record<Verdict, number> = { passed: 0, failed: 0, unsupported: 0, 'unsupported on target': 0 };
const unsupportedWhat = new Map<string, number>();
const reasons = new Map<string, string[]>();
/** why returns the reason class of a failed or target-limited program from its first diagnostic line. */
const why = (d: string): string =>
  d
    .split('\n')[0]!
    .replace(/^\S+:\d+:\d+: /, '')
    .replace(/\(untyped int constant -?\d+\)/, '(constant)')
    .replace(/ \d+ (ms|cycles)/, ' N $1')
    // One class per limit a program exceeds, not per size.
    .replace(/^(tsgo: program too large for \S+): (flash|RAM) overflowed by .*$/, '$1: $2 overflowed')
    .slice(0, 100);
const record = (j: Judged): void => {
  counts[j.verdict]++;
  if (j.what) unsupportedWhat.set(j.what, (unsupportedWhat.get(j.what) ?? 0) + 1);
  if (j.verdict === 'failed' || j.verdict === 'unsupported on target') {
    const k = `${j.verdict}: ${why(j.diag)}`;
    reasons.set(k, [...(reasons.get(k) ?? []), j.name]);
  }
  if (verbose) process.stdout.write(`${j.verdict.padEnd(21)} ${j.name}${j.verdict === 'passed' ? '' : '  ' + j.diag.split('\n')[0]}\n`);
};
const t0 = performance.now();
const tests = runTests();
for (let i = 0; i < tests.length; i += BATCH) await runBatch(tests.slice(i, i + BATCH), record);

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
