// The soft-float differential sweep, run by hand (`node --import tsx scripts/softfloat-sweep.ts [-iterations N]
// [-seed S] [-block B]`): scripts/softfloat-sweep/sweep.go applies every float operation to random operands; it is
// built by tsgo for arduino (so float arithmetic runs in runtime/softfloat*.go on avr8js) and by gc for the host
// (SSE), and the two outputs must be identical. The program prints a hash per block of iterations and per operation
// group; when a block differs, both sides are run again printing every operation of that block, and the differing
// operations are listed. Prints the number of operations checked, the simulated cycles and the mismatches; exits 1
// when there are any.

import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileProgram } from '../compiler/build/buildrun.ts';
import { runFirmware } from '../compiler/run/run.ts';

const SOURCE = path.resolve(import.meta.dirname, 'softfloat-sweep/sweep.go');

interface Params {
  iterations: number;
  seed: bigint;
  block: number;
}

function parseArgs(argv: string[]): Params {
  const p: Params = { iterations: 20000, seed: 0x9e3779b97f4a7c15n, block: 1000 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.replace(/^--?/, '').split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`missing value for -${flag}`);
    if (flag === 'iterations') p.iterations = Number(value);
    else if (flag === 'seed') p.seed = BigInt(value);
    else if (flag === 'block') p.block = Number(value);
    else throw new Error(`unknown flag -${flag} (want -iterations, -seed, -block)`);
  }
  if (p.seed === 0n) throw new Error('the xorshift seed must not be 0');
  return p;
}

/** writeProgram writes sweep.go and its params.go into a fresh directory and returns it. */
function writeProgram(work: string, p: Params, verboseBlock: number): string {
  const dir = fs.mkdtempSync(path.join(work, 'prog-'));
  fs.copyFileSync(SOURCE, path.join(dir, 'sweep.go'));
  fs.writeFileSync(
    path.join(dir, 'params.go'),
    `package main\n\nconst (\n\tseed = ${p.seed}\n\titerations = ${p.iterations}\n\tblockSize = ${p.block}\n` +
      `\tverboseBlock = ${verboseBlock}\n)\n`,
  );
  return dir;
}

/** runGc builds the program with gc and returns its output (println writes to stderr). */
function runGc(dir: string): string {
  const exe = path.join(dir, 'prog');
  execFileSync('go', ['build', '-o', exe, 'sweep.go', 'params.go'], {
    cwd: dir,
    env: { ...process.env, GO111MODULE: 'off', GOCACHE: path.join(os.tmpdir(), 'tsgo-gocache'), GOFLAGS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const r = spawnSync(exe, [], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`gc-built sweep failed (${r.status}): ${r.stderr.slice(-500)}`);
  return r.stdout + r.stderr;
}

/** runArduino builds the program with tsgo for arduino and runs it in avr8js; returns its output and cycles. */
async function runArduino(dir: string): Promise<{ output: string; cycles: number }> {
  const elf = path.join(dir, 'sweep.elf');
  const { result, diagnostics, error } = await compileProgram(dir, 'arduino', elf);
  if (!result) throw new Error(`tsgo build failed: ${diagnostics}${error instanceof Error ? error.message : String(error)}`);
  let cpu: { cycles: number } | undefined;
  const r = await runFirmware(result.target, result.outputPath, {
    maxCycles: Number.MAX_SAFE_INTEGER,
    onAvrMachine: (m) => (cpu = m.cpu),
  });
  if (r.exitCode !== 0) throw new Error(`arduino run failed (exit ${r.exitCode}): ${r.message ?? ''}\n${r.output.slice(-500)}`);
  return { output: r.output, cycles: cpu?.cycles ?? 0 };
}

/** formatOp shows a verbose line `op a b result` with the numbers in hex. */
function formatOp(line: string | undefined): string {
  if (line === undefined) return '(none)';
  return line.replace(/\b\d+\b/g, (n) => '0x' + BigInt(n).toString(16));
}

async function main(): Promise<void> {
  const p = parseArgs(process.argv.slice(2));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-sfsweep-'));
  try {
    const t0 = performance.now();
    const dir = writeProgram(work, p, -1);
    const want = runGc(dir).split('\n');
    const got = await runArduino(dir);
    const gotLines = got.output.split('\n');
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    const ops = /^operations (\d+)$/m.exec(want.join('\n'))?.[1] ?? '?';
    console.log(`seed ${p.seed}, ${p.iterations} iterations: ${ops} operations, ${got.cycles} AVR cycles, ${seconds} s`);
    const badBlocks: number[] = [];
    const badLines: string[] = [];
    for (let i = 0; i < Math.max(want.length, gotLines.length); i++) {
      if (want[i] === gotLines[i]) continue;
      const m = /^block (\d+) /.exec(want[i] ?? '');
      if (m) badBlocks.push(Number(m[1]));
      else badLines.push(`  gc: ${want[i] ?? '(none)'}\n  tsgo: ${gotLines[i] ?? '(none)'}`);
    }
    if (badBlocks.length === 0 && badLines.length === 0) {
      console.log('mismatches: 0');
      return;
    }
    console.log(`mismatching blocks: ${badBlocks.length} (${badBlocks.slice(0, 10).join(', ')})`);
    for (const l of badLines) console.log(l);
    if (badBlocks.length > 0) {
      // Replay the first bad block printing every operation, and list the ones that differ.
      const vdir = writeProgram(work, p, badBlocks[0]!);
      const vwant = runGc(vdir).split('\n').filter((l) => !/^(block|operations) /.test(l));
      const vgot = (await runArduino(vdir)).output.split('\n').filter((l) => !/^(block|operations) /.test(l));
      let shown = 0;
      for (let i = 0; i < Math.max(vwant.length, vgot.length) && shown < 20; i++) {
        if (vwant[i] === vgot[i]) continue;
        console.log(`  gc:   ${formatOp(vwant[i])}\n  tsgo: ${formatOp(vgot[i])}`);
        shown++;
      }
    }
    process.exitCode = 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
