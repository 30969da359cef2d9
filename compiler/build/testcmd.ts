// `tsgo test`: for each package named, builds its test program (the package with its _test.go files, its external
// test package and a generated main: testmain.ts), runs it on the target (natively, in qemu or in a simulator) with
// its output streamed, and prints go test's summary line: `ok  \tpath\t0.12s`, `FAIL\tpath\t0.12s`, or
// `?   \tpath\t[no test files]`. A package whose test program does not build is `FAIL\tpath [build failed]`.
// The exit code is 1 when any package failed, as go test's.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CompileError } from '../diag.ts';
import { newBuildContext } from '../loader/constraints.ts';
import { selectFiles } from '../loader/files.ts';
import { resolveTestTargets } from '../loader/loader.ts';
import { loadTarget } from '../target/target.ts';
import { runFirmware } from '../run/run.ts';
import { build, type BuildOptions } from './driver.ts';
import { RegexpError, translateRegexp } from './regexp.ts';
import type { TestFlags } from './testmain.ts';
import { UserError } from '../diag.ts';

/** TestCommandFlags are `tsgo test`'s own flags. */
export interface TestCommandFlags {
  run?: string;
  verbose?: boolean;
  short?: boolean;
  bench?: string;
  benchtime?: string;
  /** timeoutMs bounds each test program's run (default 10 minutes, as go test's -timeout). */
  timeoutMs?: number;
}

/** runTestCommand tests every package of opts.inputs; it resolves with tsgo's exit code. */
export async function runTestCommand(opts: BuildOptions, f: TestCommandFlags): Promise<number> {
  const stdout = opts.stdout ?? ((s: string) => process.stdout.write(s));
  const cwd = opts.cwd ?? process.cwd();
  const target = loadTarget(opts.target);
  const ctx = newBuildContext(target.goos, target.goarch, [...target.buildTags, ...opts.tags]);
  const flags: TestFlags = { runRaw: f.run, verbose: f.verbose, short: f.short, bench: f.bench, benchtime: f.benchtime };
  if (f.run) flags.run = topLevelPattern(f.run);
  let failed = false;
  for (const t of resolveTestTargets(opts.inputs, ctx, cwd)) {
    const hasTests = selectFiles(t.dir, ctx, true).files.some((file) => file.endsWith('_test.go'));
    if (!hasTests) {
      stdout(`?   \t${t.path}\t[no test files]\n`);
      continue;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-test-'));
    const t0 = performance.now();
    try {
      let res;
      try {
        res = await build({ ...opts, inputs: [], output: path.join(dir, 'test.elf'), test: { target: t, flags } });
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        stdout(`FAIL\t${t.path} [build failed]\n`);
        failed = true;
        continue;
      }
      const write = (chunk: string | Uint8Array): void => stdout(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const r = await runFirmware(res.target, res.outputPath, { stdout: write, timeoutMs: f.timeoutMs ?? 600_000, cwd: t.dir });
      if (r.message) stdout(r.message + '\n');
      const secs = ((performance.now() - t0) / 1000).toFixed(2);
      if (r.exitCode === 0) stdout(`ok  \t${t.path}\t${secs}s\n`);
      else {
        failed = true;
        stdout(`FAIL\t${t.path}\t${secs}s\n`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  if (failed) stdout('FAIL\n');
  return failed ? 1 : 0;
}

/**
 * topLevelPattern translates the -run pattern (Go syntax) into a test of top-level names: as go test does, the
 * pattern is split into alternatives at its top-level `|`, each into elements at its top-level `/`, and a name is
 * selected when it matches the first element of some alternative.
 */
function topLevelPattern(run: string): RegExp {
  try {
    const firsts = splitTopLevel(run, '|').map((alt) => translateRegexp(splitTopLevel(alt, '/')[0]!));
    return { test: (name: string) => firsts.some((re) => re.test(name)) } as RegExp;
  } catch (e) {
    if (e instanceof RegexpError) throw new UserError(`tsgo: invalid -run regexp ${JSON.stringify(run)}: ${e.message}`);
    throw e;
  }
}

/** splitTopLevel splits a pattern at the separator outside brackets and parentheses. */
export function splitTopLevel(p: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === sep && depth === 0) {
      out.push(p.slice(start, i));
      start = i + 1;
    }
  }
  out.push(p.slice(start));
  return out;
}
